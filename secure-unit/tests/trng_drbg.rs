//! TRNG conditioner (against the `sha2` crate) and CTR_DRBG (against the
//! model in trng_common, itself checked on a NIST CAVP vector), on the
//! emitted Verilog under Verilator (vtb).
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use secure_unit::trng::*;
use sha2::{Digest, Sha256};
use vtb::Model;
mod trng_common;
use trng_common::*;

// ------------------------------------------------------------ conditioner

#[test]
fn conditioner_matches_sha2() {
    let cfg = ConditionerConfig::default();
    let mut m = build("trng_conditioner", &conditioner_verilog(cfg));
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.set("flush", 0);
    for round in 0..3 {
        let mut used = Vec::new();
        m.set("seed_req", 1);
        let mut seed = None;
        let mut cycles = 0;
        // Round 1 aborts half-way: the partial bits must not be used.
        let mut abort_at = if round == 1 { Some(700) } else { None };
        while seed.is_none() {
            let valid = rng.gen_bool(0.8);
            let bit = rng.gen_bool(0.5);
            m.set("raw_valid", valid as u64);
            m.set("raw_bit", bit as u64);
            m.eval();
            if m.get("seed_valid") == 1 {
                seed = Some(m.get_wide("seed"));
                m.set("seed_req", 0);
            }
            if valid && m.get("raw_ready") == 1 {
                used.push(bit);
            }
            if abort_at == Some(used.len()) {
                m.set("flush", 1);
                m.tick();
                m.set("flush", 0);
                used.clear();
                abort_at = None;
                cycles += 1;
                continue;
            }
            m.tick();
            cycles += 1;
            assert!(cycles < 10_000, "no seed");
        }
        assert_eq!(used.len() as u32, cfg.raw_bits(), "bits taken per seed");
        let want = Sha256::digest(bits_to_bytes(&used));
        assert_eq!(words_to_be_bytes(&seed.unwrap()), want.to_vec(), "seed {round}");
        println!("seed {round}: {} raw bits, {cycles} cycles", used.len());
        // Not requested: nothing collected, no seed.
        m.set("raw_valid", 1);
        for _ in 0..50 {
            m.eval();
            assert_eq!(m.get("raw_ready"), 0);
            assert_eq!(m.get("seed_valid"), 0);
            m.tick();
        }
    }
}

// ------------------------------------------------------------------ DRBG

/// The known-answer check of the model itself: NIST CAVP CTR_DRBG
/// AES-128 no df, no prediction resistance, count 0.
#[test]
fn drbg_model_known_answer() {
    let hex = |s: &str| -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    };
    let ent: [u8; 32] = hex("ed1e7f21ef66ea5d8e2a85b9337245445b71d6393a4eecb0e63c193d0f72f9a9")
        .try_into()
        .unwrap();
    let mut d = DrbgRef::instantiate(&ent, 1 << 20);
    let reseed: [u8; 32] = hex("303fb519f0a4e17d6df0b6426aa0ecb2a36079bd48be47ad2a8dbfe48da3efad")
        .try_into()
        .unwrap();
    d.reseed(&reseed);
    d.generate(4);
    let out: Vec<u8> = d.generate(4).iter().flat_map(|x| x.to_be_bytes()).collect();
    assert_eq!(
        out,
        hex("f80111d08e874672f32f42997133a5210f7a9375e22cea70587f9cfafebe0f6a6aa2eb68e7dd9164536d53fa020fcab20f54caddfab7d6d91e5ffec1dfd8deaa")
    );
}

struct DrbgBench {
    m: Model,
    rng: ChaCha8Rng,
}

impl DrbgBench {
    fn new(interval: u32) -> Self {
        let mut m = build("trng_drbg", &drbg_verilog(DrbgConfig::new(interval).unwrap()));
        for p in ["alarm", "seed_valid", "reseed", "req_valid", "req_blocks", "random_ready"] {
            m.set(p, 0);
        }
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        m.eval();
        Self { m, rng: ChaCha8Rng::seed_from_u64(3) }
    }
    fn wait(&mut self, port: &str, limit: u32) {
        for _ in 0..limit {
            self.m.eval();
            if self.m.get(port) == 1 {
                return;
            }
            self.m.tick();
        }
        panic!("{port} not raised within {limit} cycles");
    }
    fn give_seed(&mut self, seed: &[u8; 32]) {
        self.wait("seed_req", 200);
        self.m.set_wide("seed", &be_bytes_to_words(seed));
        self.m.set("seed_valid", 1);
        self.m.tick();
        self.m.set("seed_valid", 0);
        self.m.set_wide("seed", &[0; 8]);
    }
    fn request(&mut self, blocks: u8) -> Vec<u128> {
        self.wait("req_ready", 200);
        self.m.set("req_blocks", blocks as u64);
        self.m.set("req_valid", 1);
        self.m.tick();
        self.m.set("req_valid", 0);
        let mut out = Vec::new();
        let mut cycles = 0;
        while out.len() < blocks as usize {
            let ready = self.rng.gen_bool(0.6);
            self.m.set("random_ready", ready as u64);
            self.m.eval();
            if ready && self.m.get("random_valid") == 1 {
                out.push(self.m.get_u128("random"));
            }
            self.m.tick();
            cycles += 1;
            assert!(cycles < 200 * blocks as u32, "generate stalled");
        }
        self.m.set("random_ready", 0);
        out
    }
    fn seed(&mut self) -> [u8; 32] {
        self.rng.gen()
    }
}

#[test]
fn drbg_matches_model() {
    let interval = 3u32;
    let mut b = DrbgBench::new(interval);
    assert_eq!(b.m.get("instantiated"), 0);
    assert_eq!(b.m.get("req_ready"), 0, "no generate before instantiate");
    let s1 = b.seed();
    b.give_seed(&s1);
    let mut r = DrbgRef::instantiate(&s1, interval as u64);
    b.wait("req_ready", 100);
    assert_eq!(b.m.get("instantiated"), 1);
    assert_eq!(b.m.get("reseed_counter"), 1);
    let mut seeds = 1;
    for (i, n) in [1u8, 4, 2, 3, 1, 5, 2].iter().enumerate() {
        if r.needs_reseed() {
            // The DRBG must refuse requests and ask for a seed by itself.
            b.m.eval();
            assert_eq!(b.m.get("reseed_counter"), interval as u64 + 1);
            let s = b.seed();
            b.give_seed(&s);
            r.reseed(&s);
            seeds += 1;
        }
        let got = b.request(*n);
        assert_eq!(got, r.generate(*n as usize), "request {i} ({n} blocks)");
        // After the closing Update the DRBG is ready, or (interval used
        // up) asks for a seed.
        b.wait(if r.needs_reseed() { "seed_req" } else { "req_ready" }, 100);
        assert_eq!(b.m.get("reseed_counter"), r.counter.min(interval as u64 + 1), "counter after {i}");
    }
    assert_eq!(b.m.get("seed_count"), seeds);
    // Explicit reseed.
    b.m.set("reseed", 1);
    b.m.tick();
    b.m.set("reseed", 0);
    let s = b.seed();
    b.give_seed(&s);
    r.reseed(&s);
    assert_eq!(b.request(2), r.generate(2));
    // A zero-block request is refused with req_error.
    b.wait("req_ready", 100);
    b.m.set("req_blocks", 0);
    b.m.set("req_valid", 1);
    b.m.eval();
    assert_eq!(b.m.get("req_error"), 1);
    b.m.tick();
    b.m.set("req_valid", 0);
    assert_eq!(b.request(1), r.generate(1), "state unchanged by the refused request");
    // Source alarm: stop, zeroize, no output, then re-instantiate (Key = V = 0).
    b.m.set("alarm", 1);
    b.m.tick();
    for _ in 0..100 {
        b.m.set("req_valid", 1);
        b.m.set("req_blocks", 1);
        b.m.set("random_ready", 1);
        b.m.eval();
        assert_eq!(b.m.get("error"), 1);
        assert_eq!(b.m.get("req_ready"), 0);
        assert_eq!(b.m.get("random_valid"), 0);
        assert_eq!(b.m.get("seed_req"), 0, "no seed taken while the source is failing");
        assert_eq!(b.m.get("instantiated"), 0);
        b.m.tick();
    }
    b.m.set("req_valid", 0);
    b.m.set("alarm", 0);
    b.m.tick();
    let s = b.seed();
    b.give_seed(&s);
    let mut r = DrbgRef::instantiate(&s, interval as u64);
    assert_eq!(b.request(3), r.generate(3), "fresh instantiate after the alarm");
}

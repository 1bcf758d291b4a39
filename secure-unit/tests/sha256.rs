//! SHA-256 core tests. Everything runs the *emitted Verilog* under Verilator
//! (`vtb`); the golden model is the `sha2` crate, and the K / IV tables are
//! checked against values computed here from the primes with exact integer
//! roots.
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use secure_unit::sha256::*;
use sha2::{Digest, Sha256};
use vtb::Model;

/// Idle cycles to insert before offering a block.
type Gaps<'a> = &'a mut dyn FnMut() -> u32;

/// The core under Verilator plus a cycle counter.
struct Dut {
    m: Model,
    cycles: u64,
}

impl Dut {
    fn new() -> Dut {
        let m = Model::build("sha256_core", &sha256_core_verilog()).expect("verilate Sha256Core");
        let mut d = Dut { m, cycles: 0 };
        d.reset();
        d
    }

    fn tick(&mut self) {
        self.m.tick();
        self.cycles += 1;
    }

    fn reset(&mut self) {
        self.m.set("in_valid", 0);
        self.m.set("init", 0);
        self.m.set("reset", 1);
        self.tick();
        self.tick();
        self.m.set("reset", 0);
        self.m.eval();
        assert_eq!(self.m.get("digest_valid"), 0, "no digest right after reset");
        assert_eq!(self.m.get("in_ready"), 1, "idle after reset");
        assert_eq!(self.digest(), iv_bytes(), "reset loads H := IV");
    }

    fn digest(&self) -> [u8; 32] {
        let w: [u32; 8] = self.m.get_wide("digest").try_into().expect("256-bit digest port");
        digest_from_port_words(&w)
    }

    /// Offers one block and holds it until accepted; returns the cycle
    /// (counter value) in which it was accepted. While waiting, checks that
    /// the core never claims a finished digest.
    fn send(&mut self, block: &[u8; 64], init: bool, gaps: Gaps) -> u64 {
        for _ in 0..gaps() {
            // An idle cycle with junk on the data inputs must change nothing.
            self.m.set("in_valid", 0);
            self.m.set_wide("block", &[0xdead_beef; 16]);
            self.m.set("init", (self.cycles & 1) as u64);
            self.tick();
        }
        self.m.set_wide("block", &block_to_port_words(block));
        self.m.set("init", init as u64);
        self.m.set("in_valid", 1);
        self.m.eval();
        let mut waited = 0;
        while self.m.get("in_ready") == 0 {
            self.tick();
            self.m.eval();
            waited += 1;
            assert!(waited <= CYCLES_PER_BLOCK + 1, "in_ready stuck low");
        }
        let accepted_at = self.cycles;
        self.tick();
        self.m.set("in_valid", 0);
        self.m.eval();
        assert_eq!(self.m.get("digest_valid"), 0, "digest_valid while a block is in progress");
        accepted_at
    }

    /// Waits for `digest_valid` and reads the digest; returns it and the cycle
    /// in which it became valid.
    fn wait_digest(&mut self) -> ([u8; 32], u64) {
        self.m.eval();
        let mut waited = 0;
        while self.m.get("digest_valid") == 0 {
            self.tick();
            self.m.eval();
            waited += 1;
            assert!(waited <= CYCLES_PER_BLOCK + 1, "digest_valid never rose");
        }
        (self.digest(), self.cycles)
    }

    /// Hashes a whole message through the core (padding by the driver).
    /// Returns the digest and the cycles from the first accept to digest_valid.
    fn hash(&mut self, message: &[u8], gaps: Gaps) -> ([u8; 32], u64) {
        let blocks = pad(message);
        let mut first = None;
        for (i, b) in blocks.iter().enumerate() {
            let at = self.send(b, i == 0, gaps);
            first.get_or_insert(at);
        }
        let (d, at) = self.wait_digest();
        (d, at - first.unwrap())
    }
}

fn no_gaps() -> u32 {
    0
}

fn iv_bytes() -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, w) in SHA256_IV.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn golden(message: &[u8]) -> [u8; 32] {
    Sha256::digest(message).into()
}

#[test]
fn lint_clean() {
    vtb::lint("sha256_core", &sha256_core_verilog()).expect("Sha256Core lint");
}

#[test]
fn known_answers() {
    let mut dut = Dut::new();
    let nist2 = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    let cases: [(&[u8], &str); 3] = [
        (b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (nist2, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ];
    for (msg, want) in cases {
        let (d, cycles) = dut.hash(msg, &mut no_gaps);
        assert_eq!(hex(&d), want, "SHA-256({:?})", String::from_utf8_lossy(msg));
        let n = pad(msg).len() as u64;
        assert_eq!(cycles, CYCLES_PER_BLOCK * (n - 1) + DIGEST_LATENCY);
    }
}

/// 1,000,000 × 'a': 15,625 data blocks + 1 padding block streamed back to
/// back from memory; also the throughput figure.
#[test]
fn million_a_and_throughput() {
    let mut dut = Dut::new();
    let msg = vec![b'a'; 1_000_000];
    let blocks = pad(&msg).len() as u64;
    assert_eq!(blocks, 15_626);
    let (d, cycles) = dut.hash(&msg, &mut no_gaps);
    assert_eq!(
        hex(&d),
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    );
    println!(
        "SHA-256(1e6 x 'a'): {blocks} blocks in {cycles} cycles = {} cycles/block \
         (first accept to digest_valid)",
        cycles as f64 / blocks as f64
    );
    assert_eq!(cycles, CYCLES_PER_BLOCK * (blocks - 1) + DIGEST_LATENCY);
    assert!(CYCLES_PER_BLOCK <= 65 && DIGEST_LATENCY <= 65);
}

/// Single-block latency and the handshake timing of the documented diagram.
#[test]
fn latency_and_handshake() {
    let mut dut = Dut::new();
    let blk = pad(b"abc")[0];
    let t0 = dut.send(&blk, true, &mut no_gaps);
    // Cycles t0+1.. run rounds 0..63: in_ready low for rounds 0..62, then
    // high in round 63 only for a chained block.
    for round in 0..CYCLES_PER_BLOCK {
        dut.m.set("init", 1);
        dut.m.eval();
        assert_eq!(dut.m.get("in_ready"), 0, "init block offered in round {round}");
        assert_eq!(dut.m.get("digest_valid"), 0);
        dut.m.set("init", 0);
        dut.m.eval();
        let last = round == CYCLES_PER_BLOCK - 1;
        assert_eq!(dut.m.get("in_ready"), last as u64, "chained block in round {round}");
        dut.tick();
    }
    dut.m.eval();
    assert_eq!(dut.cycles - t0, DIGEST_LATENCY);
    assert_eq!(dut.m.get("digest_valid"), 1);
    assert_eq!(dut.m.get("in_ready"), 1);
    assert_eq!(dut.digest(), golden(b"abc"));
    println!(
        "latency: block accepted in cycle 0, rounds in cycles 1..=64, digest_valid in \
         cycle {DIGEST_LATENCY} (next message accepted in that cycle); a chained block is \
         accepted in cycle {CYCLES_PER_BLOCK} (round 63)"
    );
    // The digest stays valid while idle.
    for _ in 0..5 {
        dut.tick();
        dut.m.eval();
        assert_eq!(dut.m.get("digest_valid"), 1);
        assert_eq!(dut.digest(), golden(b"abc"));
    }
}

/// ≥ 10,000 random messages of 0..300 bytes plus the padding boundary lengths,
/// hashed back to back with random in_valid gaps, against `sha2`.
#[test]
fn random_messages_vs_sha2() {
    let mut dut = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x5a256);
    let mut gap_rng = ChaCha8Rng::seed_from_u64(7);
    let mut gaps = move || if gap_rng.gen_ratio(1, 4) { gap_rng.gen_range(1..4) } else { 0 };
    let boundary = [0usize, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 183, 184];
    let mut n = 0;
    let mut blocks = 0;
    for i in 0..10_000 + boundary.len() {
        let len = if i < boundary.len() { boundary[i] } else { rng.gen_range(0..=300) };
        let mut msg = vec![0u8; len];
        rng.fill(&mut msg[..]);
        let (d, _) = dut.hash(&msg, &mut gaps);
        assert_eq!(hex(&d), hex(&golden(&msg)), "message #{i}, {len} bytes: {}", hex(&msg));
        n += 1;
        blocks += pad(&msg).len();
    }
    println!("{n} random messages ({blocks} blocks) match sha2, {} cycles", dut.cycles);
}

/// A synchronous reset in the middle of a block aborts it cleanly, and a
/// chained block (init = 0) right after reset starts from the IV.
#[test]
fn reset_mid_block_and_chain_from_reset() {
    let mut dut = Dut::new();
    let blocks = pad(&[0x42; 100]);
    dut.send(&blocks[0], true, &mut no_gaps);
    for _ in 0..20 {
        dut.tick();
    }
    dut.reset();
    let blk = pad(b"abc")[0];
    dut.send(&blk, false, &mut no_gaps);
    let (d, _) = dut.wait_digest();
    assert_eq!(d, golden(b"abc"));
}

fn primes(n: usize) -> Vec<u128> {
    let mut p: Vec<u128> = Vec::new();
    let mut c = 2u128;
    while p.len() < n {
        if p.iter().all(|q| c % q != 0) {
            p.push(c);
        }
        c += 1;
    }
    p
}

/// Largest r with r^k <= x (exact, by bisection).
fn iroot(x: u128, k: u32) -> u128 {
    let (mut lo, mut hi) = (0u128, 1u128 << (128 / k + 1));
    while lo < hi {
        let mid = (lo + hi + 1) / 2;
        match mid.checked_pow(k) {
            Some(v) if v <= x => lo = mid,
            _ => hi = mid - 1,
        }
    }
    lo
}

/// K ROM sub-block, on its own emitted Verilog: K[t] = frac(cbrt(p_t)) · 2^32.
#[test]
fn round_constant_rom_matches_cube_roots() {
    let mut rom = Sha256RoundConstants::default();
    rom.connect_all();
    let v = generate_verilog(&rom);
    vtb::lint("sha256_k", &v).expect("K ROM lint");
    let mut m = Model::build("sha256_k", &v).expect("verilate K ROM");
    for (t, p) in primes(64).into_iter().enumerate() {
        let k = (iroot(p << 96, 3) & 0xffff_ffff) as u64;
        m.set("round", t as u64);
        m.eval();
        assert_eq!(m.get("k"), k, "K[{t}]");
    }
}

#[test]
fn iv_matches_square_roots() {
    for (i, p) in primes(8).into_iter().enumerate() {
        let h = (iroot(p << 64, 2) & 0xffff_ffff) as u32;
        assert_eq!(SHA256_IV[i], h, "H0[{i}]");
    }
}

#[test]
fn pad_rules() {
    for len in 0..=200usize {
        let msg: Vec<u8> = (0..len).map(|i| i as u8).collect();
        let blocks = pad(&msg);
        let flat: Vec<u8> = blocks.iter().flatten().copied().collect();
        let want_blocks = len / 64 + if len % 64 <= 55 { 1 } else { 2 };
        assert_eq!(blocks.len(), want_blocks, "len {len}");
        assert_eq!(&flat[..len], &msg[..]);
        assert_eq!(flat[len], 0x80);
        assert!(flat[len + 1..flat.len() - 8].iter().all(|&b| b == 0));
        assert_eq!(flat[flat.len() - 8..], ((len as u64) * 8).to_be_bytes());
    }
}

//! TRNG tests on the emitted Verilog under Verilator (vtb), each against a
//! Rust golden model: NoiseRef (noise source), HealthRef (SP 800-90B
//! health tests, written here), the `sha2` crate (conditioner) and a
//! CTR_DRBG model on the `aes` crate (written here).
use aes::cipher::{BlockEncrypt, KeyInit};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use secure_unit::trng::health::{ALPHA_LOG2, APT_WINDOW, STARTUP_SAMPLES};
use secure_unit::trng::*;
use sha2::{Digest, Sha256};
use vtb::Model;

fn build(name: &str, v: &str) -> Model {
    Model::build(name, v).unwrap_or_else(|e| panic!("building {name}: {e}"))
}

// ------------------------------------------------------------------- lint

#[test]
fn lint_all_trng_blocks() {
    let h = HealthConfig::default();
    vtb::lint("trng_noise", &noise_verilog()).unwrap();
    vtb::lint("trng_health", &health_verilog(h)).unwrap();
    // The RO cell lints with one in-source UNOPTFLAT waiver (its loops).
    vtb::lint("trng_ring_osc", &ring_osc_verilog()).unwrap();
    vtb::lint("trng_conditioner", &conditioner_verilog(ConditionerConfig::default())).unwrap();
    vtb::lint("trng_drbg", &drbg_verilog(DrbgConfig::default())).unwrap();
    vtb::lint("trng_top_sim", &trng_verilog(TrngConfig::default(), SimNoiseSource::default()))
        .unwrap();
    vtb::lint("trng_top_fpga", &trng_verilog(TrngConfig::default(), RingOscEntropy::default()))
        .unwrap();
}

#[test]
fn source_types_say_what_they_are() {
    assert!(RingOscEntropy::default().is_physical());
    assert!(!SimNoiseSource::default().is_physical());
    // The FPGA build carries the RO cell; the simulation build must not,
    // and the FPGA build must not carry the noise model.
    let fpga = trng_verilog(TrngConfig::default(), RingOscEntropy::default());
    let sim = trng_verilog(TrngConfig::default(), SimNoiseSource::default());
    assert!(fpga.contains("module vmsp_ro_entropy") && !fpga.contains("noise$state"));
    assert!(!sim.contains("vmsp_ro_entropy"));
}

// ---------------------------------------------------------------- cutoffs

/// Independent recomputation of the 90B cutoffs: the APT one from the
/// lower CDF (smallest k with P[X ≤ k] ≥ 1 − α, C = k + 1), with the pmf
/// built by the multiplicative recurrence instead of log-factorials.
fn apt_cutoff_by_cdf(h: f64) -> u32 {
    let n = APT_WINDOW as usize;
    let p = 2f64.powf(-h);
    let alpha = 2f64.powi(-(ALPHA_LOG2 as i32));
    // pmf(0) underflows for big n·ln(1-p); work in logs.
    let mut lp = n as f64 * (1.0 - p).ln();
    let mut cdf = 0f64;
    for k in 0..=n {
        cdf += lp.exp();
        if cdf >= 1.0 - alpha {
            return k as u32 + 1;
        }
        lp += ((n - k) as f64 / (k + 1) as f64).ln() + (p / (1.0 - p)).ln();
    }
    n as u32 + 1
}

#[test]
fn health_cutoffs_recomputed() {
    for milli in (100..=1000).step_by(50) {
        let h = milli as f64 / 1000.0;
        let cfg = HealthConfig::new(h).unwrap();
        let rct = 1 + (20.0 / h).ceil() as u32;
        assert_eq!(cfg.rct_cutoff(), rct, "RCT cutoff at H = {h}");
        assert_eq!(cfg.apt_cutoff(), apt_cutoff_by_cdf(h), "APT cutoff at H = {h}");
    }
    let d = HealthConfig::default();
    println!("H = {}: RCT C = {}, APT C = {} (W = {APT_WINDOW})", d.min_entropy, d.rct_cutoff(), d.apt_cutoff());
    // SP 800-90B §4.4.1 worked example: H = 0.5 ⇒ C = 41 for α = 2^-20.
    assert_eq!(d.rct_cutoff(), 41);
    assert!(HealthConfig::new(0.0).is_err());
    assert!(HealthConfig::new(1.5).is_err());
    assert!(HealthConfig::new(f64::NAN).is_err());
    // Conditioning ratio: ≥ 256 + 64 bits of claimed entropy per seed.
    let c = ConditionerConfig::for_claim(&d);
    assert_eq!(c.raw_blocks, 2);
    assert!(c.raw_bits() as f64 * d.min_entropy >= 320.0);
    assert!(ConditionerConfig::new(0).is_err() && ConditionerConfig::new(16).is_err());
    assert!(DrbgConfig::new(0).is_err());
}

// ------------------------------------------------------------ noise model

#[test]
fn noise_model_matches_reference() {
    let mut m = build("trng_noise", &noise_verilog());
    let modes = [
        NoiseMode::Normal,
        NoiseMode::Biased34,
        NoiseMode::Biased78,
        NoiseMode::Stuck0,
        NoiseMode::Stuck1,
        NoiseMode::Repeat,
    ];
    for (i, &mode) in modes.iter().enumerate() {
        let seed = if i == 0 { 0 } else { 0x1234_5678_9ABC_DEF0 ^ i as u64 };
        let pattern = 0xB38Eu16;
        m.set("seed", seed);
        m.set("mode", mode as u64);
        m.set("pattern", pattern as u64);
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        m.eval();
        let mut r = NoiseRef::new(seed, mode, pattern);
        let mut ones = 0u32;
        let n = 20_000;
        for k in 0..n {
            assert_eq!(m.get("raw_valid"), 1, "{mode:?} valid at {k}");
            let want = r.next_bit();
            assert_eq!(m.get("raw_bit") == 1, want, "{mode:?} bit {k}");
            ones += want as u32;
            m.tick();
        }
        let p1 = ones as f64 / n as f64;
        println!("{mode:?}: P(1) = {p1:.4}");
        let expect = match mode {
            NoiseMode::Normal => 0.5,
            NoiseMode::Biased34 => 0.75,
            NoiseMode::Biased78 => 0.875,
            NoiseMode::Stuck0 => 0.0,
            NoiseMode::Stuck1 => 1.0,
            NoiseMode::Repeat => pattern.count_ones() as f64 / 16.0,
        };
        assert!((p1 - expect).abs() < 0.02, "{mode:?}: P(1) = {p1}, expected {expect}");
    }
}

// ----------------------------------------------------------- health tests

/// Golden model of `HealthTests` (SP 800-90B §4.4.1, §4.4.2 and start-up),
/// written from the standard, cycle-for-cycle with the block's interface.
struct HealthRef {
    rct_c: u32,
    apt_c: u32,
    last: Option<bool>,
    run: u32,
    apt_ref: bool,
    apt_idx: u32,
    apt_cnt: u32,
    startup: u32,
    started: bool,
    rct_alarm: bool,
    apt_alarm: bool,
    rct_fails: u32,
    apt_fails: u32,
}

impl HealthRef {
    fn new(cfg: HealthConfig) -> Self {
        Self {
            rct_c: cfg.rct_cutoff(),
            apt_c: cfg.apt_cutoff(),
            last: None,
            run: 0,
            apt_ref: false,
            apt_idx: 0,
            apt_cnt: 0,
            startup: 0,
            started: false,
            rct_alarm: false,
            apt_alarm: false,
            rct_fails: 0,
            apt_fails: 0,
        }
    }
    fn clear(&mut self) {
        let (r, a) = (self.rct_fails, self.apt_fails);
        *self = Self { rct_fails: r, apt_fails: a, ..Self::new_like(self) };
    }
    fn new_like(o: &Self) -> Self {
        let mut s = Self::new(HealthConfig::default());
        s.rct_c = o.rct_c;
        s.apt_c = o.apt_c;
        s
    }
    fn healthy(&self) -> bool {
        self.started && !self.rct_alarm && !self.apt_alarm
    }
    /// One valid sample; returns whether it is passed on.
    fn sample(&mut self, b: bool) -> bool {
        if self.rct_alarm || self.apt_alarm {
            return false;
        }
        self.run = if self.last == Some(b) { self.run + 1 } else { 1 };
        self.last = Some(b);
        if self.apt_idx == 0 {
            self.apt_ref = b;
            self.apt_cnt = 1;
        } else if b == self.apt_ref {
            self.apt_cnt += 1;
        }
        self.apt_idx = (self.apt_idx + 1) % APT_WINDOW;
        let rct_trip = self.run >= self.rct_c;
        // The count only matters inside a window; at idx 0 it restarts at 1.
        let apt_trip = self.apt_cnt >= self.apt_c;
        let was_started = self.started;
        if !self.started {
            self.startup += 1;
            if self.startup == STARTUP_SAMPLES {
                self.started = !(rct_trip || apt_trip);
            }
        }
        if rct_trip {
            self.rct_alarm = true;
            self.rct_fails += 1;
        }
        if apt_trip {
            self.apt_alarm = true;
            self.apt_fails += 1;
        }
        was_started && !rct_trip && !apt_trip
    }
}

struct HealthBench {
    m: Model,
    r: HealthRef,
    n: u64,
}

impl HealthBench {
    fn new(cfg: HealthConfig, name: &str) -> Self {
        let mut m = build(name, &health_verilog(cfg));
        m.set("clear", 0);
        m.set("in_valid", 0);
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        m.eval();
        Self { m, r: HealthRef::new(cfg), n: 0 }
    }
    /// Feeds one sample and checks the block against the model.
    fn feed(&mut self, b: bool) -> bool {
        self.m.set("in_bit", b as u64);
        self.m.set("in_valid", 1);
        self.m.eval();
        let out = self.m.get("out_valid") == 1;
        let want = self.r.sample(b);
        assert_eq!(out, want, "out_valid at sample {}", self.n);
        if out {
            assert_eq!(self.m.get("out_bit") == 1, b);
        }
        self.m.tick();
        self.m.eval();
        self.n += 1;
        self.check();
        out
    }
    fn idle(&mut self) {
        self.m.set("in_valid", 0);
        self.m.eval();
        assert_eq!(self.m.get("out_valid"), 0);
        self.m.tick();
        self.check();
    }
    fn check(&self) {
        let m = &self.m;
        let r = &self.r;
        assert_eq!(m.get("rct_alarm") == 1, r.rct_alarm, "rct_alarm after sample {}", self.n);
        assert_eq!(m.get("apt_alarm") == 1, r.apt_alarm, "apt_alarm after sample {}", self.n);
        assert_eq!(m.get("healthy") == 1, r.healthy(), "healthy after sample {}", self.n);
        assert_eq!(m.get("rct_failures"), r.rct_fails as u64);
        assert_eq!(m.get("apt_failures"), r.apt_fails as u64);
    }
    fn clear(&mut self) {
        self.m.set("in_valid", 0);
        self.m.set("clear", 1);
        self.m.tick();
        self.m.set("clear", 0);
        self.m.eval();
        self.r.clear();
        self.check();
    }
    fn alarmed(&self) -> bool {
        self.r.rct_alarm || self.r.apt_alarm
    }
}

/// Feeds `src` until an alarm or `limit` samples; returns samples used.
fn run_until_alarm(b: &mut HealthBench, src: &mut NoiseRef, limit: u64) -> Option<u64> {
    for k in 1..=limit {
        b.feed(src.next_bit());
        if b.alarmed() {
            return Some(k);
        }
    }
    None
}

fn startup_with_clean_noise(b: &mut HealthBench, seed: u64) {
    let mut clean = NoiseRef::new(seed, NoiseMode::Normal, 0);
    for _ in 0..STARTUP_SAMPLES {
        assert!(!b.feed(clean.next_bit()), "no output during the start-up test");
    }
    assert!(b.r.healthy() && b.m.get("healthy") == 1);
}

#[test]
fn health_faults_trip_and_stop_output() {
    let cfg = HealthConfig::default();
    let (rct_c, apt_c) = (cfg.rct_cutoff() as u64, cfg.apt_cutoff() as u64);
    let mut b = HealthBench::new(cfg, "trng_health");

    // Start-up: output only after 1024 passing samples.
    startup_with_clean_noise(&mut b, 11);
    assert!(b.feed(true), "healthy samples pass after start-up");

    // Stuck-at-0 / stuck-at-1: the RCT trips exactly at sample C of the run
    // (the run may include up to one preceding equal sample).
    for (mode, name) in [(NoiseMode::Stuck0, "stuck-at-0"), (NoiseMode::Stuck1, "stuck-at-1")] {
        b.clear();
        startup_with_clean_noise(&mut b, 12);
        let mut src = NoiseRef::new(1, mode, 0);
        let k = run_until_alarm(&mut b, &mut src, 10 * rct_c).expect(name);
        println!("{name}: RCT alarm after {k} faulty samples (C = {rct_c})");
        // Exact timing is checked sample by sample against HealthRef; the
        // run may continue one that the clean noise ended with.
        assert!(b.r.rct_alarm && k <= rct_c);
        // Output stays stopped however long the fault lasts, and a healthy
        // source does not restart it either: only clear/reset do.
        for _ in 0..5000 {
            assert!(!b.feed(src.next_bit()));
        }
        let mut clean = NoiseRef::new(99, NoiseMode::Normal, 0);
        for _ in 0..5000 {
            assert!(!b.feed(clean.next_bit()));
        }
        b.idle();
    }
    assert_eq!(b.m.get("rct_failures"), 2);

    // Biased P(1) = 7/8 > the APT's tolerance at H = 0.5 (mean 896 > C).
    b.clear();
    startup_with_clean_noise(&mut b, 13);
    let mut src = NoiseRef::new(77, NoiseMode::Biased78, 0);
    let k = run_until_alarm(&mut b, &mut src, 4 * APT_WINDOW as u64).expect("biased 7/8");
    println!("biased 7/8: APT alarm after {k} samples (C = {apt_c} of W = {APT_WINDOW})");
    assert!(b.r.apt_alarm && !b.r.rct_alarm && k <= 2 * APT_WINDOW as u64);
    assert_eq!(b.m.get("apt_failures"), 1);

    // Repeating pattern with 15 ones in 16: APT (mean 960 per window).
    b.clear();
    startup_with_clean_noise(&mut b, 14);
    let mut src = NoiseRef::new(0, NoiseMode::Repeat, 0xFFFE);
    let k = run_until_alarm(&mut b, &mut src, 4 * APT_WINDOW as u64).expect("repeat 0xFFFE");
    println!("repeat 0xFFFE: APT alarm after {k} samples");
    assert!(b.r.apt_alarm && k <= 2 * APT_WINDOW as u64);

    // A balanced short-period pattern is NOT a health-test failure: the
    // 90B tests look only at runs and proportions. Measured, not hidden.
    b.clear();
    startup_with_clean_noise(&mut b, 15);
    let mut src = NoiseRef::new(0, NoiseMode::Repeat, 0x00FF);
    let k = run_until_alarm(&mut b, &mut src, 100_000);
    println!("repeat 0x00FF (balanced, period 16): alarm = {k:?} in 100000 samples (limitation of 90B tests)");
    assert_eq!(k, None);

    // Fault during the start-up test: no output ever, alarm latched.
    b.clear();
    let mut src = NoiseRef::new(0, NoiseMode::Stuck1, 0);
    let k = run_until_alarm(&mut b, &mut src, 2000).expect("stuck during start-up");
    assert_eq!(k, rct_c);
    assert_eq!(b.m.get("healthy"), 0);
}

#[test]
fn health_biased_34_depends_on_claim() {
    // P(1) = 3/4 has min-entropy 0.415 bit. Against a claim of H = 0.8
    // (APT cutoff well below 768) it must trip; against H = 0.5 the APT
    // (cutoff ~793) usually cannot see it — printed, not asserted.
    let cfg = HealthConfig::new(0.8).unwrap();
    println!("H = 0.8: RCT C = {}, APT C = {}", cfg.rct_cutoff(), cfg.apt_cutoff());
    let mut b = HealthBench::new(cfg, "trng_health_h08");
    startup_with_clean_noise(&mut b, 21);
    let mut src = NoiseRef::new(5, NoiseMode::Biased34, 0);
    let k = run_until_alarm(&mut b, &mut src, 4 * APT_WINDOW as u64).expect("biased 3/4 at H=0.8");
    println!("biased 3/4 vs H = 0.8: APT alarm after {k} samples");
    assert!(b.r.apt_alarm);

    let mut b = HealthBench::new(HealthConfig::default(), "trng_health");
    startup_with_clean_noise(&mut b, 22);
    let mut src = NoiseRef::new(6, NoiseMode::Biased34, 0);
    let k = run_until_alarm(&mut b, &mut src, 200 * APT_WINDOW as u64);
    println!("biased 3/4 vs H = 0.5: alarm after {k:?} of {} samples", 200 * APT_WINDOW);
}

#[test]
fn health_rct_exact_boundary() {
    let cfg = HealthConfig::default();
    let c = cfg.rct_cutoff() as usize;
    let mut b = HealthBench::new(cfg, "trng_health");
    startup_with_clean_noise(&mut b, 31);
    for v in [false, true] {
        // A fresh run: one opposite sample, then exactly C-1 equal ones.
        b.feed(!v);
        for _ in 0..c - 1 {
            assert!(b.feed(v));
        }
        assert!(!b.alarmed(), "a run of C-1 = {} must pass", c - 1);
        assert!(b.feed(!v));
    }
    b.feed(true);
    for i in 1..c {
        assert!(b.feed(false), "run sample {i}");
    }
    assert!(!b.feed(false), "the C-th identical sample is not passed on");
    assert!(b.r.rct_alarm && b.m.get("rct_alarm") == 1);
}

#[test]
fn health_clean_noise_long_run() {
    // ≥ 10^7 clean samples through the Verilog; every alarm is counted,
    // then cleared, so the rate is measured rather than stopped at one.
    let n: u64 = std::env::var("TRNG_LONG_RUN").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000_000);
    let cfg = HealthConfig::default();
    let mut m = build("trng_health", &health_verilog(cfg));
    m.set("clear", 0);
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.set("in_valid", 1);
    let (bit, ov) = (m.id("in_bit"), m.id("out_valid"));
    let (ra, aa) = (m.id("rct_alarm"), m.id("apt_alarm"));
    let mut src = NoiseRef::new(0xC0FFEE, NoiseMode::Normal, 0);
    let mut alarms = 0u64;
    let mut passed = 0u64;
    let t = std::time::Instant::now();
    for _ in 0..n {
        m.set_id(bit, src.next_bit() as u64);
        m.eval();
        passed += m.get_id(ov);
        m.tick();
        if m.get_id(ra) | m.get_id(aa) != 0 {
            alarms += 1;
            m.set("clear", 1);
            m.tick();
            m.set("clear", 0);
        }
    }
    println!(
        "clean noise: {n} samples, {alarms} alarms (rate {:.3e}/sample), {passed} passed, {:.1} s",
        alarms as f64 / n as f64,
        t.elapsed().as_secs_f64()
    );
    assert_eq!(m.get("rct_failures") + m.get("apt_failures"), alarms);
    assert_eq!(passed, n - STARTUP_SAMPLES as u64 * (alarms + 1), "all clean samples after start-up pass");
    // Expected false alarms: RCT ≈ n·2^-40, APT ≈ (n/1024)·(tiny) for an
    // unbiased source against an H = 0.5 claim: effectively zero.
    assert_eq!(alarms, 0);
}

// ------------------------------------------------------------ conditioner

fn bits_to_bytes(bits: &[bool]) -> Vec<u8> {
    bits.chunks(8).map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | b as u8)).collect()
}

fn words_to_be_bytes(w: &[u32]) -> Vec<u8> {
    w.iter().rev().flat_map(|x| x.to_be_bytes()).collect()
}

fn be_bytes_to_words(b: &[u8]) -> Vec<u32> {
    b.chunks(4).rev().map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect()
}

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

/// SP 800-90A CTR_DRBG, AES-128, no df, seedlen 256 (golden model).
#[derive(Clone)]
struct DrbgRef {
    key: [u8; 16],
    v: u128,
    counter: u64,
    interval: u64,
}

impl DrbgRef {
    fn aes(&self, block: u128) -> u128 {
        let c = aes::Aes128::new(&self.key.into());
        let mut b = block.to_be_bytes().into();
        c.encrypt_block(&mut b);
        u128::from_be_bytes(b.into())
    }
    fn update(&mut self, pd: &[u8; 32]) {
        self.v = self.v.wrapping_add(1);
        let t0 = self.aes(self.v);
        self.v = self.v.wrapping_add(1);
        let t1 = self.aes(self.v);
        let hi = t0 ^ u128::from_be_bytes(pd[..16].try_into().unwrap());
        let lo = t1 ^ u128::from_be_bytes(pd[16..].try_into().unwrap());
        self.key = hi.to_be_bytes();
        self.v = lo;
    }
    fn instantiate(seed: &[u8; 32], interval: u64) -> Self {
        let mut s = Self { key: [0; 16], v: 0, counter: 0, interval };
        s.update(seed);
        s.counter = 1;
        s
    }
    fn reseed(&mut self, seed: &[u8; 32]) {
        self.update(seed);
        self.counter = 1;
    }
    fn needs_reseed(&self) -> bool {
        self.counter > self.interval
    }
    fn generate(&mut self, blocks: usize) -> Vec<u128> {
        assert!(!self.needs_reseed());
        let out = (0..blocks)
            .map(|_| {
                self.v = self.v.wrapping_add(1);
                self.aes(self.v)
            })
            .collect();
        self.update(&[0; 32]);
        self.counter += 1;
        out
    }
}

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

// ---------------------------------------------------------------- Trng top

fn trng_reset(m: &mut Model) {
    for p in ["clear", "reseed", "req_valid", "req_blocks", "random_ready"] {
        m.set(p, 0);
    }
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.eval();
}

#[test]
fn trng_end_to_end_against_models() {
    let noise = NoiseConfig { seed: 0xDEAD_BEEF_1234_5678, mode: NoiseMode::Normal, pattern: 0 };
    let cfg = TrngConfig { drbg: DrbgConfig::new(2).unwrap(), ..TrngConfig::default() };
    let mut m = build("trng_top_sim", &trng_verilog(cfg, SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    // The raw stream the source produces from reset on (NoiseModel is
    // checked against NoiseRef above); the source's first bit appears one
    // cycle after reset.
    let mut src = NoiseRef::new(noise.seed, noise.mode, noise.pattern);
    let raw: Vec<bool> = (0..20_000).map(|_| src.next_bit()).collect();
    let mut cycles = 0u64;
    while m.get("req_ready") == 0 {
        m.tick();
        cycles += 1;
        assert!(cycles < 10_000, "TRNG not ready");
    }
    assert_eq!(m.get("healthy"), 1);
    assert_eq!(m.get("instantiated"), 1);
    println!("TRNG ready {cycles} cycles after reset (start-up test + 1024-bit seed + SHA + Update)");
    // Request one block; find the seed window (the conditioner starts
    // collecting a cycle or two after the start-up test) by matching the
    // DRBG output against the model for each candidate offset.
    let req = |m: &mut Model, n: u8| -> Vec<u128> {
        while m.get("req_ready") == 0 {
            m.tick();
        }
        m.set("req_blocks", n as u64);
        m.set("req_valid", 1);
        m.tick();
        m.set("req_valid", 0);
        m.set("random_ready", 1);
        let mut out = vec![];
        let mut c = 0;
        while out.len() < n as usize {
            m.eval();
            if m.get("random_valid") == 1 {
                out.push(m.get_u128("random"));
            }
            m.tick();
            c += 1;
            assert!(c < 5000, "no output");
        }
        m.set("random_ready", 0);
        out
    };
    let first = req(&mut m, 2);
    // A seed is two 512-bit blocks of consecutive healthy raw bits; the
    // conditioner skips the bit(s) that arrive while it hands block 1 to
    // the SHA core (`gap`).
    let seed_at = |off: usize, gap: usize| -> [u8; 32] {
        let mut bits = raw[off..off + 512].to_vec();
        bits.extend_from_slice(&raw[off + 512 + gap..off + 1024 + gap]);
        Sha256::digest(bits_to_bytes(&bits)).into()
    };
    let windows = |lo: usize, hi: usize| (lo..hi).flat_map(|o| (0..4).map(move |g| (o, g)));
    let hits: Vec<(usize, usize)> = windows(1000, 1100)
        .filter(|&(o, g)| DrbgRef::instantiate(&seed_at(o, g), 2).generate(2) == first)
        .collect();
    println!("instantiate seed = raw bits (offset, gap) {hits:?}");
    assert_eq!(hits.len(), 1, "exactly one seed window explains the output");
    let mut r = DrbgRef::instantiate(&seed_at(hits[0].0, hits[0].1), 2);
    r.generate(2);
    assert_eq!(req(&mut m, 3), r.generate(3));
    // Interval 2 reached: the next request forces a reseed from fresh raw
    // bits (after the first seed); find and check it likewise.
    let after = req(&mut m, 1);
    let hits: Vec<(usize, usize)> = windows(hits[0].0 + 1024, hits[0].0 + 6000)
        .filter(|&(o, g)| {
            let mut t = r.clone();
            t.reseed(&seed_at(o, g));
            t.generate(1) == after
        })
        .collect();
    println!("reseed seed = raw bits (offset, gap) {hits:?}");
    assert_eq!(hits.len(), 1);
    let mut t = r.clone();
    t.reseed(&seed_at(hits[0].0, hits[0].1));
    t.generate(1);
    assert_eq!(req(&mut m, 4), t.generate(4));
    assert_eq!(m.get("seed_count"), 2);
    assert_eq!(m.get("rct_alarm") | m.get("apt_alarm") | m.get("error"), 0);
}

#[test]
fn trng_stuck_source_never_outputs() {
    let noise = NoiseConfig { seed: 1, mode: NoiseMode::Stuck1, pattern: 0 };
    let mut m = build("trng_top_stuck", &trng_verilog(TrngConfig::default(), SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    m.set("req_valid", 1);
    m.set("req_blocks", 1);
    m.set("random_ready", 1);
    for round in 1..=2u64 {
        for _ in 0..5000 {
            m.eval();
            assert_eq!(m.get("random_valid"), 0);
            assert_eq!(m.get("req_ready"), 0);
            assert_eq!(m.get("instantiated"), 0);
            m.tick();
        }
        assert_eq!(m.get("rct_alarm"), 1);
        assert_eq!(m.get("healthy"), 0);
        assert_eq!(m.get("error"), 1);
        assert_eq!(m.get("rct_failures"), round);
        // Clearing re-runs the start-up test, which fails again.
        m.set("clear", 1);
        m.tick();
        m.set("clear", 0);
    }
}

/// The hand-written Rust glue of `Trng` (used only by rust-hdl's own
/// simulator) must agree with its Verilog glue: run the Rust simulation up
/// to the first output block and compare with the Verilator result above
/// (same noise seed ⇒ same first seed window ⇒ same block).
#[test]
fn trng_rust_glue_matches_verilog() {
    let noise = NoiseConfig { seed: 0xDEAD_BEEF_1234_5678, mode: NoiseMode::Normal, pattern: 0 };
    let cfg = TrngConfig { drbg: DrbgConfig::new(2).unwrap(), ..TrngConfig::default() };
    let mut m = build("trng_top_sim", &trng_verilog(cfg, SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    m.set("req_blocks", 1);
    m.set("req_valid", 1);
    m.set("random_ready", 1);
    let mut want = None;
    for _ in 0..5000 {
        m.eval();
        if m.get("random_valid") == 1 {
            want = Some(m.get_u128("random"));
            break;
        }
        m.tick();
    }
    let want = want.expect("Verilog TRNG produced no block");

    let mut uut = Trng::new(cfg, SimNoiseSource::new(noise));
    uut.clock.connect();
    uut.reset.connect();
    uut.clear.connect();
    uut.reseed.connect();
    uut.req_valid.connect();
    uut.req_blocks.connect();
    uut.random_ready.connect();
    uut.connect_all();
    let mut sim = Simulation::new();
    sim.add_clock(5, |x: &mut Box<Trng<SimNoiseSource>>| x.clock.next = !x.clock.val());
    sim.add_testbench(move |mut sim: Sim<Trng<SimNoiseSource>>| {
        let mut x = sim.init()?;
        x.reset.next = true;
        wait_clock_cycle!(sim, clock, x);
        x.reset.next = false;
        x.req_blocks.next = 1.into();
        x.req_valid.next = true;
        x.random_ready.next = true;
        for _ in 0..5000 {
            wait_clock_true!(sim, clock, x);
            if x.random_valid.val() {
                let got = x.random.val();
                let got = (0..128).fold(0u128, |a, i| a | ((got.get_bit(i) as u128) << i));
                sim_assert_eq!(sim, got, want, x);
                return sim.done(x);
            }
            wait_clock_false!(sim, clock, x);
        }
        sim_assert!(sim, false, x);
        sim.done(x)
    });
    let t = std::time::Instant::now();
    sim.run(Box::new(uut), 200_000).unwrap();
    println!("rust-hdl simulation of Trng: {:.1} s", t.elapsed().as_secs_f64());
}

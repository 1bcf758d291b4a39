//! `HealthTests`: SP 800-90B §4.4 continuous health tests on a binary
//! noise source — Repetition Count Test (RCT) and Adaptive Proportion Test
//! (APT) — plus the start-up test, with latched alarms.
//!
//! Cutoffs are computed in Rust at generation time from the claimed
//! min-entropy per bit `H` ([`HealthConfig`]) for a false-alarm
//! probability α = 2^-20 per test, and baked into the Verilog as constants.
use rust_hdl::prelude::*;

/// −log2(α): the false-positive rate of each test is α = 2^-20 (90B §4.4).
pub const ALPHA_LOG2: u32 = 20;
/// APT window for binary samples (90B §4.4.2).
pub const APT_WINDOW: u32 = 1024;
/// Samples that must pass both tests after reset or `clear` before the
/// first output (90B §4.3: start-up testing over ≥ 1024 samples).
pub const STARTUP_SAMPLES: u32 = 1024;

/// The entropy claim that the health tests enforce.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct HealthConfig {
    /// Claimed min-entropy per raw bit, 0 < H ≤ 1.
    pub min_entropy: f64,
}

impl HealthConfig {
    /// Rejects claims outside (0, 1] (a binary sample has at most 1 bit),
    /// and claims so small the RCT cutoff would not fit its 16-bit counter.
    pub fn new(min_entropy: f64) -> Result<Self, String> {
        if !(min_entropy > 0.0 && min_entropy <= 1.0) {
            return Err(format!(
                "HealthConfig: min-entropy claim H = {min_entropy} per bit is outside (0, 1]"
            ));
        }
        if min_entropy < 0.01 {
            return Err(format!("HealthConfig: H = {min_entropy} is too small to test (< 0.01)"));
        }
        Ok(Self { min_entropy })
    }

    /// RCT cutoff C = 1 + ⌈−log2(α) / H⌉ (90B §4.4.1). A run of C identical
    /// samples trips; C − 1 passes.
    pub fn rct_cutoff(&self) -> u32 {
        1 + (ALPHA_LOG2 as f64 / self.min_entropy).ceil() as u32
    }

    /// APT cutoff C = 1 + CRITBINOM(W, 2^-H, 1 − α) (90B §4.4.2): the
    /// smallest C with P[X ≥ C] ≤ α for X ~ Binomial(W, 2^-H). Computed by
    /// summing the upper tail from X = W downwards in f64 (no 1 − CDF
    /// cancellation).
    pub fn apt_cutoff(&self) -> u32 {
        let n = APT_WINDOW;
        let p = 2f64.powf(-self.min_entropy);
        let alpha = 2f64.powi(-(ALPHA_LOG2 as i32));
        if p >= 1.0 {
            return n; // H → 0 never happens (rejected in new), kept total.
        }
        // ln pmf(k) = ln C(n,k) + k ln p + (n-k) ln(1-p), via ln C from a
        // running sum of logs.
        let mut ln_fact = vec![0f64; n as usize + 1];
        for k in 1..=n as usize {
            ln_fact[k] = ln_fact[k - 1] + (k as f64).ln();
        }
        let ln_pmf = |k: u32| {
            let k = k as usize;
            ln_fact[n as usize] - ln_fact[k] - ln_fact[n as usize - k]
                + k as f64 * p.ln()
                + (n as usize - k) as f64 * (1.0 - p).ln()
        };
        let mut tail = 0f64; // P[X >= c]
        let mut c = n + 1;
        while c > 0 {
            let t = tail + ln_pmf(c - 1).exp();
            if t > alpha {
                break;
            }
            tail = t;
            c -= 1;
        }
        c
    }
}

impl Default for HealthConfig {
    /// H = 0.5 bit per raw bit: a conservative claim for free-running
    /// ring oscillators; see docs/TRNG.md for why.
    fn default() -> Self {
        Self { min_entropy: 0.5 }
    }
}

/// RCT + APT + start-up test. Passes healthy samples through; stops all
/// output on the first failure and latches the alarm until `reset` or
/// `clear` (which re-runs the start-up test).
#[derive(LogicBlock)]
pub struct HealthTests {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: clears alarms, counters and start-up state.
    pub reset: Signal<In, Bit>,
    /// Restart after an alarm (e.g. before re-seeding): clears the alarm
    /// latches and re-runs the start-up test; failure counters are kept.
    pub clear: Signal<In, Bit>,
    pub in_bit: Signal<In, Bit>,
    pub in_valid: Signal<In, Bit>,
    /// Sample passed through, only while healthy.
    pub out_bit: Signal<Out, Bit>,
    pub out_valid: Signal<Out, Bit>,
    pub rct_alarm: Signal<Out, Bit>,
    pub apt_alarm: Signal<Out, Bit>,
    /// Start-up test passed and no alarm latched.
    pub healthy: Signal<Out, Bit>,
    pub startup_done: Signal<Out, Bit>,
    /// Number of RCT / APT failures since reset (wraps at 2^16).
    pub rct_failures: Signal<Out, Bits<16>>,
    pub apt_failures: Signal<Out, Bits<16>>,
    rct_cutoff: Constant<Bits<16>>,
    apt_cutoff: Constant<Bits<16>>,
    last: DFF<Bit>,
    have_last: DFF<Bit>,
    rct_run: DFF<Bits<16>>,
    apt_ref: DFF<Bit>,
    apt_idx: DFF<Bits<10>>,
    apt_cnt: DFF<Bits<16>>,
    startup_cnt: DFF<Bits<11>>,
    started: DFF<Bit>,
    rct_latch: DFF<Bit>,
    apt_latch: DFF<Bit>,
    rct_fails: DFF<Bits<16>>,
    apt_fails: DFF<Bits<16>>,
    rct_next: Signal<Local, Bits<16>>,
    apt_next: Signal<Local, Bits<16>>,
    rct_trip: Signal<Local, Bit>,
    apt_trip: Signal<Local, Bit>,
    alarmed: Signal<Local, Bit>,
}

impl HealthTests {
    pub fn new(cfg: HealthConfig) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            clear: Default::default(),
            in_bit: Default::default(),
            in_valid: Default::default(),
            out_bit: Default::default(),
            out_valid: Default::default(),
            rct_alarm: Default::default(),
            apt_alarm: Default::default(),
            healthy: Default::default(),
            startup_done: Default::default(),
            rct_failures: Default::default(),
            apt_failures: Default::default(),
            rct_cutoff: Constant::new((cfg.rct_cutoff() as u64).into()),
            apt_cutoff: Constant::new((cfg.apt_cutoff() as u64).into()),
            last: Default::default(),
            have_last: Default::default(),
            rct_run: Default::default(),
            apt_ref: Default::default(),
            apt_idx: Default::default(),
            apt_cnt: Default::default(),
            startup_cnt: Default::default(),
            started: Default::default(),
            rct_latch: Default::default(),
            apt_latch: Default::default(),
            rct_fails: Default::default(),
            apt_fails: Default::default(),
            rct_next: Default::default(),
            apt_next: Default::default(),
            rct_trip: Default::default(),
            apt_trip: Default::default(),
            alarmed: Default::default(),
        }
    }
}

impl Default for HealthTests {
    fn default() -> Self {
        Self::new(HealthConfig::default())
    }
}

impl Logic for HealthTests {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, last, have_last, rct_run, apt_ref, apt_idx, apt_cnt, startup_cnt,
            started, rct_latch, apt_latch, rct_fails, apt_fails
        );
        self.alarmed.next = self.rct_latch.q.val() | self.apt_latch.q.val();
        // RCT: length of the current run including this sample.
        self.rct_next.next = 1.into();
        if self.have_last.q.val() & (self.in_bit.val() == self.last.q.val()) {
            self.rct_next.next = self.rct_run.q.val() + 1;
        }
        // APT: the first sample of each window is the reference (count 1);
        // later samples equal to it add one.
        self.apt_next.next = 1.into();
        if self.apt_idx.q.val() != 0 {
            self.apt_next.next = self.apt_cnt.q.val();
            if self.in_bit.val() == self.apt_ref.q.val() {
                self.apt_next.next = self.apt_cnt.q.val() + 1;
            }
        }
        self.rct_trip.next = self.in_valid.val()
            & !self.alarmed.val()
            & (self.rct_next.val() >= self.rct_cutoff.val());
        self.apt_trip.next = self.in_valid.val()
            & !self.alarmed.val()
            & (self.apt_next.val() >= self.apt_cutoff.val());
        if self.in_valid.val() & !self.alarmed.val() {
            self.last.d.next = self.in_bit.val();
            self.have_last.d.next = true;
            self.rct_run.d.next = self.rct_next.val();
            if self.apt_idx.q.val() == 0 {
                self.apt_ref.d.next = self.in_bit.val();
            }
            self.apt_cnt.d.next = self.apt_next.val();
            self.apt_idx.d.next = self.apt_idx.q.val() + 1; // wraps at W = 1024
            if !self.started.q.val() {
                self.startup_cnt.d.next = self.startup_cnt.q.val() + 1;
                if self.startup_cnt.q.val() == 1023 {
                    self.started.d.next = !(self.rct_trip.val() | self.apt_trip.val());
                }
            }
        }
        if self.rct_trip.val() {
            self.rct_latch.d.next = true;
            self.rct_fails.d.next = self.rct_fails.q.val() + 1;
        }
        if self.apt_trip.val() {
            self.apt_latch.d.next = true;
            self.apt_fails.d.next = self.apt_fails.q.val() + 1;
        }
        self.out_bit.next = self.in_bit.val();
        self.out_valid.next = self.in_valid.val()
            & self.started.q.val()
            & !self.alarmed.val()
            & !self.rct_trip.val()
            & !self.apt_trip.val();
        self.rct_alarm.next = self.rct_latch.q.val();
        self.apt_alarm.next = self.apt_latch.q.val();
        self.healthy.next = self.started.q.val() & !self.alarmed.val();
        self.startup_done.next = self.started.q.val();
        self.rct_failures.next = self.rct_fails.q.val();
        self.apt_failures.next = self.apt_fails.q.val();
        if self.clear.val() | self.reset.val() {
            self.have_last.d.next = false;
            self.rct_run.d.next = 0.into();
            self.apt_idx.d.next = 0.into();
            self.apt_cnt.d.next = 0.into();
            self.startup_cnt.d.next = 0.into();
            self.started.d.next = false;
            self.rct_latch.d.next = false;
            self.apt_latch.d.next = false;
        }
        if self.reset.val() {
            self.rct_fails.d.next = 0.into();
            self.apt_fails.d.next = 0.into();
        }
    }
}

/// Emits the Verilog of stand-alone `HealthTests` (top module `top`).
pub fn health_verilog(cfg: HealthConfig) -> String {
    let mut b = HealthTests::new(cfg);
    b.clock.connect();
    b.reset.connect();
    b.clear.connect();
    b.in_bit.connect();
    b.in_valid.connect();
    b.connect_all();
    generate_verilog(&b)
}

//! `NoiseModel`: a seeded pseudo-random bit source standing in for the
//! ring oscillators in simulation, with fault modes for the health tests.
//!
//! It is a simulation aid only: its output is fully determined by `seed`,
//! so it carries no entropy and must never be built into a bitstream that
//! claims security (see docs/TRNG.md).
use rust_hdl::prelude::*;

/// Values of the `mode` input. The kernel compares against the same
/// integer literals (rust-hdl cannot match on named constants).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NoiseMode {
    /// One xorshift64 output bit per cycle, P(1) = 1/2.
    Normal = 0,
    /// OR of two PRNG bits: P(1) = 3/4.
    Biased34 = 1,
    /// OR of three PRNG bits: P(1) = 7/8.
    Biased78 = 2,
    /// Constant 0 (dead oscillator).
    Stuck0 = 3,
    /// Constant 1.
    Stuck1 = 4,
    /// The 16-bit `pattern` input, MSB first, repeated forever (period 16).
    Repeat = 5,
}

/// Fixed non-zero state used when `seed` is zero (xorshift has a zero
/// fixed point).
pub const NOISE_ZERO_SEED_REPLACEMENT: u64 = 0x9E37_79B9_7F4A_7C15;

/// Seeded PRNG entropy stand-in: one bit per clock after reset.
#[derive(LogicBlock)]
pub struct NoiseModel {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: loads `seed` and restarts the pattern.
    pub reset: Signal<In, Bit>,
    pub seed: Signal<In, Bits<64>>,
    /// See [`NoiseMode`].
    pub mode: Signal<In, Bits<3>>,
    /// Pattern for [`NoiseMode::Repeat`].
    pub pattern: Signal<In, Bits<16>>,
    pub raw_bit: Signal<Out, Bit>,
    pub raw_valid: Signal<Out, Bit>,
    state: DFF<Bits<64>>,
    pat_idx: DFF<Bits<4>>,
    running: DFF<Bit>,
    t1: Signal<Local, Bits<64>>,
    t2: Signal<Local, Bits<64>>,
    zero_seed: Constant<Bits<64>>,
}

impl Default for NoiseModel {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            seed: Default::default(),
            mode: Default::default(),
            pattern: Default::default(),
            raw_bit: Default::default(),
            raw_valid: Default::default(),
            state: Default::default(),
            pat_idx: Default::default(),
            running: Default::default(),
            t1: Default::default(),
            t2: Default::default(),
            zero_seed: Constant::new(NOISE_ZERO_SEED_REPLACEMENT.into()),
        }
    }
}

impl Logic for NoiseModel {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, pat_idx, running);
        // xorshift64 (Marsaglia 13/7/17).
        self.t1.next = self.state.q.val() ^ (self.state.q.val() << 13);
        self.t2.next = self.t1.val() ^ (self.t1.val() >> 7);
        self.state.d.next = self.t2.val() ^ (self.t2.val() << 17);
        self.pat_idx.d.next = self.pat_idx.q.val() + 1;
        // Valid only after a reset has loaded the seed (power-up state 0
        // is xorshift's fixed point).
        self.running.d.next = self.running.q.val();
        self.raw_bit.next = self.state.q.val().get_bit(63);
        match self.mode.val().index() {
            1 => {
                self.raw_bit.next = self.state.q.val().get_bit(63) | self.state.q.val().get_bit(62);
            }
            2 => {
                self.raw_bit.next = self.state.q.val().get_bit(63)
                    | self.state.q.val().get_bit(62)
                    | self.state.q.val().get_bit(61);
            }
            3 => {
                self.raw_bit.next = false;
            }
            4 => {
                self.raw_bit.next = true;
            }
            5 => {
                // MSB first: bit 15 - idx.
                self.raw_bit.next = ((self.pattern.val() << self.pat_idx.q.val()) & 0x8000).any();
            }
            _ => {}
        }
        self.raw_valid.next = self.running.q.val();
        if self.reset.val() {
            self.state.d.next = self.seed.val();
            if self.seed.val() == 0 {
                self.state.d.next = self.zero_seed.val();
            }
            self.pat_idx.d.next = 0.into();
            self.running.d.next = true;
        }
    }
}

/// Software model of [`NoiseModel`] (the golden reference for its tests
/// and for test benches that need to know the raw bits).
#[derive(Clone, Debug)]
pub struct NoiseRef {
    state: u64,
    idx: u32,
    pub mode: NoiseMode,
    pub pattern: u16,
}

impl NoiseRef {
    pub fn new(seed: u64, mode: NoiseMode, pattern: u16) -> Self {
        let state = if seed == 0 { NOISE_ZERO_SEED_REPLACEMENT } else { seed };
        Self { state, idx: 0, mode, pattern }
    }

    /// The bit the hardware presents in the current cycle; then advance.
    pub fn next_bit(&mut self) -> bool {
        let s = self.state;
        let b = |i: u32| (s >> i) & 1 == 1;
        let out = match self.mode {
            NoiseMode::Normal => b(63),
            NoiseMode::Biased34 => b(63) | b(62),
            NoiseMode::Biased78 => b(63) | b(62) | b(61),
            NoiseMode::Stuck0 => false,
            NoiseMode::Stuck1 => true,
            NoiseMode::Repeat => (self.pattern >> (15 - self.idx)) & 1 == 1,
        };
        let mut x = s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        self.idx = (self.idx + 1) & 15;
        out
    }
}

/// Emits the Verilog of a stand-alone `NoiseModel` (top module `top`).
pub fn noise_verilog() -> String {
    let mut b = NoiseModel::default();
    b.clock.connect();
    b.reset.connect();
    b.seed.connect();
    b.mode.connect();
    b.pattern.connect();
    b.connect_all();
    generate_verilog(&b)
}

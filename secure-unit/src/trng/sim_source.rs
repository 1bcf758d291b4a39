//! `SimNoiseSource`: a [`NoiseModel`] whose seed, mode and pattern are
//! fixed at generation time ([`NoiseConfig`]), so a simulation `Trng` has
//! the same ports as the FPGA one. Simulation aid only: zero entropy.
use super::noise::{NoiseMode, NoiseModel};
use rust_hdl::prelude::*;

/// Generation-time settings of the simulated noise.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct NoiseConfig {
    pub seed: u64,
    pub mode: NoiseMode,
    pub pattern: u16,
}

impl Default for NoiseConfig {
    fn default() -> Self {
        Self { seed: 0x0123_4567_89AB_CDEF, mode: NoiseMode::Normal, pattern: 0 }
    }
}

/// NoiseModel driven by constants.
#[derive(LogicBlock)]
pub struct SimNoiseSource {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub raw_bit: Signal<Out, Bit>,
    pub raw_valid: Signal<Out, Bit>,
    noise: NoiseModel,
    cfg_seed: Constant<Bits<64>>,
    cfg_mode: Constant<Bits<3>>,
    cfg_pattern: Constant<Bits<16>>,
}

impl SimNoiseSource {
    pub fn new(cfg: NoiseConfig) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            raw_bit: Default::default(),
            raw_valid: Default::default(),
            noise: Default::default(),
            cfg_seed: Constant::new(cfg.seed.into()),
            cfg_mode: Constant::new((cfg.mode as u64).into()),
            cfg_pattern: Constant::new((cfg.pattern as u64).into()),
        }
    }
}

impl Default for SimNoiseSource {
    fn default() -> Self {
        Self::new(NoiseConfig::default())
    }
}

impl Logic for SimNoiseSource {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, noise);
        self.noise.reset.next = self.reset.val();
        self.noise.seed.next = self.cfg_seed.val();
        self.noise.mode.next = self.cfg_mode.val();
        self.noise.pattern.next = self.cfg_pattern.val();
        self.raw_bit.next = self.noise.raw_bit.val();
        self.raw_valid.next = self.noise.raw_valid.val();
    }
}

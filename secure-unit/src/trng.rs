//! True random number generator: entropy source → SP 800-90B health tests
//! → SHA-256 conditioning → SP 800-90A CTR_DRBG (AES-128, no derivation
//! function). See docs/TRNG.md for the entropy claim, cutoffs and state
//! machines. `model` holds the software models of the conditioner, the
//! DRBG and the SoC's key stream (plain Rust, used by tests and the ISS).
pub mod conditioner;
pub mod drbg;
pub mod health;
pub mod model;
pub mod noise;
pub mod ring_osc;
pub mod sim_source;
pub mod source;

pub use conditioner::{conditioner_verilog, Conditioner, ConditionerConfig};
pub use drbg::{drbg_verilog, CtrDrbg, DrbgConfig};
pub use health::{health_verilog, HealthConfig, HealthTests};
pub use model::{
    seed_from_raw, soc_instantiate_seed, soc_key_stream, DrbgRef, KeyModel, PastReseedInterval, SOC_SEED_GAP,
    SOC_SEED_OFFSET,
};
pub use noise::{noise_verilog, NoiseMode, NoiseModel, NoiseRef};
pub use ring_osc::{ring_osc_verilog, RingOscEntropy};
pub use sim_source::{NoiseConfig, SimNoiseSource};
pub use source::EntropySource;

use rust_hdl::prelude::*;

/// Generation-time parameters of the whole TRNG.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct TrngConfig {
    pub health: HealthConfig,
    pub conditioner: ConditionerConfig,
    pub drbg: DrbgConfig,
}

impl Default for TrngConfig {
    fn default() -> Self {
        let health = HealthConfig::default();
        Self {
            health,
            conditioner: ConditionerConfig::for_claim(&health),
            drbg: DrbgConfig::default(),
        }
    }
}

/// The TRNG: `source` → `health` → `cond` (SHA-256) → `drbg` (CTR_DRBG).
///
/// Generic over the entropy source `S` (simulation: [`SimNoiseSource`];
/// FPGA: [`RingOscEntropy`]). Because rust-hdl kernels cannot reach fields
/// of a generic child, the glue between the blocks is written out twice
/// below, once for the Rust simulation (`update`) and once as Verilog
/// (`hdl`); the tests run the Verilog and compare the two.
#[derive(LogicBlock)]
pub struct Trng<S: EntropySource> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// After an alarm: clear the latches and re-run the start-up test; the
    /// DRBG then re-instantiates from a fresh seed.
    pub clear: Signal<In, Bit>,
    /// Reseed before the next generate request.
    pub reseed: Signal<In, Bit>,
    /// Generate requests of `req_blocks` 128-bit blocks.
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    pub req_blocks: Signal<In, Bits<8>>,
    pub req_error: Signal<Out, Bit>,
    pub random: Signal<Out, Bits<128>>,
    pub random_valid: Signal<Out, Bit>,
    pub random_ready: Signal<In, Bit>,
    pub rct_alarm: Signal<Out, Bit>,
    pub apt_alarm: Signal<Out, Bit>,
    pub healthy: Signal<Out, Bit>,
    pub rct_failures: Signal<Out, Bits<16>>,
    pub apt_failures: Signal<Out, Bits<16>>,
    /// DRBG stopped by a source alarm.
    pub error: Signal<Out, Bit>,
    pub instantiated: Signal<Out, Bit>,
    pub reseed_counter: Signal<Out, Bits<32>>,
    pub seed_count: Signal<Out, Bits<32>>,
    pub source: S,
    pub health: HealthTests,
    pub cond: Conditioner,
    pub drbg: CtrDrbg,
}

impl<S: EntropySource> Trng<S> {
    pub fn new(cfg: TrngConfig, source: S) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            clear: Default::default(),
            reseed: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_blocks: Default::default(),
            req_error: Default::default(),
            random: Default::default(),
            random_valid: Default::default(),
            random_ready: Default::default(),
            rct_alarm: Default::default(),
            apt_alarm: Default::default(),
            healthy: Default::default(),
            rct_failures: Default::default(),
            apt_failures: Default::default(),
            error: Default::default(),
            instantiated: Default::default(),
            reseed_counter: Default::default(),
            seed_count: Default::default(),
            source,
            health: HealthTests::new(cfg.health),
            cond: Conditioner::new(cfg.conditioner),
            drbg: CtrDrbg::new(cfg.drbg),
        }
    }
}

/// Verilog of the glue in `Trng::update`, statement for statement.
const TRNG_GLUE: &str = "
    source$clock = clock;
    health$clock = clock;
    cond$clock = clock;
    drbg$clock = clock;
    health$reset = reset;
    health$clear = clear;
    health$in_bit = source$raw_bit;
    health$in_valid = source$raw_valid;
    cond$reset = reset;
    cond$raw_bit = health$out_bit;
    cond$raw_valid = health$out_valid;
    cond$flush = health$rct_alarm | health$apt_alarm;
    cond$seed_req = drbg$seed_req;
    drbg$reset = reset;
    drbg$alarm = health$rct_alarm | health$apt_alarm;
    drbg$seed = cond$seed;
    drbg$seed_valid = cond$seed_valid;
    drbg$reseed = reseed;
    drbg$req_valid = req_valid;
    drbg$req_blocks = req_blocks;
    drbg$random_ready = random_ready;
    req_ready = drbg$req_ready;
    req_error = drbg$req_error;
    random = drbg$random;
    random_valid = drbg$random_valid;
    rct_alarm = health$rct_alarm;
    apt_alarm = health$apt_alarm;
    healthy = health$healthy;
    rct_failures = health$rct_failures;
    apt_failures = health$apt_failures;
    error = drbg$error;
    instantiated = drbg$instantiated;
    reseed_counter = drbg$reseed_counter;
    seed_count = drbg$seed_count;
";

impl<S: EntropySource> Logic for Trng<S> {
    fn update(&mut self) {
        self.source.clock_mut().next = self.clock.val();
        self.health.clock.next = self.clock.val();
        self.cond.clock.next = self.clock.val();
        self.drbg.clock.next = self.clock.val();
        self.source.drive_reset(self.reset.val());
        self.health.reset.next = self.reset.val();
        self.health.clear.next = self.clear.val();
        self.health.in_bit.next = self.source.raw_bit().val();
        self.health.in_valid.next = self.source.raw_valid().val();
        self.cond.reset.next = self.reset.val();
        self.cond.raw_bit.next = self.health.out_bit.val();
        self.cond.raw_valid.next = self.health.out_valid.val();
        self.cond.flush.next = self.health.rct_alarm.val() | self.health.apt_alarm.val();
        self.cond.seed_req.next = self.drbg.seed_req.val();
        self.drbg.reset.next = self.reset.val();
        self.drbg.alarm.next = self.health.rct_alarm.val() | self.health.apt_alarm.val();
        self.drbg.seed.next = self.cond.seed.val();
        self.drbg.seed_valid.next = self.cond.seed_valid.val();
        self.drbg.reseed.next = self.reseed.val();
        self.drbg.req_valid.next = self.req_valid.val();
        self.drbg.req_blocks.next = self.req_blocks.val();
        self.drbg.random_ready.next = self.random_ready.val();
        self.req_ready.next = self.drbg.req_ready.val();
        self.req_error.next = self.drbg.req_error.val();
        self.random.next = self.drbg.random.val();
        self.random_valid.next = self.drbg.random_valid.val();
        self.rct_alarm.next = self.health.rct_alarm.val();
        self.apt_alarm.next = self.health.apt_alarm.val();
        self.healthy.next = self.health.healthy.val();
        self.rct_failures.next = self.health.rct_failures.val();
        self.apt_failures.next = self.health.apt_failures.val();
        self.error.next = self.drbg.error.val();
        self.instantiated.next = self.drbg.instantiated.val();
        self.reseed_counter.next = self.drbg.reseed_counter.val();
        self.seed_count.next = self.drbg.seed_count.val();
    }

    fn connect(&mut self) {
        self.source.clock_mut().connect();
        self.source.connect_reset();
        self.health.clock.connect();
        self.cond.clock.connect();
        self.drbg.clock.connect();
        self.health.reset.connect();
        self.health.clear.connect();
        self.health.in_bit.connect();
        self.health.in_valid.connect();
        self.cond.reset.connect();
        self.cond.raw_bit.connect();
        self.cond.raw_valid.connect();
        self.cond.flush.connect();
        self.cond.seed_req.connect();
        self.drbg.reset.connect();
        self.drbg.alarm.connect();
        self.drbg.seed.connect();
        self.drbg.seed_valid.connect();
        self.drbg.reseed.connect();
        self.drbg.req_valid.connect();
        self.drbg.req_blocks.connect();
        self.drbg.random_ready.connect();
        self.req_ready.connect();
        self.req_error.connect();
        self.random.connect();
        self.random_valid.connect();
        self.rct_alarm.connect();
        self.apt_alarm.connect();
        self.healthy.connect();
        self.rct_failures.connect();
        self.apt_failures.connect();
        self.error.connect();
        self.instantiated.connect();
        self.reseed_counter.connect();
        self.seed_count.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "always @(*) begin{}    {}end\n",
            TRNG_GLUE,
            self.source.reset_glue("source", "reset")
        ))
    }
}

/// Emits the Verilog of a whole `Trng` (top module `top`).
pub fn trng_verilog<S: EntropySource>(cfg: TrngConfig, source: S) -> String {
    let mut b = Trng::new(cfg, source);
    b.clock.connect();
    b.reset.connect();
    b.clear.connect();
    b.reseed.connect();
    b.req_valid.connect();
    b.req_blocks.connect();
    b.random_ready.connect();
    b.connect_all();
    generate_verilog(&b)
}

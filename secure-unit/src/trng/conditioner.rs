//! `Conditioner`: turns health-tested raw bits into 256-bit full-entropy
//! seeds with SHA-256 (an SP 800-90B §3.1.5.1.1 vetted conditioning
//! function), on demand.
//!
//! A seed is SHA-256 over `raw_blocks × 512` fresh raw bits, the first raw
//! bit being the MSB of message byte 0; the core's compression blocks are
//! followed by the standard padding block, so the seed equals
//! `sha2::Sha256::digest` of those bytes. Bits are only collected while a
//! seed is requested, so every seed is fresh.
use super::health::HealthConfig;
use crate::sha256::Sha256Core;
use rust_hdl::prelude::*;

/// Output size of the conditioner in bits.
pub const SEED_BITS: u32 = 256;
/// Extra input entropy SP 800-90B §3.1.5.1.2 asks for before the output of
/// a vetted conditioner counts as full entropy (n_in ≥ n_out + 64).
pub const FULL_ENTROPY_MARGIN: u32 = 64;

/// How many raw bits feed each seed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ConditionerConfig {
    /// Number of 512-bit raw blocks per seed (1..=15).
    pub raw_blocks: u32,
}

impl ConditionerConfig {
    /// The smallest whole number of 512-bit blocks whose claimed entropy
    /// (512 · H per block) reaches 256 + 64 bits.
    pub fn for_claim(h: &HealthConfig) -> Self {
        let need = (SEED_BITS + FULL_ENTROPY_MARGIN) as f64;
        let blocks = (need / (512.0 * h.min_entropy)).ceil() as u32;
        Self { raw_blocks: blocks.max(1) }
    }

    /// Rejects block counts the 4-bit block counter cannot hold.
    pub fn new(raw_blocks: u32) -> Result<Self, String> {
        if !(1..=15).contains(&raw_blocks) {
            return Err(format!("ConditionerConfig: raw_blocks = {raw_blocks} is outside 1..=15"));
        }
        Ok(Self { raw_blocks })
    }

    pub fn raw_bits(&self) -> u32 {
        self.raw_blocks * 512
    }

    /// The SHA-256 padding block for a message of exactly `raw_bits()` bits
    /// (a whole number of blocks): 0x80, zeros, 64-bit big-endian length.
    pub fn pad_block(&self) -> Bits<512> {
        let one: Bits<512> = bit_cast::<512, 8>(0x80.into()) << 504;
        one | bit_cast::<512, 64>((self.raw_bits() as u64).into())
    }
}

impl Default for ConditionerConfig {
    fn default() -> Self {
        Self::for_claim(&HealthConfig::default())
    }
}

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum CondState {
    Idle,
    Collect,
    Submit,
    SubmitPad,
    Wait,
}

/// On-demand SHA-256 conditioner.
#[derive(LogicBlock)]
pub struct Conditioner {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Health-tested raw bit stream.
    pub raw_bit: Signal<In, Bit>,
    pub raw_valid: Signal<In, Bit>,
    /// High while a raw bit presented with `raw_valid` is taken.
    pub raw_ready: Signal<Out, Bit>,
    /// Drop the partial seed (source alarm): its bits are not trusted.
    pub flush: Signal<In, Bit>,
    /// Level: a seed is wanted. Collection starts when idle.
    pub seed_req: Signal<In, Bit>,
    /// One-cycle pulse with the finished seed.
    pub seed_valid: Signal<Out, Bit>,
    /// SHA-256 digest of the raw bits, H0 in bits 255:224.
    pub seed: Signal<Out, Bits<256>>,
    sha: Sha256Core,
    state: DFF<CondState>,
    acc: DFF<Bits<512>>,
    bit_cnt: DFF<Bits<9>>,
    blk_cnt: DFF<Bits<4>>,
    last_blk: Constant<Bits<4>>,
    pad: Constant<Bits<512>>,
}

impl Conditioner {
    pub fn new(cfg: ConditionerConfig) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            raw_bit: Default::default(),
            raw_valid: Default::default(),
            raw_ready: Default::default(),
            flush: Default::default(),
            seed_req: Default::default(),
            seed_valid: Default::default(),
            seed: Default::default(),
            sha: Default::default(),
            state: Default::default(),
            acc: Default::default(),
            bit_cnt: Default::default(),
            blk_cnt: Default::default(),
            last_blk: Constant::new(((cfg.raw_blocks - 1) as u64).into()),
            pad: Constant::new(cfg.pad_block()),
        }
    }
}

impl Default for Conditioner {
    fn default() -> Self {
        Self::new(ConditionerConfig::default())
    }
}

impl Logic for Conditioner {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, acc, bit_cnt, blk_cnt);
        clock!(self, clock, sha);
        self.sha.reset.next = self.reset.val();
        self.sha.in_valid.next = false;
        self.sha.init.next = false;
        self.sha.block.next = self.acc.q.val();
        self.raw_ready.next = false;
        self.seed_valid.next = false;
        self.seed.next = self.sha.digest.val();
        match self.state.q.val() {
            CondState::Idle => {
                if self.seed_req.val() {
                    self.bit_cnt.d.next = 0.into();
                    self.blk_cnt.d.next = 0.into();
                    self.state.d.next = CondState::Collect;
                }
            }
            CondState::Collect => {
                self.raw_ready.next = true;
                if self.raw_valid.val() {
                    self.acc.d.next = (self.acc.q.val() << 1)
                        | bit_cast::<512, 1>(self.raw_bit.val().into());
                    self.bit_cnt.d.next = self.bit_cnt.q.val() + 1;
                    if self.bit_cnt.q.val() == 511 {
                        self.state.d.next = CondState::Submit;
                    }
                }
            }
            CondState::Submit => {
                self.sha.in_valid.next = true;
                self.sha.init.next = self.blk_cnt.q.val() == 0;
                if self.sha.in_ready.val() {
                    self.blk_cnt.d.next = self.blk_cnt.q.val() + 1;
                    self.state.d.next = CondState::Collect;
                    if self.blk_cnt.q.val() == self.last_blk.val() {
                        self.state.d.next = CondState::SubmitPad;
                    }
                }
            }
            CondState::SubmitPad => {
                self.sha.in_valid.next = true;
                self.sha.block.next = self.pad.val();
                if self.sha.in_ready.val() {
                    self.state.d.next = CondState::Wait;
                }
            }
            CondState::Wait => {
                if self.sha.digest_valid.val() {
                    self.seed_valid.next = true;
                    self.state.d.next = CondState::Idle;
                }
            }
            _ => {
                self.state.d.next = CondState::Idle;
            }
        }
        if self.flush.val() | self.reset.val() {
            self.state.d.next = CondState::Idle;
            self.acc.d.next = 0.into();
        }
    }
}

/// Emits the Verilog of a stand-alone `Conditioner` (top module `top`).
pub fn conditioner_verilog(cfg: ConditionerConfig) -> String {
    let mut b = Conditioner::new(cfg);
    b.clock.connect();
    b.reset.connect();
    b.raw_bit.connect();
    b.raw_valid.connect();
    b.flush.connect();
    b.seed_req.connect();
    b.connect_all();
    generate_verilog(&b)
}

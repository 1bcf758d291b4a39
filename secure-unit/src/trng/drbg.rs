//! `CtrDrbg`: SP 800-90A Rev. 1 CTR_DRBG with AES-128, no derivation
//! function, seedlen = 256 bits (one conditioned SHA-256 output), no
//! personalization string or additional input.
//!
//! * Instantiate: Key = 0, V = 0, Update(seed), reseed_counter = 1.
//! * Generate (n blocks): if reseed_counter > reseed_interval a reseed is
//!   forced first; then n × {V = V + 1 mod 2^128; out = AES(Key, V)},
//!   then Update(0^256), reseed_counter += 1.
//! * Reseed: Update(seed), reseed_counter = 1 (forced, or on `reseed`).
//! * Update(pd): t = AES(Key, V+1) ‖ AES(Key, V+2); t ^= pd;
//!   Key = t[255:128]; V = t[127:0].
//!
//! A source alarm zeroizes Key/V, drops to `Error` (no output) until the
//! alarm is cleared, then re-instantiates from a fresh seed.
//!
//! The block cipher is `AesEnc128`, the small encrypt-only AES-128 core
//! (41 cycles per block): CTR_DRBG never decrypts, and its few blocks per
//! VM key fill do not need `AesCore`'s one round per clock (docs/TRNG.md).
use crate::aes::AesEnc128;
use rust_hdl::prelude::*;

/// DRBG parameters fixed at generation time.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct DrbgConfig {
    /// Generate requests allowed per seed (SP 800-90A: ≤ 2^48 for AES; this
    /// design's counter is 32 bits).
    pub reseed_interval: u32,
}

impl DrbgConfig {
    pub fn new(reseed_interval: u32) -> Result<Self, String> {
        if reseed_interval == 0 || reseed_interval == u32::MAX {
            return Err(format!(
                "DrbgConfig: reseed_interval = {reseed_interval} must be in 1..=2^32-2"
            ));
        }
        Ok(Self { reseed_interval })
    }
}

impl Default for DrbgConfig {
    /// Reseed after 1024 requests: far below the 2^48 limit, so a key
    /// compromise exposes little output.
    fn default() -> Self {
        Self { reseed_interval: 1024 }
    }
}

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum DrbgState {
    /// Waiting for a seed (instantiate or reseed).
    NeedSeed,
    /// Update: issue AES(Key, V+1).
    Upd1,
    Upd1Wait,
    /// Update: issue AES(Key, V+2).
    Upd2,
    Upd2Wait,
    /// Instantiated, accepting generate requests.
    Ready,
    /// Generate: issue AES(Key, V+1).
    GenIssue,
    /// Generate: hand the block to `random` (valid/ready).
    GenWait,
    /// Entropy source alarm: state zeroized, no output.
    Error,
}

/// CTR_DRBG on one `AesEnc128`.
#[derive(LogicBlock)]
pub struct CtrDrbg {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Entropy source alarm (RCT/APT latched): stop and zeroize.
    pub alarm: Signal<In, Bit>,
    /// Level: the DRBG is waiting for a seed.
    pub seed_req: Signal<Out, Bit>,
    /// 256-bit entropy input, taken in the cycle `seed_valid` is high
    /// while `seed_req` is high.
    pub seed: Signal<In, Bits<256>>,
    pub seed_valid: Signal<In, Bit>,
    /// Pulse: reseed before the next request (prediction resistance).
    pub reseed: Signal<In, Bit>,
    /// Generate request of `req_blocks` (1..=255) 128-bit blocks.
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    pub req_blocks: Signal<In, Bits<8>>,
    /// Pulse: a request with `req_blocks` = 0 was refused.
    pub req_error: Signal<Out, Bit>,
    pub random: Signal<Out, Bits<128>>,
    pub random_valid: Signal<Out, Bit>,
    pub random_ready: Signal<In, Bit>,
    pub instantiated: Signal<Out, Bit>,
    /// In the `Error` state (source alarm).
    pub error: Signal<Out, Bit>,
    pub reseed_counter: Signal<Out, Bits<32>>,
    /// Number of (re)seeds since reset (instantiate included).
    pub seed_count: Signal<Out, Bits<32>>,
    aes: AesEnc128,
    state: DFF<DrbgState>,
    key: DFF<Bits<128>>,
    v: DFF<Bits<128>>,
    pd: DFF<Bits<256>>,
    t_hi: DFF<Bits<128>>,
    ctr: DFF<Bits<32>>,
    seeds: DFF<Bits<32>>,
    left: DFF<Bits<8>>,
    inst: DFF<Bit>,
    upd_gen: DFF<Bit>,
    reseed_pending: DFF<Bit>,
    v_inc: Signal<Local, Bits<128>>,
    interval: Constant<Bits<32>>,
}

impl CtrDrbg {
    pub fn new(cfg: DrbgConfig) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            alarm: Default::default(),
            seed_req: Default::default(),
            seed: Default::default(),
            seed_valid: Default::default(),
            reseed: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_blocks: Default::default(),
            req_error: Default::default(),
            random: Default::default(),
            random_valid: Default::default(),
            random_ready: Default::default(),
            instantiated: Default::default(),
            error: Default::default(),
            reseed_counter: Default::default(),
            seed_count: Default::default(),
            aes: Default::default(),
            state: Default::default(),
            key: Default::default(),
            v: Default::default(),
            pd: Default::default(),
            t_hi: Default::default(),
            ctr: Default::default(),
            seeds: Default::default(),
            left: Default::default(),
            inst: Default::default(),
            upd_gen: Default::default(),
            reseed_pending: Default::default(),
            v_inc: Default::default(),
            interval: Constant::new((cfg.reseed_interval as u64).into()),
        }
    }
}

impl Default for CtrDrbg {
    fn default() -> Self {
        Self::new(DrbgConfig::default())
    }
}

impl Logic for CtrDrbg {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, key, v, pd, t_hi, ctr, seeds, left, inst, upd_gen, reseed_pending
        );
        clock!(self, clock, aes);
        self.v_inc.next = self.v.q.val() + 1;
        self.aes.reset.next = self.reset.val() | (self.state.q.val() == DrbgState::Error);
        self.aes.key.next = self.key.q.val();
        self.aes.in_valid.next = false;
        self.aes.block_in.next = self.v_inc.val();
        self.aes.out_ready.next = true;
        self.seed_req.next = false;
        self.req_ready.next = false;
        self.req_error.next = false;
        self.random.next = self.aes.block_out.val();
        self.random_valid.next = false;
        self.instantiated.next = self.inst.q.val();
        self.error.next = self.state.q.val() == DrbgState::Error;
        self.reseed_counter.next = self.ctr.q.val();
        self.seed_count.next = self.seeds.q.val();
        if self.reseed.val() {
            self.reseed_pending.d.next = true;
        }
        match self.state.q.val() {
            DrbgState::NeedSeed => {
                self.seed_req.next = true;
                if self.seed_valid.val() {
                    self.pd.d.next = self.seed.val();
                    self.upd_gen.d.next = false;
                    self.reseed_pending.d.next = false;
                    self.seeds.d.next = self.seeds.q.val() + 1;
                    if !self.inst.q.val() {
                        self.key.d.next = 0.into();
                        self.v.d.next = 0.into();
                    }
                    self.state.d.next = DrbgState::Upd1;
                }
            }
            DrbgState::Upd1 => {
                self.aes.in_valid.next = true;
                if self.aes.in_ready.val() {
                    self.v.d.next = self.v_inc.val();
                    self.state.d.next = DrbgState::Upd1Wait;
                }
            }
            DrbgState::Upd1Wait => {
                if self.aes.out_valid.val() {
                    self.t_hi.d.next = self.aes.block_out.val()
                        ^ bit_cast::<128, 256>(self.pd.q.val() >> 128);
                    self.state.d.next = DrbgState::Upd2;
                }
            }
            DrbgState::Upd2 => {
                self.aes.in_valid.next = true;
                if self.aes.in_ready.val() {
                    self.state.d.next = DrbgState::Upd2Wait;
                }
            }
            DrbgState::Upd2Wait => {
                if self.aes.out_valid.val() {
                    self.key.d.next = self.t_hi.q.val();
                    self.v.d.next =
                        self.aes.block_out.val() ^ bit_cast::<128, 256>(self.pd.q.val());
                    self.pd.d.next = 0.into();
                    self.inst.d.next = true;
                    self.ctr.d.next = 1.into();
                    if self.upd_gen.q.val() {
                        self.ctr.d.next = self.ctr.q.val() + 1;
                    }
                    self.state.d.next = DrbgState::Ready;
                }
            }
            DrbgState::Ready => {
                if (self.ctr.q.val() > self.interval.val()) | self.reseed_pending.q.val() {
                    self.state.d.next = DrbgState::NeedSeed;
                } else {
                    self.req_ready.next = true;
                    if self.req_valid.val() {
                        if self.req_blocks.val() == 0 {
                            self.req_error.next = true;
                        } else {
                            self.left.d.next = self.req_blocks.val();
                            self.state.d.next = DrbgState::GenIssue;
                        }
                    }
                }
            }
            DrbgState::GenIssue => {
                self.aes.in_valid.next = true;
                if self.aes.in_ready.val() {
                    self.v.d.next = self.v_inc.val();
                    self.state.d.next = DrbgState::GenWait;
                }
            }
            DrbgState::GenWait => {
                self.random_valid.next = self.aes.out_valid.val();
                self.aes.out_ready.next = self.random_ready.val();
                if self.aes.out_valid.val() & self.random_ready.val() {
                    self.left.d.next = self.left.q.val() - 1;
                    self.state.d.next = DrbgState::GenIssue;
                    if self.left.q.val() == 1 {
                        self.pd.d.next = 0.into();
                        self.upd_gen.d.next = true;
                        self.state.d.next = DrbgState::Upd1;
                    }
                }
            }
            DrbgState::Error => {
                if !self.alarm.val() {
                    self.state.d.next = DrbgState::NeedSeed;
                }
            }
            _ => {
                self.state.d.next = DrbgState::Error;
            }
        }
        if self.alarm.val() {
            // Zeroize: the seed behind Key/V came from a source now known
            // to be failing, so the state must not be used again.
            self.state.d.next = DrbgState::Error;
            self.key.d.next = 0.into();
            self.v.d.next = 0.into();
            self.pd.d.next = 0.into();
            self.t_hi.d.next = 0.into();
            self.ctr.d.next = 0.into();
            self.inst.d.next = false;
        }
        if self.reset.val() {
            self.state.d.next = DrbgState::NeedSeed;
            self.key.d.next = 0.into();
            self.v.d.next = 0.into();
            self.pd.d.next = 0.into();
            self.t_hi.d.next = 0.into();
            self.ctr.d.next = 0.into();
            self.seeds.d.next = 0.into();
            self.inst.d.next = false;
            self.reseed_pending.d.next = false;
        }
    }
}

/// Emits the Verilog of a stand-alone `CtrDrbg` (top module `top`).
pub fn drbg_verilog(cfg: DrbgConfig) -> String {
    let mut b = CtrDrbg::new(cfg);
    b.clock.connect();
    b.reset.connect();
    b.alarm.connect();
    b.seed.connect();
    b.seed_valid.connect();
    b.reseed.connect();
    b.req_valid.connect();
    b.req_blocks.connect();
    b.random_ready.connect();
    b.connect_all();
    generate_verilog(&b)
}

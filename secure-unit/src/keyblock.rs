//! `KeyBlock`: the per-VM key store of the secure unit (docs/SECURE_UNIT.md).
//!
//! Each VM slot 1..=`VM_SLOTS` holds `KEY_WORDS` = 12 words of key
//! material (XTS data key, XTS tweak key, sealing key: one 128-bit DRBG
//! block each), a valid bit, and the block has one sticky error bit for
//! the last fill. The key material lives in three 8 × 128-bit RAMs (one
//! per key; address = slot, address 0 unused and always zero), a second
//! copy of the sealing-key RAM (written together with the first), and in
//! two 128-bit staging registers used during a fill.
//!
//! **No read path (I5).** The RAMs have exactly two read ports: the three
//! key RAMs are read together at `key_sel` onto `key_out` (the
//! memory-encryption engine's port), the sealing-key copy at `seal_sel`
//! onto `seal_key` (the sealing engine's port, issue 16); both gated by
//! the slot's valid bit. The staging registers feed only the RAMs' write
//! ports. The block's other outputs are `busy`, `error` and the valid bits.
//! The register block (`SecureUnitRegs`) reads those three and never
//! `key_out` or `seal_key`, which it routes to its own ports of the same
//! names only; the test `key_out_reaches_only_the_port` checks that in the
//! emitted Verilog, and that the data and tweak keys never reach
//! `seal_key`.
//!
//! Commands (one-cycle pulses, taken only while idle — the bus holds a
//! `SU_KEY_CTRL` write while `busy`):
//! * fill `slot`: if the TRNG reports a failure (`trng_fail`) the fill
//!   fails at once; otherwise one generate request of 3 blocks is made.
//!   Blocks 0 and 1 are staged, block 2 commits all three keys to the
//!   RAMs in one cycle and sets the slot's valid bit and clears `error`.
//!   A failure while waiting (`trng_fail`, or no DRBG answer within
//!   `FILL_TIMEOUT` cycles) sets `error`, zeroes the staging registers
//!   and leaves the slot as it was (like the ISS model: a slot that was
//!   invalid stays invalid).
//! * zero `slot`: the three keys are written with zeros and the valid bit
//!   cleared, in the cycle of the command (never busy).
//! * rng (`KEY_CMD_RNG`, issue 17): a fill whose three blocks go to the
//!   `rng` register (`SU_RNG_DATA`, the monitor's random numbers) instead
//!   of a slot; the same request, timeout and `error` rules. Its blocks
//!   are fresh DRBG output, never key material: they are shifted into
//!   `rng` directly, never through the staging registers or the RAMs, and
//!   a fill never writes `rng`.
//!
//! After `reset` (and at power-up) the block scrubs all eight RAM rows
//! (8 cycles, `busy`) and clears the valid bits, the error bit and the
//! staging registers.
use rust_hdl::prelude::*;

/// Cycles a fill may wait for the DRBG before it fails with `error`
/// (the counter's full range). The DRBG's instantiation after reset takes
/// about 2,270 cycles and a reseed about 1,250 (crypto-bench: 2,265 and
/// 1,243 with the simulated source; a 3-block generate with its closing
/// Update 215), so this only fires
/// when the entropy source delivers nothing at all (e.g. the
/// ring-oscillator model under Verilator), instead of hanging the monitor.
pub const FILL_TIMEOUT: u32 = (1 << 16) - 1;

/// Blocks per fill: 3 × 128 bits = `KEY_WORDS` words.
pub const FILL_BLOCKS: u32 = 3;
const _: () = assert!(FILL_BLOCKS * 4 == or1k_arch::KEY_WORDS);
const _: () = assert!(or1k_arch::VM_SLOTS == 7, "the key RAMs have 8 rows: slots 1..=7");

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum KeyState {
    /// After reset: zero RAM row `slot`, then the next (8 cycles).
    Scrub,
    Idle,
    /// A fill waits for the DRBG to accept its request.
    Request,
    /// A fill collects the DRBG's blocks (`blk` of 3 so far).
    Collect,
}

/// The key store; see the module documentation.
#[derive(LogicBlock)]
pub struct KeyBlock {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Pulse: fill slot `cmd_slot` (1..=7; 0 is ignored).
    pub cmd_fill: Signal<In, Bit>,
    /// Pulse: zero slot `cmd_slot` (1..=7; 0 is ignored).
    pub cmd_zero: Signal<In, Bit>,
    pub cmd_slot: Signal<In, Bits<3>>,
    /// Pulse: draw 3 blocks into `rng` (the slot is ignored).
    pub cmd_rng: Signal<In, Bit>,
    /// The last rng draw: block 0 in [383:256] (word w in [383-32w -: 32]).
    pub rng: Signal<Out, Bits<384>>,
    /// Scrubbing or filling: commands are not taken.
    pub busy: Signal<Out, Bit>,
    /// The last fill failed (cleared by a successful fill).
    pub error: Signal<Out, Bit>,
    /// Bit `slot - 1`: the slot holds keys.
    pub valid: Signal<Out, Bits<7>>,
    /// The TRNG's generate interface (`Trng` ports of the same names).
    pub req_valid: Signal<Out, Bit>,
    pub req_ready: Signal<In, Bit>,
    pub req_blocks: Signal<Out, Bits<8>>,
    pub random: Signal<In, Bits<128>>,
    pub random_valid: Signal<In, Bit>,
    pub random_ready: Signal<Out, Bit>,
    /// The TRNG cannot give random output: a health-test alarm or the
    /// DRBG's error state.
    pub trng_fail: Signal<In, Bit>,
    /// Key port for the memory-encryption engine: the keys of slot
    /// `key_sel` (1..=7; any other value selects nothing) appear on
    /// `key_out` one clock edge later, zero unless the slot is valid.
    pub key_sel: Signal<In, Bits<4>>,
    /// Data key in [383:256], tweak key in [255:128], sealing key in
    /// [127:0]; key word w (0..12) in [383-32w -: 32].
    pub key_out: Signal<Out, Bits<384>>,
    /// The slot selected one edge ago is valid (`key_out` is its keys).
    pub key_valid: Signal<Out, Bit>,
    /// Sealing-key port for the sealing engine (`seal::Sealer`): slot
    /// `seal_sel`'s sealing key (1..=7; any other value selects nothing) on
    /// `seal_key` one clock edge later, zero unless the slot is valid;
    /// `seal_key_valid`: the slot selected one edge ago is valid.
    pub seal_sel: Signal<In, Bits<4>>,
    pub seal_key: Signal<Out, Bits<128>>,
    pub seal_key_valid: Signal<Out, Bit>,

    /// Data key, tweak key, sealing key: row = slot.
    ram0: RAM<Bits<128>, 3>,
    ram1: RAM<Bits<128>, 3>,
    ram2: RAM<Bits<128>, 3>,
    /// The sealing keys again (written with `ram2`), read at `seal_sel`.
    ram2s: RAM<Bits<128>, 3>,
    state: DFF<KeyState>,
    /// The slot being filled (Request/Collect), the row being scrubbed (Scrub).
    slot: DFF<Bits<3>>,
    blk: DFF<Bits<2>>,
    timer: DFF<Bits<16>>,
    stage0: DFF<Bits<128>>,
    stage1: DFF<Bits<128>>,
    /// Valid bits by slot number (bit 0 unused, always 0).
    vbits: DFF<Bits<8>>,
    err: DFF<Bit>,
    /// The request in flight is an rng draw, not a fill.
    to_rng: DFF<Bit>,
    rng_q: DFF<Bits<384>>,
    /// `key_sel`'s valid bit, sampled at the edge the RAMs read.
    kv_q: DFF<Bit>,
    /// `seal_sel`'s valid bit, sampled at the edge `ram2s` reads.
    skv_q: DFF<Bit>,
    rsel: Signal<Local, Bits<3>>,
    ssel: Signal<Local, Bits<3>>,
    sbit: Signal<Local, Bits<8>>,
    /// One-hot `rsel`.
    rbit: Signal<Local, Bits<8>>,
    slot_bit: Signal<Local, Bits<8>>,
    cmd_bit: Signal<Local, Bits<8>>,
    one8: Constant<Bits<8>>,
    blocks: Constant<Bits<8>>,
    timeout: Constant<Bits<16>>,
}

fn zeroed_rows() -> RAM<Bits<128>, 3> {
    RAM::from(std::iter::repeat_n(Bits::<128>::default(), 8))
}

impl KeyBlock {
    pub fn new() -> KeyBlock {
        KeyBlock {
            clock: Default::default(),
            reset: Default::default(),
            cmd_fill: Default::default(),
            cmd_zero: Default::default(),
            cmd_slot: Default::default(),
            cmd_rng: Default::default(),
            rng: Default::default(),
            busy: Default::default(),
            error: Default::default(),
            valid: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_blocks: Default::default(),
            random: Default::default(),
            random_valid: Default::default(),
            random_ready: Default::default(),
            trng_fail: Default::default(),
            key_sel: Default::default(),
            key_out: Default::default(),
            key_valid: Default::default(),
            seal_sel: Default::default(),
            seal_key: Default::default(),
            seal_key_valid: Default::default(),
            ram0: zeroed_rows(),
            ram1: zeroed_rows(),
            ram2: zeroed_rows(),
            ram2s: zeroed_rows(),
            state: Default::default(),
            slot: Default::default(),
            blk: Default::default(),
            timer: Default::default(),
            stage0: Default::default(),
            stage1: Default::default(),
            vbits: Default::default(),
            err: Default::default(),
            to_rng: Default::default(),
            rng_q: Default::default(),
            kv_q: Default::default(),
            skv_q: Default::default(),
            rsel: Default::default(),
            ssel: Default::default(),
            sbit: Default::default(),
            rbit: Default::default(),
            slot_bit: Default::default(),
            cmd_bit: Default::default(),
            one8: Constant::new(1u64.into()),
            blocks: Constant::new((FILL_BLOCKS as u64).into()),
            timeout: Constant::new((FILL_TIMEOUT as u64).into()),
        }
    }
}

impl Default for KeyBlock {
    fn default() -> Self {
        KeyBlock::new()
    }
}

impl Logic for KeyBlock {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, slot, blk, timer, stage0, stage1, vbits, err, to_rng, rng_q, kv_q, skv_q);
        self.ram0.read_clock.next = self.clock.val();
        self.ram0.write_clock.next = self.clock.val();
        self.ram1.read_clock.next = self.clock.val();
        self.ram1.write_clock.next = self.clock.val();
        self.ram2.read_clock.next = self.clock.val();
        self.ram2.write_clock.next = self.clock.val();
        self.ram2s.read_clock.next = self.clock.val();
        self.ram2s.write_clock.next = self.clock.val();

        // ---- read port 1: key_sel -> key_out ----
        self.rsel.next = 0.into();
        if !self.key_sel.val().get_bit(3) {
            self.rsel.next = self.key_sel.val().get_bits::<3>(0);
        }
        self.ram0.read_address.next = self.rsel.val();
        self.ram1.read_address.next = self.rsel.val();
        self.ram2.read_address.next = self.rsel.val();
        self.rbit.next = self.one8.val() << self.rsel.val();
        self.kv_q.d.next = (self.vbits.q.val() & self.rbit.val()).any();
        self.key_valid.next = self.kv_q.q.val();
        self.key_out.next = 0.into();
        if self.kv_q.q.val() {
            self.key_out.next = (bit_cast::<384, 128>(self.ram0.read_data.val()) << 256)
                | (bit_cast::<384, 128>(self.ram1.read_data.val()) << 128)
                | bit_cast::<384, 128>(self.ram2.read_data.val());
        }

        // ---- read port 2: seal_sel -> seal_key (the sealing-key copy) ----
        self.ssel.next = 0.into();
        if !self.seal_sel.val().get_bit(3) {
            self.ssel.next = self.seal_sel.val().get_bits::<3>(0);
        }
        self.ram2s.read_address.next = self.ssel.val();
        self.sbit.next = self.one8.val() << self.ssel.val();
        self.skv_q.d.next = (self.vbits.q.val() & self.sbit.val()).any();
        self.seal_key_valid.next = self.skv_q.q.val();
        self.seal_key.next = 0.into();
        if self.skv_q.q.val() {
            self.seal_key.next = self.ram2s.read_data.val();
        }

        // ---- status ----
        self.busy.next = self.state.q.val() != KeyState::Idle;
        self.error.next = self.err.q.val();
        self.valid.next = self.vbits.q.val().get_bits::<7>(1);
        self.rng.next = self.rng_q.q.val();

        // ---- write ports: zeros at `slot` unless a case below says otherwise ----
        self.ram0.write_enable.next = false;
        self.ram1.write_enable.next = false;
        self.ram2.write_enable.next = false;
        self.ram0.write_address.next = self.slot.q.val();
        self.ram1.write_address.next = self.slot.q.val();
        self.ram2.write_address.next = self.slot.q.val();
        self.ram0.write_data.next = 0.into();
        self.ram1.write_data.next = 0.into();
        self.ram2.write_data.next = 0.into();

        self.req_valid.next = false;
        self.req_blocks.next = self.blocks.val();
        // Blocks outside Collect (none are expected) are drained and dropped,
        // so the DRBG can never hold a stale block for a later fill.
        self.random_ready.next = true;
        self.slot_bit.next = self.one8.val() << self.slot.q.val();
        self.cmd_bit.next = self.one8.val() << self.cmd_slot.val();
        self.timer.d.next = self.timer.q.val() + 1;

        match self.state.q.val() {
            KeyState::Scrub => {
                self.ram0.write_enable.next = true;
                self.ram1.write_enable.next = true;
                self.ram2.write_enable.next = true;
                self.slot.d.next = self.slot.q.val() + 1;
                if self.slot.q.val() == 7 {
                    self.state.d.next = KeyState::Idle;
                }
            }
            KeyState::Idle => {
                if self.cmd_rng.val() {
                    if self.trng_fail.val() {
                        self.err.d.next = true;
                    } else {
                        self.to_rng.d.next = true;
                        self.blk.d.next = 0.into();
                        self.timer.d.next = 0.into();
                        self.state.d.next = KeyState::Request;
                    }
                }
                self.ram0.write_address.next = self.cmd_slot.val();
                self.ram1.write_address.next = self.cmd_slot.val();
                self.ram2.write_address.next = self.cmd_slot.val();
                if self.cmd_slot.val().any() {
                    if self.cmd_rng.val() {
                        // taken above
                    } else if self.cmd_zero.val() {
                        self.ram0.write_enable.next = true;
                        self.ram1.write_enable.next = true;
                        self.ram2.write_enable.next = true;
                        self.vbits.d.next = self.vbits.q.val() & !self.cmd_bit.val();
                    } else if self.cmd_fill.val() {
                        if self.trng_fail.val() {
                            self.err.d.next = true;
                        } else {
                            self.slot.d.next = self.cmd_slot.val();
                            self.blk.d.next = 0.into();
                            self.timer.d.next = 0.into();
                            self.state.d.next = KeyState::Request;
                        }
                    }
                }
            }
            KeyState::Request => {
                self.req_valid.next = !self.trng_fail.val();
                if self.trng_fail.val() | (self.timer.q.val() == self.timeout.val()) {
                    self.err.d.next = true;
                    self.to_rng.d.next = false;
                    self.state.d.next = KeyState::Idle;
                } else if self.req_ready.val() {
                    self.state.d.next = KeyState::Collect;
                }
            }
            KeyState::Collect => {
                if self.trng_fail.val() | (self.timer.q.val() == self.timeout.val()) {
                    self.err.d.next = true;
                    self.stage0.d.next = 0.into();
                    self.stage1.d.next = 0.into();
                    self.to_rng.d.next = false;
                    self.state.d.next = KeyState::Idle;
                } else if self.random_valid.val() & self.to_rng.q.val() {
                    // An rng draw shifts the blocks straight into `rng`: they
                    // never pass the staging registers or the key RAMs' ports.
                    self.blk.d.next = self.blk.q.val() + 1;
                    self.rng_q.d.next = (self.rng_q.q.val() << 128) | bit_cast::<384, 128>(self.random.val());
                    if self.blk.q.val() == 2 {
                        self.to_rng.d.next = false;
                        self.err.d.next = false;
                        self.state.d.next = KeyState::Idle;
                    }
                } else if self.random_valid.val() {
                    self.blk.d.next = self.blk.q.val() + 1;
                    if self.blk.q.val() == 0 {
                        self.stage0.d.next = self.random.val();
                    } else if self.blk.q.val() == 1 {
                        self.stage1.d.next = self.random.val();
                    } else {
                        // Block 2: commit the three keys at once.
                        self.ram0.write_enable.next = true;
                        self.ram1.write_enable.next = true;
                        self.ram2.write_enable.next = true;
                        self.ram0.write_data.next = self.stage0.q.val();
                        self.ram1.write_data.next = self.stage1.q.val();
                        self.ram2.write_data.next = self.random.val();
                        self.stage0.d.next = 0.into();
                        self.stage1.d.next = 0.into();
                        self.vbits.d.next = self.vbits.q.val() | self.slot_bit.val();
                        self.err.d.next = false;
                        self.state.d.next = KeyState::Idle;
                    }
                }
            }
        }

        // the sealing-key copy takes every write of the sealing-key RAM
        self.ram2s.write_enable.next = self.ram2.write_enable.val();
        self.ram2s.write_address.next = self.ram2.write_address.val();
        self.ram2s.write_data.next = self.ram2.write_data.val();

        if self.reset.val() {
            self.state.d.next = KeyState::Scrub;
            self.slot.d.next = 0.into();
            self.blk.d.next = 0.into();
            self.timer.d.next = 0.into();
            self.stage0.d.next = 0.into();
            self.stage1.d.next = 0.into();
            self.vbits.d.next = 0.into();
            self.err.d.next = false;
            self.to_rng.d.next = false;
            self.rng_q.d.next = 0.into();
            self.kv_q.d.next = false;
            self.skv_q.d.next = false;
        }
    }
}

/// Emits a stand-alone `KeyBlock` (top module `top`) for lint.
pub fn keyblock_verilog() -> String {
    let mut b = KeyBlock::new();
    b.connect_all();
    generate_verilog(&b)
}

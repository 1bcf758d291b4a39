//! `SecureUnitRegs`: the secure unit's register block, a Wishbone slave at
//! `SU_BASE` answering only the security monitor (docs/SECURE_UNIT.md).
//! Register semantics are the ISS's `vmsp_iss::secure::SecureUnit`; the
//! register map is or1k-arch's `SU_*`.
//!
//! * SHA-256 (`Sha256Core`): `SU_SHA_DATA` (16 words, read/write) is the
//!   block, `SU_SHA_DIGEST` (8 words, read-only) the running state
//!   H0..H7. `SHA_CMD_INIT` resets the core (H := IV, one cycle),
//!   `SHA_CMD_BLOCK` compresses the block into the state (65 cycles,
//!   `SU_BUSY` in `SU_SHA_STATUS`); other codes are ignored.
//! * TRNG (`Trng<S>`): `SU_TRNG_STATUS` = `SU_TRNG_READY` when the DRBG is
//!   instantiated and the health tests pass, `SU_TRNG_ALARM` when a health
//!   test tripped (until reset; nothing clears it from the bus).
//! * Key block (`KeyBlock`): `SU_KEY_CTRL` takes `(slot << KEY_SLOT_SHIFT)
//!   | KEY_CMD_*` for slots 1..=`VM_SLOTS` (anything else is ignored);
//!   `SU_KEY_STATUS` = `SU_BUSY`, `SU_KEY_ERROR`, valid bits at
//!   `KEY_VALID_SHIFT + slot - 1`. No register reads key material (I5):
//!   the keys leave only on the key ports (`key_out` for the
//!   memory-encryption engine, `seal_key` for the sealing engine).
//!   `KEY_CMD_RNG` draws 12 DRBG words into `SU_RNG_DATA` (read-only).
//! * Device identity (docs/ATTESTATION.md): `SU_ID_SECRET` (8 words) is
//!   the root secret until `SU_ID_LOCK` is written, zero after it until
//!   reset; `SU_ID_CERT` (34 words) the device certificate. Both are
//!   generation-time constants ([`SecureUnitRegs::with_identity`]).
//! * ECC accelerator (`EccUnit`): `SU_ECC_CMD` (write) runs a command,
//!   `SU_ECC_STATUS` = `SU_BUSY`, `SU_ECC_DATA` (8 words) the transfer
//!   register.
//! * `SU_RAM_SIZE`: the `ram_size` input.
//!
//! Bus rules, checked in this order on the request's first cycle:
//! 1. `tga` without `TGA_MONITOR` → `err`, nothing read or written. The
//!    interconnect already refuses other origins; this is defence in
//!    depth, and such an `err` comes one cycle after the request whatever
//!    the unit is doing (no timing signal leaks to other worlds).
//! 2. `sel` ≠ 0b1111 (not a 32-bit access) → `err`.
//! 3. An offset (`adr[11:0]`; the interconnect decodes the rest) with no
//!    register, or a write to a read-only register → `err`.
//! 4. Otherwise `ack` with the read data. Side effects happen at the edge
//!    that ends the request's first cycle. An access that would see an
//!    engine mid-operation waits (no `ack` yet) until the engine is done:
//!    an `SU_SHA_CTRL` write or an `SU_SHA_DIGEST` read while SHA is busy,
//!    an `SU_KEY_CTRL` write or an `SU_RNG_DATA` read while the key block
//!    is busy, an `SU_ECC_CMD` write or any `SU_ECC_DATA` access while the
//!    accelerator is busy. So the values
//!    software sees are the ISS's whether or not it polls the busy bits.
//!
//! `ack`/`err` come one cycle after a request is taken (qualified by `cyc`,
//! like the UART), so an access takes 2 cycles when it does not wait.
use crate::ecc::EccUnit;
use crate::identity::DeviceIdentity;
use crate::keyblock::KeyBlock;
use crate::sha256::Sha256Core;
use crate::trng::{EntropySource, Trng, TrngConfig};
use or1k_core::ports::WishboneSlave;
use rust_hdl::prelude::*;

const _: () = assert!(or1k_arch::SU_SIZE == 0x1000, "the decode uses adr[11:0]");
const _: () = assert!((or1k_arch::SU_SHA_DATA & 63) == 0, "SHA_DATA decode: 16 aligned words");
const _: () = assert!((or1k_arch::SU_SHA_DIGEST & 31) == 0, "SHA_DIGEST decode: 8 aligned words");
const _: () = assert!(or1k_arch::VM_SLOTS == 7 && or1k_arch::KEY_VALID_SHIFT + 7 <= 32);
const _: () = assert!((or1k_arch::SU_ID_SECRET & 31) == 0 && (or1k_arch::SU_ECC_DATA & 31) == 0);
const _: () = assert!(or1k_arch::SU_ID_CERT & 0xff == 0 && or1k_arch::CERT_BYTES == 136);
const _: () = assert!(or1k_arch::SU_RNG_DATA & 0x3f == 0 && or1k_arch::KEY_WORDS == 12);

fn c12(v: u32) -> Constant<Bits<12>> {
    Constant::new((v as u64).into())
}
fn c32(v: u32) -> Constant<Bits<32>> {
    Constant::new((v as u64).into())
}

/// The register block; see the module documentation. `S` is the TRNG's
/// entropy source (`SimNoiseSource` for simulation, `RingOscEntropy` for
/// the FPGA; a stuck `SimNoiseSource` makes a test build whose health
/// tests fail).
#[derive(LogicBlock)]
pub struct SecureUnitRegs<S: EntropySource> {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: SHA state := IV and data := 0, TRNG
    /// restarted (start-up test, new seed), key RAMs scrubbed.
    pub reset: Signal<In, Bit>,
    pub wb: WishboneSlave,
    /// Bytes of RAM decoded at RAM_BASE (`SU_RAM_SIZE`).
    pub ram_size: Signal<In, Bits<32>>,
    /// Memory-encryption engine's key port (`KeyBlock::key_sel`): VMID
    /// 1..=VM_SLOTS selects that slot's keys on `key_out` one edge later.
    pub key_sel: Signal<In, Bits<4>>,
    /// Data key [383:256], tweak key [255:128], sealing key [127:0];
    /// zero unless `key_valid`. Never connected to the bus.
    pub key_out: Signal<Out, Bits<384>>,
    pub key_valid: Signal<Out, Bit>,
    /// The sealing engine's key port (`KeyBlock::seal_sel`): VMID
    /// 1..=VM_SLOTS selects that slot's sealing key on `seal_key` one edge
    /// later, zero unless `seal_key_valid`. Never connected to the bus.
    pub seal_sel: Signal<In, Bits<4>>,
    pub seal_key: Signal<Out, Bits<128>>,
    pub seal_key_valid: Signal<Out, Bit>,

    sha: Sha256Core,
    trng: Trng<S>,
    keys: KeyBlock,
    ecc: EccUnit,
    /// The device root secret and certificate (generation-time constants;
    /// word 0 in the top bits).
    k_root: Constant<Bits<256>>,
    k_cert: Constant<Bits<1088>>,
    /// SU_ID_SECRET reads zero (until reset).
    id_locked: DFF<Bit>,
    /// SU_SHA_DATA: word i in [511-32i -: 32] (the core's block layout).
    sha_data: DFF<Bits<512>>,
    /// A block is being compressed (until the core's digest is valid).
    sha_busy: DFF<Bit>,
    ack_q: DFF<Bit>,
    err_q: DFF<Bit>,
    rdata_q: DFF<Bits<32>>,

    req: Signal<Local, Bit>,
    off: Signal<Local, Bits<12>>,
    aligned: Signal<Local, Bit>,
    h_sha_ctrl: Signal<Local, Bit>,
    h_sha_status: Signal<Local, Bit>,
    h_data: Signal<Local, Bit>,
    h_digest: Signal<Local, Bit>,
    h_trng: Signal<Local, Bit>,
    h_kctrl: Signal<Local, Bit>,
    h_kstat: Signal<Local, Bit>,
    h_ram: Signal<Local, Bit>,
    h_rng: Signal<Local, Bit>,
    h_secret: Signal<Local, Bit>,
    h_lock: Signal<Local, Bit>,
    h_cert: Signal<Local, Bit>,
    h_ecmd: Signal<Local, Bit>,
    h_estat: Signal<Local, Bit>,
    h_edata: Signal<Local, Bit>,
    /// Word indices into the RNG and certificate windows.
    rng_idx: Signal<Local, Bits<12>>,
    cert_idx: Signal<Local, Bits<12>>,
    rsh_rng: Signal<Local, Bits<9>>,
    rsh_cert: Signal<Local, Bits<11>>,
    rng_sh: Signal<Local, Bits<384>>,
    root_sh: Signal<Local, Bits<256>>,
    cert_sh: Signal<Local, Bits<1088>>,
    edata_sh: Signal<Local, Bits<256>>,
    rd_ok: Signal<Local, Bit>,
    wr_ok: Signal<Local, Bit>,
    ok: Signal<Local, Bit>,
    stall: Signal<Local, Bit>,
    accept: Signal<Local, Bit>,
    wr: Signal<Local, Bit>,
    /// Bit shift of the addressed SHA_DATA word from the top (writes).
    dsh: Signal<Local, Bits<9>>,
    /// 15 - word index, 7 - word index, and the matching shifts down (reads).
    widx_n: Signal<Local, Bits<4>>,
    hidx_n: Signal<Local, Bits<3>>,
    rsh_d: Signal<Local, Bits<9>>,
    rsh_h: Signal<Local, Bits<8>>,
    rd: Signal<Local, Bits<32>>,
    /// SHA_DATA / the digest shifted so the addressed word is at [31:0].
    data_sh: Signal<Local, Bits<512>>,
    dig_sh: Signal<Local, Bits<256>>,
    kst_err: Signal<Local, Bits<32>>,
    kst_busy: Signal<Local, Bits<32>>,
    kslot: Signal<Local, Bits<32>>,
    kcmd: Signal<Local, Bits<32>>,
    kslot_ok: Signal<Local, Bit>,
    trng_alarm: Signal<Local, Bit>,
    /// The bus fields the unit ignores, consumed on purpose (Verilator's
    /// lint does not report a signal whose name contains "unused").
    unused_ok: Signal<Local, Bit>,

    k_tga_monitor: Constant<Bits<8>>,
    k_sha_ctrl: Constant<Bits<12>>,
    k_sha_status: Constant<Bits<12>>,
    k_sha_data: Constant<Bits<12>>,
    k_sha_digest: Constant<Bits<12>>,
    k_trng_status: Constant<Bits<12>>,
    k_key_ctrl: Constant<Bits<12>>,
    k_key_status: Constant<Bits<12>>,
    k_ram_size: Constant<Bits<12>>,
    k_rng_data: Constant<Bits<12>>,
    k_rng_end: Constant<Bits<12>>,
    k_id_secret: Constant<Bits<12>>,
    k_id_lock: Constant<Bits<12>>,
    k_id_cert: Constant<Bits<12>>,
    k_cert_end: Constant<Bits<12>>,
    k_ecc_cmd: Constant<Bits<12>>,
    k_ecc_status: Constant<Bits<12>>,
    k_ecc_data: Constant<Bits<12>>,
    k_rng_last: Constant<Bits<12>>,
    k_cert_last: Constant<Bits<12>>,
    k_key_rng: Constant<Bits<32>>,
    /// Offset bits that must match for the 16-word / 8-word windows
    /// (alignment bits included).
    k_data_mask: Constant<Bits<12>>,
    k_digest_mask: Constant<Bits<12>>,
    k_su_busy: Constant<Bits<32>>,
    k_sha_init: Constant<Bits<32>>,
    k_sha_block: Constant<Bits<32>>,
    k_trng_ready: Constant<Bits<32>>,
    k_trng_alarm: Constant<Bits<32>>,
    k_key_fill: Constant<Bits<32>>,
    k_key_zero: Constant<Bits<32>>,
    k_key_slot_shift: Constant<Bits<32>>,
    k_key_cmd_mask: Constant<Bits<32>>,
    k_vm_slots: Constant<Bits<32>>,
    k_key_error: Constant<Bits<32>>,
    k_key_valid_shift: Constant<Bits<32>>,
    k_ones32: Constant<Bits<32>>,
}

impl<S: EntropySource> SecureUnitRegs<S> {
    pub fn new(cfg: TrngConfig, source: S) -> Self {
        use or1k_arch::*;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            wb: Default::default(),
            ram_size: Default::default(),
            key_sel: Default::default(),
            key_out: Default::default(),
            key_valid: Default::default(),
            seal_sel: Default::default(),
            seal_key: Default::default(),
            seal_key_valid: Default::default(),
            sha: Default::default(),
            trng: Trng::new(cfg, source),
            keys: KeyBlock::new(),
            ecc: EccUnit::new(),
            k_root: Constant::new(0.into()),
            k_cert: Constant::new(0.into()),
            id_locked: Default::default(),
            sha_data: Default::default(),
            sha_busy: Default::default(),
            ack_q: Default::default(),
            err_q: Default::default(),
            rdata_q: Default::default(),
            req: Default::default(),
            off: Default::default(),
            aligned: Default::default(),
            h_sha_ctrl: Default::default(),
            h_sha_status: Default::default(),
            h_data: Default::default(),
            h_digest: Default::default(),
            h_trng: Default::default(),
            h_kctrl: Default::default(),
            h_kstat: Default::default(),
            h_ram: Default::default(),
            h_rng: Default::default(),
            h_secret: Default::default(),
            h_lock: Default::default(),
            h_cert: Default::default(),
            h_ecmd: Default::default(),
            h_estat: Default::default(),
            h_edata: Default::default(),
            rng_idx: Default::default(),
            cert_idx: Default::default(),
            rsh_rng: Default::default(),
            rsh_cert: Default::default(),
            rng_sh: Default::default(),
            root_sh: Default::default(),
            cert_sh: Default::default(),
            edata_sh: Default::default(),
            rd_ok: Default::default(),
            wr_ok: Default::default(),
            ok: Default::default(),
            stall: Default::default(),
            accept: Default::default(),
            wr: Default::default(),
            dsh: Default::default(),
            widx_n: Default::default(),
            hidx_n: Default::default(),
            rsh_d: Default::default(),
            rsh_h: Default::default(),
            rd: Default::default(),
            data_sh: Default::default(),
            dig_sh: Default::default(),
            kst_err: Default::default(),
            kst_busy: Default::default(),
            kslot: Default::default(),
            kcmd: Default::default(),
            kslot_ok: Default::default(),
            trng_alarm: Default::default(),
            unused_ok: Default::default(),
            k_tga_monitor: Constant::new((TGA_MONITOR as u64).into()),
            k_sha_ctrl: c12(SU_SHA_CTRL),
            k_sha_status: c12(SU_SHA_STATUS),
            k_sha_data: c12(SU_SHA_DATA),
            k_sha_digest: c12(SU_SHA_DIGEST),
            k_trng_status: c12(SU_TRNG_STATUS),
            k_key_ctrl: c12(SU_KEY_CTRL),
            k_key_status: c12(SU_KEY_STATUS),
            k_ram_size: c12(SU_RAM_SIZE),
            k_rng_data: c12(SU_RNG_DATA),
            k_rng_end: c12(SU_RNG_DATA + 4 * KEY_WORDS),
            k_id_secret: c12(SU_ID_SECRET),
            k_id_lock: c12(SU_ID_LOCK),
            k_id_cert: c12(SU_ID_CERT),
            k_cert_end: c12(SU_ID_CERT + CERT_BYTES),
            k_ecc_cmd: c12(SU_ECC_CMD),
            k_ecc_status: c12(SU_ECC_STATUS),
            k_ecc_data: c12(SU_ECC_DATA),
            k_rng_last: c12(KEY_WORDS - 1),
            k_cert_last: c12(CERT_BYTES / 4 - 1),
            k_key_rng: c32(KEY_CMD_RNG),
            k_data_mask: c12(0xfff & !(16 * 4 - 4)),
            k_digest_mask: c12(0xfff & !(8 * 4 - 4)),
            k_su_busy: c32(SU_BUSY),
            k_sha_init: c32(SHA_CMD_INIT),
            k_sha_block: c32(SHA_CMD_BLOCK),
            k_trng_ready: c32(SU_TRNG_READY),
            k_trng_alarm: c32(SU_TRNG_ALARM),
            k_key_fill: c32(KEY_CMD_FILL),
            k_key_zero: c32(KEY_CMD_ZERO),
            k_key_slot_shift: c32(KEY_SLOT_SHIFT),
            k_key_cmd_mask: c32((1 << KEY_SLOT_SHIFT) - 1),
            k_vm_slots: c32(VM_SLOTS),
            k_key_error: c32(SU_KEY_ERROR),
            k_key_valid_shift: c32(KEY_VALID_SHIFT),
            k_ones32: c32(0xffff_ffff),
        }
        .with_identity(&DeviceIdentity::test())
    }

    /// The device identity this unit holds (`SU_ID_SECRET`, `SU_ID_CERT`):
    /// `DeviceIdentity::test()` unless given here (the generator passes
    /// `DeviceIdentity::from_env()`).
    pub fn with_identity(mut self, id: &DeviceIdentity) -> Self {
        let big = |words: &[u32]| {
            let mut v = num_bigint::BigUint::default();
            for &w in words {
                v = (v << 32u32) | num_bigint::BigUint::from(w);
            }
            v
        };
        self.k_root = Constant::new(Bits::<256>::from(big(&id.root_words())));
        self.k_cert = Constant::new(Bits::<1088>::from(big(&id.cert_words())));
        self
    }
}

impl<S: EntropySource> Logic for SecureUnitRegs<S> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sha_data, sha_busy, ack_q, err_q, rdata_q, id_locked);
        clock!(self, clock, sha, trng, keys, ecc);

        // ---- engines ----
        self.trng.reset.next = self.reset.val();
        self.trng.clear.next = false;
        self.trng.reseed.next = false;
        self.trng.req_valid.next = self.keys.req_valid.val();
        self.trng.req_blocks.next = self.keys.req_blocks.val();
        self.trng.random_ready.next = self.keys.random_ready.val();
        self.trng_alarm.next = self.trng.rct_alarm.val() | self.trng.apt_alarm.val() | self.trng.error.val();
        self.keys.reset.next = self.reset.val();
        self.keys.req_ready.next = self.trng.req_ready.val();
        self.keys.random.next = self.trng.random.val();
        self.keys.random_valid.next = self.trng.random_valid.val();
        self.keys.trng_fail.next = self.trng_alarm.val();
        // The key ports: KeyBlock -> this block's ports, and nowhere else.
        self.keys.key_sel.next = self.key_sel.val();
        self.key_out.next = self.keys.key_out.val();
        self.key_valid.next = self.keys.key_valid.val();
        self.keys.seal_sel.next = self.seal_sel.val();
        self.seal_key.next = self.keys.seal_key.val();
        self.seal_key_valid.next = self.keys.seal_key_valid.val();
        self.sha.init.next = false;
        self.sha.in_valid.next = false;
        self.sha.block.next = self.sha_data.q.val();
        self.sha.reset.next = self.reset.val();
        self.ecc.reset.next = self.reset.val();

        // ---- decode ----
        self.req.next = self.wb.cyc.val() & self.wb.stb.val();
        self.off.next = self.wb.adr.val().get_bits::<12>(0);
        self.aligned.next = !self.off.val().get_bit(0) & !self.off.val().get_bit(1);
        self.h_sha_ctrl.next = self.off.val() == self.k_sha_ctrl.val();
        self.h_sha_status.next = self.off.val() == self.k_sha_status.val();
        self.h_data.next = (self.off.val() & self.k_data_mask.val()) == self.k_sha_data.val();
        self.h_digest.next = (self.off.val() & self.k_digest_mask.val()) == self.k_sha_digest.val();
        self.h_trng.next = self.off.val() == self.k_trng_status.val();
        self.h_kctrl.next = self.off.val() == self.k_key_ctrl.val();
        self.h_kstat.next = self.off.val() == self.k_key_status.val();
        self.h_ram.next = self.off.val() == self.k_ram_size.val();
        self.h_rng.next = (self.off.val() >= self.k_rng_data.val()) & (self.off.val() < self.k_rng_end.val());
        self.h_secret.next = (self.off.val() & self.k_digest_mask.val()) == self.k_id_secret.val();
        self.h_lock.next = self.off.val() == self.k_id_lock.val();
        self.h_cert.next = (self.off.val() >= self.k_id_cert.val()) & (self.off.val() < self.k_cert_end.val());
        self.h_ecmd.next = self.off.val() == self.k_ecc_cmd.val();
        self.h_estat.next = self.off.val() == self.k_ecc_status.val();
        self.h_edata.next = (self.off.val() & self.k_digest_mask.val()) == self.k_ecc_data.val();
        self.rd_ok.next = self.h_sha_ctrl.val()
            | self.h_sha_status.val()
            | self.h_data.val()
            | self.h_digest.val()
            | self.h_trng.val()
            | self.h_kctrl.val()
            | self.h_kstat.val()
            | self.h_ram.val()
            | self.h_rng.val()
            | self.h_secret.val()
            | self.h_lock.val()
            | self.h_cert.val()
            | self.h_estat.val()
            | self.h_edata.val();
        self.wr_ok.next = self.h_sha_ctrl.val()
            | self.h_data.val()
            | self.h_kctrl.val()
            | self.h_lock.val()
            | self.h_ecmd.val()
            | self.h_edata.val();
        self.ok.next = (self.wb.tga.val() & self.k_tga_monitor.val()).any()
            & (self.wb.sel.val() == 0xF)
            & self.aligned.val()
            & ((self.wb.we.val() & self.wr_ok.val()) | (!self.wb.we.val() & self.rd_ok.val()));
        self.stall.next = false;
        if self.ok.val() {
            self.stall.next = (self.wb.we.val() & self.h_sha_ctrl.val() & self.sha_busy.q.val())
                | (!self.wb.we.val() & self.h_digest.val() & self.sha_busy.q.val())
                | (self.wb.we.val() & self.h_kctrl.val() & self.keys.busy.val())
                | (!self.wb.we.val() & self.h_rng.val() & self.keys.busy.val())
                | ((self.h_ecmd.val() | self.h_edata.val()) & self.ecc.busy.val());
        }
        self.accept.next = self.req.val() & !self.ack_q.q.val() & !self.err_q.q.val() & !self.stall.val();
        self.wr.next = self.accept.val() & self.ok.val() & self.wb.we.val();
        self.unused_ok.next =
            self.wb.cti.val().any() | self.wb.bte.val().any() | self.wb.adr.val().get_bits::<20>(12).any();

        // ---- read data ----
        self.dsh.next = bit_cast::<9, 4>(self.off.val().get_bits::<4>(2)) << 5;
        // Reads shift the addressed word down to bits [31:0]. (The index is
        // inverted in a signal of its own width: a `~` inside a wider
        // expression would be applied after Verilog's zero extension.)
        self.widx_n.next = !self.off.val().get_bits::<4>(2);
        self.hidx_n.next = !self.off.val().get_bits::<3>(2);
        self.rsh_d.next = bit_cast::<9, 4>(self.widx_n.val()) << 5;
        self.rsh_h.next = bit_cast::<8, 3>(self.hidx_n.val()) << 5;
        self.data_sh.next = self.sha_data.q.val() >> self.rsh_d.val();
        self.dig_sh.next = self.sha.digest.val() >> self.rsh_h.val();
        self.rd.next = 0.into();
        if self.h_sha_status.val() & self.sha_busy.q.val() {
            self.rd.next = self.k_su_busy.val();
        }
        if self.h_data.val() {
            self.rd.next = bit_cast::<32, 512>(self.data_sh.val());
        }
        if self.h_digest.val() {
            self.rd.next = bit_cast::<32, 256>(self.dig_sh.val());
        }
        if self.h_trng.val() {
            if self.trng.instantiated.val() & self.trng.healthy.val() {
                self.rd.next = self.k_trng_ready.val();
            }
            if self.trng_alarm.val() {
                self.rd.next = self.k_trng_alarm.val();
            }
        }
        self.kst_err.next = 0.into();
        if self.keys.error.val() {
            self.kst_err.next = self.k_key_error.val();
        }
        self.kst_busy.next = 0.into();
        if self.keys.busy.val() {
            self.kst_busy.next = self.k_su_busy.val();
        }
        if self.h_kstat.val() {
            self.rd.next = (bit_cast::<32, 7>(self.keys.valid.val()) << self.k_key_valid_shift.val())
                | self.kst_err.val()
                | self.kst_busy.val();
        }
        if self.h_ram.val() {
            self.rd.next = self.ram_size.val();
        }
        // The identity, RNG and ECC windows: the addressed word shifted to
        // [31:0]; the wide shifts only for an access to their window.
        self.rng_idx.next = (self.off.val() - self.k_rng_data.val()) >> 2;
        self.cert_idx.next = (self.off.val() - self.k_id_cert.val()) >> 2;
        self.rsh_rng.next = bit_cast::<9, 12>((self.k_rng_last.val() - self.rng_idx.val()) << 5);
        self.rsh_cert.next = bit_cast::<11, 12>((self.k_cert_last.val() - self.cert_idx.val()) << 5);
        self.rng_sh.next = 0.into();
        self.root_sh.next = 0.into();
        self.cert_sh.next = 0.into();
        self.edata_sh.next = 0.into();
        if self.req.val() {
            self.rng_sh.next = self.keys.rng.val() >> self.rsh_rng.val();
            self.root_sh.next = self.k_root.val() >> self.rsh_h.val();
            self.cert_sh.next = self.k_cert.val() >> self.rsh_cert.val();
            self.edata_sh.next = self.ecc.data.val() >> self.rsh_h.val();
        }
        if self.h_rng.val() {
            self.rd.next = bit_cast::<32, 384>(self.rng_sh.val());
        }
        if self.h_secret.val() & !self.id_locked.q.val() {
            self.rd.next = bit_cast::<32, 256>(self.root_sh.val());
        }
        if self.h_lock.val() & self.id_locked.q.val() {
            self.rd.next = 1.into();
        }
        if self.h_cert.val() {
            self.rd.next = bit_cast::<32, 1088>(self.cert_sh.val());
        }
        if self.h_estat.val() & self.ecc.busy.val() {
            self.rd.next = self.k_su_busy.val();
        }
        if self.h_edata.val() {
            self.rd.next = bit_cast::<32, 256>(self.edata_sh.val());
        }

        // ---- response ----
        self.ack_q.d.next = self.accept.val() & self.ok.val();
        self.err_q.d.next = self.accept.val() & !self.ok.val();
        self.rdata_q.d.next = 0.into();
        if self.accept.val() & self.ok.val() & !self.wb.we.val() {
            self.rdata_q.d.next = self.rd.val();
        }
        self.wb.ack.next = self.ack_q.q.val() & self.wb.cyc.val();
        self.wb.err.next = self.err_q.q.val() & self.wb.cyc.val();
        self.wb.dat_r.next = self.rdata_q.q.val();

        // ---- writes ----
        if self.wr.val() & self.h_data.val() {
            self.sha_data.d.next = (self.sha_data.q.val()
                & !((bit_cast::<512, 32>(self.k_ones32.val()) << 480) >> self.dsh.val()))
                | ((bit_cast::<512, 32>(self.wb.dat_w.val()) << 480) >> self.dsh.val());
        }
        if self.sha_busy.q.val() & self.sha.digest_valid.val() {
            self.sha_busy.d.next = false;
        }
        if self.wr.val() & self.h_sha_ctrl.val() {
            if self.wb.dat_w.val() == self.k_sha_init.val() {
                // H := IV at this edge (the core is idle: the write waited).
                self.sha.reset.next = true;
            }
            if self.wb.dat_w.val() == self.k_sha_block.val() {
                self.sha.in_valid.next = true;
                self.sha_busy.d.next = true;
            }
        }
        self.kslot.next = self.wb.dat_w.val() >> self.k_key_slot_shift.val();
        self.kcmd.next = self.wb.dat_w.val() & self.k_key_cmd_mask.val();
        self.kslot_ok.next = self.kslot.val().any() & (self.kslot.val() <= self.k_vm_slots.val());
        self.keys.cmd_slot.next = self.kslot.val().get_bits::<3>(0);
        self.keys.cmd_fill.next =
            self.wr.val() & self.h_kctrl.val() & self.kslot_ok.val() & (self.kcmd.val() == self.k_key_fill.val());
        self.keys.cmd_zero.next =
            self.wr.val() & self.h_kctrl.val() & self.kslot_ok.val() & (self.kcmd.val() == self.k_key_zero.val());
        self.keys.cmd_rng.next = self.wr.val() & self.h_kctrl.val() & (self.kcmd.val() == self.k_key_rng.val());
        if self.wr.val() & self.h_lock.val() {
            self.id_locked.d.next = true;
        }
        self.ecc.cmd.next = self.wb.dat_w.val();
        self.ecc.cmd_valid.next = self.wr.val() & self.h_ecmd.val();
        self.ecc.data_wr.next = self.wr.val() & self.h_edata.val();
        self.ecc.data_idx.next = self.off.val().get_bits::<3>(2);
        self.ecc.data_in.next = self.wb.dat_w.val();

        if self.reset.val() {
            self.sha_data.d.next = 0.into();
            self.sha_busy.d.next = false;
            self.ack_q.d.next = false;
            self.err_q.d.next = false;
            self.rdata_q.d.next = 0.into();
            self.wb.ack.next = false;
            self.wb.err.next = false;
            self.keys.cmd_fill.next = false;
            self.keys.cmd_zero.next = false;
            self.keys.cmd_rng.next = false;
            self.id_locked.d.next = false;
            self.ecc.cmd_valid.next = false;
            self.ecc.data_wr.next = false;
            self.sha.in_valid.next = false;
        }
    }
}

/// Emits a stand-alone `SecureUnitRegs` (top module `top`) for tests and lint.
pub fn su_regs_verilog<S: EntropySource>(cfg: TrngConfig, source: S) -> String {
    let mut b = SecureUnitRegs::new(cfg, source);
    b.connect_all();
    generate_verilog(&b)
}

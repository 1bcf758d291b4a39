//! `Finisher`: QEMU virt's `sifive_test`-compatible test finisher. A 32-bit
//! write to the word at FINISHER_BASE ends the simulation; the value is
//! passed out raw (`finish_valid`/`finish_data`) and decoded by the
//! simulator as the ISS's bus.rs does (FINISHER_PASS → exit 0,
//! `(code << 16) | FINISHER_FAIL` → exit `code`, anything else ignored).
use or1k_core::ports::WishboneSlave;
use rust_hdl::prelude::*;

/// Wishbone slave for the finisher's FINISHER_SIZE bytes: every access is
/// acknowledged one cycle after it is presented, reads return 0, and only a
/// full-word write (`sel` = 0b1111) to FINISHER_BASE itself strobes
/// `finish_valid` (in the cycle after its `ack`). It never answers `err`
/// and ignores `cti`, `bte` and `tga`. Like the UART it relies on the
/// data bus's master holding its request: the `ack` cycle is qualified by
/// `cyc` alone.
#[derive(LogicBlock)]
pub struct Finisher {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub wb: WishboneSlave,
    pub finish_valid: Signal<Out, Bit>,
    pub finish_data: Signal<Out, Bits<32>>,

    /// The request was seen last cycle: acknowledge it now.
    ack_q: DFF<Bit>,
    valid_q: DFF<Bit>,
    data_q: DFF<Bits<32>>,
    base: Constant<Bits<32>>,
    req: Signal<Local, Bit>,
    strobe: Signal<Local, Bit>,
    /// The bus fields the finisher ignores, consumed on purpose: Verilator's
    /// lint does not report a signal whose name contains "unused".
    unused_ok: Signal<Local, Bit>,
}

impl Finisher {
    pub fn new() -> Finisher {
        Finisher {
            clock: Default::default(),
            reset: Default::default(),
            wb: Default::default(),
            finish_valid: Default::default(),
            finish_data: Default::default(),
            ack_q: Default::default(),
            valid_q: Default::default(),
            data_q: Default::default(),
            base: Constant::new((or1k_arch::FINISHER_BASE as u64).into()),
            req: Default::default(),
            strobe: Default::default(),
            unused_ok: Default::default(),
        }
    }
}

impl Default for Finisher {
    fn default() -> Self {
        Finisher::new()
    }
}

impl Logic for Finisher {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ack_q, valid_q, data_q);
        self.req.next = self.wb.cyc.val() & self.wb.stb.val();
        self.wb.ack.next = self.ack_q.q.val() & self.wb.cyc.val();
        self.ack_q.d.next = self.req.val() & (!self.ack_q.q.val());
        self.wb.dat_r.next = 0.into();
        self.wb.err.next = false;
        self.unused_ok.next =
            self.wb.cti.val().any() | self.wb.bte.val().any() | self.wb.tga.val().any();
        self.strobe.next = self.wb.ack.val()
            & self.wb.we.val()
            & (self.wb.sel.val() == 0xF)
            & (self.wb.adr.val() == self.base.val());
        self.valid_q.d.next = self.strobe.val();
        if self.strobe.val() {
            self.data_q.d.next = self.wb.dat_w.val();
        }
        self.finish_valid.next = self.valid_q.q.val();
        self.finish_data.next = self.data_q.q.val();
        if self.reset.val() {
            self.ack_q.d.next = false;
            self.valid_q.d.next = false;
            self.wb.ack.next = false;
        }
    }
}

/// Emits a stand-alone `Finisher` (top module `top`) for block tests.
pub fn finisher_verilog() -> String {
    let mut f = Finisher::new();
    f.connect_all();
    generate_verilog(&f)
}

//! `Finisher`: QEMU virt's `sifive_test`-compatible test finisher. A 32-bit
//! write to the word at FINISHER_BASE ends the simulation; the value is
//! passed out raw (`finish_valid`/`finish_data`) and decoded by the
//! simulator as the ISS's bus.rs does (FINISHER_PASS → exit 0,
//! `(code << 16) | FINISHER_FAIL` → exit `code`, anything else ignored).
use rust_hdl::prelude::*;

/// Wishbone slave for the finisher's FINISHER_SIZE bytes: every access is
/// acknowledged one cycle after it is presented, reads return 0, and only a
/// full-word write (`sel` = 0b1111) to FINISHER_BASE itself strobes
/// `finish_valid` (in the cycle after its `ack`).
#[derive(LogicBlock)]
pub struct Finisher {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub adr: Signal<In, Bits<32>>,
    pub we: Signal<In, Bit>,
    pub sel: Signal<In, Bits<4>>,
    pub wdat: Signal<In, Bits<32>>,
    pub cyc: Signal<In, Bit>,
    pub stb: Signal<In, Bit>,
    pub rdat: Signal<Out, Bits<32>>,
    pub ack: Signal<Out, Bit>,
    pub finish_valid: Signal<Out, Bit>,
    pub finish_data: Signal<Out, Bits<32>>,

    /// The request was seen last cycle: acknowledge it now.
    ack_q: DFF<Bit>,
    valid_q: DFF<Bit>,
    data_q: DFF<Bits<32>>,
    base: Constant<Bits<32>>,
    req: Signal<Local, Bit>,
    strobe: Signal<Local, Bit>,
}

impl Finisher {
    pub fn new() -> Finisher {
        Finisher {
            clock: Default::default(),
            reset: Default::default(),
            adr: Default::default(),
            we: Default::default(),
            sel: Default::default(),
            wdat: Default::default(),
            cyc: Default::default(),
            stb: Default::default(),
            rdat: Default::default(),
            ack: Default::default(),
            finish_valid: Default::default(),
            finish_data: Default::default(),
            ack_q: Default::default(),
            valid_q: Default::default(),
            data_q: Default::default(),
            base: Constant::new((or1k_arch::FINISHER_BASE as u64).into()),
            req: Default::default(),
            strobe: Default::default(),
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
        self.req.next = self.cyc.val() & self.stb.val();
        self.ack.next = self.ack_q.q.val() & self.req.val();
        self.ack_q.d.next = self.req.val() & (!self.ack_q.q.val());
        self.rdat.next = 0.into();
        self.strobe.next = self.ack.val()
            & self.we.val()
            & (self.sel.val() == 0xF)
            & (self.adr.val() == self.base.val());
        self.valid_q.d.next = self.strobe.val();
        if self.strobe.val() {
            self.data_q.d.next = self.wdat.val();
        }
        self.finish_valid.next = self.valid_q.q.val();
        self.finish_data.next = self.data_q.q.val();
        if self.reset.val() {
            self.ack_q.d.next = false;
            self.valid_q.d.next = false;
            self.ack.next = false;
        }
    }
}

/// Emits a stand-alone `Finisher` (top module `top`) for block tests.
pub fn finisher_verilog() -> String {
    let mut f = Finisher::new();
    f.connect_all();
    generate_verilog(&f)
}

//! Programmable interrupt controller (SPR group 9): level-sensitive lines,
//! PICSR reads the live levels (a line is cleared at its source, as in the
//! ISS), PICMR masks them.
use crate::k;
use crate::ports::SprPort;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Pic {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub lines: Signal<In, Bits<32>>,
    /// PICMR and PICSR (PICSR is read-only here: the lines are levels).
    pub spr: SprPort,
    /// A line is high and unmasked.
    pub irq: Signal<Out, Bit>,
    picmr_q: DFF<Bits<32>>,
    is_picmr: Signal<Local, Bit>,
    is_picsr: Signal<Local, Bit>,
    k_picmr: Constant<Bits<32>>,
    k_picsr: Constant<Bits<32>>,
}

impl Default for Pic {
    fn default() -> Self {
        Pic {
            clock: Default::default(),
            reset: Default::default(),
            lines: Default::default(),
            spr: Default::default(),
            irq: Default::default(),
            picmr_q: Default::default(),
            is_picmr: Default::default(),
            is_picsr: Default::default(),
            k_picmr: k(SPR_PICMR),
            k_picsr: k(SPR_PICSR),
        }
    }
}

impl Logic for Pic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, picmr_q);
        self.is_picmr.next = self.spr.addr.val() == self.k_picmr.val();
        self.is_picsr.next = self.spr.addr.val() == self.k_picsr.val();
        if self.spr.we.val() & self.is_picmr.val() {
            self.picmr_q.d.next = self.spr.wdata.val();
        }
        if self.reset.val() {
            self.picmr_q.d.next = 0.into();
        }
        self.spr.hit.next = self.is_picmr.val() | self.is_picsr.val();
        self.spr.busy.next = false;
        self.spr.rdata.next = 0.into();
        if self.is_picmr.val() {
            self.spr.rdata.next = self.picmr_q.q.val();
        }
        if self.is_picsr.val() {
            self.spr.rdata.next = self.lines.val();
        }
        self.irq.next = (self.lines.val() & self.picmr_q.q.val()).any();
    }
}

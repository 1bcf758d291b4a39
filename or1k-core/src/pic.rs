//! Programmable interrupt controller (SPR group 9): level-sensitive lines,
//! PICSR reads the live levels (a line is cleared at its source, as in the
//! ISS), PICMR masks them.
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct Pic {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub lines: Signal<In, Bits<32>>,
    pub picmr_we: Signal<In, Bit>,
    pub wdata: Signal<In, Bits<32>>,
    pub picmr: Signal<Out, Bits<32>>,
    pub picsr: Signal<Out, Bits<32>>,
    /// An unmasked line is high (the external interrupt, with SR[IEE]).
    pub irq: Signal<Out, Bit>,
    picmr_q: DFF<Bits<32>>,
}

impl Logic for Pic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, picmr_q);
        if self.picmr_we.val() {
            self.picmr_q.d.next = self.wdata.val();
        }
        if self.reset.val() {
            self.picmr_q.d.next = 0.into();
        }
        self.picmr.next = self.picmr_q.q.val();
        self.picsr.next = self.lines.val();
        self.irq.next = (self.lines.val() & self.picmr_q.q.val()).any();
    }
}

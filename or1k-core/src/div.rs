//! Serial restoring divider for l.div/l.divu: one quotient bit per cycle,
//! 32 cycles. Signed division divides magnitudes and negates, which gives
//! the wrapping result for 0x8000_0000 / -1 as the ISS does. Division by
//! zero is handled by the EX stage (no divider run).
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct Divider {
    pub clock: Signal<In, Clock>,
    /// Starts a division of `a` by `b` (restarts one in progress).
    pub start: Signal<In, Bit>,
    pub sgn: Signal<In, Bit>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    /// The quotient of the last division; `done` stays high until a start.
    pub quotient: Signal<Out, Bits<32>>,
    pub done: Signal<Out, Bit>,

    rem: DFF<Bits<32>>,
    quo: DFF<Bits<32>>,
    dvs: DFF<Bits<32>>,
    count: DFF<Bits<6>>,
    neg: DFF<Bit>,
    busy: DFF<Bit>,
    fin: DFF<Bit>,
    shifted: Signal<Local, Bits<33>>,
    trial: Signal<Local, Bits<33>>,
}

impl Logic for Divider {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, rem, quo, dvs, count, neg, busy, fin);
        self.shifted.next = (bit_cast::<33, 32>(self.rem.q.val()) << 1) | bit_cast::<33, 1>(self.quo.q.val().get_bits::<1>(31));
        self.trial.next = self.shifted.val() - bit_cast::<33, 32>(self.dvs.q.val());
        if self.start.val() {
            self.rem.d.next = 0.into();
            self.quo.d.next = self.a.val();
            if self.sgn.val() & self.a.val().get_bit(31) {
                self.quo.d.next = !self.a.val() + 1;
            }
            self.dvs.d.next = self.b.val();
            if self.sgn.val() & self.b.val().get_bit(31) {
                self.dvs.d.next = !self.b.val() + 1;
            }
            self.neg.d.next = self.sgn.val() & (self.a.val().get_bit(31) != self.b.val().get_bit(31));
            self.count.d.next = 32.into();
            self.busy.d.next = true;
            self.fin.d.next = false;
        } else if self.busy.q.val() {
            if self.trial.val().get_bit(32) {
                // shifted < divisor: quotient bit 0, keep the remainder
                self.rem.d.next = self.shifted.val().get_bits::<32>(0);
                self.quo.d.next = self.quo.q.val() << 1;
            } else {
                self.rem.d.next = self.trial.val().get_bits::<32>(0);
                self.quo.d.next = (self.quo.q.val() << 1) | 1;
            }
            self.count.d.next = self.count.q.val() - 1;
            if self.count.q.val() == 1 {
                self.busy.d.next = false;
                self.fin.d.next = true;
            }
        }
        self.done.next = self.fin.q.val();
        self.quotient.next = self.quo.q.val();
        if self.neg.q.val() {
            self.quotient.next = !self.quo.q.val() + 1;
        }
    }
}

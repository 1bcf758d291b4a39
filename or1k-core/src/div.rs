//! Serial restoring divider for l.div/l.divu: two quotient bits per cycle
//! (two restoring steps in series), and the dividend's leading zero bytes
//! skipped at the start (their quotient bits are 0 and leave the remainder
//! 0): 16 cycles, 8 for a dividend below 2^16, 4 below 2^8. The benchmarks'
//! divisions (`dhry`, `strings`' number formatting) spent 12–18 % of their
//! cycles in the 32-cycle version. Signed division divides magnitudes and
//! negates, which gives the wrapping result for 0x8000_0000 / -1 as the
//! ISS does. Division by zero is handled by the EX stage (no divider run).
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
    /// |a|, the dividend's magnitude.
    mag: Signal<Local, Bits<32>>,
    shifted: Signal<Local, Bits<33>>,
    trial: Signal<Local, Bits<33>>,
    rem1: Signal<Local, Bits<32>>,
    quo1: Signal<Local, Bits<32>>,
    shifted2: Signal<Local, Bits<33>>,
    trial2: Signal<Local, Bits<33>>,
}

impl Logic for Divider {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, rem, quo, dvs, count, neg, busy, fin);
        // two restoring steps: (rem, quo) shifted left, divisor subtracted
        // where it fits
        self.shifted.next = (bit_cast::<33, 32>(self.rem.q.val()) << 1) | bit_cast::<33, 1>(self.quo.q.val().get_bits::<1>(31));
        self.trial.next = self.shifted.val() - bit_cast::<33, 32>(self.dvs.q.val());
        self.rem1.next = self.trial.val().get_bits::<32>(0);
        self.quo1.next = (self.quo.q.val() << 1) | 1;
        if self.trial.val().get_bit(32) {
            self.rem1.next = self.shifted.val().get_bits::<32>(0);
            self.quo1.next = self.quo.q.val() << 1;
        }
        self.shifted2.next = (bit_cast::<33, 32>(self.rem1.val()) << 1) | bit_cast::<33, 1>(self.quo1.val().get_bits::<1>(31));
        self.trial2.next = self.shifted2.val() - bit_cast::<33, 32>(self.dvs.q.val());
        self.mag.next = self.a.val();
        if self.sgn.val() & self.a.val().get_bit(31) {
            self.mag.next = !self.a.val() + 1;
        }
        if self.start.val() {
            self.rem.d.next = 0.into();
            self.quo.d.next = self.mag.val();
            self.count.d.next = 32.into();
            if !self.mag.val().get_bits::<16>(16).any() {
                self.quo.d.next = self.mag.val() << 16;
                self.count.d.next = 16.into();
                if !self.mag.val().get_bits::<8>(8).any() {
                    self.quo.d.next = self.mag.val() << 24;
                    self.count.d.next = 8.into();
                }
            }
            self.dvs.d.next = self.b.val();
            if self.sgn.val() & self.b.val().get_bit(31) {
                self.dvs.d.next = !self.b.val() + 1;
            }
            self.neg.d.next = self.sgn.val() & (self.a.val().get_bit(31) != self.b.val().get_bit(31));
            self.busy.d.next = true;
            self.fin.d.next = false;
        } else if self.busy.q.val() {
            if self.trial2.val().get_bit(32) {
                self.rem.d.next = self.shifted2.val().get_bits::<32>(0);
                self.quo.d.next = self.quo1.val() << 1;
            } else {
                self.rem.d.next = self.trial2.val().get_bits::<32>(0);
                self.quo.d.next = (self.quo1.val() << 1) | 1;
            }
            self.count.d.next = self.count.q.val() - 2;
            if self.count.q.val() == 2 {
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

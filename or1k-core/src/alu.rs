//! Single-cycle integer unit of the EX stage: add/sub with carry and
//! overflow, logic, shifts and rotate, sign/zero extension, l.cmov,
//! l.ff1/l.fl1 and the l.sf* comparator.
use rust_hdl::prelude::*;

/// ALU function (the core's internal encoding, chosen by the decoder).
#[derive(Copy, Clone, Debug, PartialEq, LogicState)]
pub enum AluFn {
    Add,
    Addc,
    Sub,
    And,
    Or,
    Xor,
    Sll,
    Srl,
    Sra,
    Ror,
    Exths,
    Extbs,
    Exthz,
    Extbz,
    PassA,
    PassB,
    Cmov,
    Ff1,
    Fl1,
}

#[derive(LogicBlock, Default)]
pub struct Alu {
    pub fun: Signal<In, AluFn>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    /// SR[CY] (l.addc) and SR[F] (l.cmov).
    pub cy_in: Signal<In, Bit>,
    pub flag_in: Signal<In, Bit>,
    pub result: Signal<Out, Bits<32>>,
    /// Carry (unsigned overflow / borrow) and signed overflow of add/sub.
    pub cy: Signal<Out, Bit>,
    pub ov: Signal<Out, Bit>,
    /// Set-flag comparison: one-hot condition, signedness.
    pub sf_eq: Signal<In, Bit>,
    pub sf_ne: Signal<In, Bit>,
    pub sf_gt: Signal<In, Bit>,
    pub sf_ge: Signal<In, Bit>,
    pub sf_lt: Signal<In, Bit>,
    pub sf_le: Signal<In, Bit>,
    pub sf_signed: Signal<In, Bit>,
    pub cmp: Signal<Out, Bit>,

    sum: Signal<Local, Bits<33>>,
    diff: Signal<Local, Bits<33>>,
    amt: Signal<Local, Bits<32>>,
    fill: Signal<Local, Bits<32>>,
    ff1: Signal<Local, Bits<32>>,
    lo: Signal<Local, Bits<32>>,
    t1: Signal<Local, Bits<32>>,
    n1: Signal<Local, Bits<32>>,
    t2: Signal<Local, Bits<32>>,
    n2: Signal<Local, Bits<32>>,
    fl1: Signal<Local, Bits<32>>,
    ca: Signal<Local, Bits<32>>,
    cb: Signal<Local, Bits<32>>,
    lt: Signal<Local, Bit>,
    eq: Signal<Local, Bit>,
}

impl Logic for Alu {
    #[hdl_gen]
    fn update(&mut self) {
        self.sum.next = bit_cast::<33, 32>(self.a.val()) + bit_cast::<33, 32>(self.b.val());
        if (self.fun.val() == AluFn::Addc) & self.cy_in.val() {
            self.sum.next = bit_cast::<33, 32>(self.a.val()) + bit_cast::<33, 32>(self.b.val()) + 1;
        }
        self.diff.next = bit_cast::<33, 32>(self.a.val()) - bit_cast::<33, 32>(self.b.val());
        self.amt.next = bit_cast::<32, 5>(self.b.val().get_bits::<5>(0));
        // arithmetic shift right: logical shift, then the sign fill mask
        self.fill.next = 0.into();
        if self.a.val().get_bit(31) {
            self.fill.next = !(bits::<32>(0xFFFF_FFFF_u64) >> self.amt.val());
        }
        // find last one: binary search for the top set bit (1-based, 0
        // when none); find first one: the same on the lowest set bit alone
        self.lo.next = self.a.val() & (!self.a.val() + 1);
        self.t1.next = self.a.val();
        self.n1.next = 0.into();
        self.t2.next = self.lo.val();
        self.n2.next = 0.into();
        if (self.t1.val() >> 16).any() {
            self.n1.next = self.n1.val() | 16;
            self.t1.next = self.t1.val() >> 16;
        }
        if (self.t2.val() >> 16).any() {
            self.n2.next = self.n2.val() | 16;
            self.t2.next = self.t2.val() >> 16;
        }
        if (self.t1.val() >> 8).any() {
            self.n1.next = self.n1.val() | 8;
            self.t1.next = self.t1.val() >> 8;
        }
        if (self.t2.val() >> 8).any() {
            self.n2.next = self.n2.val() | 8;
            self.t2.next = self.t2.val() >> 8;
        }
        if (self.t1.val() >> 4).any() {
            self.n1.next = self.n1.val() | 4;
            self.t1.next = self.t1.val() >> 4;
        }
        if (self.t2.val() >> 4).any() {
            self.n2.next = self.n2.val() | 4;
            self.t2.next = self.t2.val() >> 4;
        }
        if (self.t1.val() >> 2).any() {
            self.n1.next = self.n1.val() | 2;
            self.t1.next = self.t1.val() >> 2;
        }
        if (self.t2.val() >> 2).any() {
            self.n2.next = self.n2.val() | 2;
            self.t2.next = self.t2.val() >> 2;
        }
        if (self.t1.val() >> 1).any() {
            self.n1.next = self.n1.val() | 1;
        }
        if (self.t2.val() >> 1).any() {
            self.n2.next = self.n2.val() | 1;
        }
        self.fl1.next = 0.into();
        if self.a.val().any() {
            self.fl1.next = self.n1.val() + 1;
        }
        self.ff1.next = 0.into();
        if self.a.val().any() {
            self.ff1.next = self.n2.val() + 1;
        }
        // comparator: signed compares flip the sign bits and compare unsigned
        self.ca.next = self.a.val();
        self.cb.next = self.b.val();
        if self.sf_signed.val() {
            self.ca.next = self.a.val() ^ 0x8000_0000_u64;
            self.cb.next = self.b.val() ^ 0x8000_0000_u64;
        }
        self.lt.next = self.ca.val() < self.cb.val();
        self.eq.next = self.a.val() == self.b.val();
        self.cmp.next = (self.sf_eq.val() & self.eq.val())
            | (self.sf_ne.val() & !self.eq.val())
            | (self.sf_gt.val() & !self.lt.val() & !self.eq.val())
            | (self.sf_ge.val() & !self.lt.val())
            | (self.sf_lt.val() & self.lt.val())
            | (self.sf_le.val() & (self.lt.val() | self.eq.val()));

        self.cy.next = self.sum.val().get_bit(32);
        self.ov.next = (self.a.val().get_bit(31) == self.b.val().get_bit(31))
            & (self.sum.val().get_bit(31) != self.a.val().get_bit(31));
        if self.fun.val() == AluFn::Sub {
            self.cy.next = self.diff.val().get_bit(32);
            self.ov.next = (self.a.val().get_bit(31) != self.b.val().get_bit(31))
                & (self.diff.val().get_bit(31) != self.a.val().get_bit(31));
        }

        // a default before the case: the emitted `case` has no default arm,
        // and without one yosys infers a latch
        self.result.next = self.sum.val().get_bits::<32>(0);
        match self.fun.val() {
            AluFn::Add => self.result.next = self.sum.val().get_bits::<32>(0),
            AluFn::Addc => self.result.next = self.sum.val().get_bits::<32>(0),
            AluFn::Sub => self.result.next = self.diff.val().get_bits::<32>(0),
            AluFn::And => self.result.next = self.a.val() & self.b.val(),
            AluFn::Or => self.result.next = self.a.val() | self.b.val(),
            AluFn::Xor => self.result.next = self.a.val() ^ self.b.val(),
            AluFn::Sll => self.result.next = self.a.val() << self.amt.val(),
            AluFn::Srl => self.result.next = self.a.val() >> self.amt.val(),
            AluFn::Sra => self.result.next = (self.a.val() >> self.amt.val()) | self.fill.val(),
            AluFn::Ror => {
                self.result.next = self.a.val();
                if self.amt.val().any() {
                    self.result.next = (self.a.val() >> self.amt.val())
                        | (self.a.val() << (bits::<32>(32) - self.amt.val()));
                }
            }
            AluFn::Exths => {
                self.result.next = bit_cast::<32, 16>(self.a.val().get_bits::<16>(0));
                if self.a.val().get_bit(15) {
                    self.result.next = bit_cast::<32, 16>(self.a.val().get_bits::<16>(0)) | 0xFFFF_0000_u64;
                }
            }
            AluFn::Extbs => {
                self.result.next = bit_cast::<32, 8>(self.a.val().get_bits::<8>(0));
                if self.a.val().get_bit(7) {
                    self.result.next = bit_cast::<32, 8>(self.a.val().get_bits::<8>(0)) | 0xFFFF_FF00_u64;
                }
            }
            AluFn::Exthz => self.result.next = bit_cast::<32, 16>(self.a.val().get_bits::<16>(0)),
            AluFn::Extbz => self.result.next = bit_cast::<32, 8>(self.a.val().get_bits::<8>(0)),
            AluFn::PassA => self.result.next = self.a.val(),
            AluFn::PassB => self.result.next = self.b.val(),
            AluFn::Cmov => {
                self.result.next = self.b.val();
                if self.flag_in.val() {
                    self.result.next = self.a.val();
                }
            }
            AluFn::Ff1 => self.result.next = self.ff1.val(),
            AluFn::Fl1 => self.result.next = self.fl1.val(),
        }
    }
}

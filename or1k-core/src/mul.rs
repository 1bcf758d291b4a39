//! 32×32 → 64 multiplier for l.mul/l.muli/l.mulu and the MAC unit, built
//! from four 16×16 partial products (rust-hdl's only multiply; yosys maps
//! each to an ECP5 MULT18X18D). Two cycles: the partial products are
//! registered, the sum and the signed correction are combinational.
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct Multiplier {
    pub clock: Signal<In, Clock>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    /// Products of the operands presented in the previous cycle.
    pub lo: Signal<Out, Bits<32>>,
    /// High word as unsigned and as signed (two's complement) product.
    pub hi_u: Signal<Out, Bits<32>>,
    pub hi_s: Signal<Out, Bits<32>>,

    pp_ll: DFF<Bits<32>>,
    pp_lh: DFF<Bits<32>>,
    pp_hl: DFF<Bits<32>>,
    pp_hh: DFF<Bits<32>>,
    a_q: DFF<Bits<32>>,
    b_q: DFF<Bits<32>>,
    prod: Signal<Local, Bits<64>>,
    corr: Signal<Local, Bits<32>>,
}

impl Logic for Multiplier {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pp_ll, pp_lh, pp_hl, pp_hh, a_q, b_q);
        self.pp_ll.d.next = self.a.val().get_bits::<16>(0) * self.b.val().get_bits::<16>(0);
        self.pp_lh.d.next = self.a.val().get_bits::<16>(0) * self.b.val().get_bits::<16>(16);
        self.pp_hl.d.next = self.a.val().get_bits::<16>(16) * self.b.val().get_bits::<16>(0);
        self.pp_hh.d.next = self.a.val().get_bits::<16>(16) * self.b.val().get_bits::<16>(16);
        self.a_q.d.next = self.a.val();
        self.b_q.d.next = self.b.val();
        self.prod.next = bit_cast::<64, 32>(self.pp_ll.q.val())
            + (bit_cast::<64, 32>(self.pp_lh.q.val()) << 16)
            + (bit_cast::<64, 32>(self.pp_hl.q.val()) << 16)
            + (bit_cast::<64, 32>(self.pp_hh.q.val()) << 32);
        self.lo.next = self.prod.val().get_bits::<32>(0);
        self.hi_u.next = self.prod.val().get_bits::<32>(32);
        // signed(a)·signed(b) = a·b − 2³²·(a<0 ? b : 0) − 2³²·(b<0 ? a : 0)
        self.corr.next = 0.into();
        if self.a_q.q.val().get_bit(31) {
            self.corr.next = self.b_q.q.val();
        }
        if self.b_q.q.val().get_bit(31) {
            self.corr.next = self.corr.val() + self.a_q.q.val();
        }
        self.hi_s.next = self.prod.val().get_bits::<32>(32) - self.corr.val();
    }
}

//! GF(2^4) multiplier, polynomial basis modulo x^4 + x + 1: the building
//! block of the tower-field S-box (three instances per S-box).
use rust_hdl::prelude::*;

/// Purely combinational `p = a * b` in GF(2^4) (x^4 = x + 1).
#[derive(LogicBlock, Default)]
pub struct Gf16Mul {
    pub a: Signal<In, Bits<4>>,
    pub b: Signal<In, Bits<4>>,
    pub p: Signal<Out, Bits<4>>,
    /// Carry-less 4x4 product before reduction (degree <= 6).
    prod: Signal<Local, Bits<7>>,
}

impl Logic for Gf16Mul {
    #[hdl_gen]
    fn update(&mut self) {
        self.prod.next = 0.into();
        if self.b.val().get_bit(0) {
            self.prod.next = self.prod.val() ^ (bit_cast::<7, 4>(self.a.val()) << 0);
        }
        if self.b.val().get_bit(1) {
            self.prod.next = self.prod.val() ^ (bit_cast::<7, 4>(self.a.val()) << 1);
        }
        if self.b.val().get_bit(2) {
            self.prod.next = self.prod.val() ^ (bit_cast::<7, 4>(self.a.val()) << 2);
        }
        if self.b.val().get_bit(3) {
            self.prod.next = self.prod.val() ^ (bit_cast::<7, 4>(self.a.val()) << 3);
        }
        // Reduce: x^4 = x + 1, x^5 = x^2 + x, x^6 = x^3 + x^2.
        self.p.next = self.prod.val().get_bits::<4>(0);
        if self.prod.val().get_bit(4) {
            self.p.next = self.p.val() ^ 0x3;
        }
        if self.prod.val().get_bit(5) {
            self.p.next = self.p.val() ^ 0x6;
        }
        if self.prod.val().get_bit(6) {
            self.p.next = self.p.val() ^ 0xC;
        }
    }
}

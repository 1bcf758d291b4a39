//! One column of MixColumns / InvMixColumns (four per round datapath).
//!
//! InvMixColumns is computed as MixColumns after a cheap pre-map
//! (InvMixColumns(a) = MixColumns(a + {04}*(a0+a2, a1+a3, a0+a2, a1+a3))),
//! so both directions share the one xtime network instead of carrying a
//! second {09,0B,0D,0E} multiplier array.
use rust_hdl::prelude::*;

/// Combinational `out = inverse ? InvMixColumns(col) : MixColumns(col)`;
/// byte 0 (row 0) of the column is `col[31:24]`.
#[derive(LogicBlock, Default)]
pub struct MixColumn {
    pub col: Signal<In, Bits<32>>,
    /// 0 = MixColumns, 1 = InvMixColumns.
    pub inverse: Signal<In, Bit>,
    pub out: Signal<Out, Bits<32>>,
    b0: Signal<Local, Bits<8>>,
    b1: Signal<Local, Bits<8>>,
    b2: Signal<Local, Bits<8>>,
    b3: Signal<Local, Bits<8>>,
    /// a0 + a2 and its {02}, {04} multiples (inverse pre-map).
    e02: Signal<Local, Bits<8>>,
    e02x2: Signal<Local, Bits<8>>,
    e02x4: Signal<Local, Bits<8>>,
    /// a1 + a3 and its {02}, {04} multiples (inverse pre-map).
    e13: Signal<Local, Bits<8>>,
    e13x2: Signal<Local, Bits<8>>,
    e13x4: Signal<Local, Bits<8>>,
    /// b0 + b1 + b2 + b3
    sum: Signal<Local, Bits<8>>,
    /// b_i + b_(i+1) and its xtime, for each output byte i.
    d0: Signal<Local, Bits<8>>,
    x0: Signal<Local, Bits<8>>,
    d1: Signal<Local, Bits<8>>,
    x1: Signal<Local, Bits<8>>,
    d2: Signal<Local, Bits<8>>,
    x2: Signal<Local, Bits<8>>,
    d3: Signal<Local, Bits<8>>,
    x3: Signal<Local, Bits<8>>,
}

impl Logic for MixColumn {
    #[hdl_gen]
    fn update(&mut self) {
        self.b0.next = self.col.val().get_bits::<8>(24);
        self.b1.next = self.col.val().get_bits::<8>(16);
        self.b2.next = self.col.val().get_bits::<8>(8);
        self.b3.next = self.col.val().get_bits::<8>(0);
        // from the column itself, not b0..b3 (reassigned below): no false
        // combinational loop through them for Verilator
        self.e02.next = self.col.val().get_bits::<8>(24) ^ self.col.val().get_bits::<8>(8);
        self.e13.next = self.col.val().get_bits::<8>(16) ^ self.col.val().get_bits::<8>(0);
        self.e02x2.next = self.e02.val() << 1;
        if self.e02.val().get_bit(7) {
            self.e02x2.next = self.e02x2.val() ^ 0x1B;
        }
        self.e02x4.next = self.e02x2.val() << 1;
        if self.e02x2.val().get_bit(7) {
            self.e02x4.next = self.e02x4.val() ^ 0x1B;
        }
        self.e13x2.next = self.e13.val() << 1;
        if self.e13.val().get_bit(7) {
            self.e13x2.next = self.e13x2.val() ^ 0x1B;
        }
        self.e13x4.next = self.e13x2.val() << 1;
        if self.e13x2.val().get_bit(7) {
            self.e13x4.next = self.e13x4.val() ^ 0x1B;
        }
        if self.inverse.val() {
            self.b0.next = self.col.val().get_bits::<8>(24) ^ self.e02x4.val();
            self.b1.next = self.col.val().get_bits::<8>(16) ^ self.e13x4.val();
            self.b2.next = self.col.val().get_bits::<8>(8) ^ self.e02x4.val();
            self.b3.next = self.col.val().get_bits::<8>(0) ^ self.e13x4.val();
        }
        self.sum.next = self.b0.val() ^ self.b1.val() ^ self.b2.val() ^ self.b3.val();
        // out_i = b_i + sum + {02}*(b_i + b_(i+1))
        self.d0.next = self.b0.val() ^ self.b1.val();
        self.x0.next = self.d0.val() << 1;
        if self.d0.val().get_bit(7) {
            self.x0.next = self.x0.val() ^ 0x1B;
        }
        self.d1.next = self.b1.val() ^ self.b2.val();
        self.x1.next = self.d1.val() << 1;
        if self.d1.val().get_bit(7) {
            self.x1.next = self.x1.val() ^ 0x1B;
        }
        self.d2.next = self.b2.val() ^ self.b3.val();
        self.x2.next = self.d2.val() << 1;
        if self.d2.val().get_bit(7) {
            self.x2.next = self.x2.val() ^ 0x1B;
        }
        self.d3.next = self.b3.val() ^ self.b0.val();
        self.x3.next = self.d3.val() << 1;
        if self.d3.val().get_bit(7) {
            self.x3.next = self.x3.val() ^ 0x1B;
        }
        self.out.next = (bit_cast::<32, 8>(self.b0.val() ^ self.sum.val() ^ self.x0.val()) << 24)
            | (bit_cast::<32, 8>(self.b1.val() ^ self.sum.val() ^ self.x1.val()) << 16)
            | (bit_cast::<32, 8>(self.b2.val() ^ self.sum.val() ^ self.x2.val()) << 8)
            | bit_cast::<32, 8>(self.b3.val() ^ self.sum.val() ^ self.x3.val());
    }
}

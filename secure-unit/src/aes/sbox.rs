//! AES S-box and inverse S-box in one tower-field (GF((2^4)^2)) circuit.
//!
//! Why composite field: the round datapath must do both SubBytes and
//! InvSubBytes. A 256-entry table per direction is a pair of 8-input
//! functions per output bit (~16 LUT4 each on ECP5, plus the direction mux),
//! while the tower field shares one inverter between both directions and
//! only switches the surrounding linear maps. Constants come from
//! `derive_sbox.py` (GF(16) = GF(2)[x]/(x^4+x+1), GF(256) =
//! GF(16)[y]/(y^2+y+lambda), lambda = 0xA, the AES generator mapped to
//! beta = 0x4C); the tests check all 512 (input, direction) pairs.
use super::gf16_mul::Gf16Mul;
use rust_hdl::prelude::*;

/// Combinational `y = inverse ? InvSubBytes(x) : SubBytes(x)` for one byte.
#[derive(LogicBlock, Default)]
pub struct AesSbox {
    pub x: Signal<In, Bits<8>>,
    /// 0 = forward S-box, 1 = inverse S-box.
    pub inverse: Signal<In, Bit>,
    pub y: Signal<Out, Bits<8>>,
    /// Input mapped into the tower field (for the inverse S-box the inverse
    /// affine map is folded in).
    t: Signal<Local, Bits<8>>,
    ah: Signal<Local, Bits<4>>,
    al: Signal<Local, Bits<4>>,
    /// ah + al
    s: Signal<Local, Bits<4>>,
    /// lambda * ah^2 (linear in ah)
    lsq: Signal<Local, Bits<4>>,
    /// Norm `lambda*ah^2 + al*(ah+al)`: the GF(16) value to invert.
    d: Signal<Local, Bits<4>>,
    /// d^-1 in GF(16)
    dinv: Signal<Local, Bits<4>>,
    /// Tower-field inverse of `t`.
    z: Signal<Local, Bits<8>>,
    /// al * (ah + al)
    mul_norm: Gf16Mul,
    /// ah * d^-1: high nibble of the inverse
    mul_hi: Gf16Mul,
    /// (ah + al) * d^-1: low nibble of the inverse
    mul_lo: Gf16Mul,
}

impl Logic for AesSbox {
    #[hdl_gen]
    fn update(&mut self) {
        // Into the tower field: T*x (forward) or T*A^-1*(x + 0x63) (inverse).
        self.t.next = 0.into();
        if self.inverse.val() {
            self.t.next = self.t.val().replace_bit(0, (self.x.val() & 0x30).xor());
            self.t.next = self.t.val().replace_bit(1, (self.x.val() & 0x23).xor());
            self.t.next = self.t.val().replace_bit(2, (self.x.val() & 0x32).xor());
            self.t.next = self.t.val().replace_bit(3, (self.x.val() & 0x17).xor());
            self.t.next = self.t.val().replace_bit(4, (self.x.val() & 0x86).xor());
            self.t.next = self.t.val().replace_bit(5, (self.x.val() & 0x71).xor());
            self.t.next = self.t.val().replace_bit(6, (self.x.val() & 0xBE).xor());
            self.t.next = self.t.val().replace_bit(7, (self.x.val() & 0xC6).xor());
            self.t.next = self.t.val() ^ 0x33;
        } else {
            self.t.next = self.t.val().replace_bit(0, (self.x.val() & 0x21).xor());
            self.t.next = self.t.val().replace_bit(1, (self.x.val() & 0x2C).xor());
            self.t.next = self.t.val().replace_bit(2, (self.x.val() & 0xC2).xor());
            self.t.next = self.t.val().replace_bit(3, (self.x.val() & 0xCA).xor());
            self.t.next = self.t.val().replace_bit(4, (self.x.val() & 0xDC).xor());
            self.t.next = self.t.val().replace_bit(5, (self.x.val() & 0xAC).xor());
            self.t.next = self.t.val().replace_bit(6, (self.x.val() & 0x72).xor());
            self.t.next = self.t.val().replace_bit(7, (self.x.val() & 0xA0).xor());
        }
        self.ah.next = self.t.val().get_bits::<4>(4);
        self.al.next = self.t.val().get_bits::<4>(0);
        self.s.next = self.ah.val() ^ self.al.val();
        self.lsq.next = 0.into();
        self.lsq.next = self.lsq.val().replace_bit(0, (self.ah.val() & 0xC).xor());
        self.lsq.next = self.lsq.val().replace_bit(1, (self.ah.val() & 0x3).xor());
        self.lsq.next = self.lsq.val().replace_bit(2, (self.ah.val() & 0x6).xor());
        self.lsq.next = self.lsq.val().replace_bit(3, (self.ah.val() & 0x7).xor());
        self.mul_norm.a.next = self.al.val();
        self.mul_norm.b.next = self.s.val();
        self.d.next = self.lsq.val() ^ self.mul_norm.p.val();
        // GF(16) inverse (0 -> 0): a 4-input function per bit, one LUT4 each.
        match self.d.val().index() {
            0 => {
                self.dinv.next = 0x0.into();
            }
            1 => {
                self.dinv.next = 0x1.into();
            }
            2 => {
                self.dinv.next = 0x9.into();
            }
            3 => {
                self.dinv.next = 0xE.into();
            }
            4 => {
                self.dinv.next = 0xD.into();
            }
            5 => {
                self.dinv.next = 0xB.into();
            }
            6 => {
                self.dinv.next = 0x7.into();
            }
            7 => {
                self.dinv.next = 0x6.into();
            }
            8 => {
                self.dinv.next = 0xF.into();
            }
            9 => {
                self.dinv.next = 0x2.into();
            }
            10 => {
                self.dinv.next = 0xC.into();
            }
            11 => {
                self.dinv.next = 0x5.into();
            }
            12 => {
                self.dinv.next = 0xA.into();
            }
            13 => {
                self.dinv.next = 0x4.into();
            }
            14 => {
                self.dinv.next = 0x3.into();
            }
            _ => {
                self.dinv.next = 0x8.into();
            }
        }
        self.mul_hi.a.next = self.ah.val();
        self.mul_hi.b.next = self.dinv.val();
        self.mul_lo.a.next = self.s.val();
        self.mul_lo.b.next = self.dinv.val();
        self.z.next = (bit_cast::<8, 4>(self.mul_hi.p.val()) << 4)
            | bit_cast::<8, 4>(self.mul_lo.p.val());
        // Out of the tower field: A*T^-1*z + 0x63 (forward) or T^-1*z (inverse).
        self.y.next = 0.into();
        if self.inverse.val() {
            self.y.next = self.y.val().replace_bit(0, (self.z.val() & 0xA3).xor());
            self.y.next = self.y.val().replace_bit(1, (self.z.val() & 0x70).xor());
            self.y.next = self.y.val().replace_bit(2, (self.z.val() & 0xAC).xor());
            self.y.next = self.y.val().replace_bit(3, (self.z.val() & 0x0C).xor());
            self.y.next = self.y.val().replace_bit(4, (self.z.val() & 0xC4).xor());
            self.y.next = self.y.val().replace_bit(5, (self.z.val() & 0xA2).xor());
            self.y.next = self.y.val().replace_bit(6, (self.z.val() & 0x56).xor());
            self.y.next = self.y.val().replace_bit(7, (self.z.val() & 0x22).xor());
        } else {
            self.y.next = self.y.val().replace_bit(0, (self.z.val() & 0xB1).xor());
            self.y.next = self.y.val().replace_bit(1, (self.z.val() & 0x05).xor());
            self.y.next = self.y.val().replace_bit(2, (self.z.val() & 0x0B).xor());
            self.y.next = self.y.val().replace_bit(3, (self.z.val() & 0x51).xor());
            self.y.next = self.y.val().replace_bit(4, (self.z.val() & 0xB7).xor());
            self.y.next = self.y.val().replace_bit(5, (self.z.val() & 0xB6).xor());
            self.y.next = self.y.val().replace_bit(6, (self.z.val() & 0x90).xor());
            self.y.next = self.y.val().replace_bit(7, (self.z.val() & 0x1E).xor());
            self.y.next = self.y.val() ^ 0x63;
        }
    }
}

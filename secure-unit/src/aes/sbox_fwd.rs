//! Forward-only AES S-box: the Boyar–Peralta depth-16 circuit (J. Boyar,
//! R. Peralta, "A small depth-16 circuit for the AES S-box", SEC 2012,
//! eprint 2011/332): a linear layer from the 8 input bits to 27 sums `t`,
//! a shared non-linear middle of 32 ANDs (`m`, the GF(2^8) inversion), and
//! a linear layer from the last 18 products to the 8 output bits.
//!
//! Why a second S-box: `AesEnc128` needs no inverse, and measured on ECP5
//! (yosys `synth_ecp5`, five boxes in `AesEnc128`) this circuit gives
//! 1,802 LUT4 for the whole core against 2,122 with `AesSbox` (inverse
//! tied low). The linear layers are written as masked parities; the masks
//! are the circuit's XOR trees expanded (checked against the S-box
//! definition for all 256 inputs by the tests).
use rust_hdl::prelude::*;

/// Combinational `y = SubBytes(x)` for one byte.
#[derive(LogicBlock, Default)]
pub struct AesSboxFwd {
    pub x: Signal<In, Bits<8>>,
    pub y: Signal<Out, Bits<8>>,
    /// Top linear layer: bit k-1 = the paper's T_k (U_i = x[7-i]).
    t: Signal<Local, Bits<27>>,
    /// Middle: bit k-1 = the paper's M_k (M46..M63 feed the output layer).
    m: Signal<Local, Bits<63>>,
}

impl Logic for AesSboxFwd {
    #[hdl_gen]
    fn update(&mut self) {
        self.t.next = 0.into();
        self.t.next = self.t.val().replace_bit(0, (self.x.val() & 0x90).xor());
        self.t.next = self.t.val().replace_bit(1, (self.x.val() & 0x84).xor());
        self.t.next = self.t.val().replace_bit(2, (self.x.val() & 0x82).xor());
        self.t.next = self.t.val().replace_bit(3, (self.x.val() & 0x14).xor());
        self.t.next = self.t.val().replace_bit(4, (self.x.val() & 0x0A).xor());
        self.t.next = self.t.val().replace_bit(5, (self.x.val() & 0x9A).xor());
        self.t.next = self.t.val().replace_bit(6, (self.x.val() & 0x60).xor());
        self.t.next = self.t.val().replace_bit(7, (self.x.val() & 0x9B).xor());
        self.t.next = self.t.val().replace_bit(8, (self.x.val() & 0x61).xor());
        self.t.next = self.t.val().replace_bit(9, (self.x.val() & 0xFA).xor());
        self.t.next = self.t.val().replace_bit(10, (self.x.val() & 0x44).xor());
        self.t.next = self.t.val().replace_bit(11, (self.x.val() & 0x24).xor());
        self.t.next = self.t.val().replace_bit(12, (self.x.val() & 0x96).xor());
        self.t.next = self.t.val().replace_bit(13, (self.x.val() & 0xDE).xor());
        self.t.next = self.t.val().replace_bit(14, (self.x.val() & 0x4E).xor());
        self.t.next = self.t.val().replace_bit(15, (self.x.val() & 0x2E).xor());
        self.t.next = self.t.val().replace_bit(16, (self.x.val() & 0x4F).xor());
        self.t.next = self.t.val().replace_bit(17, (self.x.val() & 0x11).xor());
        self.t.next = self.t.val().replace_bit(18, (self.x.val() & 0x71).xor());
        self.t.next = self.t.val().replace_bit(19, (self.x.val() & 0xE1).xor());
        self.t.next = self.t.val().replace_bit(20, (self.x.val() & 0x03).xor());
        self.t.next = self.t.val().replace_bit(21, (self.x.val() & 0x63).xor());
        self.t.next = self.t.val().replace_bit(22, (self.x.val() & 0xE7).xor());
        self.t.next = self.t.val().replace_bit(23, (self.x.val() & 0x7E).xor());
        self.t.next = self.t.val().replace_bit(24, (self.x.val() & 0xAE).xor());
        self.t.next = self.t.val().replace_bit(25, (self.x.val() & 0xAC).xor());
        self.t.next = self.t.val().replace_bit(26, (self.x.val() & 0xB4).xor());
        // Non-linear middle, gate for gate (the paper's D = U7 = x[0]).
        self.m.next = 0.into();
        self.m.next = self.m.val().replace_bit(0, self.t.val().get_bit(12) & self.t.val().get_bit(5));
        self.m.next = self.m.val().replace_bit(1, self.t.val().get_bit(22) & self.t.val().get_bit(7));
        self.m.next = self.m.val().replace_bit(2, self.t.val().get_bit(13) ^ self.m.val().get_bit(0));
        self.m.next = self.m.val().replace_bit(3, self.t.val().get_bit(18) & self.x.val().get_bit(0));
        self.m.next = self.m.val().replace_bit(4, self.m.val().get_bit(3) ^ self.m.val().get_bit(0));
        self.m.next = self.m.val().replace_bit(5, self.t.val().get_bit(2) & self.t.val().get_bit(15));
        self.m.next = self.m.val().replace_bit(6, self.t.val().get_bit(21) & self.t.val().get_bit(8));
        self.m.next = self.m.val().replace_bit(7, self.t.val().get_bit(25) ^ self.m.val().get_bit(5));
        self.m.next = self.m.val().replace_bit(8, self.t.val().get_bit(19) & self.t.val().get_bit(16));
        self.m.next = self.m.val().replace_bit(9, self.m.val().get_bit(8) ^ self.m.val().get_bit(5));
        self.m.next = self.m.val().replace_bit(10, self.t.val().get_bit(0) & self.t.val().get_bit(14));
        self.m.next = self.m.val().replace_bit(11, self.t.val().get_bit(3) & self.t.val().get_bit(26));
        self.m.next = self.m.val().replace_bit(12, self.m.val().get_bit(11) ^ self.m.val().get_bit(10));
        self.m.next = self.m.val().replace_bit(13, self.t.val().get_bit(1) & self.t.val().get_bit(9));
        self.m.next = self.m.val().replace_bit(14, self.m.val().get_bit(13) ^ self.m.val().get_bit(10));
        self.m.next = self.m.val().replace_bit(15, self.m.val().get_bit(2) ^ self.m.val().get_bit(1));
        self.m.next = self.m.val().replace_bit(16, self.m.val().get_bit(4) ^ self.t.val().get_bit(23));
        self.m.next = self.m.val().replace_bit(17, self.m.val().get_bit(7) ^ self.m.val().get_bit(6));
        self.m.next = self.m.val().replace_bit(18, self.m.val().get_bit(9) ^ self.m.val().get_bit(14));
        self.m.next = self.m.val().replace_bit(19, self.m.val().get_bit(15) ^ self.m.val().get_bit(12));
        self.m.next = self.m.val().replace_bit(20, self.m.val().get_bit(16) ^ self.m.val().get_bit(14));
        self.m.next = self.m.val().replace_bit(21, self.m.val().get_bit(17) ^ self.m.val().get_bit(12));
        self.m.next = self.m.val().replace_bit(22, self.m.val().get_bit(18) ^ self.t.val().get_bit(24));
        self.m.next = self.m.val().replace_bit(23, self.m.val().get_bit(21) ^ self.m.val().get_bit(22));
        self.m.next = self.m.val().replace_bit(24, self.m.val().get_bit(21) & self.m.val().get_bit(19));
        self.m.next = self.m.val().replace_bit(25, self.m.val().get_bit(20) ^ self.m.val().get_bit(24));
        self.m.next = self.m.val().replace_bit(26, self.m.val().get_bit(19) ^ self.m.val().get_bit(20));
        self.m.next = self.m.val().replace_bit(27, self.m.val().get_bit(22) ^ self.m.val().get_bit(24));
        self.m.next = self.m.val().replace_bit(28, self.m.val().get_bit(27) & self.m.val().get_bit(26));
        self.m.next = self.m.val().replace_bit(29, self.m.val().get_bit(25) & self.m.val().get_bit(23));
        self.m.next = self.m.val().replace_bit(30, self.m.val().get_bit(19) & self.m.val().get_bit(22));
        self.m.next = self.m.val().replace_bit(31, self.m.val().get_bit(26) & self.m.val().get_bit(30));
        self.m.next = self.m.val().replace_bit(32, self.m.val().get_bit(26) ^ self.m.val().get_bit(24));
        self.m.next = self.m.val().replace_bit(33, self.m.val().get_bit(20) & self.m.val().get_bit(21));
        self.m.next = self.m.val().replace_bit(34, self.m.val().get_bit(23) & self.m.val().get_bit(33));
        self.m.next = self.m.val().replace_bit(35, self.m.val().get_bit(23) ^ self.m.val().get_bit(24));
        self.m.next = self.m.val().replace_bit(36, self.m.val().get_bit(20) ^ self.m.val().get_bit(28));
        self.m.next = self.m.val().replace_bit(37, self.m.val().get_bit(31) ^ self.m.val().get_bit(32));
        self.m.next = self.m.val().replace_bit(38, self.m.val().get_bit(22) ^ self.m.val().get_bit(29));
        self.m.next = self.m.val().replace_bit(39, self.m.val().get_bit(34) ^ self.m.val().get_bit(35));
        self.m.next = self.m.val().replace_bit(40, self.m.val().get_bit(37) ^ self.m.val().get_bit(39));
        self.m.next = self.m.val().replace_bit(41, self.m.val().get_bit(36) ^ self.m.val().get_bit(38));
        self.m.next = self.m.val().replace_bit(42, self.m.val().get_bit(36) ^ self.m.val().get_bit(37));
        self.m.next = self.m.val().replace_bit(43, self.m.val().get_bit(38) ^ self.m.val().get_bit(39));
        self.m.next = self.m.val().replace_bit(44, self.m.val().get_bit(41) ^ self.m.val().get_bit(40));
        self.m.next = self.m.val().replace_bit(45, self.m.val().get_bit(43) & self.t.val().get_bit(5));
        self.m.next = self.m.val().replace_bit(46, self.m.val().get_bit(39) & self.t.val().get_bit(7));
        self.m.next = self.m.val().replace_bit(47, self.m.val().get_bit(38) & self.x.val().get_bit(0));
        self.m.next = self.m.val().replace_bit(48, self.m.val().get_bit(42) & self.t.val().get_bit(15));
        self.m.next = self.m.val().replace_bit(49, self.m.val().get_bit(37) & self.t.val().get_bit(8));
        self.m.next = self.m.val().replace_bit(50, self.m.val().get_bit(36) & self.t.val().get_bit(16));
        self.m.next = self.m.val().replace_bit(51, self.m.val().get_bit(41) & self.t.val().get_bit(14));
        self.m.next = self.m.val().replace_bit(52, self.m.val().get_bit(44) & self.t.val().get_bit(26));
        self.m.next = self.m.val().replace_bit(53, self.m.val().get_bit(40) & self.t.val().get_bit(9));
        self.m.next = self.m.val().replace_bit(54, self.m.val().get_bit(43) & self.t.val().get_bit(12));
        self.m.next = self.m.val().replace_bit(55, self.m.val().get_bit(39) & self.t.val().get_bit(22));
        self.m.next = self.m.val().replace_bit(56, self.m.val().get_bit(38) & self.t.val().get_bit(18));
        self.m.next = self.m.val().replace_bit(57, self.m.val().get_bit(42) & self.t.val().get_bit(2));
        self.m.next = self.m.val().replace_bit(58, self.m.val().get_bit(37) & self.t.val().get_bit(21));
        self.m.next = self.m.val().replace_bit(59, self.m.val().get_bit(36) & self.t.val().get_bit(19));
        self.m.next = self.m.val().replace_bit(60, self.m.val().get_bit(41) & self.t.val().get_bit(0));
        self.m.next = self.m.val().replace_bit(61, self.m.val().get_bit(44) & self.t.val().get_bit(3));
        self.m.next = self.m.val().replace_bit(62, self.m.val().get_bit(40) & self.t.val().get_bit(1));
        // Bottom linear layer (S_k = y[7-k]; XNOR outputs inverted).
        self.y.next = 0.into();
        self.y.next = self.y.val().replace_bit(7, (self.m.val() & 0x30DB000000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(6, !(self.m.val() & 0x30D8600000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(5, !(self.m.val() & 0x5A28A00000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(4, (self.m.val() & 0x30C3600000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(3, (self.m.val() & 0x30C6C00000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(2, (self.m.val() & 0x3BB3A00000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(1, !(self.m.val() & 0x3636000000000000_u64).xor());
        self.y.next = self.y.val().replace_bit(0, !(self.m.val() & 0x3605A00000000000_u64).xor());
    }
}

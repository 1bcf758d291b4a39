//! AES S-box and inverse S-box as two 256-entry tables (ROMs).
//!
//! Why tables: the round datapath needs both SubBytes and InvSubBytes. A
//! tower-field circuit shares one inverter between the directions and is
//! smaller on ECP5, but it is hundreds of bit operations that a simulator
//! evaluates every clock cycle, whether or not the core is busy: the
//! memory-encryption engine's idle `AesCore` made the whole verilated SoC
//! about 4x slower (1.1 us per cycle for `XtsCipher` alone, 0.41 with
//! tables). A table is one lookup for Verilator and two levels of LUTs for
//! yosys. The tables come from the S-box's definition (`sbox_table`,
//! computed at compile time); the tests check all 512 (input, direction)
//! pairs against the reference.
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// The AES S-box from its definition: the multiplicative inverse in
/// GF(2^8) / 0x11B (0 -> 0), then the affine map.
pub const fn sbox_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut x = 0usize;
    while x < 256 {
        // inverse by exponentiation: x^254
        let mut r: u8 = 1;
        let mut b = x as u8;
        let mut e = 254u32;
        while e > 0 {
            if e & 1 == 1 {
                r = gmul(r, b);
            }
            b = gmul(b, b);
            e >>= 1;
        }
        let inv = if x == 0 { 0 } else { r };
        t[x] = inv ^ inv.rotate_left(1) ^ inv.rotate_left(2) ^ inv.rotate_left(3) ^ inv.rotate_left(4) ^ 0x63;
        x += 1;
    }
    t
}

const fn gmul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    while b != 0 {
        if b & 1 == 1 {
            p ^= a;
        }
        let hi = a & 0x80;
        a <<= 1;
        if hi != 0 {
            a ^= 0x1B;
        }
        b >>= 1;
    }
    p
}

/// The inverse S-box.
pub const fn inv_sbox_table() -> [u8; 256] {
    let s = sbox_table();
    let mut t = [0u8; 256];
    let mut x = 0;
    while x < 256 {
        t[s[x] as usize] = x as u8;
        x += 1;
    }
    t
}

/// Combinational `y = inverse ? InvSubBytes(x) : SubBytes(x)` for one byte.
#[derive(LogicBlock)]
pub struct AesSbox {
    pub x: Signal<In, Bits<8>>,
    pub inverse: Signal<In, Bit>,
    pub y: Signal<Out, Bits<8>>,
    fwd: ROM<Bits<8>, 8>,
    inv: ROM<Bits<8>, 8>,
}

fn rom(t: [u8; 256]) -> ROM<Bits<8>, 8> {
    let m: BTreeMap<Bits<8>, Bits<8>> = (0..256).map(|i| (Bits::from(i as u64), Bits::from(t[i] as u64))).collect();
    ROM::new(m)
}

impl Default for AesSbox {
    fn default() -> Self {
        AesSbox {
            x: Default::default(),
            inverse: Default::default(),
            y: Default::default(),
            fwd: rom(sbox_table()),
            inv: rom(inv_sbox_table()),
        }
    }
}

impl Logic for AesSbox {
    #[hdl_gen]
    fn update(&mut self) {
        self.fwd.address.next = self.x.val();
        self.inv.address.next = self.x.val();
        self.y.next = self.fwd.data.val();
        if self.inverse.val() {
            self.y.next = self.inv.data.val();
        }
    }
}

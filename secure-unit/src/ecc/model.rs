//! The ECC accelerator's golden model (docs/ATTESTATION.md): what one
//! command word does, executed at once. The ISS's secure unit and the RTL
//! tests use it; `program` runs the monitor's command sequences on it.
//!
//! State: registers R0..R15 of 256 bits, a hidden 256-bit scalar K (read
//! only by CSWAP) and the 256-bit transfer register DATA (8 big-endian
//! 32-bit words, word 0 the most significant). A command word is
//! `(op << ECC_OP_SHIFT) | (ECC_MOD_N if mod n) | (bit << ECC_BIT_SHIFT) |
//! (d << ECC_D_SHIFT) | (a << ECC_A_SHIFT) | (b << ECC_B_SHIFT)`; the
//! modulus m of MUL/ADD/SUB is n (the group order) with ECC_MOD_N, else p
//! (the field prime) of secp256k1. Results are fully reduced in [0, m) for
//! any 256-bit inputs, including inputs >= m.

use num_bigint::BigUint;
use or1k_arch::{
    ECC_A_SHIFT, ECC_BIT_SHIFT, ECC_B_SHIFT, ECC_D_SHIFT, ECC_MOD_N, ECC_OP_ADD, ECC_OP_CLEAR,
    ECC_OP_CSWAP, ECC_OP_LOAD, ECC_OP_MUL, ECC_OP_SETK, ECC_OP_SHIFT, ECC_OP_STORE, ECC_OP_SUB,
    ECC_REGS,
};
use std::sync::OnceLock;

/// secp256k1's field prime p = 2^256 - 2^32 - 977, big-endian.
pub const P: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xfc, 0x2f,
];

/// secp256k1's group order n, big-endian.
pub const N: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
    0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41,
];

const NREGS: usize = ECC_REGS as usize;

/// A modulus and 2^-256 mod it.
struct Modulus {
    m: BigUint,
    r_inv: BigUint,
}

fn modulus(n: bool) -> &'static Modulus {
    static MP: OnceLock<Modulus> = OnceLock::new();
    static MN: OnceLock<Modulus> = OnceLock::new();
    let (cell, bytes) = if n { (&MN, &N) } else { (&MP, &P) };
    cell.get_or_init(|| {
        let m = BigUint::from_bytes_be(bytes);
        let r = BigUint::from(1u8) << 256usize;
        // both moduli are prime: 2^-256 = (2^256)^(m-2) mod m
        let r_inv = (r % &m).modpow(&(&m - 2u8), &m);
        Modulus { m, r_inv }
    })
}

fn to_bytes(v: &BigUint) -> [u8; 32] {
    let b = v.to_bytes_be();
    assert!(b.len() <= 32, "ECC value wider than 256 bits");
    let mut out = [0u8; 32];
    out[32 - b.len()..].copy_from_slice(&b);
    out
}

/// The accelerator's architectural state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EccModel {
    regs: [[u8; 32]; NREGS],
    k: [u8; 32],
    data: [u32; 8],
}

impl Default for EccModel {
    fn default() -> Self {
        Self::new()
    }
}

impl EccModel {
    /// Everything zero (the reset state).
    pub fn new() -> Self {
        EccModel { regs: [[0; 32]; NREGS], k: [0; 32], data: [0; 8] }
    }

    /// Executes one command word at once.
    pub fn command(&mut self, cmd: u32) {
        let op = cmd >> ECC_OP_SHIFT;
        let mod_n = cmd & ECC_MOD_N != 0;
        let bit = ((cmd >> ECC_BIT_SHIFT) & 0xff) as usize;
        let d = ((cmd >> ECC_D_SHIFT) & 0xf) as usize;
        let a = ((cmd >> ECC_A_SHIFT) & 0xf) as usize;
        let b = ((cmd >> ECC_B_SHIFT) & 0xf) as usize;
        match op {
            ECC_OP_MUL | ECC_OP_ADD | ECC_OP_SUB => {
                let md = modulus(mod_n);
                let m = &md.m;
                let x = BigUint::from_bytes_be(&self.regs[a]);
                let y = BigUint::from_bytes_be(&self.regs[b]);
                let r = match op {
                    ECC_OP_MUL => ((x * y) % m) * &md.r_inv % m,
                    ECC_OP_ADD => (x + y) % m,
                    _ => ((x % m) + m - (y % m)) % m,
                };
                self.regs[d] = to_bytes(&r);
            }
            ECC_OP_LOAD => {
                for (i, w) in self.data.iter().enumerate() {
                    self.regs[d][4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
                }
            }
            ECC_OP_STORE => {
                for (i, w) in self.data.iter_mut().enumerate() {
                    *w = u32::from_be_bytes(self.regs[a][4 * i..4 * i + 4].try_into().unwrap());
                }
            }
            ECC_OP_SETK => self.k = self.regs[a],
            ECC_OP_CSWAP => {
                if (self.k[31 - bit / 8] >> (bit % 8)) & 1 == 1 {
                    self.regs.swap(a, b);
                }
            }
            ECC_OP_CLEAR => *self = Self::new(),
            _ => {}
        }
    }

    /// DATA word `i` (0..8, word 0 the most significant).
    pub fn data_word(&self, i: usize) -> u32 {
        self.data[i]
    }

    pub fn set_data_word(&mut self, i: usize, w: u32) {
        self.data[i] = w;
    }

    /// Register `r`, big-endian (for tests).
    pub fn reg(&self, r: usize) -> [u8; 32] {
        self.regs[r]
    }

    pub fn set_reg(&mut self, r: usize, v: [u8; 32]) {
        self.regs[r] = v;
    }
}

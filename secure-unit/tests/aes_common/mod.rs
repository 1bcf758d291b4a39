//! Shared by the AES test files (`aes.rs`: AesCore, `aes_enc128.rs`:
//! AesEnc128): the golden model on the `aes` crate, the reference S-box,
//! the Verilator harness for the cores' valid/ready handshake, and the
//! `Bits` conversions for rust-hdl's simulator.
#![allow(dead_code)] // each test file uses a different part

use aes::cipher::{generic_array::GenericArray, BlockDecrypt, BlockEncrypt, KeyInit};
use rust_hdl::prelude::*;

/// Golden AES (the `aes` crate) on one block: AES-128 for a 16-byte key,
/// AES-256 for a 32-byte one. Key and block are big-endian (byte 0 first).
pub fn golden_aes(key: &[u8], decrypt: bool, block: u128) -> u128 {
    let mut b = GenericArray::clone_from_slice(&block.to_be_bytes());
    match key.len() {
        16 => {
            let c = aes::Aes128::new(GenericArray::from_slice(key));
            if decrypt { c.decrypt_block(&mut b) } else { c.encrypt_block(&mut b) }
        }
        32 => {
            let c = aes::Aes256::new(GenericArray::from_slice(key));
            if decrypt { c.decrypt_block(&mut b) } else { c.encrypt_block(&mut b) }
        }
        n => panic!("AES key of {n} bytes"),
    }
    u128::from_be_bytes(b.as_slice().try_into().unwrap())
}

/// Reference S-box from its definition: multiplicative inverse in
/// GF(2^8)/0x11B followed by the affine map.
pub fn ref_sbox(x: u8) -> u8 {
    let mul = |mut a: u8, mut b: u8| {
        let mut p = 0u8;
        while b != 0 {
            if b & 1 != 0 {
                p ^= a;
            }
            a = (a << 1) ^ if a & 0x80 != 0 { 0x1B } else { 0 };
            b >>= 1;
        }
        p
    };
    let inv = (1..=255u8).find(|&y| mul(x, y) == 1).unwrap_or(0);
    inv ^ inv.rotate_left(1) ^ inv.rotate_left(2) ^ inv.rotate_left(3) ^ inv.rotate_left(4) ^ 0x63
}

/// A default `U` with its ports connected, for rust-hdl's simulator.
pub fn connected<U: Block + Default>() -> U {
    let mut uut = U::default();
    uut.connect_all();
    uut
}

/// The Verilog of a default, connected `U` (for blocks without an emitter
/// of their own, e.g. the S-boxes).
pub fn verilog_of<U: Block + Default>() -> String {
    generate_verilog(&connected::<U>())
}

/// A verilated AES core: ports `reset`, `in_valid`/`in_ready`,
/// `out_valid`/`out_ready`, `block_out`, and the clock edges since reset.
/// Each test file adds its own `new`, `drive` and `one` in an `impl Dut`.
pub struct Dut {
    pub m: vtb::Model,
    pub cycles: u64,
}

impl Dut {
    /// Verilates `verilog` as `name` (`what` names it in the panic), holds
    /// reset for one edge with `in_valid` and `out_ready` low, releases it
    /// and settles. The reset edge is not counted in `cycles`.
    pub fn reset(name: &str, verilog: &str, what: &str) -> Dut {
        let mut m = vtb::Model::build(name, verilog).unwrap_or_else(|e| panic!("verilate {what}: {e:?}"));
        m.set("reset", 1);
        m.set("in_valid", 0);
        m.set("out_ready", 0);
        m.tick();
        m.set("reset", 0);
        m.eval();
        Dut { m, cycles: 0 }
    }

    pub fn tick(&mut self) {
        self.m.tick();
        self.cycles += 1;
    }

    /// Offers the block on the data lines (`in_valid` high, `out_ready`
    /// low) until `in_ready`, at most `limit` waiting edges, then clocks
    /// the accepting edge and drops `in_valid` (not yet settled).
    pub fn accept(&mut self, limit: u32) {
        self.m.set("in_valid", 1);
        self.m.set("out_ready", 0);
        self.m.eval();
        let mut guard = 0;
        while self.m.get("in_ready") == 0 {
            self.tick();
            self.m.eval();
            guard += 1;
            assert!(guard < limit, "in_ready never rose");
        }
        self.tick(); // accepting edge = edge 0
        self.m.set("in_valid", 0);
    }

    /// Clocks until `out_valid`, at most `limit` edges, calling `busy` on
    /// the model before each edge. Returns the edges clocked (after the
    /// accepting edge, the latency).
    pub fn wait_out_valid(&mut self, limit: u64, mut busy: impl FnMut(&vtb::Model)) -> u64 {
        let mut lat = 0;
        while self.m.get("out_valid") == 0 {
            busy(&self.m);
            self.tick();
            self.m.eval();
            lat += 1;
            assert!(lat < limit, "out_valid never rose");
        }
        lat
    }

    /// Takes the waiting result: one edge with `out_ready` high.
    pub fn take(&mut self) {
        self.m.set("out_ready", 1);
        self.tick();
        self.m.set("out_ready", 0);
    }
}

pub fn to_bits128(x: u128) -> Bits<128> {
    (bit_cast::<128, 64>(bits::<64>((x >> 64) as u64)) << 64) | bit_cast::<128, 64>(bits::<64>(x as u64))
}

pub fn from_bits128(x: Bits<128>) -> u128 {
    let hi: u64 = x.get_bits::<64>(64).into();
    let lo: u64 = x.get_bits::<64>(0).into();
    (hi as u128) << 64 | lo as u128
}

/// In a rust-hdl testbench of an AES core (`$x` the circuit), with the data
/// inputs already set and the core idle: offers the block (accepted on the
/// first edge), counts the edges to `out_valid` (fewer than `$limit`),
/// checks the count against `$lat` and `block_out` against `$expect`, and
/// takes the result.
macro_rules! sim_one_block {
    ($sim:ident, $x:ident, $limit:expr, $lat:expr, $expect:expr) => {
        $x.in_valid.next = true;
        $x.out_ready.next = false;
        sim_assert!($sim, $x.in_ready.val(), $x);
        wait_clock_cycle!($sim, clock, $x);
        $x.in_valid.next = false;
        let mut n = 0u64;
        while !$x.out_valid.val() {
            wait_clock_cycle!($sim, clock, $x);
            n += 1;
            sim_assert!($sim, n < $limit, $x);
        }
        sim_assert_eq!($sim, n, $lat, $x);
        sim_assert_eq!($sim, from_bits128($x.block_out.val()), $expect, $x);
        $x.out_ready.next = true;
        wait_clock_cycle!($sim, clock, $x);
        $x.out_ready.next = false;
    };
}
pub(crate) use sim_one_block;

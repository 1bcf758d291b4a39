//! ECC accelerator tests. Everything runs the *emitted Verilog* of `EccUnit`
//! under Verilator (`vtb`) against the golden model `ecc::model::EccModel`:
//! every op on random and edge operands for both moduli, CSWAP, CLEAR,
//! unknown op codes, DATA, reset, the constant latency of every op, and the
//! firmware's whole ECDSA signature sequence (`ecc::program`), whose cycle
//! count must not depend on the key, the nonce or the message.
use num_bigint::BigUint;
use or1k_arch::{
    ECC_A_SHIFT, ECC_BIT_SHIFT, ECC_B_SHIFT, ECC_D_SHIFT, ECC_MOD_N, ECC_OP_ADD, ECC_OP_CLEAR, ECC_OP_CSWAP,
    ECC_OP_LOAD, ECC_OP_MUL, ECC_OP_SETK, ECC_OP_SHIFT, ECC_OP_STORE, ECC_OP_SUB,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use secure_unit::ecc::model::{EccModel, N, P};
use secure_unit::ecc::program;
use secure_unit::ecc::*;
use std::collections::BTreeMap;
use vtb::Model;

type V = [u8; 32];

fn cmd(op: u32, modn: bool, bit: u8, d: u32, a: u32, b: u32) -> u32 {
    (op << ECC_OP_SHIFT)
        | if modn { ECC_MOD_N } else { 0 }
        | ((bit as u32) << ECC_BIT_SHIFT)
        | (d << ECC_D_SHIFT)
        | (a << ECC_A_SHIFT)
        | (b << ECC_B_SHIFT)
}

/// The accelerator as the firmware sees it (DATA words, command words).
trait Ecc {
    fn command(&mut self, c: u32);
    fn set_data_word(&mut self, i: usize, w: u32);
    fn data_word(&self, i: usize) -> u32;
}

impl Ecc for EccModel {
    fn command(&mut self, c: u32) {
        EccModel::command(self, c)
    }
    fn set_data_word(&mut self, i: usize, w: u32) {
        EccModel::set_data_word(self, i, w)
    }
    fn data_word(&self, i: usize) -> u32 {
        EccModel::data_word(self, i)
    }
}

/// The unit under Verilator plus a cycle counter.
struct Dut {
    m: Model,
    cycles: u64,
    /// Busy cycles of the last command.
    last: u64,
}

impl Dut {
    fn new() -> Dut {
        let m = Model::build("ecc_unit", &ecc_unit_verilog()).expect("verilate EccUnit");
        let mut d = Dut { m, cycles: 0, last: 0 };
        d.reset();
        d
    }

    fn tick(&mut self) {
        self.m.tick();
        self.cycles += 1;
    }

    fn reset(&mut self) {
        self.m.set("cmd_valid", 0);
        self.m.set("data_wr", 0);
        self.m.set("reset", 1);
        self.tick();
        self.m.set("reset", 0);
        self.m.eval();
        assert_eq!(self.m.get("busy"), 0, "idle after reset");
        assert_eq!(self.data(), [0; 32], "DATA zero after reset");
    }

    fn data(&self) -> V {
        let w = self.m.get_wide("data");
        let mut out = [0u8; 32];
        for i in 0..8 {
            out[4 * i..4 * i + 4].copy_from_slice(&w[7 - i].to_be_bytes());
        }
        out
    }

    /// Issues one command and waits for it; returns its busy cycles.
    fn exec(&mut self, c: u32) -> u64 {
        self.m.eval();
        assert_eq!(self.m.get("busy"), 0, "command issued while busy");
        self.m.set("cmd", c as u64);
        self.m.set("cmd_valid", 1);
        self.tick();
        self.m.set("cmd_valid", 0);
        // junk on cmd while busy must not matter
        self.m.set("cmd", 0xffff_ffff);
        self.m.eval();
        let mut n = 0;
        while self.m.get("busy") == 1 {
            self.tick();
            self.m.eval();
            n += 1;
            assert!(n <= 100, "busy stuck high after command {c:#010x}");
        }
        self.last = n;
        n
    }
}

impl Ecc for Dut {
    fn command(&mut self, c: u32) {
        let n = self.exec(c);
        assert_eq!(n, op_cycles(c), "latency of command {c:#010x}");
    }
    fn set_data_word(&mut self, i: usize, w: u32) {
        self.m.set("data_idx", i as u64);
        self.m.set("data_in", w as u64);
        self.m.set("data_wr", 1);
        self.tick();
        self.m.set("data_wr", 0);
        self.m.set("data_in", 0xdead_beef);
    }
    fn data_word(&self, i: usize) -> u32 {
        self.m.get_wide("data")[7 - i]
    }
}

/// The RTL and the model side by side.
struct Pair {
    dut: Dut,
    model: EccModel,
}

impl Pair {
    fn new() -> Pair {
        Pair { dut: Dut::new(), model: EccModel::new() }
    }
    fn command(&mut self, c: u32) {
        self.dut.command(c);
        self.model.command(c);
        assert_eq!(self.dut.data(), data_of(&self.model), "DATA after {c:#010x}");
    }
    fn set_reg(&mut self, r: u32, v: &V) {
        load_val(&mut self.dut, r, v);
        load_val(&mut self.model, r, v);
    }
    /// R[r] of the RTL (through STORE), checked against the model's.
    fn check_reg(&mut self, r: u32, what: &str) -> V {
        let got = store_val(&mut self.dut, r);
        let want = store_val(&mut self.model, r);
        assert_eq!(hex(&got), hex(&want), "R{r}: {what}");
        assert_eq!(want, self.model.reg(r as usize));
        got
    }
    fn check_all(&mut self, what: &str) {
        for r in 0..16 {
            self.check_reg(r, what);
        }
    }
}

fn data_of(m: &EccModel) -> V {
    let mut out = [0u8; 32];
    for i in 0..8 {
        out[4 * i..4 * i + 4].copy_from_slice(&m.data_word(i).to_be_bytes());
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn big(v: &V) -> BigUint {
    BigUint::from_bytes_be(v)
}

fn bytes(v: &BigUint) -> V {
    let b = v.to_bytes_be();
    assert!(b.len() <= 32);
    let mut out = [0u8; 32];
    out[32 - b.len()..].copy_from_slice(&b);
    out
}

/// Edge operands for modulus m: 0, 1, 2, m-2, m-1, m, m+1, m+2, 2^255,
/// 2^256-m, 2^256-2, 2^256-1, a value with only the top digit set, and
/// values with alternating bits.
fn edges(m: &V) -> Vec<V> {
    let mm = big(m);
    let top = (BigUint::from(1u8) << 256usize) - 1u8;
    let mut v: Vec<BigUint> = vec![
        0u8.into(),
        1u8.into(),
        2u8.into(),
        &mm - 2u8,
        &mm - 1u8,
        mm.clone(),
        &mm + 1u8,
        &mm + 2u8,
        BigUint::from(1u8) << 255usize,
        &top - &mm + 1u8,
        &top - 1u8,
        top.clone(),
        BigUint::from(0xffffu32) << 240usize,
    ];
    v.push(BigUint::from_bytes_be(&[0xaa; 32]));
    v.push(BigUint::from_bytes_be(&[0x55; 32]));
    v.iter().map(bytes).collect()
}

fn random_value(rng: &mut ChaCha8Rng, m: &V) -> V {
    let mut v = [0u8; 32];
    rng.fill(&mut v[..]);
    match rng.gen_range(0..6) {
        // just below / above the modulus
        0 => bytes(&(big(m) - BigUint::from(rng.gen::<u64>()))),
        1 => {
            let x = big(m) + BigUint::from(rng.gen::<u32>());
            if x.bits() <= 256 {
                bytes(&x)
            } else {
                v
            }
        }
        2 => {
            v[..8].fill(0xff);
            v
        }
        3 => {
            v[..8].fill(0);
            v
        }
        _ => v,
    }
}

/// R[reg] := v, through DATA (8 word writes, then LOAD) — program::load_value.
fn load_val<E: Ecc>(e: &mut E, reg: u32, v: &V) {
    for i in 0..8 {
        e.set_data_word(i, u32::from_be_bytes(v[4 * i..4 * i + 4].try_into().unwrap()));
    }
    e.command(program::load(reg));
}

/// R[reg], through DATA — program::store_value.
fn store_val<E: Ecc>(e: &mut E, reg: u32) -> V {
    e.command(program::store(reg));
    let mut out = [0u8; 32];
    for i in 0..8 {
        out[4 * i..4 * i + 4].copy_from_slice(&e.data_word(i).to_be_bytes());
    }
    out
}

#[test]
fn lint_clean() {
    vtb::lint("ecc_unit", &ecc_unit_verilog()).expect("EccUnit lint");
}

/// The Montgomery constants the block is built from.
#[test]
fn montgomery_constants() {
    for (m, limbs) in [(P, P_LIMBS), (N, N_LIMBS)] {
        let mut mm = BigUint::default();
        for (i, l) in limbs.iter().enumerate() {
            mm += BigUint::from(*l) << (64 * i);
        }
        assert_eq!(mm, big(&m));
        let mp = mont_mprime(&limbs) as u32;
        let r16 = BigUint::from(1u32 << 16);
        assert_eq!((&mm * mp + 1u8) % &r16, BigUint::default(), "m' = -m^-1 mod 2^16");
        let mt = mont_mtilde(&limbs);
        let mut t = BigUint::default();
        for (i, l) in mt.iter().enumerate() {
            t += BigUint::from(*l) << (64 * i);
        }
        assert_eq!(t, &mm * mp);
        assert!(t.bits() <= 272);
    }
}

/// MUL, ADD, SUB on every pair of edge operands, both moduli, against the model.
#[test]
fn arithmetic_edges() {
    let mut p = Pair::new();
    let mut n = 0;
    for (modn, m) in [(false, P), (true, N)] {
        let e = edges(&m);
        for (i, a) in e.iter().enumerate() {
            p.set_reg(3, a);
            for (j, b) in e.iter().enumerate() {
                p.set_reg(7, b);
                for op in [ECC_OP_MUL, ECC_OP_ADD, ECC_OP_SUB] {
                    p.command(cmd(op, modn, 0, 12, 3, 7));
                    p.check_reg(12, &format!("op {op} mod {} edge {i} {j}", if modn { "n" } else { "p" }));
                    let r = big(&p.model.reg(12));
                    assert!(r < big(&m));
                    n += 1;
                }
            }
        }
    }
    println!("{n} edge operations match the model");
}

/// Random operands (uniform, near the modulus, with long runs of ones or
/// zeros), random registers (aliasing d/a/b included), both moduli.
#[test]
fn arithmetic_random() {
    let mut p = Pair::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0xecc1);
    for r in 0..16 {
        let v = random_value(&mut rng, &P);
        p.set_reg(r, &v);
    }
    let mut counts = [0u32; 4];
    for i in 0..6000 {
        let modn = rng.gen_bool(0.5);
        let m = if modn { N } else { P };
        let op = [ECC_OP_MUL, ECC_OP_ADD, ECC_OP_SUB][rng.gen_range(0..3)];
        let (d, a, b) = (rng.gen_range(0..16), rng.gen_range(0..16), rng.gen_range(0..16));
        let b = if rng.gen_ratio(1, 8) { a } else { b };
        let d = match rng.gen_range(0..8) {
            0 => a,
            1 => b,
            _ => d,
        };
        if rng.gen_ratio(1, 3) {
            let v = random_value(&mut rng, &m);
            p.set_reg(a, &v);
        }
        if rng.gen_ratio(1, 3) {
            let v = random_value(&mut rng, &m);
            p.set_reg(b, &v);
        }
        p.command(cmd(op, modn, rng.gen(), d, a, b));
        p.check_reg(d, &format!("random #{i}: op {op} modn {modn} d {d} a {a} b {b}"));
        counts[op as usize] += 1;
        if i % 500 == 0 {
            p.check_all("random: all registers");
        }
    }
    p.check_all("random: all registers at the end");
    println!("random: {} MUL, {} ADD, {} SUB match the model", counts[1], counts[2], counts[3]);
}

/// CSWAP on random K for every bit position, set and clear, a == b included.
#[test]
fn cswap_setk() {
    let mut p = Pair::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0xc5a9);
    for r in 0..16 {
        let mut v = [0u8; 32];
        rng.fill(&mut v[..]);
        p.set_reg(r, &v);
    }
    let mut swapped = 0;
    for round in 0..6 {
        let k = match round {
            0 => [0u8; 32],
            1 => [0xff; 32],
            _ => {
                let mut k = [0u8; 32];
                rng.fill(&mut k[..]);
                k
            }
        };
        let kr = rng.gen_range(0..16);
        p.set_reg(kr, &k);
        p.command(cmd(ECC_OP_SETK, rng.gen(), rng.gen(), rng.gen_range(0..16), kr, rng.gen_range(0..16)));
        // K is not architecturally visible: overwrite its source register
        let mut junk = [0u8; 32];
        rng.fill(&mut junk[..]);
        p.set_reg(kr, &junk);
        for bit in 0..256u32 {
            let (a, b) = (rng.gen_range(0..16), rng.gen_range(0..16));
            let b = if rng.gen_ratio(1, 10) { a } else { b };
            let before_a = p.model.reg(a as usize);
            p.command(cmd(ECC_OP_CSWAP, rng.gen(), bit as u8, rng.gen_range(0..16), a, b));
            if p.model.reg(a as usize) != before_a {
                swapped += 1;
            }
            p.check_reg(a, &format!("cswap bit {bit} a {a} b {b}"));
            p.check_reg(b, &format!("cswap bit {bit} a {a} b {b}"));
        }
        p.check_all("cswap: all registers");
    }
    assert!(swapped > 300, "the swaps were exercised ({swapped})");
}

/// CLEAR zeroes R0..R15, K and DATA; unknown op codes change nothing.
#[test]
fn clear_and_unknown_ops() {
    let mut p = Pair::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0xc1ea);
    for _ in 0..3 {
        for r in 0..16 {
            let mut v = [0u8; 32];
            rng.fill(&mut v[..]);
            p.set_reg(r, &v);
        }
        let k = [0xff; 32];
        p.set_reg(5, &k);
        p.command(cmd(ECC_OP_SETK, false, 0, 0, 5, 0));
        // unknown op codes with random fields
        for op in [0u32, 9, 10, 11, 12, 13, 14, 15] {
            let c = (op << ECC_OP_SHIFT) | (rng.gen::<u32>() & 0x0fff_ffff);
            p.command(c);
            assert_eq!(p.dut.last, NOP_CYCLES);
        }
        p.check_all("unknown ops change nothing");
        for i in 0..8 {
            p.dut.set_data_word(i, rng.gen());
        }
        p.dut.exec(cmd(ECC_OP_CLEAR, rng.gen(), rng.gen(), rng.gen_range(0..16), rng.gen_range(0..16), 0));
        assert_eq!(p.dut.last, CLEAR_CYCLES);
        p.model.command(cmd(ECC_OP_CLEAR, false, 0, 0, 0, 0));
        assert_eq!(p.dut.data(), [0; 32], "CLEAR zeroes DATA");
        p.check_all("CLEAR zeroes the registers");
        // K is zero: no swap on any bit (checked on distinct values)
        p.set_reg(1, &[1; 32]);
        p.set_reg(2, &[2; 32]);
        for bit in 0..256 {
            p.command(cmd(ECC_OP_CSWAP, false, bit as u8, 0, 1, 2));
        }
        p.check_reg(1, "K cleared");
        assert_eq!(p.model.reg(1), [1; 32]);
    }
}

/// DATA: word writes and reads, LOAD / STORE.
#[test]
fn data_register() {
    let mut p = Pair::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0xda7a);
    for _ in 0..500 {
        let i = rng.gen_range(0..8);
        let w = rng.gen();
        p.dut.set_data_word(i, w);
        p.model.set_data_word(i, w);
        assert_eq!(p.dut.data(), data_of(&p.model));
        for j in 0..8 {
            assert_eq!(p.dut.data_word(j), p.model.data_word(j));
        }
        if rng.gen_ratio(1, 5) {
            let r = rng.gen_range(0..16);
            p.command(cmd(ECC_OP_LOAD, rng.gen(), rng.gen(), r, rng.gen_range(0..16), rng.gen_range(0..16)));
            assert_eq!(p.dut.last, LOAD_CYCLES);
        }
        if rng.gen_ratio(1, 7) {
            let r = rng.gen_range(0..16);
            p.command(cmd(ECC_OP_STORE, rng.gen(), rng.gen(), rng.gen_range(0..16), r, rng.gen_range(0..16)));
            assert_eq!(p.dut.last, STORE_CYCLES);
        }
    }
    p.check_all("data");
}

/// A synchronous reset in the middle of a MUL: idle, everything zero.
#[test]
fn reset_mid_operation() {
    let mut p = Pair::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x4e5e7);
    for r in 0..16 {
        let mut v = [0u8; 32];
        rng.fill(&mut v[..]);
        p.set_reg(r, &v);
    }
    p.set_reg(4, &[0xff; 32]);
    p.command(cmd(ECC_OP_SETK, false, 0, 0, 4, 0));
    for stop in [1u64, 2, 5, 17, MUL_CYCLES - 1] {
        p.dut.m.set("cmd", cmd(ECC_OP_MUL, true, 0, 3, 1, 2) as u64);
        p.dut.m.set("cmd_valid", 1);
        p.dut.tick();
        p.dut.m.set("cmd_valid", 0);
        for _ in 0..stop {
            p.dut.tick();
        }
        p.dut.m.eval();
        assert_eq!(p.dut.m.get("busy"), 1);
        p.dut.reset();
        p.model = EccModel::new();
        p.check_all(&format!("reset {stop} cycles into a MUL"));
        // K is zero
        p.set_reg(1, &[1; 32]);
        p.set_reg(2, &[2; 32]);
        p.command(cmd(ECC_OP_CSWAP, false, 7, 0, 1, 2));
        p.check_reg(1, "K zero after reset");
        p.set_reg(1, &[0x11; 32]);
        p.set_reg(2, &[0xf2; 32]);
    }
    // and the unit works after it
    p.command(cmd(ECC_OP_MUL, false, 0, 3, 1, 2));
    p.check_reg(3, "MUL after reset");
}

/// The latency of every op is its constant for all data: random and edge
/// operands, both moduli, every K bit value.
#[test]
fn constant_latency() {
    let mut dut = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x717e);
    let mut seen: BTreeMap<u32, std::collections::BTreeSet<u64>> = BTreeMap::new();
    let mut k = [0u8; 32];
    rng.fill(&mut k[..]);
    load_val(&mut dut, 0, &k);
    dut.command(cmd(ECC_OP_SETK, false, 0, 0, 0, 0));
    for modn in [false, true] {
        let m = if modn { N } else { P };
        let mut vals = edges(&m);
        for _ in 0..40 {
            vals.push(random_value(&mut rng, &m));
        }
        for a in &vals {
            load_val(&mut dut, 1, a);
            for _ in 0..6 {
                let b = &vals[rng.gen_range(0..vals.len())];
                load_val(&mut dut, 2, b);
                for op in 0..16u32 {
                    if op == ECC_OP_CLEAR {
                        continue;
                    }
                    let c = cmd(op, modn, rng.gen(), rng.gen_range(3..16), rng.gen_range(1..3), rng.gen_range(1..3));
                    let n = dut.exec(c);
                    seen.entry(op).or_default().insert(n);
                }
            }
        }
    }
    let n = dut.exec(cmd(ECC_OP_CLEAR, false, 0, 0, 0, 0));
    seen.entry(ECC_OP_CLEAR).or_default().insert(n);
    println!("busy cycles by op code (issue to next issue: +1):");
    for (op, ns) in &seen {
        println!("  op {op:2}: {ns:?}");
        assert_eq!(ns.len(), 1, "op {op} latency depends on the data: {ns:?}");
        assert_eq!(*ns.iter().next().unwrap(), op_cycles(op << ECC_OP_SHIFT), "op {op}");
    }
    assert!(MUL_CYCLES <= 22);
    assert!(ADD_CYCLES <= 4 && SUB_CYCLES <= 4);
}

// ---------------------------------------------------------------------------
// The firmware's signature sequence (program::sign_on) on the RTL
// ---------------------------------------------------------------------------

fn pow_gen<E: Ecc>(e: &mut E, base: u32, exp: &V, m: u32) {
    load_val(e, program::ACC, if m == program::MOD_N { &program::ONE_MONT_N } else { &program::ONE_MONT_P });
    for i in (0..256).rev() {
        e.command(program::sqr(program::ACC, m));
        if program::bit(exp, i) {
            e.command(program::mul(program::ACC, program::ACC, base, m));
        }
    }
}

fn ladder_gen<E: Ecc>(e: &mut E) {
    use program::*;
    e.command(setk(SK));
    load_val(e, X0, &[0; 32]);
    load_val(e, Y0, &ONE_MONT_P);
    load_val(e, Z0, &[0; 32]);
    load_val(e, X1, &GX_MONT);
    load_val(e, Y1, &GY_MONT);
    load_val(e, Z1, &ONE_MONT_P);
    load_val(e, B3, &B3_MONT);
    for i in (0..256).rev() {
        for c in cswaps(i) {
            e.command(c);
        }
        for &c in LADDER_STEP {
            e.command(c);
        }
        for c in cswaps(i) {
            e.command(c);
        }
    }
}

/// program::sign_on, generic over the device. Also returns the number of
/// commands and whether the (public) low-s branch was taken.
fn sign_generic<E: Ecc>(e: &mut E, d: &V, k: &V, z: &V, at_s: &mut dyn FnMut(&E)) -> Option<(V, V)> {
    use program::*;
    e.command(clear());
    load_val(e, SK, k);
    ladder_gen(e);
    pow_gen(e, Z0, &P_MINUS_2, MOD_P);
    e.command(mul(X0, X0, ACC, MOD_P));
    load_val(e, CONST, &ONE);
    e.command(mul(X0, X0, CONST, MOD_P));
    e.command(sub(ZERO, ZERO, ZERO, MOD_N));
    e.command(add(X0, X0, ZERO, MOD_N));
    let r = store_val(e, X0);
    if r == [0; 32] {
        e.command(clear());
        return None;
    }
    load_val(e, Y0, d);
    load_val(e, Z0, z);
    e.command(add(Z0, Z0, ZERO, MOD_N));
    load_val(e, CONST, &R2_N);
    e.command(mul(Y0, X0, Y0, MOD_N));
    e.command(mul(Y0, Y0, CONST, MOD_N));
    e.command(add(Y0, Y0, Z0, MOD_N));
    e.command(mul(SK, SK, CONST, MOD_N));
    pow_gen(e, SK, &N_MINUS_2, MOD_N);
    e.command(mul(Y0, ACC, Y0, MOD_N));
    let mut s = store_val(e, Y0);
    at_s(e);
    if s == [0; 32] {
        e.command(clear());
        return None;
    }
    e.command(sub(X0, ZERO, Y0, MOD_N));
    let ns = store_val(e, X0);
    if s > HALF_N {
        s = ns;
    }
    e.command(clear());
    Some((r, s))
}

/// Counts what a sequence does (on the model).
struct Counter {
    model: EccModel,
    cmds: Vec<u32>,
    words: u64,
}

impl Ecc for Counter {
    fn command(&mut self, c: u32) {
        self.cmds.push(c);
        self.model.command(c)
    }
    fn set_data_word(&mut self, i: usize, w: u32) {
        self.words += 1;
        self.model.set_data_word(i, w)
    }
    fn data_word(&self, i: usize) -> u32 {
        self.model.data_word(i)
    }
}

/// 100 signatures of random (d, k, z) on the RTL: the same (r, s) as
/// program::sign_on on the model, and the same cycle count for all of them,
/// up to the store of s and in all (low s is chosen outside the
/// accelerator after the same SUB + STORE every time).
#[test]
fn signatures_constant_time() {
    let mut dut = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x5197);
    let mut totals = std::collections::BTreeSet::new();
    let mut to_s = std::collections::BTreeSet::new();
    let n_big = big(&N);
    let t0 = std::time::Instant::now();
    let runs = 100;
    for i in 0..runs {
        let mut d = [0u8; 32];
        let mut k = [0u8; 32];
        let mut z = [0u8; 32];
        rng.fill(&mut d[..]);
        rng.fill(&mut k[..]);
        rng.fill(&mut z[..]);
        d = bytes(&(big(&d) % &n_big));
        k = bytes(&(big(&k) % &n_big));
        let mut model = EccModel::new();
        let want = program::sign_on(&mut model, &d, &k, &z);
        // the generic replica is the same sequence on the model
        let mut m2 = EccModel::new();
        assert_eq!(sign_generic(&mut m2, &d, &k, &z, &mut |_| {}), want, "replica of sign_on");
        let start = dut.cycles;
        let mut at_s = 0;
        let got = sign_generic(&mut dut, &d, &k, &z, &mut |e: &Dut| at_s = e.cycles);
        assert_eq!(got, want, "signature #{i}: d {} k {} z {}", hex(&d), hex(&k), hex(&z));
        got.expect("r, s nonzero");
        to_s.insert(at_s - start);
        totals.insert(dut.cycles - start);
    }
    let dt = t0.elapsed();
    // The firmware's view: each command costs max(its latency + 1, ~7
    // cycles of issue overhead), each DATA word ~7 cycles (reads included).
    let mut c = Counter { model: EccModel::new(), cmds: Vec::new(), words: 0 };
    sign_generic(&mut c, &[1; 32], &[2; 32], &[3; 32], &mut |_| {});
    let (muls, addsubs, others) = program::op_counts(&c.cmds);
    let stores = c.cmds.iter().filter(|&&w| w >> ECC_OP_SHIFT == ECC_OP_STORE).count() as u64;
    let fw: u64 = c.cmds.iter().map(|&w| (op_cycles(w) + 1).max(7)).sum::<u64>() + 7 * (c.words + 8 * stores);
    println!(
        "one signature: {} commands ({muls} MUL, {addsubs} ADD/SUB, {others} other), {} DATA words written, \
         {stores} STOREs; with ~7 cycles of firmware issue per command and per DATA word: ~{fw} cycles",
        c.cmds.len(),
        c.words
    );
    println!(
        "{runs} signatures match program::sign_on; cycles up to s: {to_s:?}; whole signature: {totals:?} \
         ({:.1} s)",
        dt.as_secs_f64()
    );
    assert_eq!(to_s.len(), 1, "signature time depends on the secrets: {to_s:?}");
    assert_eq!(totals.len(), 1, "signature time depends on s: {totals:?}");
}

//! The command sequences the security monitor runs on the ECC accelerator
//! (docs/ATTESTATION.md), as data: the one source for the firmware (through
//! the generated `firmware/monitor/ecc_prog.h`, see [`c_header`]) and the
//! tests (through [`sign_on`] / [`scalar_mul_on`], which run the firmware's
//! sequence on the golden model [`EccModel`]).
//!
//! Scalar multiplication is a Montgomery ladder over projective points
//! using the complete addition (Algorithm 7) and doubling (Algorithm 9)
//! formulas for a = 0 short Weierstrass curves of Renes, Costello and
//! Batina (2016), in Montgomery form mod p (R = 2^256). Every bit runs the
//! same commands, whatever the scalar. Inversions are by Fermat
//! (x^(m-2)), square-and-multiply over the public exponent's bits.

use super::model::EccModel;
use or1k_arch::{
    ECC_A_SHIFT, ECC_BIT_SHIFT, ECC_B_SHIFT, ECC_D_SHIFT, ECC_MOD_N, ECC_OP_ADD, ECC_OP_CLEAR,
    ECC_OP_CSWAP, ECC_OP_LOAD, ECC_OP_MUL, ECC_OP_SETK, ECC_OP_SHIFT, ECC_OP_STORE, ECC_OP_SUB,
};
use std::fmt::Write;

// ---------------------------------------------------------------------------
// Register allocation
// ---------------------------------------------------------------------------

/// Ladder point R0 = (X0 : Y0 : Z0), Montgomery form mod p; kG at the end.
pub const X0: u32 = 0;
pub const Y0: u32 = 1;
pub const Z0: u32 = 2;
/// Ladder point R1 = (X1 : Y1 : Z1) = R0 + G throughout.
pub const X1: u32 = 3;
pub const Y1: u32 = 4;
pub const Z1: u32 = 5;
/// b3 = 3b = 21 in Montgomery form mod p (B3_MONT).
pub const B3: u32 = 6;
/// Temporaries of LADDER_STEP (T0..T6); free outside it.
pub const T0: u32 = 7;
pub const T1: u32 = 8;
pub const T2: u32 = 9;
pub const T3: u32 = 10;
pub const T4: u32 = 11;
pub const T5: u32 = 12;
pub const T6: u32 = 13;
/// The scalar (ECDSA nonce k / private key), loaded before SETK and kept
/// through the ladder (LADDER_STEP does not touch it).
pub const SK: u32 = 14;
/// Spare (unused by the sequences here).
pub const SPARE: u32 = 15;
/// After the ladder: the inversion accumulator.
pub const ACC: u32 = T0;
/// After the ladder: a loaded constant (ONE, R2_N).
pub const CONST: u32 = T1;
/// After the ladder: a zero register (SUB ZERO, ZERO, ZERO).
pub const ZERO: u32 = T2;

/// Names of the registers, for the C header and listings.
pub const REG_NAMES: [(&str, u32); 16] = [
    ("X0", X0), ("Y0", Y0), ("Z0", Z0), ("X1", X1), ("Y1", Y1), ("Z1", Z1), ("B3", B3),
    ("T0", T0), ("T1", T1), ("T2", T2), ("T3", T3), ("T4", T4), ("T5", T5), ("T6", T6),
    ("SK", SK), ("SPARE", SPARE),
];

// ---------------------------------------------------------------------------
// Command words
// ---------------------------------------------------------------------------

/// Modulus field of MUL/ADD/SUB: p.
pub const MOD_P: u32 = 0;
/// Modulus field of MUL/ADD/SUB: n.
pub const MOD_N: u32 = ECC_MOD_N;

/// A command word; `m` is MOD_P or MOD_N.
pub const fn cmd(op: u32, m: u32, bit: u32, d: u32, a: u32, b: u32) -> u32 {
    (op << ECC_OP_SHIFT) | m | (bit << ECC_BIT_SHIFT) | (d << ECC_D_SHIFT) | (a << ECC_A_SHIFT) | (b << ECC_B_SHIFT)
}
/// R[d] := R[a] * R[b] * 2^-256 mod m.
pub const fn mul(d: u32, a: u32, b: u32, m: u32) -> u32 {
    cmd(ECC_OP_MUL, m, 0, d, a, b)
}
/// R[r] := R[r]^2 * 2^-256 mod m.
pub const fn sqr(r: u32, m: u32) -> u32 {
    mul(r, r, r, m)
}
/// R[d] := (R[a] + R[b]) mod m.
pub const fn add(d: u32, a: u32, b: u32, m: u32) -> u32 {
    cmd(ECC_OP_ADD, m, 0, d, a, b)
}
/// R[d] := (R[a] - R[b]) mod m.
pub const fn sub(d: u32, a: u32, b: u32, m: u32) -> u32 {
    cmd(ECC_OP_SUB, m, 0, d, a, b)
}
/// R[d] := DATA.
pub const fn load(d: u32) -> u32 {
    cmd(ECC_OP_LOAD, 0, 0, d, 0, 0)
}
/// DATA := R[a].
pub const fn store(a: u32) -> u32 {
    cmd(ECC_OP_STORE, 0, 0, 0, a, 0)
}
/// K := R[a].
pub const fn setk(a: u32) -> u32 {
    cmd(ECC_OP_SETK, 0, 0, 0, a, 0)
}
/// Swap R[a] and R[b] if bit `bit` of K is 1.
pub const fn cswap(bit: u32, a: u32, b: u32) -> u32 {
    cmd(ECC_OP_CSWAP, 0, bit, 0, a, b)
}
/// Zero R0..R15, K and DATA.
pub const fn clear() -> u32 {
    cmd(ECC_OP_CLEAR, 0, 0, 0, 0, 0)
}

/// The three conditional swaps of R0 and R1 on bit `bit` of K, run before
/// and after each LADDER_STEP.
pub const fn cswaps(bit: u32) -> [u32; 3] {
    [cswap(bit, X0, X1), cswap(bit, Y0, Y1), cswap(bit, Z0, Z1)]
}

const P_: u32 = MOD_P;

/// One ladder step: R1 := R0 + R1 (RCB16 Algorithm 7, the numbers are its
/// steps), then R0 := 2 R0 (Algorithm 9, steps reordered so that X0, Y0, Z0
/// can be overwritten in place). Montgomery form mod p, b3 in B3.
pub const LADDER_STEP: &[u32] = &[
    // ---- R1 := R0 + R1: (X1,Y1,Z1) of the paper = R0, (X2,Y2,Z2) = R1 ----
    mul(T0, X0, X1, P_), //  1 t0 = X1*X2
    mul(T1, Y0, Y1, P_), //  2 t1 = Y1*Y2
    mul(T2, Z0, Z1, P_), //  3 t2 = Z1*Z2
    add(T3, X0, Y0, P_), //  4 t3 = X1+Y1
    add(T4, X1, Y1, P_), //  5 t4 = X2+Y2
    mul(T3, T3, T4, P_), //  6 t3 = t3*t4
    add(T4, T0, T1, P_), //  7 t4 = t0+t1
    sub(T3, T3, T4, P_), //  8 t3 = t3-t4
    add(T4, Y0, Z0, P_), //  9 t4 = Y1+Z1
    add(T5, Y1, Z1, P_), // 10 X3 = Y2+Z2
    mul(T4, T4, T5, P_), // 11 t4 = t4*X3
    add(T5, T1, T2, P_), // 12 X3 = t1+t2
    sub(T4, T4, T5, P_), // 13 t4 = t4-X3
    add(T5, X0, Z0, P_), // 14 X3 = X1+Z1
    add(T6, X1, Z1, P_), // 15 Y3 = X2+Z2
    mul(X1, T5, T6, P_), // 16 X3 = X3*Y3   (R1's inputs are dead from here)
    add(Y1, T0, T2, P_), // 17 Y3 = t0+t2
    sub(Y1, X1, Y1, P_), // 18 Y3 = X3-Y3
    add(X1, T0, T0, P_), // 19 X3 = t0+t0
    add(T0, X1, T0, P_), // 20 t0 = X3+t0
    mul(T2, B3, T2, P_), // 21 t2 = b3*t2
    add(Z1, T1, T2, P_), // 22 Z3 = t1+t2
    sub(T1, T1, T2, P_), // 23 t1 = t1-t2
    mul(Y1, B3, Y1, P_), // 24 Y3 = b3*Y3
    mul(X1, T4, Y1, P_), // 25 X3 = t4*Y3
    mul(T2, T3, T1, P_), // 26 t2 = t3*t1
    sub(X1, T2, X1, P_), // 27 X3 = t2-X3
    mul(Y1, Y1, T0, P_), // 28 Y3 = Y3*t0
    mul(T1, T1, Z1, P_), // 29 t1 = t1*Z3
    add(Y1, T1, Y1, P_), // 30 Y3 = t1+Y3
    mul(T0, T0, T3, P_), // 31 t0 = t0*t3
    mul(Z1, Z1, T4, P_), // 32 Z3 = Z3*t4
    add(Z1, Z1, T0, P_), // 33 Z3 = Z3+t0
    // ---- R0 := 2 R0 (Algorithm 9; step 16 moved up, Z3 in T4 until step 10) ----
    mul(T0, Y0, Y0, P_), //  1 t0 = Y*Y
    mul(T3, X0, Y0, P_), // 16 t1' = X*Y
    add(T4, T0, T0, P_), //  2 Z3 = t0+t0
    add(T4, T4, T4, P_), //  3 Z3 = Z3+Z3
    add(T4, T4, T4, P_), //  4 Z3 = Z3+Z3
    mul(T1, Y0, Z0, P_), //  5 t1 = Y*Z
    mul(T2, Z0, Z0, P_), //  6 t2 = Z*Z     (X, Y, Z are dead from here)
    mul(T2, B3, T2, P_), //  7 t2 = b3*t2
    mul(X0, T2, T4, P_), //  8 X3 = t2*Z3
    add(Y0, T0, T2, P_), //  9 Y3 = t0+t2
    mul(Z0, T1, T4, P_), // 10 Z3 = t1*Z3
    add(T1, T2, T2, P_), // 11 t1 = t2+t2
    add(T2, T1, T2, P_), // 12 t2 = t1+t2
    sub(T0, T0, T2, P_), // 13 t0 = t0-t2
    mul(Y0, T0, Y0, P_), // 14 Y3 = t0*Y3
    add(Y0, X0, Y0, P_), // 15 Y3 = X3+Y3
    mul(X0, T0, T3, P_), // 17 X3 = t0*t1'
    add(X0, X0, X0, P_), // 18 X3 = X3+X3
];

// ---------------------------------------------------------------------------
// Constants (big-endian; the C header has them as 8 big-endian words)
// ---------------------------------------------------------------------------

/// 2^512 mod p: MUL with it converts into Montgomery form mod p.
pub const R2_P: [u8; 32] = [
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x07, 0xa2, 0x00, 0x0e, 0x90, 0xa1,
];
/// 2^512 mod n: MUL with it converts into Montgomery form mod n.
pub const R2_N: [u8; 32] = [
    0x9d, 0x67, 0x1c, 0xd5, 0x81, 0xc6, 0x9b, 0xc5, 0xe6, 0x97, 0xf5, 0xe4, 0x5b, 0xcd, 0x07, 0xc6,
    0x74, 0x14, 0x96, 0xc2, 0x0e, 0x7c, 0xf8, 0x78, 0x89, 0x6c, 0xf2, 0x14, 0x67, 0xd7, 0xd1, 0x40,
];
/// 1: MUL with it converts out of Montgomery form.
pub const ONE: [u8; 32] = [
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
];
/// 21 * 2^256 mod p (b3 = 3b, b = 7, Montgomery form).
pub const B3_MONT: [u8; 32] = [
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x15, 0x00, 0x00, 0x50, 0x25,
];
/// The generator's x, Montgomery form mod p.
pub const GX_MONT: [u8; 32] = [
    0x99, 0x81, 0xe6, 0x43, 0xe9, 0x08, 0x9f, 0x48, 0x97, 0x9f, 0x48, 0xc0, 0x33, 0xfd, 0x12, 0x9c,
    0x23, 0x1e, 0x29, 0x53, 0x29, 0xbc, 0x66, 0xdb, 0xd7, 0x36, 0x2e, 0x5a, 0x48, 0x7e, 0x20, 0x97,
];
/// The generator's y, Montgomery form mod p.
pub const GY_MONT: [u8; 32] = [
    0xcf, 0x3f, 0x85, 0x1f, 0xd4, 0xa5, 0x82, 0xd6, 0x70, 0xb6, 0xb5, 0x9a, 0xac, 0x19, 0xc1, 0x36,
    0x8d, 0xfc, 0x5d, 0x5d, 0x1f, 0x1d, 0xc6, 0x4d, 0xb1, 0x5e, 0xa6, 0xd2, 0xd3, 0xdb, 0xab, 0xe2,
];
/// 2^256 mod p: 1 in Montgomery form mod p.
pub const ONE_MONT_P: [u8; 32] = [
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x03, 0xd1,
];
/// 2^256 mod n: 1 in Montgomery form mod n.
pub const ONE_MONT_N: [u8; 32] = [
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
    0x45, 0x51, 0x23, 0x19, 0x50, 0xb7, 0x5f, 0xc4, 0x40, 0x2d, 0xa1, 0x73, 0x2f, 0xc9, 0xbe, 0xbf,
];
/// p - 2: the exponent of inversion mod p.
pub const P_MINUS_2: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xfc, 0x2d,
];
/// n - 2: the exponent of inversion mod n.
pub const N_MINUS_2: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
    0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x3f,
];
/// floor(n / 2): s is normalised to s <= HALF_N.
pub const HALF_N: [u8; 32] = [
    0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0,
];

/// Bit `i` (0 = least significant) of a big-endian 256-bit value.
pub fn bit(v: &[u8; 32], i: u32) -> bool {
    (v[31 - (i / 8) as usize] >> (i % 8)) & 1 == 1
}

// ---------------------------------------------------------------------------
// The firmware's sequences, run on the model
// ---------------------------------------------------------------------------

/// R[reg] := v, through DATA (8 word writes, then LOAD).
pub fn load_value(model: &mut EccModel, reg: u32, v: &[u8; 32]) {
    for i in 0..8 {
        model.set_data_word(i, u32::from_be_bytes(v[4 * i..4 * i + 4].try_into().unwrap()));
    }
    model.command(load(reg));
}

/// R[reg], through DATA (STORE, then 8 word reads).
pub fn store_value(model: &mut EccModel, reg: u32) -> [u8; 32] {
    model.command(store(reg));
    let mut out = [0u8; 32];
    for i in 0..8 {
        out[4 * i..4 * i + 4].copy_from_slice(&model.data_word(i).to_be_bytes());
    }
    out
}

/// ACC := R[base]^exp, Montgomery form mod m (MOD_P or MOD_N):
/// LOAD ACC := ONE_MONT_m; for i = 255 down to 0 { SQR ACC; if bit i of
/// the public exponent: MUL ACC := ACC * R[base] }. With exp = m - 2 and a
/// Montgomery-form base this is the base's inverse in Montgomery form
/// (0 for 0).
pub fn pow_on(model: &mut EccModel, base: u32, exp: &[u8; 32], m: u32) {
    load_value(model, ACC, if m == MOD_N { &ONE_MONT_N } else { &ONE_MONT_P });
    for i in (0..256).rev() {
        model.command(sqr(ACC, m));
        if bit(exp, i) {
            model.command(mul(ACC, ACC, base, m));
        }
    }
}

/// The ladder, scalar in SK: CLEAR is assumed done and SK loaded.
/// SETK SK; R0 := O = (0 : ONE_MONT_P : 0); R1 := G = (GX_MONT : GY_MONT :
/// ONE_MONT_P); B3 := B3_MONT; for i = 255 down to 0 { cswaps(i);
/// LADDER_STEP; cswaps(i) }. Leaves k*G in (X0 : Y0 : Z0), Montgomery form.
pub fn ladder_on(model: &mut EccModel) {
    model.command(setk(SK));
    load_value(model, X0, &[0; 32]);
    load_value(model, Y0, &ONE_MONT_P);
    load_value(model, Z0, &[0; 32]);
    load_value(model, X1, &GX_MONT);
    load_value(model, Y1, &GY_MONT);
    load_value(model, Z1, &ONE_MONT_P);
    load_value(model, B3, &B3_MONT);
    for i in (0..256).rev() {
        for c in cswaps(i) {
            model.command(c);
        }
        for &c in LADDER_STEP {
            model.command(c);
        }
        for c in cswaps(i) {
            model.command(c);
        }
    }
}

/// k*G in affine coordinates (x, y), None for the point at infinity:
/// CLEAR; LOAD SK := k; ladder; STORE Z0 (infinity iff 0); ACC := Z0^(p-2);
/// X0 := X0*ACC, Y0 := Y0*ACC; LOAD CONST := ONE; X0 := X0*CONST,
/// Y0 := Y0*CONST (out of Montgomery form); STORE X0, Y0; CLEAR.
pub fn scalar_mul_on(model: &mut EccModel, k: &[u8; 32]) -> Option<([u8; 32], [u8; 32])> {
    model.command(clear());
    load_value(model, SK, k);
    ladder_on(model);
    if store_value(model, Z0) == [0; 32] {
        model.command(clear());
        return None;
    }
    pow_on(model, Z0, &P_MINUS_2, MOD_P);
    model.command(mul(X0, X0, ACC, MOD_P));
    model.command(mul(Y0, Y0, ACC, MOD_P));
    load_value(model, CONST, &ONE);
    model.command(mul(X0, X0, CONST, MOD_P));
    model.command(mul(Y0, Y0, CONST, MOD_P));
    let x = store_value(model, X0);
    let y = store_value(model, Y0);
    model.command(clear());
    Some((x, y))
}

/// ECDSA-secp256k1 signature (r, s) of the prehashed message z with private
/// key d and nonce k, s normalised low (s <= n/2); None if r or s is 0.
/// Exactly the firmware's sequence (see the comment in [`c_header`]).
pub fn sign_on(
    model: &mut EccModel,
    d: &[u8; 32],
    k: &[u8; 32],
    z: &[u8; 32],
) -> Option<([u8; 32], [u8; 32])> {
    // R = kG
    model.command(clear());
    load_value(model, SK, k);
    ladder_on(model);
    // x = X / Z out of Montgomery form (Z = 0, infinity, gives x = 0, r = 0)
    pow_on(model, Z0, &P_MINUS_2, MOD_P);
    model.command(mul(X0, X0, ACC, MOD_P));
    load_value(model, CONST, &ONE);
    model.command(mul(X0, X0, CONST, MOD_P));
    // r = x mod n
    model.command(sub(ZERO, ZERO, ZERO, MOD_N));
    model.command(add(X0, X0, ZERO, MOD_N));
    let r = store_value(model, X0);
    if r == [0; 32] {
        model.command(clear());
        return None;
    }
    // t = z + r d mod n, in Y0
    load_value(model, Y0, d);
    load_value(model, Z0, z);
    model.command(add(Z0, Z0, ZERO, MOD_N));
    load_value(model, CONST, &R2_N);
    model.command(mul(Y0, X0, Y0, MOD_N)); // r d 2^-256
    model.command(mul(Y0, Y0, CONST, MOD_N)); // r d
    model.command(add(Y0, Y0, Z0, MOD_N)); // z + r d
    // k^-1 in Montgomery form, s = k^-1 t
    model.command(mul(SK, SK, CONST, MOD_N)); // k 2^256
    pow_on(model, SK, &N_MINUS_2, MOD_N); // ACC = k^-1 2^256
    model.command(mul(Y0, ACC, Y0, MOD_N));
    let mut s = store_value(model, Y0);
    if s == [0; 32] {
        model.command(clear());
        return None;
    }
    // low s: n - s is always computed, and the choice made outside the
    // accelerator, so every signature issues the same commands
    model.command(sub(X0, ZERO, Y0, MOD_N));
    let ns = store_value(model, X0);
    if s > HALF_N {
        s = ns;
    }
    model.command(clear());
    Some((r, s))
}

// ---------------------------------------------------------------------------
// Counts (for cycle estimates)
// ---------------------------------------------------------------------------

/// Commands of one kind in a sequence: (MUL, ADD+SUB, other).
pub fn op_counts(cmds: &[u32]) -> (usize, usize, usize) {
    let mut c = (0, 0, 0);
    for &w in cmds {
        match w >> ECC_OP_SHIFT {
            ECC_OP_MUL => c.0 += 1,
            ECC_OP_ADD | ECC_OP_SUB => c.1 += 1,
            _ => c.2 += 1,
        }
    }
    c
}

// ---------------------------------------------------------------------------
// The C header
// ---------------------------------------------------------------------------

/// Where [`c_header`] is written, relative to the workspace root.
pub const C_HEADER_PATH: &str = "firmware/monitor/ecc_prog.h";

fn disasm(w: u32) -> String {
    let name = |r: u32| REG_NAMES[r as usize].0;
    let m = if w & ECC_MOD_N != 0 { "n" } else { "p" };
    let (d, a, b) = ((w >> ECC_D_SHIFT) & 15, (w >> ECC_A_SHIFT) & 15, (w >> ECC_B_SHIFT) & 15);
    match w >> ECC_OP_SHIFT {
        ECC_OP_MUL => format!("{} = {}*{} mod {m}", name(d), name(a), name(b)),
        ECC_OP_ADD => format!("{} = {}+{} mod {m}", name(d), name(a), name(b)),
        ECC_OP_SUB => format!("{} = {}-{} mod {m}", name(d), name(a), name(b)),
        ECC_OP_CSWAP => format!("cswap {} {} on bit {}", name(a), name(b), (w >> ECC_BIT_SHIFT) & 255),
        op => format!("op {op}"),
    }
}

fn words(out: &mut String, name: &str, doc: &str, v: &[u8; 32]) {
    let w: Vec<String> = (0..8)
        .map(|i| format!("0x{:08x}", u32::from_be_bytes(v[4 * i..4 * i + 4].try_into().unwrap())))
        .collect();
    writeln!(out, "/* {doc} */").unwrap();
    writeln!(out, "static const uint32_t {name}[8] = {{ {} }};", w.join(", ")).unwrap();
}

/// The firmware's header `firmware/monitor/ecc_prog.h` (regenerate with
/// `cargo run --release -p secure-unit --bin gen-ecc-program`).
pub fn c_header() -> String {
    let mut o = String::new();
    o.push_str(
        "/* Generated by `cargo run --release -p secure-unit --bin gen-ecc-program`\n\
         * from secure-unit/src/ecc/program.rs: do not edit.\n\
         *\n\
         * The ECC accelerator's command sequences (docs/ATTESTATION.md); the\n\
         * command word layout and ECC_OP_* are in or1k-sprs.h. Values are 8\n\
         * big-endian 32-bit words, word 0 the most significant, as SU_ECC_DATA.\n\
         *\n\
         * ECDSA-secp256k1 signature (r, s) with private key d, nonce k and\n\
         * prehashed message z (secure-unit's program::sign_on runs the same on\n\
         * the golden model; \"load R := v\" is 8 writes of SU_ECC_DATA then\n\
         * ECC_LOAD(R), \"store R\" is ECC_STORE(R) then 8 reads):\n\
         *   CLEAR; load SK := k; SETK SK;\n\
         *   load X0 := 0, Y0 := ecc_one_mont_p, Z0 := 0          (R0 = O)\n\
         *   load X1 := ecc_gx_mont, Y1 := ecc_gy_mont, Z1 := ecc_one_mont_p (R1 = G)\n\
         *   load B3 := ecc_b3_mont\n\
         *   for i = 255 down to 0:\n\
         *     ecc_cswaps[0..3] | (i << ECC_BIT_SHIFT); ecc_ladder_step[];\n\
         *     ecc_cswaps[0..3] | (i << ECC_BIT_SHIFT)\n\
         *   pow(Z0, ecc_p_minus_2, mod p)                       (ACC = 1/Z)\n\
         *   X0 = X0*ACC mod p; load CONST := ecc_one; X0 = X0*CONST mod p  (x)\n\
         *   ZERO = ZERO-ZERO mod n; X0 = X0+ZERO mod n          (r = x mod n)\n\
         *   store X0 -> r; r == 0: fail (CLEAR)\n\
         *   load Y0 := d; load Z0 := z; Z0 = Z0+ZERO mod n      (z mod n)\n\
         *   load CONST := ecc_r2_n; Y0 = X0*Y0 mod n; Y0 = Y0*CONST mod n  (r d)\n\
         *   Y0 = Y0+Z0 mod n                                    (z + r d)\n\
         *   SK = SK*CONST mod n                                 (k, Montgomery)\n\
         *   pow(SK, ecc_n_minus_2, mod n)                       (ACC = 1/k, Montgomery)\n\
         *   Y0 = ACC*Y0 mod n; store Y0 -> s; s == 0: fail (CLEAR)\n\
         *   X0 = ZERO-Y0 mod n; store X0 -> ns;\n\
         *   if s > ecc_half_n: s := ns (chosen without a branch)\n\
         *   CLEAR\n\
         * pow(B, e, m): load ACC := ecc_one_mont_p (m = p) or ecc_one_mont_n (m = n);\n\
         *   for i = 255 down to 0 { ACC = ACC*ACC mod m; if bit i of e (public):\n\
         *   ACC = ACC*B mod m }.\n\
         * Scalar multiplication k*G (public key, ECDH): as above up to the ladder;\n\
         *   store Z0: 0 is the point at infinity; pow(Z0, ecc_p_minus_2, mod p);\n\
         *   X0 = X0*ACC, Y0 = Y0*ACC mod p; load CONST := ecc_one;\n\
         *   X0 = X0*CONST, Y0 = Y0*CONST mod p; store X0 -> x, Y0 -> y; CLEAR.\n\
         */\n\
         #ifndef ECC_PROG_H\n#define ECC_PROG_H\n\n#include <stdint.h>\n#include \"or1k-sprs.h\"\n\n",
    );
    o.push_str("/* Register allocation */\n");
    for (name, r) in REG_NAMES {
        writeln!(o, "#define ECC_R_{name} {r}").unwrap();
    }
    for (name, r) in [("ACC", ACC), ("CONST", CONST), ("ZERO", ZERO)] {
        writeln!(o, "#define ECC_R_{name} {r} /* after the ladder */").unwrap();
    }
    o.push_str(
        "\n/* Command words; m is 0 (mod p) or ECC_MOD_N */\n\
         #define ECC_CMD(op, m, bit, d, a, b) (((uint32_t)(op) << ECC_OP_SHIFT) | (m) | \\\n\
         \x20   ((uint32_t)(bit) << ECC_BIT_SHIFT) | ((uint32_t)(d) << ECC_D_SHIFT) | \\\n\
         \x20   ((uint32_t)(a) << ECC_A_SHIFT) | ((uint32_t)(b) << ECC_B_SHIFT))\n\
         #define ECC_MUL(d, a, b, m) ECC_CMD(ECC_OP_MUL, m, 0, d, a, b)\n\
         #define ECC_SQR(r, m) ECC_MUL(r, r, r, m)\n\
         #define ECC_ADD(d, a, b, m) ECC_CMD(ECC_OP_ADD, m, 0, d, a, b)\n\
         #define ECC_SUB(d, a, b, m) ECC_CMD(ECC_OP_SUB, m, 0, d, a, b)\n\
         #define ECC_LOAD(d) ECC_CMD(ECC_OP_LOAD, 0, 0, d, 0, 0)\n\
         #define ECC_STORE(a) ECC_CMD(ECC_OP_STORE, 0, 0, 0, a, 0)\n\
         #define ECC_SETK(a) ECC_CMD(ECC_OP_SETK, 0, 0, 0, a, 0)\n\
         #define ECC_CSWAP(bit, a, b) ECC_CMD(ECC_OP_CSWAP, 0, bit, 0, a, b)\n\
         #define ECC_CLEAR ECC_CMD(ECC_OP_CLEAR, 0, 0, 0, 0, 0)\n\n",
    );
    let (m, a, _) = op_counts(LADDER_STEP);
    writeln!(
        o,
        "/* One ladder step, R1 := R0 + R1, R0 := 2 R0 (RCB16 Alg. 7 and 9, mod p): {m} MUL, {a} ADD/SUB */"
    )
    .unwrap();
    o.push_str("static const uint32_t ecc_ladder_step[] = {\n");
    for &w in LADDER_STEP {
        writeln!(o, "    0x{w:08x}, /* {} */", disasm(w)).unwrap();
    }
    o.push_str("};\n");
    writeln!(o, "#define ECC_LADDER_STEP_LEN {}\n", LADDER_STEP.len()).unwrap();
    o.push_str("/* The conditional swaps before and after each step, for bit 0: OR in (i << ECC_BIT_SHIFT) */\n");
    o.push_str("static const uint32_t ecc_cswaps[3] = {\n");
    for w in cswaps(0) {
        writeln!(o, "    0x{w:08x}, /* {} */", disasm(w)).unwrap();
    }
    o.push_str("};\n\n/* Constants */\n");
    for (name, doc, v) in [
        ("ecc_r2_p", "2^512 mod p (MUL: into Montgomery form mod p)", &R2_P),
        ("ecc_r2_n", "2^512 mod n (MUL: into Montgomery form mod n)", &R2_N),
        ("ecc_one", "1 (MUL: out of Montgomery form)", &ONE),
        ("ecc_b3_mont", "21 * 2^256 mod p (b3 = 3b)", &B3_MONT),
        ("ecc_gx_mont", "G.x * 2^256 mod p", &GX_MONT),
        ("ecc_gy_mont", "G.y * 2^256 mod p", &GY_MONT),
        ("ecc_one_mont_p", "2^256 mod p", &ONE_MONT_P),
        ("ecc_one_mont_n", "2^256 mod n", &ONE_MONT_N),
        ("ecc_p_minus_2", "p - 2 (exponent of inversion mod p)", &P_MINUS_2),
        ("ecc_n_minus_2", "n - 2 (exponent of inversion mod n)", &N_MINUS_2),
        ("ecc_half_n", "floor(n / 2) (low-s bound)", &HALF_N),
        ("ecc_order_n", "n, the group order (0 < k < n)", &super::model::N),
    ] {
        words(&mut o, name, doc, v);
    }
    o.push_str("\n#endif /* ECC_PROG_H */\n");
    o
}

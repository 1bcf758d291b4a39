//! The ECC accelerator's golden model (`ecc::model`) against big-integer
//! arithmetic, and the monitor's sequences (`ecc::program`) run on it
//! against k256: scalar multiplication and ECDSA signatures.

use k256::ecdsa::signature::hazmat::PrehashVerifier;
use k256::ecdsa::{Signature, VerifyingKey};
use k256::elliptic_curve::ops::Reduce;
use k256::elliptic_curve::sec1::ToEncodedPoint;
use k256::{ProjectivePoint, Scalar, U256};
use num_bigint::BigUint;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;
use secure_unit::ecc::model::{EccModel, N, P};
use secure_unit::ecc::program::*;

fn big(v: &[u8; 32]) -> BigUint {
    BigUint::from_bytes_be(v)
}

fn bytes(v: &BigUint) -> [u8; 32] {
    let b = v.to_bytes_be();
    assert!(b.len() <= 32);
    let mut o = [0u8; 32];
    o[32 - b.len()..].copy_from_slice(&b);
    o
}

fn pow2(e: usize) -> BigUint {
    BigUint::from(1u8) << e
}

fn edge_values() -> Vec<[u8; 32]> {
    let p = big(&P);
    let n = big(&N);
    let max = pow2(256) - 1u8;
    let mut v = vec![
        BigUint::from(0u8),
        BigUint::from(1u8),
        BigUint::from(2u8),
        &p - 1u8,
        p.clone(),
        &p + 1u8,
        &n - 1u8,
        n.clone(),
        &n + 1u8,
        &max - 1u8,
        max.clone(),
        pow2(255),
        pow2(128),
        &pow2(256) - &p, // 2^256 mod p
        &pow2(256) - &n,
    ];
    v.push(&max - &p + 1u8);
    v.into_iter().map(|x| bytes(&x)).collect()
}

fn random_value(rng: &mut ChaCha20Rng) -> [u8; 32] {
    let mut b = [0u8; 32];
    rng.fill(&mut b);
    b
}

fn reference(op: u32, x: &BigUint, y: &BigUint, m: &BigUint) -> BigUint {
    match op {
        1 => {
            let r_inv = (pow2(256) % m).modpow(&(m - 2u8), m);
            (x * y) % m * r_inv % m
        }
        2 => (x + y) % m,
        3 => ((x % m) + m - (y % m)) % m,
        _ => unreachable!(),
    }
}

fn check_arith(model: &mut EccModel, x: &[u8; 32], y: &[u8; 32]) {
    for (mflag, m) in [(MOD_P, big(&P)), (MOD_N, big(&N))] {
        for op in [1u32, 2, 3] {
            let c = |d, a, b| match op {
                1 => mul(d, a, b, mflag),
                2 => add(d, a, b, mflag),
                _ => sub(d, a, b, mflag),
            };
            // distinct registers
            model.set_reg(3, *x);
            model.set_reg(9, *y);
            model.command(c(12, 3, 9));
            let want = bytes(&reference(op, &big(x), &big(y), &m));
            assert_eq!(model.reg(12), want, "op {op} mod {} x={} y={}", mflag != 0, big(x), big(y));
            assert_eq!(model.reg(3), *x);
            assert_eq!(model.reg(9), *y);
            // d = a
            model.command(c(3, 3, 9));
            assert_eq!(model.reg(3), want, "op {op} d=a");
            // d = b
            model.set_reg(3, *x);
            model.command(c(9, 3, 9));
            assert_eq!(model.reg(9), want, "op {op} d=b");
            // d = a = b
            model.set_reg(15, *x);
            model.command(c(15, 15, 15));
            let want = bytes(&reference(op, &big(x), &big(x), &m));
            assert_eq!(model.reg(15), want, "op {op} d=a=b");
        }
    }
}

#[test]
fn arithmetic_edges_and_random() {
    let mut model = EccModel::new();
    let edges = edge_values();
    for x in &edges {
        for y in &edges {
            check_arith(&mut model, x, y);
        }
    }
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    for _ in 0..300 {
        let x = random_value(&mut rng);
        let y = random_value(&mut rng);
        check_arith(&mut model, &x, &y);
        let e = edges[rng.gen_range(0..edges.len())];
        check_arith(&mut model, &x, &e);
        check_arith(&mut model, &e, &y);
    }
}

#[test]
fn mul_is_fast_enough() {
    let mut model = EccModel::new();
    model.set_reg(1, [0xab; 32]);
    model.set_reg(2, [0xcd; 32]);
    let t = std::time::Instant::now();
    let count = 20_000;
    for i in 0..count {
        model.command(mul(3, 1 + (i & 1), 2, if i & 2 != 0 { MOD_N } else { MOD_P }));
    }
    let per = t.elapsed() / count;
    assert!(per.as_micros() < 50, "one MUL takes {per:?}");
}

#[test]
fn data_load_store_setk_cswap_clear() {
    let mut rng = ChaCha20Rng::seed_from_u64(2);
    let mut model = EccModel::new();
    for r in 0..16 {
        assert_eq!(model.reg(r), [0; 32]);
    }
    for i in 0..8 {
        assert_eq!(model.data_word(i), 0);
    }
    // LOAD / STORE through DATA, word 0 most significant
    let v = random_value(&mut rng);
    for i in 0..8 {
        model.set_data_word(i, u32::from_be_bytes(v[4 * i..4 * i + 4].try_into().unwrap()));
    }
    model.command(load(11));
    assert_eq!(model.reg(11), v);
    let w = random_value(&mut rng);
    model.set_reg(4, w);
    model.command(store(4));
    for i in 0..8 {
        assert_eq!(model.data_word(i), u32::from_be_bytes(w[4 * i..4 * i + 4].try_into().unwrap()));
    }
    assert_eq!(store_value(&mut model, 11), v);
    load_value(&mut model, 0, &w);
    assert_eq!(model.reg(0), w);

    // SETK + CSWAP: every bit of K
    let k = random_value(&mut rng);
    model.set_reg(7, k);
    model.command(setk(7));
    model.set_reg(7, [0; 32]); // K is a copy
    let a = random_value(&mut rng);
    let b = random_value(&mut rng);
    for i in 0..256u32 {
        model.set_reg(2, a);
        model.set_reg(13, b);
        model.command(cswap(i, 2, 13));
        let set = bit(&k, i);
        assert_eq!(model.reg(2), if set { b } else { a }, "bit {i}");
        assert_eq!(model.reg(13), if set { a } else { b }, "bit {i}");
        // a = b: nothing changes
        model.command(cswap(i, 2, 2));
        assert_eq!(model.reg(2), if set { b } else { a });
    }
    // bit 0 is the least significant, bit 255 the most
    let mut one = [0u8; 32];
    one[31] = 1;
    model.set_reg(5, one);
    model.command(setk(5));
    model.set_reg(0, a);
    model.set_reg(1, b);
    model.command(cswap(255, 0, 1));
    assert_eq!((model.reg(0), model.reg(1)), (a, b));
    model.command(cswap(0, 0, 1));
    assert_eq!((model.reg(0), model.reg(1)), (b, a));

    // unknown op codes (0, 9..15) change nothing
    let before = model.clone();
    for op in [0u32, 9, 10, 11, 12, 13, 14, 15] {
        model.command((op << 28) | 0x0fff_ffff);
        model.command(op << 28);
        assert_eq!(model, before, "op {op}");
    }

    // CLEAR zeroes registers, K and DATA
    for r in 0..16 {
        model.set_reg(r, random_value(&mut rng));
    }
    model.set_reg(3, [0xff; 32]);
    model.command(setk(3));
    model.command(clear());
    assert_eq!(model, EccModel::new());
    for r in 0..16 {
        assert_eq!(model.reg(r), [0; 32]);
    }
    for i in 0..8 {
        assert_eq!(model.data_word(i), 0);
    }
    model.set_reg(0, a);
    model.set_reg(1, b);
    for i in 0..256 {
        model.command(cswap(i, 0, 1));
    }
    assert_eq!((model.reg(0), model.reg(1)), (a, b), "K is zero after CLEAR");
}

#[test]
fn constants() {
    let p = big(&P);
    let n = big(&N);
    let r = pow2(256);
    assert_eq!(p, pow2(256) - pow2(32) - 977u32);
    assert_eq!(big(&R2_P), &r * &r % &p);
    assert_eq!(big(&R2_N), &r * &r % &n);
    assert_eq!(big(&ONE), BigUint::from(1u8));
    assert_eq!(big(&B3_MONT), BigUint::from(21u8) * &r % &p);
    let g = ProjectivePoint::GENERATOR.to_affine().to_encoded_point(false);
    let gx = BigUint::from_bytes_be(g.x().unwrap());
    let gy = BigUint::from_bytes_be(g.y().unwrap());
    assert_eq!(big(&GX_MONT), gx * &r % &p);
    assert_eq!(big(&GY_MONT), gy * &r % &p);
    assert_eq!(big(&ONE_MONT_P), &r % &p);
    assert_eq!(big(&ONE_MONT_N), &r % &n);
    assert_eq!(big(&P_MINUS_2), &p - 2u8);
    assert_eq!(big(&N_MINUS_2), &n - 2u8);
    assert_eq!(big(&HALF_N), &n >> 1);
    let order = Scalar::ZERO - Scalar::ONE;
    assert_eq!(big(&order.to_bytes().into()) + 1u8, n);
}

#[test]
fn ladder_step_uses_the_allocation() {
    // mod p only; registers within 0..16 and never SK/SPARE; constant-time by construction
    for &w in LADDER_STEP {
        assert!(w & MOD_N == 0);
        let op = w >> 28;
        assert!(op == 1 || op == 2 || op == 3);
        for sh in [0, 4, 8] {
            let r = (w >> sh) & 15;
            assert!(r != SK && r != SPARE);
        }
        assert!((w >> 8) & 15 != B3, "B3 is never written");
    }
    let (m, a, o) = op_counts(LADDER_STEP);
    assert_eq!((m, a, o), (23, 28, 0));
    println!("LADDER_STEP: {} commands, {m} MUL, {a} ADD/SUB", LADDER_STEP.len());
}

fn k256_mul(k: &[u8; 32]) -> Option<([u8; 32], [u8; 32])> {
    let s = <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(k));
    let pt = (ProjectivePoint::GENERATOR * s).to_affine();
    let e = pt.to_encoded_point(false);
    if e.is_identity() {
        return None;
    }
    Some(((*e.x().unwrap()).into(), (*e.y().unwrap()).into()))
}

fn scalar_edges() -> Vec<[u8; 32]> {
    let n = big(&N);
    let mut v: Vec<BigUint> = vec![
        0u8.into(),
        1u8.into(),
        2u8.into(),
        3u8.into(),
        &n - 1u8,
        &n - 2u8,
        (&n - 1u8) >> 1,
        (&n + 1u8) >> 1,
        pow2(255),
    ];
    v.push(&n + 1u8); // >= n: (k mod n) G
    v.push(n.clone());
    v.push(pow2(256) - 1u8);
    v.into_iter().map(|x| bytes(&x)).collect()
}

#[test]
fn scalar_mul_matches_k256() {
    let mut model = EccModel::new();
    let mut rng = ChaCha20Rng::seed_from_u64(3);
    let mut ks = scalar_edges();
    for _ in 0..50 {
        ks.push(random_value(&mut rng));
    }
    for k in &ks {
        let got = scalar_mul_on(&mut model, k);
        assert_eq!(got, k256_mul(k), "k = {}", big(k));
        assert_eq!(model, EccModel::new(), "CLEAR at the end");
    }
    assert_eq!(scalar_mul_on(&mut model, &[0; 32]), None);
    assert_eq!(scalar_mul_on(&mut model, &N), None);
}

fn k256_sign(d: &[u8; 32], k: &[u8; 32], z: &[u8; 32]) -> Option<([u8; 32], [u8; 32])> {
    let d = <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(d));
    let k = <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(k));
    let (sig, _) = k256::ecdsa::hazmat::sign_prehashed::<k256::Secp256k1, Scalar>(&d, k, &(*z).into()).ok()?;
    let sig = sig.normalize_s().unwrap_or(sig);
    let b = sig.to_bytes();
    Some((b[..32].try_into().unwrap(), b[32..].try_into().unwrap()))
}

fn check_sign(model: &mut EccModel, d: &[u8; 32], k: &[u8; 32], z: &[u8; 32]) {
    let got = sign_on(model, d, k, z);
    assert_eq!(got, k256_sign(d, k, z), "d={} k={} z={}", big(d), big(k), big(z));
    assert_eq!(*model, EccModel::new(), "CLEAR at the end");
    if let Some((r, s)) = got {
        assert!(s <= HALF_N);
        let mut rs = [0u8; 64];
        rs[..32].copy_from_slice(&r);
        rs[32..].copy_from_slice(&s);
        let sig = Signature::from_slice(&rs).unwrap();
        let dd = <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(d));
        let vk = VerifyingKey::from_affine((ProjectivePoint::GENERATOR * dd).to_affine()).unwrap();
        vk.verify_prehash(z, &sig).expect("k256 verifies the signature");
    }
}

#[test]
fn sign_matches_k256() {
    let mut model = EccModel::new();
    let mut rng = ChaCha20Rng::seed_from_u64(4);
    let n = big(&N);
    let one = bytes(&1u8.into());
    let n1 = bytes(&(&n - 1u8));
    let edges_dk = [one, n1, bytes(&(&n - 2u8)), bytes(&((&n - 1u8) >> 1)), bytes(&((&n + 1u8) >> 1))];
    let edges_z = [[0u8; 32], one, n1, N, bytes(&(&n + 1u8)), [0xff; 32]];
    for d in &edges_dk {
        for k in &edges_dk {
            for z in &edges_z {
                check_sign(&mut model, d, k, z);
            }
            check_sign(&mut model, d, k, &random_value(&mut rng));
        }
    }
    let mut lows = 0;
    for _ in 0..40 {
        let d = random_value(&mut rng);
        let k = random_value(&mut rng);
        let z = random_value(&mut rng);
        if big(&d) >= n || big(&k) >= n || big(&d) == 0u8.into() || big(&k) == 0u8.into() {
            continue;
        }
        check_sign(&mut model, &d, &k, &z);
        let (_, s) = sign_on(&mut model, &d, &k, &z).unwrap();
        lows += (s <= HALF_N) as u32;
    }
    assert!(lows > 0);
    // k = 0: R is the point at infinity, r = 0
    assert_eq!(sign_on(&mut model, &one, &[0; 32], &one), None);
    // s = 0: z = -r d mod n
    let k = bytes(&7u8.into());
    let (r, _) = sign_on(&mut model, &one, &k, &one).unwrap();
    let z = bytes(&((&n - big(&r) % &n) % &n));
    assert_eq!(sign_on(&mut model, &one, &k, &z), None);
}

#[test]
fn op_counts_of_one_signature() {
    // the commands sign_on issues (program.rs): ladder, 1/Z mod p, x = X/Z, out of
    // Montgomery form; ZERO, r = x mod n; z mod n, r d (2 MUL), z + r d; k to
    // Montgomery form, 1/k mod n, s = (1/k) t
    let (lm, la, _) = op_counts(LADDER_STEP);
    let pop = |e: &[u8; 32]| (0..256).filter(|&i| bit(e, i)).count();
    let inv_p = 256 + pop(&P_MINUS_2);
    let inv_n = 256 + pop(&N_MINUS_2);
    let muls = 256 * lm + inv_p + 2 + 3 + inv_n + 1;
    let addsubs = 256 * la + 2 + 2;
    println!(
        "signature: {muls} MUL, {addsubs} ADD/SUB (+1 SUB if s > n/2), {} CSWAP; inversion mod p {inv_p} MUL, mod n {inv_n} MUL",
        256 * 6
    );
}

#[test]
fn committed_header_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../firmware/monitor/ecc_prog.h");
    let committed = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run `cargo run --release -p secure-unit --bin gen-ecc-program`"));
    assert!(
        committed == c_header(),
        "{path} is stale: run `cargo run --release -p secure-unit --bin gen-ecc-program`"
    );
}

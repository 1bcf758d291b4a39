//! AesCore tests on the emitted Verilog under Verilator (vtb), against the
//! `aes` crate as the golden model.
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use secure_unit::aes::{aes_core_verilog, AesCore, AesSbox};
use std::collections::VecDeque;

mod aes_common;
use aes_common::*;

fn sbox_verilog() -> String {
    verilog_of::<AesSbox>()
}

/// Golden AES: (key bytes, key_256, decrypt, block) -> result, via the `aes`
/// crate; AES-128 takes the first 16 key bytes.
fn golden(key: &[u8; 32], key_256: bool, decrypt: bool, block: u128) -> u128 {
    golden_aes(if key_256 { &key[..] } else { &key[..16] }, decrypt, block)
}

/// Key byte 0 = key[255:248]; vtb wants little-endian 32-bit words.
fn key_words(key: &[u8; 32]) -> [u32; 8] {
    std::array::from_fn(|j| u32::from_be_bytes(key[28 - 4 * j..32 - 4 * j].try_into().unwrap()))
}

fn hex32(s: &str) -> [u8; 32] {
    let mut k = [0u8; 32];
    for i in 0..s.len() / 2 {
        k[i] = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap();
    }
    k
}

impl Dut {
    fn new() -> Dut {
        let d = Dut::reset("aes_core", &aes_core_verilog(), "AesCore");
        assert_eq!(d.m.get("out_valid"), 0, "out_valid after reset");
        assert_eq!(d.m.get("in_ready"), 1, "in_ready after reset");
        d
    }

    fn drive(&mut self, key: &[u8; 32], key_256: bool, decrypt: bool, block: u128) {
        self.m.set_wide("key", &key_words(key));
        self.m.set("key_256", key_256 as u64);
        self.m.set("decrypt", decrypt as u64);
        self.m.set_u128("block_in", block);
    }

    /// Offers one block until accepted, then counts edges until out_valid;
    /// takes the result. Returns (result, cycles from the accepting edge to out_valid).
    fn one(&mut self, key: &[u8; 32], key_256: bool, decrypt: bool, block: u128) -> (u128, u64) {
        self.drive(key, key_256, decrypt, block);
        self.accept(100);
        self.m.eval();
        // The accepting edge itself is edge 0; `lat` counts edges 1..=L.
        let lat = self.wait_out_valid(100, |_| ());
        let out = self.m.get_u128("block_out");
        self.take();
        self.m.eval();
        assert_eq!(self.m.get("out_valid"), 0, "out_valid must drop after the transfer");
        (out, lat)
    }
}

#[test]
fn aes_lint() {
    vtb::lint("aes_core", &aes_core_verilog()).unwrap();
    vtb::lint("aes_sbox", &sbox_verilog()).unwrap();
}

#[test]
fn aes_sbox_exhaustive() {
    let mut m = vtb::Model::build("aes_sbox", &sbox_verilog()).unwrap();
    let fwd: Vec<u8> = (0..=255).map(ref_sbox).collect();
    assert_eq!(fwd[0x00], 0x63);
    assert_eq!(fwd[0x53], 0xED);
    let mut inv = [0u8; 256];
    for x in 0..256 {
        inv[fwd[x] as usize] = x as u8;
    }
    for x in 0..256u64 {
        m.set("x", x);
        m.set("inverse", 0);
        m.eval();
        assert_eq!(m.get("y"), fwd[x as usize] as u64, "SubBytes({x:#04x})");
        m.set("inverse", 1);
        m.eval();
        assert_eq!(m.get("y"), inv[x as usize] as u64, "InvSubBytes({x:#04x})");
    }
}

/// FIPS-197 appendix C.1 and C.3, both directions, with the claimed latencies.
#[test]
fn aes_fips197_vectors_and_latency() {
    let mut d = Dut::new();
    let pt = 0x00112233445566778899aabbccddeeff_u128;
    let k128 = hex32("000102030405060708090a0b0c0d0e0f");
    let k256 = hex32("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    let ct128 = 0x69c4e0d86a7b0430d8cdb78070b4c55a_u128;
    let ct256 = 0x8ea2b7ca516745bfeafc49904b496089_u128;

    let mut measured = Vec::new();
    // Decrypt first: the key is not cached yet, so the expansion pass runs.
    let (r, lat) = d.one(&k128, false, true, ct128);
    measured.push(("AES-128 dec key change", lat));
    assert_eq!(r, pt, "AES-128 decrypt (key miss)");
    assert_eq!(lat, 20, "AES-128 decrypt with key change");
    let (r, lat) = d.one(&k128, false, true, ct128);
    measured.push(("AES-128 dec cached", lat));
    assert_eq!(r, pt);
    assert_eq!(lat, 10, "AES-128 decrypt, cached key");
    let (r, lat) = d.one(&k128, false, false, pt);
    measured.push(("AES-128 enc", lat));
    assert_eq!(r, ct128, "AES-128 encrypt");
    assert_eq!(lat, 10, "AES-128 encrypt");

    let (r, lat) = d.one(&k256, true, false, pt);
    measured.push(("AES-256 enc", lat));
    assert_eq!(r, ct256, "AES-256 encrypt");
    assert_eq!(lat, 14, "AES-256 encrypt");
    // The encryption refreshed the cache: no expansion.
    let (r, lat) = d.one(&k256, true, true, ct256);
    measured.push(("AES-256 dec cached (after enc)", lat));
    assert_eq!(r, pt, "AES-256 decrypt (cached by the encryption)");
    assert_eq!(lat, 14, "AES-256 decrypt, cached key");
    // Switching to AES-128 with the same leading bytes is a key change.
    let (r, lat) = d.one(&k256, false, true, ct128);
    measured.push(("AES-128 dec size change", lat));
    assert_eq!(r, pt);
    assert_eq!(lat, 20);
    let (r, lat) = d.one(&k256, true, true, ct256);
    measured.push(("AES-256 dec key change", lat));
    assert_eq!(r, pt, "AES-256 decrypt (key miss)");
    assert_eq!(lat, 27, "AES-256 decrypt with key change");
    for (what, lat) in measured {
        println!("latency {what}: {lat} cycles (accept edge -> out_valid)");
    }
}

/// NIST SP 800-38A F.1 ECB vectors (4 blocks each, AES-128 and AES-256).
#[test]
fn aes_sp800_38a_ecb() {
    let mut d = Dut::new();
    let pts = [
        0x6bc1bee22e409f96e93d7e117393172a_u128,
        0xae2d8a571e03ac9c9eb76fac45af8e51,
        0x30c81c46a35ce411e5fbc1191a0a52ef,
        0xf69f2445df4f9b17ad2b417be66c3710,
    ];
    let k128 = hex32("2b7e151628aed2a6abf7158809cf4f3c");
    let ct128 = [
        0x3ad77bb40d7a3660a89ecaf32466ef97_u128,
        0xf5d3d58503b9699de785895a96fdbaaf,
        0x43b1cd7f598ece23881b00e3ed030688,
        0x7b0c785e27e8ad3f8223207104725dd4,
    ];
    let k256 = hex32("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    let ct256 = [
        0xf3eed1bdb5d2a03c064b5a7e3db181f8_u128,
        0x591ccb10d410ed26dc5ba74a31362870,
        0xb6ed21b99ca6f4f9f153e7b1beafed1d,
        0x23304b7a39f9f3ff067d8d8f9e24ecc7,
    ];
    for i in 0..4 {
        // The transcribed vectors must agree with the golden model too.
        assert_eq!(golden(&k128, false, false, pts[i]), ct128[i], "vector table");
        assert_eq!(golden(&k256, true, false, pts[i]), ct256[i], "vector table");
        assert_eq!(d.one(&k128, false, false, pts[i]).0, ct128[i]);
        assert_eq!(d.one(&k128, false, true, ct128[i]).0, pts[i]);
        assert_eq!(d.one(&k256, true, false, pts[i]).0, ct256[i]);
        assert_eq!(d.one(&k256, true, true, ct256[i]).0, pts[i]);
    }
}

/// Streaming throughput with in_valid and out_ready held high.
#[test]
fn aes_throughput() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for (key_256, decrypt, expect) in [(false, false, 10), (false, true, 10), (true, false, 14), (true, true, 14)] {
        let key: [u8; 32] = rng.gen();
        // Prime the key cache so decryption measures the steady state.
        d.one(&key, key_256, false, 0);
        let n = 200u64;
        let mut blocks: VecDeque<u128> = (0..n).map(|_| rng.gen()).collect();
        let mut expected: VecDeque<u128> = blocks.iter().map(|&b| golden(&key, key_256, decrypt, b)).collect();
        d.m.set("out_ready", 1);
        let mut first_out = None;
        let mut last_out = 0;
        let mut got = 0;
        let mut cyc = 0u64;
        while got < n {
            if let Some(&b) = blocks.front() {
                d.drive(&key, key_256, decrypt, b);
                d.m.set("in_valid", 1);
            } else {
                d.m.set("in_valid", 0);
            }
            d.m.eval();
            let accept = d.m.get("in_ready") == 1 && !blocks.is_empty();
            let out = d.m.get("out_valid") == 1;
            if out {
                assert_eq!(d.m.get_u128("block_out"), expected.pop_front().unwrap());
                first_out.get_or_insert(cyc);
                last_out = cyc;
                got += 1;
            }
            d.tick();
            cyc += 1;
            if accept {
                blocks.pop_front();
            }
            assert!(cyc < 100_000);
        }
        d.m.set("in_valid", 0);
        d.m.set("out_ready", 0);
        d.m.eval();
        let per_block = (last_out - first_out.unwrap()) as f64 / (n - 1) as f64;
        println!(
            "throughput AES-{} {}: {per_block:.2} cycles/block",
            if key_256 { 256 } else { 128 },
            if decrypt { "dec" } else { "enc" }
        );
        assert_eq!(per_block, expect as f64, "one round per cycle, back to back");
    }
}

/// >= 10,000 random cases against the `aes` crate: random key size and
/// direction, keys drawn from a small pool (cache hits) or fresh (key
/// changes), random in_valid gaps and out_ready back-pressure.
#[test]
fn aes_random_vs_golden() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x5eed_ae5);
    let n = 12_000usize;
    let pool: Vec<[u8; 32]> = (0..4).map(|_| rng.gen()).collect();
    struct Req {
        key: [u8; 32],
        key_256: bool,
        decrypt: bool,
        block: u128,
    }
    let mut reqs: VecDeque<Req> = (0..n)
        .map(|_| {
            let key = if rng.gen_bool(0.2) { rng.gen() } else { pool[rng.gen_range(0..pool.len())] };
            Req { key, key_256: rng.gen(), decrypt: rng.gen(), block: rng.gen() }
        })
        .collect();
    let mut expected: VecDeque<u128> = VecDeque::new();
    let (mut got, mut stalls, mut gaps, mut hold_cycles) = (0usize, 0u64, 0u64, 0u64);
    let mut prev_out: Option<u128> = None;
    let mut last_key: Option<([u8; 32], bool)> = None;
    let mut dec_key_changes = 0u64;
    let mut offered = false;
    while got < n {
        // in_valid gaps: sometimes do not offer; once offered, hold the
        // request (and its key) until it is accepted.
        if !offered && !reqs.is_empty() && rng.gen_bool(0.8) {
            offered = true;
        } else if !offered {
            gaps += 1;
        }
        if offered {
            let r = reqs.front().unwrap();
            d.drive(&r.key, r.key_256, r.decrypt, r.block);
        } else {
            // Garbage on the data lines while in_valid is low must be ignored.
            let junk: [u8; 32] = rng.gen();
            d.drive(&junk, rng.gen(), rng.gen(), rng.gen());
        }
        d.m.set("in_valid", offered as u64);
        let ready = rng.gen_bool(0.6);
        d.m.set("out_ready", ready as u64);
        d.m.eval();
        let accept = offered && d.m.get("in_ready") == 1;
        if d.m.get("out_valid") == 1 {
            let v = d.m.get_u128("block_out");
            if let Some(p) = prev_out {
                assert_eq!(v, p, "block_out changed while out_valid held without out_ready");
            }
            if ready {
                let e = expected.pop_front().expect("output without request");
                assert_eq!(v, e, "result #{got} mismatch");
                got += 1;
                prev_out = None;
            } else {
                stalls += 1;
                prev_out = Some(v);
                if d.m.get("in_ready") == 0 {
                    hold_cycles += 1;
                }
            }
        }
        d.tick();
        if accept {
            let r = reqs.pop_front().unwrap();
            let k = (if r.key_256 { r.key } else { let mut k = r.key; k[16..].fill(0); k }, r.key_256);
            if r.decrypt && last_key != Some(k) {
                dec_key_changes += 1;
            }
            last_key = Some(k);
            expected.push_back(golden(&r.key, r.key_256, r.decrypt, r.block));
            offered = false;
        }
        assert!(d.cycles < 2_000_000, "stuck: {got} of {n} results");
    }
    println!(
        "random: {n} blocks in {} cycles; {stalls} back-pressured output cycles ({hold_cycles} with the core stalled), {gaps} in_valid gap cycles, {dec_key_changes} decryptions right after a key change",
        d.cycles
    );
    assert!(dec_key_changes > 1000, "test did not exercise key changes");
    assert!(stalls > 1000 && hold_cycles > 100 && gaps > 1000, "test did not exercise back-pressure/gaps");
}

fn to_bits256(key: &[u8; 32]) -> Bits<256> {
    key.iter().fold(Bits::<256>::default(), |acc, &b| (acc << 8) | bits::<256>(b as u64))
}

/// The same FIPS-197 checks in rust-hdl's own simulator (secondary: the
/// Verilator tests above are the ones on the emitted Verilog). Keeps the
/// Rust model usable for blocks that simulate AesCore in rust-hdl.
#[test]
fn aes_rust_hdl_sim_fips197() {
    let cases: Vec<([u8; 32], bool, bool, u128, u128, u64)> = {
        let pt = 0x00112233445566778899aabbccddeeff_u128;
        let k128 = hex32("000102030405060708090a0b0c0d0e0f");
        let k256 = hex32("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        let ct128 = 0x69c4e0d86a7b0430d8cdb78070b4c55a_u128;
        let ct256 = 0x8ea2b7ca516745bfeafc49904b496089_u128;
        vec![
            (k128, false, false, pt, ct128, 10),
            (k128, false, true, ct128, pt, 10),
            (k256, true, true, ct256, pt, 27),
            (k256, true, false, pt, ct256, 14),
        ]
    };
    let uut: AesCore = connected();
    let mut sim = Simulation::new();
    sim.add_clock(5, |x: &mut Box<AesCore>| x.clock.next = !x.clock.val());
    sim.add_testbench(move |mut sim: Sim<AesCore>| {
        let mut x = sim.init()?;
        x.reset.next = true;
        wait_clock_cycle!(sim, clock, x);
        x.reset.next = false;
        for (key, key_256, decrypt, input, expect, lat) in cases.clone() {
            x.key.next = to_bits256(&key);
            x.key_256.next = key_256;
            x.decrypt.next = decrypt;
            x.block_in.next = to_bits128(input);
            sim_one_block!(sim, x, 40, lat, expect);
        }
        sim.done(x)
    });
    sim.run(Box::new(uut), 100_000).unwrap();
}

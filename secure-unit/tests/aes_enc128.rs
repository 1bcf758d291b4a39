//! AesEnc128 (the CTR_DRBG's small AES-128 encryption core) on the emitted
//! Verilog under Verilator (vtb), against the `aes` crate as the golden model.
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use secure_unit::aes::{aes_enc128_verilog, AesEnc128, AesSboxFwd};
use std::collections::VecDeque;

mod aes_common;
use aes_common::*;

/// Cycles from the accepting edge to `out_valid` (key step + 10 rounds × 4 columns).
const LATENCY: u64 = 41;

/// Golden AES-128 encryption (the `aes` crate).
fn golden(key: u128, block: u128) -> u128 {
    golden_aes(&key.to_be_bytes(), false, block)
}

impl Dut {
    fn new() -> Dut {
        let mut d = Dut::reset("aes_enc128", &aes_enc128_verilog(), "AesEnc128");
        d.assert_idle("after reset");
        d
    }

    fn assert_idle(&mut self, when: &str) {
        self.m.eval();
        assert_eq!(self.m.get("out_valid"), 0, "out_valid {when}");
        assert_eq!(self.m.get("in_ready"), 1, "in_ready {when}");
        assert_eq!(self.m.get_u128("block_out"), 0, "block_out {when}");
    }

    fn drive(&mut self, key: u128, block: u128) {
        self.m.set_u128("key", key);
        self.m.set_u128("block_in", block);
    }

    /// Offers one block until accepted (junk on `key`/`block_in` afterwards:
    /// both are sampled at the accepting edge only), waits for out_valid,
    /// holds it `hold` cycles without out_ready, then takes the result.
    /// Returns (result, cycles from the accepting edge to out_valid).
    fn one(&mut self, key: u128, block: u128, hold: u32) -> (u128, u64) {
        self.drive(key, block);
        self.accept(200);
        self.drive(!key, !block);
        self.m.eval();
        let lat = self.wait_out_valid(200, |m| {
            assert_eq!(m.get("in_ready"), 0, "in_ready while busy");
            assert_eq!(m.get_u128("block_out"), 0, "block_out while busy");
        });
        let out = self.m.get_u128("block_out");
        for _ in 0..hold {
            assert_eq!(self.m.get("in_ready"), 0, "in_ready with a result waiting");
            self.tick();
            self.m.eval();
            assert_eq!(self.m.get("out_valid"), 1, "out_valid must hold until out_ready");
            assert_eq!(self.m.get_u128("block_out"), out, "block_out must hold until out_ready");
        }
        self.take();
        self.assert_idle("after the transfer");
        (out, lat)
    }
}

fn sbox_fwd_verilog() -> String {
    verilog_of::<AesSboxFwd>()
}

#[test]
fn aes_enc128_lint() {
    vtb::lint("aes_enc128", &aes_enc128_verilog()).unwrap();
    vtb::lint("aes_sbox_fwd", &sbox_fwd_verilog()).unwrap();
}

/// AesSboxFwd on all 256 inputs, emitted Verilog and rust-hdl's simulator.
#[test]
fn aes_sbox_fwd_exhaustive() {
    assert_eq!((ref_sbox(0x00), ref_sbox(0x53)), (0x63, 0xED));
    let mut m = vtb::Model::build("aes_sbox_fwd", &sbox_fwd_verilog()).unwrap();
    for x in 0..256u64 {
        m.set("x", x);
        m.eval();
        assert_eq!(m.get("y"), ref_sbox(x as u8) as u64, "SubBytes({x:#04x}) (Verilog)");
    }
    let uut: AesSboxFwd = connected();
    let mut sim = Simulation::new();
    sim.add_testbench(move |mut sim: Sim<AesSboxFwd>| {
        let mut x = sim.init()?;
        for v in 0..256u64 {
            x.x.next = v.into();
            x = sim.wait(1, x)?;
            let y: u64 = x.y.val().into();
            sim_assert_eq!(sim, y, ref_sbox(v as u8) as u64, x);
        }
        sim.done(x)
    });
    sim.run(Box::new(uut), 10_000).unwrap();
}

/// FIPS-197 appendices B and C.1, and NIST SP 800-38A F.1.1 (ECB-AES128),
/// with the claimed latency.
#[test]
fn aes_enc128_known_answers_and_latency() {
    let mut d = Dut::new();
    let vectors = [
        // FIPS-197 C.1
        (0x000102030405060708090a0b0c0d0e0f_u128, 0x00112233445566778899aabbccddeeff_u128, 0x69c4e0d86a7b0430d8cdb78070b4c55a_u128),
        // FIPS-197 B
        (0x2b7e151628aed2a6abf7158809cf4f3c, 0x3243f6a8885a308d313198a2e0370734, 0x3925841d02dc09fbdc118597196a0b32),
        // SP 800-38A F.1.1
        (0x2b7e151628aed2a6abf7158809cf4f3c, 0x6bc1bee22e409f96e93d7e117393172a, 0x3ad77bb40d7a3660a89ecaf32466ef97),
        (0x2b7e151628aed2a6abf7158809cf4f3c, 0xae2d8a571e03ac9c9eb76fac45af8e51, 0xf5d3d58503b9699de785895a96fdbaaf),
        (0x2b7e151628aed2a6abf7158809cf4f3c, 0x30c81c46a35ce411e5fbc1191a0a52ef, 0x43b1cd7f598ece23881b00e3ed030688),
        (0x2b7e151628aed2a6abf7158809cf4f3c, 0xf69f2445df4f9b17ad2b417be66c3710, 0x7b0c785e27e8ad3f8223207104725dd4),
    ];
    for (i, &(key, pt, ct)) in vectors.iter().enumerate() {
        assert_eq!(golden(key, pt), ct, "vector table {i}");
        let (r, lat) = d.one(key, pt, (i % 3) as u32);
        assert_eq!(r, ct, "vector {i}");
        assert_eq!(lat, LATENCY, "latency (accept edge -> out_valid)");
    }
    println!("latency: {LATENCY} cycles (accept edge -> out_valid)");
}

/// Random keys and blocks, one at a time, with back-pressure of 0..3 cycles.
#[test]
fn aes_enc128_random_keys() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0xE1C_128);
    for i in 0..400 {
        let (key, pt): (u128, u128) = (rng.gen(), rng.gen());
        let (r, lat) = d.one(key, pt, rng.gen_range(0..4));
        assert_eq!(r, golden(key, pt), "block {i}");
        assert_eq!(lat, LATENCY);
    }
    // Degenerate keys and blocks.
    for (key, pt) in [(0, 0), (u128::MAX, u128::MAX), (0, u128::MAX), (u128::MAX, 0)] {
        assert_eq!(d.one(key, pt, 0).0, golden(key, pt));
    }
}

/// in_valid and out_ready held high: results in order, one every 43 cycles
/// (40 rounds, the output transfer, the next accept).
#[test]
fn aes_enc128_back_to_back() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(42);
    let n = 50;
    let reqs: Vec<(u128, u128)> = (0..n).map(|_| (rng.gen(), rng.gen())).collect();
    let (mut sent, mut outs) = (0, vec![]);
    d.m.set("out_ready", 1);
    while outs.len() < n {
        let (k, b) = reqs[sent.min(n - 1)];
        d.drive(k, b);
        d.m.set("in_valid", (sent < n) as u64);
        d.m.eval();
        let accept = sent < n && d.m.get("in_ready") == 1;
        if d.m.get("out_valid") == 1 {
            let (k, b) = reqs[outs.len()];
            assert_eq!(d.m.get_u128("block_out"), golden(k, b), "block {}", outs.len());
            outs.push(d.cycles);
        } else {
            assert_eq!(d.m.get_u128("block_out"), 0, "block_out without out_valid");
        }
        d.tick();
        sent += accept as usize;
        assert!(d.cycles < 10_000, "stalled");
    }
    let spacing: Vec<u64> = outs.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(spacing.iter().all(|&s| s == LATENCY + 2), "spacing {spacing:?}");
    println!("back to back: {} cycles/block", LATENCY + 2);
}

/// Random in_valid gaps, out_ready back-pressure and junk on the data lines
/// while nothing is offered, checked every cycle: block_out is 0 unless
/// out_valid, stable while held, and in order.
#[test]
fn aes_enc128_random_handshake() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(0x5eed_e1c);
    let n = 300usize;
    let mut reqs: VecDeque<(u128, u128)> = (0..n).map(|_| (rng.gen(), rng.gen())).collect();
    let mut expected: VecDeque<u128> = VecDeque::new();
    let (mut got, mut stalls, mut gaps) = (0usize, 0u64, 0u64);
    let mut held: Option<u128> = None;
    let mut offered = false;
    while got < n {
        if !offered && !reqs.is_empty() && rng.gen_bool(0.3) {
            offered = true;
        } else if !offered {
            gaps += 1;
        }
        if offered {
            let (k, b) = *reqs.front().unwrap();
            d.drive(k, b);
        } else {
            d.drive(rng.gen(), rng.gen());
        }
        d.m.set("in_valid", offered as u64);
        let ready = rng.gen_bool(0.3);
        d.m.set("out_ready", ready as u64);
        d.m.eval();
        let accept = offered && d.m.get("in_ready") == 1;
        if d.m.get("out_valid") == 1 {
            let v = d.m.get_u128("block_out");
            if let Some(h) = held {
                assert_eq!(v, h, "block_out changed while held");
            }
            if ready {
                assert_eq!(v, expected.pop_front().expect("output without request"), "result #{got}");
                got += 1;
                held = None;
            } else {
                stalls += 1;
                held = Some(v);
            }
        } else {
            assert_eq!(d.m.get_u128("block_out"), 0, "block_out without out_valid");
        }
        d.tick();
        if accept {
            let (k, b) = reqs.pop_front().unwrap();
            expected.push_back(golden(k, b));
            offered = false;
        }
        assert!(d.cycles < 1_000_000, "stuck: {got} of {n}");
    }
    println!("random handshake: {n} blocks in {} cycles, {stalls} held output cycles, {gaps} gap cycles", d.cycles);
    assert!(stalls > 200 && gaps > 200, "test did not exercise back-pressure/gaps");
}

/// Reset in every cycle of a block (and with a result waiting): the core
/// comes back idle with block_out = 0, and the next block is right.
#[test]
fn aes_enc128_reset_mid_block() {
    let mut d = Dut::new();
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    for at in 0..=LATENCY + 2 {
        let (key, pt): (u128, u128) = (rng.gen(), rng.gen());
        d.drive(key, pt);
        d.m.set("in_valid", 1);
        d.m.set("out_ready", 0);
        d.tick(); // accepted (idle)
        d.m.set("in_valid", 0);
        for _ in 0..at {
            d.tick();
        }
        d.m.eval();
        assert_eq!(d.m.get("out_valid"), (at >= LATENCY) as u64, "out_valid {at} cycles in");
        d.m.set("reset", 1);
        d.tick();
        d.m.set("reset", 0);
        d.assert_idle(&format!("after reset {at} cycles into a block"));
        // Idle cycles stay idle.
        for _ in 0..3 {
            d.tick();
            d.assert_idle("idle after reset");
        }
        let (k2, p2): (u128, u128) = (rng.gen(), rng.gen());
        let (r, lat) = d.one(k2, p2, 0);
        assert_eq!(r, golden(k2, p2), "first block after a reset {at} cycles in");
        assert_eq!(lat, LATENCY);
    }
}

/// FIPS-197 C.1 in rust-hdl's own simulator (secondary: the Verilator tests
/// above run the emitted Verilog); keeps the Rust model usable.
#[test]
fn aes_enc128_rust_hdl_sim() {
    let key = 0x000102030405060708090a0b0c0d0e0f_u128;
    let pt = 0x00112233445566778899aabbccddeeff_u128;
    let ct = 0x69c4e0d86a7b0430d8cdb78070b4c55a_u128;
    let uut: AesEnc128 = connected();
    let mut sim = Simulation::new();
    sim.add_clock(5, |x: &mut Box<AesEnc128>| x.clock.next = !x.clock.val());
    sim.add_testbench(move |mut sim: Sim<AesEnc128>| {
        let mut x = sim.init()?;
        x.reset.next = true;
        wait_clock_cycle!(sim, clock, x);
        x.reset.next = false;
        for _ in 0..2 {
            x.key.next = to_bits128(key);
            x.block_in.next = to_bits128(pt);
            sim_one_block!(sim, x, 100, LATENCY, ct);
        }
        sim.done(x)
    });
    sim.run(Box::new(uut), 100_000).unwrap();
}

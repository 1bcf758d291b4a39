//! TRNG tests on the emitted Verilog under Verilator (vtb), each against a
//! Rust golden model: NoiseRef (noise source), HealthRef (SP 800-90B
//! health tests, in trng_health.rs), the `sha2` crate (conditioner) and
//! the CTR_DRBG model `secure_unit::trng::model::DrbgRef` (on the `aes`
//! crate).
//! The health tests and the DRBG have their own files (trng_health.rs,
//! trng_drbg.rs); shared helpers are in trng_common.
use rust_hdl::prelude::*;
use secure_unit::trng::*;
use vtb::Model;
mod trng_common;
use trng_common::*;

// ------------------------------------------------------------------- lint

#[test]
fn lint_all_trng_blocks() {
    let h = HealthConfig::default();
    vtb::lint("trng_noise", &noise_verilog()).unwrap();
    vtb::lint("trng_health", &health_verilog(h)).unwrap();
    // The RO cell lints with one in-source UNOPTFLAT waiver (its loops).
    vtb::lint("trng_ring_osc", &ring_osc_verilog()).unwrap();
    vtb::lint("trng_conditioner", &conditioner_verilog(ConditionerConfig::default())).unwrap();
    vtb::lint("trng_drbg", &drbg_verilog(DrbgConfig::default())).unwrap();
    vtb::lint("trng_top_sim", &trng_verilog(TrngConfig::default(), SimNoiseSource::default()))
        .unwrap();
    vtb::lint("trng_top_fpga", &trng_verilog(TrngConfig::default(), RingOscEntropy::default()))
        .unwrap();
}

#[test]
fn source_types_say_what_they_are() {
    assert!(RingOscEntropy::default().is_physical());
    assert!(!SimNoiseSource::default().is_physical());
    // The FPGA build carries the RO cell; the simulation build must not,
    // and the FPGA build must not carry the noise model.
    let fpga = trng_verilog(TrngConfig::default(), RingOscEntropy::default());
    let sim = trng_verilog(TrngConfig::default(), SimNoiseSource::default());
    assert!(fpga.contains("module vmsp_ro_entropy") && !fpga.contains("noise$state"));
    assert!(!sim.contains("vmsp_ro_entropy"));
}

// ---------------------------------------------------------------- Trng top

fn trng_reset(m: &mut Model) {
    for p in ["clear", "reseed", "req_valid", "req_blocks", "random_ready"] {
        m.set(p, 0);
    }
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.eval();
}

#[test]
fn trng_end_to_end_against_models() {
    let noise = NoiseConfig { seed: 0xDEAD_BEEF_1234_5678, mode: NoiseMode::Normal, pattern: 0 };
    let cfg = TrngConfig { drbg: DrbgConfig::new(2).unwrap(), ..TrngConfig::default() };
    let mut m = build("trng_top_sim", &trng_verilog(cfg, SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    // The raw stream the source produces from reset on (NoiseModel is
    // checked against NoiseRef above); the source's first bit appears one
    // cycle after reset.
    let mut src = NoiseRef::new(noise.seed, noise.mode, noise.pattern);
    let raw: Vec<bool> = (0..20_000).map(|_| src.next_bit()).collect();
    let mut cycles = 0u64;
    while m.get("req_ready") == 0 {
        m.tick();
        cycles += 1;
        assert!(cycles < 10_000, "TRNG not ready");
    }
    assert_eq!(m.get("healthy"), 1);
    assert_eq!(m.get("instantiated"), 1);
    println!("TRNG ready {cycles} cycles after reset (start-up test + 1024-bit seed + SHA + Update)");
    // Request one block; find the seed window (the conditioner starts
    // collecting a cycle or two after the start-up test) by matching the
    // DRBG output against the model for each candidate offset.
    let req = |m: &mut Model, n: u8| -> Vec<u128> {
        while m.get("req_ready") == 0 {
            m.tick();
        }
        m.set("req_blocks", n as u64);
        m.set("req_valid", 1);
        m.tick();
        m.set("req_valid", 0);
        m.set("random_ready", 1);
        let mut out = vec![];
        let mut c = 0;
        while out.len() < n as usize {
            m.eval();
            if m.get("random_valid") == 1 {
                out.push(m.get_u128("random"));
            }
            m.tick();
            c += 1;
            assert!(c < 5000, "no output");
        }
        m.set("random_ready", 0);
        out
    };
    let first = req(&mut m, 2);
    // A seed is two 512-bit blocks of consecutive healthy raw bits; the
    // conditioner skips the bit(s) that arrive while it hands block 1 to
    // the SHA core (`gap`).
    let seed_at = |off: usize, gap: usize| seed_from_raw(&raw, off, gap);
    let windows = |lo: usize, hi: usize| (lo..hi).flat_map(|o| (0..4).map(move |g| (o, g)));
    let hits: Vec<(usize, usize)> = windows(1000, 1100)
        .filter(|&(o, g)| DrbgRef::instantiate(&seed_at(o, g), 2).generate(2) == first)
        .collect();
    println!("instantiate seed = raw bits (offset, gap) {hits:?}");
    assert_eq!(hits.len(), 1, "exactly one seed window explains the output");
    let mut r = DrbgRef::instantiate(&seed_at(hits[0].0, hits[0].1), 2);
    r.generate(2);
    assert_eq!(req(&mut m, 3), r.generate(3));
    // Interval 2 reached: the next request forces a reseed from fresh raw
    // bits (after the first seed); find and check it likewise.
    let after = req(&mut m, 1);
    let hits: Vec<(usize, usize)> = windows(hits[0].0 + 1024, hits[0].0 + 6000)
        .filter(|&(o, g)| {
            let mut t = r.clone();
            t.reseed(&seed_at(o, g));
            t.generate(1) == after
        })
        .collect();
    println!("reseed seed = raw bits (offset, gap) {hits:?}");
    assert_eq!(hits.len(), 1);
    let mut t = r.clone();
    t.reseed(&seed_at(hits[0].0, hits[0].1));
    t.generate(1);
    assert_eq!(req(&mut m, 4), t.generate(4));
    assert_eq!(m.get("seed_count"), 2);
    assert_eq!(m.get("rct_alarm") | m.get("apt_alarm") | m.get("error"), 0);
}

/// The SoC's configuration (`TrngConfig::default()`, `SimNoiseSource::default()`,
/// as `SecureUnitRegs` in `vmsp_soc::Soc`): the instantiate seed window found
/// by search is the pinned (`SOC_SEED_OFFSET`, `SOC_SEED_GAP`) of
/// `trng::model`, and `soc_key_stream`'s first fills are the RTL's first
/// 3-block requests (what `KeyBlock` stores; the ISS keys its memory
/// encryption from the same stream).
#[test]
fn soc_seed_window_is_pinned() {
    let noise = NoiseConfig::default();
    let mut m = build("trng_top_soc", &trng_verilog(TrngConfig::default(), SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    let mut src = NoiseRef::new(noise.seed, noise.mode, noise.pattern);
    let raw: Vec<bool> = (0..4000).map(|_| src.next_bit()).collect();
    // The key block's requests: 3 blocks each, taken with random_ready high.
    let fill = |m: &mut Model| -> Vec<u128> {
        let mut c = 0;
        while m.get("req_ready") == 0 {
            m.tick();
            c += 1;
            assert!(c < 10_000, "TRNG not ready");
        }
        m.set("req_blocks", 3);
        m.set("req_valid", 1);
        m.tick();
        m.set("req_valid", 0);
        m.set("random_ready", 1);
        let mut out = vec![];
        while out.len() < 3 {
            m.eval();
            if m.get("random_valid") == 1 {
                out.push(m.get_u128("random"));
            }
            m.tick();
            c += 1;
            assert!(c < 20_000, "no output");
        }
        m.set("random_ready", 0);
        out
    };
    let first = fill(&mut m);
    let interval = DrbgConfig::default().reseed_interval as u64;
    let hits: Vec<(usize, usize)> = (900..1200)
        .flat_map(|o| (0..4).map(move |g| (o, g)))
        .filter(|&(o, g)| DrbgRef::instantiate(&seed_from_raw(&raw, o, g), interval).generate(3) == first)
        .collect();
    println!("SoC instantiate seed = raw bits (offset, gap) {hits:?}");
    assert_eq!(hits, vec![(SOC_SEED_OFFSET, SOC_SEED_GAP)], "the pinned seed window of trng::model");
    assert_eq!(soc_instantiate_seed(noise), seed_from_raw(&raw, SOC_SEED_OFFSET, SOC_SEED_GAP));
    // The key stream: fill k = the k-th 3-block request, words big-endian.
    let words = |blocks: &[u128]| -> Vec<u32> {
        blocks.iter().flat_map(|b| (0..4).map(move |w| (b >> (96 - 32 * w)) as u32)).collect()
    };
    let mut keys = soc_key_stream(noise);
    assert_eq!(keys.next_fill().unwrap().to_vec(), words(&first));
    for k in 2..=5 {
        assert_eq!(keys.next_fill().unwrap().to_vec(), words(&fill(&mut m)), "fill {k}");
    }
    assert_eq!(keys.fills_left(), interval - 5);
    assert_eq!(m.get("seed_count"), 1);
    assert_eq!(m.get("rct_alarm") | m.get("apt_alarm") | m.get("error"), 0);
}

#[test]
fn trng_stuck_source_never_outputs() {
    let noise = NoiseConfig { seed: 1, mode: NoiseMode::Stuck1, pattern: 0 };
    let mut m = build("trng_top_stuck", &trng_verilog(TrngConfig::default(), SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    m.set("req_valid", 1);
    m.set("req_blocks", 1);
    m.set("random_ready", 1);
    for round in 1..=2u64 {
        for _ in 0..5000 {
            m.eval();
            assert_eq!(m.get("random_valid"), 0);
            assert_eq!(m.get("req_ready"), 0);
            assert_eq!(m.get("instantiated"), 0);
            m.tick();
        }
        assert_eq!(m.get("rct_alarm"), 1);
        assert_eq!(m.get("healthy"), 0);
        assert_eq!(m.get("error"), 1);
        assert_eq!(m.get("rct_failures"), round);
        // Clearing re-runs the start-up test, which fails again.
        m.set("clear", 1);
        m.tick();
        m.set("clear", 0);
    }
}

/// The hand-written Rust glue of `Trng` (used only by rust-hdl's own
/// simulator) must agree with its Verilog glue: run the Rust simulation up
/// to the first output block and compare with the Verilator result above
/// (same noise seed ⇒ same first seed window ⇒ same block).
#[test]
fn trng_rust_glue_matches_verilog() {
    let noise = NoiseConfig { seed: 0xDEAD_BEEF_1234_5678, mode: NoiseMode::Normal, pattern: 0 };
    let cfg = TrngConfig { drbg: DrbgConfig::new(2).unwrap(), ..TrngConfig::default() };
    let mut m = build("trng_top_sim", &trng_verilog(cfg, SimNoiseSource::new(noise)));
    trng_reset(&mut m);
    m.set("req_blocks", 1);
    m.set("req_valid", 1);
    m.set("random_ready", 1);
    let mut want = None;
    for _ in 0..5000 {
        m.eval();
        if m.get("random_valid") == 1 {
            want = Some(m.get_u128("random"));
            break;
        }
        m.tick();
    }
    let want = want.expect("Verilog TRNG produced no block");

    let mut uut = Trng::new(cfg, SimNoiseSource::new(noise));
    uut.clock.connect();
    uut.reset.connect();
    uut.clear.connect();
    uut.reseed.connect();
    uut.req_valid.connect();
    uut.req_blocks.connect();
    uut.random_ready.connect();
    uut.connect_all();
    let mut sim = Simulation::new();
    sim.add_clock(5, |x: &mut Box<Trng<SimNoiseSource>>| x.clock.next = !x.clock.val());
    sim.add_testbench(move |mut sim: Sim<Trng<SimNoiseSource>>| {
        let mut x = sim.init()?;
        x.reset.next = true;
        wait_clock_cycle!(sim, clock, x);
        x.reset.next = false;
        x.req_blocks.next = 1.into();
        x.req_valid.next = true;
        x.random_ready.next = true;
        for _ in 0..5000 {
            wait_clock_true!(sim, clock, x);
            if x.random_valid.val() {
                let got = x.random.val();
                let got = (0..128).fold(0u128, |a, i| a | ((got.get_bit(i) as u128) << i));
                sim_assert_eq!(sim, got, want, x);
                return sim.done(x);
            }
            wait_clock_false!(sim, clock, x);
        }
        sim_assert!(sim, false, x);
        sim.done(x)
    });
    let t = std::time::Instant::now();
    sim.run(Box::new(uut), 200_000).unwrap();
    println!("rust-hdl simulation of Trng: {:.1} s", t.elapsed().as_secs_f64());
}

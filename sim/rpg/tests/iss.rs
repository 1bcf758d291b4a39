//! Generated programs on the reference ISS: every seed ends with exit code
//! 0 within its step budget, together the seeds cover every opcode and
//! exception class, and generation is deterministic.

use or1k_arch::*;
use vmsp_iss::{CacheGeometry, Config, Machine, Outcome};
use vmsp_rpg::coverage::Coverage;
use vmsp_rpg::{generate, try_generate, Options};

const SEEDS: u64 = 200;

/// The ISS configured for what the program uses: the MMUs only with
/// `opts.mmu` (as lock-step against a core without them), the VMSP core's
/// caches only with `opts.caches`.
fn config(opts: &Options) -> Config {
    let caches = opts.caches;
    Config {
        mmu: opts.mmu,
        icache: caches.then_some(CacheGeometry::VMSP_ICACHE),
        dcache: caches.then_some(CacheGeometry::VMSP_DCACHE),
        ..Config::default()
    }
}

/// Runs `elf` to the end, collecting coverage.
fn run(seed: u64, elf: &[u8], opts: &Options) -> (Outcome, Coverage, Machine) {
    let max_steps = opts.max_steps;
    let mut m = Machine::new(config(opts));
    m.load_elf(elf)
        .unwrap_or_else(|e| panic!("seed {seed}: ISS refused the ELF: {e}"));
    let mut cov = Coverage::default();
    let outcome = m.run_with(max_steps, |r| cov.record(r));
    (outcome, cov, m)
}

#[test]
fn seeds_exit_cleanly_and_cover_everything() {
    let opts = Options::default();
    let mut total = Coverage::default();
    let mut max_seen = 0;
    for seed in 0..SEEDS {
        let p = try_generate(seed, &opts).unwrap();
        assert!(p.step_bound <= opts.max_steps);
        let (outcome, cov, m) = run(seed, &p.elf, &opts);
        assert_eq!(
            outcome,
            Outcome::Exit(0),
            "seed {seed}: reproduce with `cargo run -p vmsp-rpg -- --seed {seed}` (console: {:?})",
            String::from_utf8_lossy(m.uart_output())
        );
        assert!(
            m.steps() <= p.step_bound,
            "seed {seed}: {} steps exceed the generator's bound {}",
            m.steps(),
            p.step_bound
        );
        max_seen = max_seen.max(m.steps());
        total.merge(&cov);
    }
    println!(
        "{SEEDS} seeds, longest run {max_seen} steps (budget {})\n{total}",
        opts.max_steps
    );
    let missing = total.missing();
    assert!(
        missing.is_empty(),
        "never exercised over {SEEDS} seeds: {missing:?}"
    );
    // Each class must be more than a fluke.
    for (what, n) in [
        (
            "delay-slot faults",
            total.delay_slot_faults.values().sum::<u64>(),
        ),
        ("tick interrupts", total.interrupts.values().sum()),
        ("exceptions", total.exceptions.values().sum()),
    ] {
        assert!(n >= 100, "only {n} {what} over {SEEDS} seeds");
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let opts = Options::default();
    let a = generate(7, &opts);
    assert_eq!(a, generate(7, &opts));
    assert_ne!(a, generate(8, &opts));
    let small = Options {
        insns: 100,
        ..Options::default()
    };
    assert_ne!(generate(7, &small), a, "options must matter");
    let hz = Options {
        hazards: true,
        ..Options::default()
    };
    let h = generate(7, &hz);
    assert_eq!(h, generate(7, &hz));
    assert_ne!(h, a, "hazards must matter");
    assert_ne!(h, generate(8, &hz));
}

/// A tight step budget still gives a program that ends within it, as do
/// the option variants.
#[test]
fn budgets_and_variants_hold() {
    let variants = [
        Options {
            max_steps: 5_000,
            insns: 20_000,
            ..Options::default()
        },
        Options {
            timer: false,
            ..Options::default()
        },
        Options {
            range: false,
            pc_sprs: true,
            ..Options::default()
        },
        Options {
            insns: 10,
            ..Options::default()
        },
        Options {
            caches: true,
            ..Options::default()
        },
        Options {
            mmu: true,
            ..Options::default()
        },
        Options {
            caches: true,
            mmu: true,
            ..Options::default()
        },
        Options {
            caches: true,
            mmu: true,
            max_steps: 5_000,
            insns: 20_000,
            ..Options::default()
        },
        Options {
            hazards: true,
            max_steps: 5_000,
            insns: 20_000,
            ..Options::default()
        },
        Options {
            hazards: true,
            caches: true,
            mmu: true,
            max_steps: 5_000,
            insns: 20_000,
            ..Options::default()
        },
        Options {
            hazards: true,
            timer: false,
            range: false,
            ..Options::default()
        },
    ];
    for (i, opts) in variants.iter().enumerate() {
        let mut total = Coverage::default();
        for seed in 0..20 {
            let p = try_generate(seed, opts).unwrap();
            let (outcome, cov, m) = run(seed, &p.elf, opts);
            assert_eq!(outcome, Outcome::Exit(0), "variant {i} seed {seed}");
            assert!(
                m.steps() <= p.step_bound && p.step_bound <= opts.max_steps,
                "variant {i} seed {seed}"
            );
            if !opts.timer {
                assert!(
                    cov.interrupts.is_empty(),
                    "variant {i}: a tick without the timer"
                );
            }
            total.merge(&cov);
        }
        // the options really do what they say
        let on = |bits: u32| total.sr_seen & bits == bits;
        assert_eq!(on(SR_ICE | SR_DCE), opts.caches, "variant {i}: SR[ICE|DCE]");
        assert_eq!(on(SR_DME | SR_IME), opts.mmu, "variant {i}: SR[DME|IME]");
        assert_eq!(total.cache_ops > 0, opts.caches, "variant {i}: {} cache-control writes", total.cache_ops);
        for v in [VEC_DTLB_MISS, VEC_ITLB_MISS] {
            let n = total.exceptions.get(&v).copied().unwrap_or(0);
            assert_eq!(n > 0, opts.mmu, "variant {i}: {n} exceptions 0x{v:x}");
        }
        if opts.caches || opts.mmu {
            println!(
                "variant {i} (caches {}, mmu {}): {} cache-control writes, DTLB misses {:?}, ITLB misses {:?}, {} steps",
                opts.caches,
                opts.mmu,
                total.cache_ops,
                total.exceptions.get(&VEC_DTLB_MISS),
                total.exceptions.get(&VEC_ITLB_MISS),
                total.steps
            );
        }
    }
}

#[test]
fn bad_options_are_refused() {
    for (opts, what) in [
        (
            Options {
                insns: 0,
                ..Options::default()
            },
            "insns",
        ),
        (
            Options {
                insns: 1 << 30,
                ..Options::default()
            },
            "insns",
        ),
        (
            Options {
                max_steps: 10,
                ..Options::default()
            },
            "max_steps",
        ),
    ] {
        let e = try_generate(1, &opts).expect_err(what);
        assert!(e.to_string().contains(what), "{e}");
    }
}

/// `hazards` programs run clean, and the option really biases the mix:
/// over 20 seeds in each soak configuration (plain; caches; caches and
/// MMUs) every hazard pattern shows up at least a floor number of times,
/// and (where the default mix has it at all) at least twice as often as
/// the same seeds without the option.
#[test]
fn hazards_option_exercises_hazards() {
    const N: u64 = 20;
    for (caches, mmu) in [(false, false), (true, false), (true, true)] {
        let mut with = Coverage::default();
        let mut without = Coverage::default();
        for seed in 0..N {
            for (hazards, total) in [(true, &mut with), (false, &mut without)] {
                let opts = Options {
                    hazards,
                    caches,
                    mmu,
                    ..Options::default()
                };
                let p = try_generate(seed, &opts).unwrap();
                let (outcome, cov, m) = run(seed, &p.elf, &opts);
                assert_eq!(
                    outcome,
                    Outcome::Exit(0),
                    "seed {seed} {opts:?}: reproduce with `cargo run -p vmsp-rpg -- --seed {seed} --hazards`"
                );
                assert!(m.steps() <= p.step_bound, "seed {seed} {opts:?}: {} steps > bound {}", m.steps(), p.step_bound);
                total.merge(&cov);
            }
        }
        let (h, d) = (&with.hazards, &without.hazards);
        println!(
            "caches {caches}, mmu {mmu}, {N} seeds: with hazards ({} steps)\n{h}without ({} steps)\n{d}",
            with.steps, without.steps
        );
        let sum = |m: &std::collections::BTreeMap<u32, u64>| m.values().sum::<u64>();
        let get = |m: &std::collections::BTreeMap<u32, u64>, v: u32| m.get(&v).copied().unwrap_or(0);
        let mut checks = vec![
            ("load-use A", h.load_use_a, d.load_use_a, 1500),
            ("load-use B", h.load_use_b, d.load_use_b, 200),
            ("load-use store data", h.load_use_store_data, d.load_use_store_data, 250),
            ("load-use base", h.load_use_base, d.load_use_base, 60),
            ("store->load distance 0", h.store_load[0], d.store_load[0], 600),
            ("store->load distance 1", h.store_load[1], d.store_load[1], 80),
            ("store->load distance 2", h.store_load[2], d.store_load[2], 50),
            ("store->load other size", h.store_load_mixed, d.store_load_mixed, 400),
            ("store->load via alias", h.store_load_alias, d.store_load_alias, 70),
            ("backward-branch slot: memory", h.back_slot_mem, d.back_slot_mem, 350),
            ("backward-branch slot: ALU", h.back_slot_alu, d.back_slot_alu, 600),
            ("slot writes compared register", h.slot_writes_cmp, d.slot_writes_cmp, 300),
            ("slot sets flag", h.slot_sets_flag, d.slot_sets_flag, 150),
            ("fault in predicted slot", sum(&h.pred_slot_fault), sum(&d.pred_slot_fault), 110),
            ("fault at predicted target", sum(&h.pred_target_fault), sum(&d.pred_target_fault), 200),
            ("alignment in predicted slot", get(&h.pred_slot_fault, VEC_ALIGN), get(&d.pred_slot_fault, VEC_ALIGN), 70),
            ("alignment at predicted target", get(&h.pred_target_fault, VEC_ALIGN), get(&d.pred_target_fault, VEC_ALIGN), 150),
            ("bus error in predicted slot", get(&h.pred_slot_fault, VEC_BUS_ERROR), get(&d.pred_slot_fault, VEC_BUS_ERROR), 30),
            ("bus error at predicted target", get(&h.pred_target_fault, VEC_BUS_ERROR), get(&d.pred_target_fault, VEC_BUS_ERROR), 30),
            ("dividend < 2^8", h.div_dividend[0], d.div_dividend[0], 200),
            ("dividend < 2^16", h.div_dividend[1], d.div_dividend[1], 100),
            ("dividend < 2^24", h.div_dividend[2], d.div_dividend[2], 60),
            ("dividend >= 2^24", h.div_dividend[3], d.div_dividend[3], 180),
            ("l.div negative small dividend", h.div_neg_small, d.div_neg_small, 45),
            ("dividend 0x80000000", h.div_min, d.div_min, 20),
            ("divisor 1", h.div_by_one, d.div_by_one, 35),
            ("divisor -1", h.div_by_minus_one, d.div_by_minus_one, 30),
            ("divisor large", h.div_by_large, d.div_by_large, 170),
            ("divisor 0", h.div_by_zero, 0, 60),
        ];
        if mmu {
            checks.push(("DTLB miss in predicted slot", get(&h.pred_slot_fault, VEC_DTLB_MISS), 0, 60));
            checks.push(("DTLB miss at predicted target", get(&h.pred_target_fault, VEC_DTLB_MISS), 0, 60));
        }
        for (what, n, _, floor) in &checks {
            assert!(*n >= *floor, "caches {caches}, mmu {mmu}: {what}: {n} with --hazards, floor {floor}");
        }
        // each pattern as a whole at least twice as often as without
        for (pattern, range) in [("load-use", 0..4), ("store->load", 4..9), ("busy slots", 9..13), ("faults after predicted branches", 13..15), ("divisions", 19..29)] {
            let (n, base) = checks[range].iter().fold((0, 0), |(n, b), c| (n + c.1, b + c.2));
            assert!(n >= 2 * base, "caches {caches}, mmu {mmu}: {pattern}: {n} with --hazards, {base} without");
        }
        assert_eq!((h.branch_in_slot, d.branch_in_slot), (0, 0), "a branch in a delay slot");
    }
}

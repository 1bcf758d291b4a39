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

//! Soak: random programs from `vmsp-rpg` run on the RTL in lock-step with
//! the ISS; every seed must end with exit code 0 and zero mismatches.

use crate::{Options, Outcome, Stats};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Cycle limit per program: the generator bounds a program to
/// `vmsp_rpg::Options::max_steps` ISS steps (200,000 by default); 50 cycles
/// per step leaves room for any wait-state setting's CPI.
pub const CYCLES_PER_STEP: u64 = 50;

/// Result of a soak.
#[derive(Debug, Default)]
pub struct Report {
    pub seeds: u64,
    pub passed: u64,
    /// records compared with the ISS, over all seeds
    pub compared: u64,
    pub cycles: u64,
    /// (seed, what went wrong), in seed order
    pub failures: Vec<(u64, String)>,
}

/// The generator options of `seed`: seeds cycle through the three
/// configurations the firmware tests run in (plain; caches on; caches and
/// both MMUs on).
pub fn generator_options(seed: u64) -> vmsp_rpg::Options {
    generator_options_with(seed, false)
}

/// [`generator_options`], with `hazards` biasing every configuration
/// towards the pipeline's forwarding, prediction, store/load ordering and
/// exception paths (`vmsp_rpg::Options::hazards`, docs/RPG.md).
pub fn generator_options_with(seed: u64, hazards: bool) -> vmsp_rpg::Options {
    let mut gen = vmsp_rpg::Options::default();
    gen.caches = seed % 3 != 0;
    gen.mmu = seed % 3 == 2;
    gen.hazards = hazards;
    gen
}

/// Runs the program of `seed` in lock-step at `mem_latency` wait states.
pub fn run_seed(seed: u64, mem_latency: u8) -> Result<Stats, String> {
    run_seed_with(seed, mem_latency, false)
}

/// [`run_seed`] with the generator's hazard bias on or off.
pub fn run_seed_with(seed: u64, mem_latency: u8, hazards: bool) -> Result<Stats, String> {
    let gen = generator_options_with(seed, hazards);
    let elf = vmsp_rpg::generate(seed, &gen);
    let opts = Options {
        mem_latency,
        lockstep: true,
        max_cycles: gen.max_steps * CYCLES_PER_STEP,
        ..Options::default()
    };
    let mut out = Vec::new();
    let (o, s) = crate::run(&elf, &opts, &mut out).map_err(|e| format!("seed {seed}: {e}"))?;
    match o {
        Outcome::Exit(0) => Ok(s),
        Outcome::Exit(c) => Err(format!("exit code {c} (RTL and ISS agree); output: {}", String::from_utf8_lossy(&out))),
        Outcome::CycleLimit => Err(format!("cycle limit of {} reached after {} records compared", opts.max_cycles, s.compared)),
        Outcome::Mismatch(m) | Outcome::Error(m) => Err(m),
    }
}

/// Runs seeds `start..start + n` on `jobs` threads; `progress(done, report)`
/// is called after each seed (from the worker threads, under a lock).
pub fn soak(start: u64, n: u64, mem_latency: u8, jobs: usize, progress: impl FnMut(u64, &Report) + Send) -> Report {
    soak_with(start, n, mem_latency, jobs, false, progress)
}

/// [`soak`] with the generator's hazard bias on or off (`vmsp-sim soak --hazards`).
pub fn soak_with(
    start: u64,
    n: u64,
    mem_latency: u8,
    jobs: usize,
    hazards: bool,
    mut progress: impl FnMut(u64, &Report) + Send,
) -> Report {
    let next = AtomicU64::new(start);
    let end = start.saturating_add(n);
    let report = Mutex::new(Report::default());
    let progress = Mutex::new(&mut progress);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let seed = next.fetch_add(1, Ordering::Relaxed);
                if seed >= end {
                    break;
                }
                let res = run_seed_with(seed, mem_latency, hazards);
                let mut r = report.lock().unwrap();
                r.seeds += 1;
                match res {
                    Ok(st) => {
                        r.passed += 1;
                        r.compared += st.compared;
                        r.cycles += st.cycles;
                    }
                    Err(e) => r.failures.push((seed, e)),
                }
                (progress.lock().unwrap())(seed, &r);
            });
        }
    });
    let mut r = report.into_inner().unwrap();
    r.failures.sort_by_key(|f| f.0);
    r
}

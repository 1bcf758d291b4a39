//! Soak: random programs from `vmsp-rpg` run on the RTL in lock-step with
//! the ISS; every seed must end with exit code 0 and zero mismatches. With
//! [`SoakOptions::guest`] the programs run as guests under the generator's
//! host harness, booted by the security monitor ([`SoakOptions::monitor`]).

use crate::{Options, Outcome, Stats};
use or1k_arch::{EXIT_FAULT, EXIT_TICK};
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
    /// Guest programs that passed: their VM exits by cause (index EXIT_*),
    /// as the host harness counted and reported them.
    pub vm_exits: [u64; 8],
}

/// What a soak generates and how it runs it.
#[derive(Clone, Debug, Default)]
pub struct SoakOptions {
    /// `vmsp_rpg::Options::hazards` in every configuration.
    pub hazards: bool,
    /// `vmsp_rpg::Options::guest`: every program runs as a guest under the
    /// generator's host harness (needs `monitor`).
    pub guest: bool,
    /// `vmsp_rpg::Options::guests` with `guest` (0 counts as 1): 2 runs two
    /// VMs beside the host, switched at their exits.
    pub guests: u32,
    /// The security monitor's ELF: every program boots through it, on a
    /// model with the monitor world (`Options::monitor`).
    pub monitor: Option<Vec<u8>>,
}

/// A passing seed: its figures, and with a guest its VM exits by cause.
#[derive(Clone, Copy, Debug, Default)]
pub struct SeedResult {
    pub stats: Stats,
    pub vm_exits: [u64; 8],
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

/// [`generator_options_with`], and `guest` as `soak` says.
pub fn generator_options_for(seed: u64, soak: &SoakOptions) -> vmsp_rpg::Options {
    let mut gen = generator_options_with(seed, soak.hazards);
    gen.guest = soak.guest;
    gen.guests = soak.guests.max(1);
    gen
}

/// Runs the program of `seed` in lock-step at `mem_latency` wait states.
pub fn run_seed(seed: u64, mem_latency: u8) -> Result<Stats, String> {
    run_seed_with(seed, mem_latency, false)
}

/// [`run_seed`] with the generator's hazard bias on or off.
pub fn run_seed_with(seed: u64, mem_latency: u8, hazards: bool) -> Result<Stats, String> {
    run_seed_opts(seed, mem_latency, &SoakOptions { hazards, ..SoakOptions::default() }).map(|r| r.stats)
}

/// The VM exit counts a guest program's harness reports at its end: its
/// last `vmsp_rpg::GuestLayout::REPORT_COUNT` lines, `report(0x...)` on
/// the console (the l.nop NOP_REPORT hook).
pub fn harness_exit_counts(console: &[u8]) -> [u64; 8] {
    let mut counts = [0; 8];
    let text = String::from_utf8_lossy(console);
    let reports: Vec<u32> = text
        .lines()
        .filter_map(|l| l.strip_prefix("report(0x")?.strip_suffix(");"))
        .filter_map(|h| u32::from_str_radix(h, 16).ok())
        .collect();
    let n = (EXIT_FAULT - EXIT_TICK + 1) as usize;
    for &v in reports.iter().rev().take(n) {
        if v & 0xf000_0000 == vmsp_rpg::GuestLayout::REPORT_COUNT {
            counts[((v >> 24) & 7) as usize] = (v & 0xff_ffff) as u64;
        }
    }
    counts
}

/// [`run_seed`] with every soak option.
pub fn run_seed_opts(seed: u64, mem_latency: u8, soak: &SoakOptions) -> Result<SeedResult, String> {
    if soak.guest && soak.monitor.is_none() {
        return Err("guest programs need the security monitor (SoakOptions::monitor)".into());
    }
    let gen = generator_options_for(seed, soak);
    let p = vmsp_rpg::try_generate(seed, &gen).map_err(|e| format!("seed {seed}: {e}"))?;
    // a guest's bound adds the monitor's calls to max_steps
    let steps = if gen.guest { p.step_bound } else { gen.max_steps };
    let opts = Options {
        mem_latency,
        lockstep: true,
        max_cycles: steps * CYCLES_PER_STEP,
        monitor: soak.monitor.clone(),
        ..Options::default()
    };
    let mut out = Vec::new();
    let (o, s) = crate::run(&p.elf, &opts, &mut out).map_err(|e| format!("seed {seed}: {e}"))?;
    match o {
        Outcome::Exit(0) => {
            let vm_exits = if gen.guest { harness_exit_counts(&out) } else { [0; 8] };
            Ok(SeedResult { stats: s, vm_exits })
        }
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
    progress: impl FnMut(u64, &Report) + Send,
) -> Report {
    soak_opts(start, n, mem_latency, jobs, &SoakOptions { hazards, ..SoakOptions::default() }, progress)
}

/// [`soak`] with every soak option (`vmsp-sim soak [--hazards] [--monitor
/// SM.elf [--guest [--guests 2]]]`).
pub fn soak_opts(
    start: u64,
    n: u64,
    mem_latency: u8,
    jobs: usize,
    soak: &SoakOptions,
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
                let res = run_seed_opts(seed, mem_latency, soak);
                let mut r = report.lock().unwrap();
                r.seeds += 1;
                match res {
                    Ok(SeedResult { stats: st, vm_exits }) => {
                        r.passed += 1;
                        r.compared += st.compared;
                        r.cycles += st.cycles;
                        for (t, n) in r.vm_exits.iter_mut().zip(vm_exits) {
                            *t += n;
                        }
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

//! End-to-end: firmware on the RTL in lock-step with the ISS.

mod common;
use common::*;
use std::path::PathBuf;
use std::sync::Mutex;
use vmsp_iss::{Config, Machine};
use vmsp_sim::{Options, Outcome, Session};

const MAX_CYCLES: u64 = 100_000_000;

fn lockstep(elf: &PathBuf, mem_latency: u8) -> Result<(), String> {
    let bytes = std::fs::read(elf).map_err(|e| format!("{}: {e}", elf.display()))?;
    let opts = Options { mem_latency, lockstep: true, max_cycles: MAX_CYCLES, ..Options::default() };
    let mut out = Vec::new();
    let (o, s) = vmsp_sim::run(&bytes, &opts, &mut out).map_err(|e| format!("{}: {e}", elf.display()))?;
    // variant directory and program: the same names exist in each variant
    let name = format!(
        "{}/{}",
        elf.parent().and_then(|d| d.file_name()).unwrap_or_default().to_string_lossy(),
        elf.file_name().unwrap().to_string_lossy()
    );
    match o {
        Outcome::Exit(0) => {
            check_perf(&s).map_err(|e| format!("{name} @ {mem_latency} wait states: performance counters: {e}"))?;
            eprintln!(
                "{name} @ {mem_latency} wait states: {} records compared, {} cycles, CPI {:.2}",
                s.compared,
                s.cycles,
                s.cycles as f64 / s.instructions.max(1) as f64
            );
            Ok(())
        }
        o => Err(format!(
            "{name} @ {mem_latency} wait states: {o:?} after {} records compared; output:\n{}",
            s.compared,
            String::from_utf8_lossy(&out)
        )),
    }
}

/// The RTL's performance counters against what the harness and the ISS
/// saw: every cycle is issued or stalled for exactly one cause; every
/// instruction the harness counted was counted retired (the counters lag
/// the retirement port by one cycle); the D-cache fetched exactly the lines
/// the ISS's cache model fetched (the data side is not speculative).
fn check_perf(s: &vmsp_sim::Stats) -> Result<(), String> {
    let p = s.perf.ok_or("no snapshot at the program's end")?;
    let stalls = p.st_mem as u64 + p.st_fetch as u64 + p.st_ex as u64 + p.st_hazard as u64;
    if p.issued as u64 + stalls != p.cycles as u64 {
        return Err(format!("{} issued + {stalls} stalled != {} cycles ({p:?})", p.issued, p.cycles));
    }
    if p.retired as u64 + 1 != s.instructions && p.retired as u64 != s.instructions {
        return Err(format!("{} retired, the harness counted {} instructions", p.retired, s.instructions));
    }
    if let Some(d) = s.iss_dmiss {
        if d != p.dmiss as u64 {
            return Err(format!("{} D-cache line fetches, the ISS's model {d}", p.dmiss));
        }
    }
    Ok(())
}

/// Every firmware test in its three builds (plain, caches on, caches and
/// MMUs on), at 0 and 5 wait states, two runs at a time.
#[test]
fn lockstep_firmware() {
    let jobs: Vec<(PathBuf, u8)> =
        firmware_tests().into_iter().flat_map(|e| [(e.clone(), 0), (e, vmsp_sim::SDRAM_WAIT_STATES)]).collect();
    let total = jobs.len();
    let queue = Mutex::new(jobs);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((elf, lat)) = queue.lock().unwrap().pop() else { break };
                if let Err(e) = lockstep(&elf, lat) {
                    failures.lock().unwrap().push(e);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{} of {total} runs failed:\n{}", failures.len(), failures.join("\n\n"));
}

fn hello() -> Vec<u8> {
    let p = firmware_tests().into_iter().find(|p| p.ends_with("hello.elf")).expect("hello.elf built");
    std::fs::read(p).unwrap()
}

/// Without lock-step, the RTL prints what the ISS prints and exits the same.
#[test]
fn rtl_run_prints_what_the_iss_prints() {
    let bytes = hello();
    let mut out = Vec::new();
    let (o, s) = vmsp_sim::run(&bytes, &Options { max_cycles: MAX_CYCLES, ..Options::default() }, &mut out).unwrap();
    let mut iss = Machine::new(Config { ram_size: verilator_sys::RAM_SIZE, mmu: false, ..Config::default() });
    iss.load_elf(&bytes).unwrap();
    let io = iss.run(10_000_000);
    assert!(matches!(o, Outcome::Exit(0)), "{o:?}: {}", String::from_utf8_lossy(&out));
    assert_eq!(io, vmsp_iss::Outcome::Exit(0));
    assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(iss.uart_output()));
    assert!(s.instructions > 100 && s.cycles >= s.instructions, "{s:?}");
}

/// A corrupted ISS register must be reported as a mismatch, with both records.
#[test]
fn injected_mismatch_is_reported() {
    let bytes = hello();
    let mut out = Vec::new();
    let opts = Options { lockstep: true, max_cycles: MAX_CYCLES, ..Options::default() };
    let mut s = Session::new(&bytes, &opts, &mut out).unwrap();
    // run 500 compared records cleanly
    while s.lockstep.as_ref().unwrap().compared() < 500 {
        assert!(s.step().is_none(), "ended before the injection");
    }
    let at = s.lockstep.as_ref().unwrap().compared();
    let iss = &mut s.lockstep.as_mut().unwrap().iss;
    for r in 1..32 {
        iss.cpu.gpr[r] ^= 0x0000_0040;
    }
    let outcome = loop {
        if let Some(o) = s.step() {
            break o;
        }
    };
    let Outcome::Mismatch(msg) = outcome else { panic!("not reported: {outcome:?}") };
    let ls = s.lockstep.as_ref().unwrap();
    assert!(ls.compared() < at + 200, "found {} records after the injection", ls.compared() - at);
    for want in ["lock-step mismatch at record", "RTL: ", "ISS: ", "differs in: ", "r31=", "RTL's last retirements"] {
        assert!(msg.contains(want), "missing '{want}' in:\n{msg}");
    }
}

/// Random programs (vmsp-rpg seeds 0..30: plain, caches on, caches and
/// MMUs on in turn) in lock-step, at 0 and 5 wait states, without and with
/// the generator's hazard bias (`--hazards`: load-use, store→load, faults
/// after predicted branches, divider edges).
#[test]
fn soak_fixed_seeds() {
    for hazards in [false, true] {
        for latency in [0, vmsp_sim::SDRAM_WAIT_STATES] {
            let r = vmsp_sim::soak::soak_with(0, 30, latency, 2, hazards, |_, _| {});
            let what = format!("@ {latency} wait states{}", if hazards { ", hazards" } else { "" });
            let fails: Vec<String> = r.failures.iter().map(|(s, e)| format!("seed {s} {what}: {e}")).collect();
            assert!(fails.is_empty(), "{} of 30 seeds failed:\n{}", fails.len(), fails.join("\n\n"));
            assert_eq!(r.passed, 30);
            assert!(r.compared > 30 * 1000, "only {} records compared", r.compared);
            eprintln!("soak seeds 0..30 {what}: {} records compared, {} cycles", r.compared, r.cycles);
        }
    }
}

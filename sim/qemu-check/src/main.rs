//! `vmsp-qemu-check [--gaps FILE] [--no-lockstep] PROG.elf...`
//!
//! Runs every program on the ISS and on QEMU and requires the same UART
//! output and exit status, and the same PC and GPRs before every
//! instruction. Programs in the gap list are still run: a listed program
//! that matches after all is an error (a stale entry hides nothing).
//! Exit status 0 only when every program matches or is a confirmed gap.

use clap::Parser;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use vmsp_cli::exit;
use vmsp_qemu_check::compare::compare;
use vmsp_qemu_check::gaps::{self, Gap, Scope};

/// Checks the ISS against QEMU: same UART output and exit status, and the
/// same PC and GPRs before every instruction.
#[derive(Parser)]
#[command(name = "vmsp-qemu-check", version)]
struct Cli {
    /// Known QEMU gaps (firmware/tests/qemu-gaps.txt): program, scope, reason.
    #[arg(long, value_name = "FILE")]
    gaps: Option<PathBuf>,
    /// Compares only output and exit status, not PC/GPRs per instruction.
    #[arg(long)]
    no_lockstep: bool,
    /// Programs to check (`make firmware` builds them).
    #[arg(value_name = "PROG.elf", required = true)]
    programs: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let cli = vmsp_cli::parse_or_exit::<Cli>(exit::TOOL_ERROR);
    match real_main(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(exit::CHECK_FAILED),
        Err(e) => {
            eprintln!("vmsp-qemu-check: {e}");
            ExitCode::from(exit::TOOL_ERROR)
        }
    }
}

fn real_main(cli: Cli) -> Result<bool, String> {
    let mut gap_list: BTreeMap<String, Gap> = BTreeMap::new();
    if let Some(path) = &cli.gaps {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        gap_list = gaps::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let lockstep = !cli.no_lockstep;
    let programs = cli.programs;
    let name_of = |p: &PathBuf| p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    for listed in gap_list.keys() {
        if !programs.iter().any(|p| &name_of(p) == listed) {
            return Err(format!("gap list names {listed}, which is not among the programs checked"));
        }
    }

    // Programs run two at a time (one QEMU + one ISS each); results are
    // printed in program order.
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get()).min(2);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<_, String>>>> =
        programs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for worker in 0..jobs {
            let (next, results, programs, gap_list) = (&next, &results, &programs, &gap_list);
            s.spawn(move || {
                let fifo = std::env::temp_dir().join(format!("vmsp-qemu-trace-{}-{worker}", std::process::id()));
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(prog) = programs.get(i) else { break };
                    let gap = gap_list.get(&name_of(prog));
                    let do_lockstep = lockstep && gap.is_none_or(|g| g.scope == Scope::Lockstep);
                    *results[i].lock().unwrap() = Some(compare(prog, do_lockstep, &fifo));
                }
            });
        }
    });
    let (mut passed, mut failed, mut gaps_confirmed, mut compared) = (0, 0, 0, 0u64);
    for (prog, result) in programs.iter().zip(results) {
        let name = name_of(prog);
        let gap = gap_list.get(&name);
        let report = result.into_inner().unwrap().expect("every program was run")?;
        compared += report.compared;
        let matched = report.differences.is_empty();
        match (gap, matched) {
            (None, true) => {
                passed += 1;
                println!("PASS {name} ({} instructions in lock-step)", report.compared);
            }
            (None, false) => {
                failed += 1;
                println!("FAIL {name}");
                for d in &report.differences {
                    println!("  {}", d.replace('\n', "\n  "));
                }
            }
            (Some(g), false) => {
                // A lock-step-only gap must still match in output and status.
                let output_ok = g.scope != Scope::Lockstep
                    || report.differences.iter().all(|d| d.starts_with("lock-step") || d.starts_with("QEMU's trace ended"));
                if output_ok {
                    gaps_confirmed += 1;
                    println!("GAP  {name}: {}", g.reason);
                } else {
                    failed += 1;
                    println!("FAIL {name} (listed as a lock-step gap, but its output or status differs)");
                    for d in &report.differences {
                        println!("  {}", d.replace('\n', "\n  "));
                    }
                }
            }
            (Some(g), true) if g.scope == Scope::Varies => {
                gaps_confirmed += 1;
                println!("GAP  {name} (matched this time): {}", g.reason);
            }
            (Some(_), true) => {
                failed += 1;
                println!("FAIL {name}: listed as a QEMU gap but matches; remove it from the gap list");
            }
        }
    }
    println!("ISS vs QEMU: {compared} instructions compared in lock-step, {gaps_confirmed} known QEMU gaps");
    println!("{passed} passed, {failed} failed, {gaps_confirmed} skipped");
    Ok(failed == 0)
}

//! One program on the ISS and on QEMU: same UART output and exit status,
//! and (optionally) the same PC and GPRs before every instruction.

use crate::qemu::{Qemu, QemuState};
use std::collections::VecDeque;
use std::path::Path;
use std::time::Duration;
use vmsp_iss::{Config, Machine, Outcome, Retired, Stop};

/// Instruction limit for one program on the ISS.
pub const MAX_INSNS: u64 = 200_000_000;
/// Wall-clock limit for one QEMU run.
pub const QEMU_TIMEOUT: Duration = Duration::from_secs(300);
/// ISS records kept to show before a lock-step mismatch.
const HISTORY: usize = 8;

/// What a comparison found.
#[derive(Debug, Default)]
pub struct Report {
    /// Instructions compared in lock-step (0 without lock-step).
    pub compared: u64,
    /// Every difference found, each a readable paragraph; empty = match.
    pub differences: Vec<String>,
}

fn iss_machine(elf: &[u8]) -> Result<Machine, String> {
    let mut m = Machine::new(Config::default());
    m.load_elf(elf).map_err(|e| format!("ISS: {e}"))?;
    Ok(m)
}

fn exit_status(outcome: &Outcome) -> Result<i32, String> {
    match outcome {
        Outcome::Exit(code) => Ok(*code as i32),
        other => Err(format!("ISS did not exit: {other}")),
    }
}

fn compare_endings(report: &mut Report, iss_out: &[u8], iss: &Outcome, qemu: crate::qemu::QemuOutcome) {
    if qemu.timed_out {
        report.differences.push(format!("QEMU did not finish within {} s", QEMU_TIMEOUT.as_secs()));
        return;
    }
    match exit_status(iss) {
        Err(e) => report.differences.push(e),
        Ok(code) if Some(code) != qemu.status => report
            .differences
            .push(format!("exit status: ISS {code}, QEMU {:?}", qemu.status)),
        Ok(_) => {}
    }
    if iss_out != qemu.uart.as_slice() {
        report.differences.push(format!(
            "UART output differs:\n--- ISS ---\n{}\n--- QEMU ---\n{}",
            String::from_utf8_lossy(iss_out),
            String::from_utf8_lossy(&qemu.uart)
        ));
    }
}

/// Runs `elf` on both and compares output and exit status; with
/// `lockstep`, also PC and GPRs before every instruction QEMU executes.
/// `fifo` is a path for QEMU's trace pipe.
pub fn compare(elf_path: &Path, lockstep: bool, fifo: &Path) -> Result<Report, String> {
    let elf = std::fs::read(elf_path).map_err(|e| format!("{}: {e}", elf_path.display()))?;
    let mut iss = iss_machine(&elf)?;
    let mut report = Report::default();
    if !lockstep {
        let qemu = Qemu::start(elf_path, None)?;
        let outcome = iss.run(MAX_INSNS);
        compare_endings(&mut report, iss.uart_output(), &outcome, qemu.wait(QEMU_TIMEOUT));
        return Ok(report);
    }

    let qemu = Qemu::start(elf_path, Some(fifo))?;
    let mut trace = qemu.open_trace()?;
    let mut history: VecDeque<Retired> = VecDeque::with_capacity(HISTORY);
    let mut first = true;
    let outcome = loop {
        if report.compared >= MAX_INSNS {
            break Outcome::InsnLimit;
        }
        let (pc, gpr) = (iss.cpu.pc, iss.cpu.gpr);
        let r = match iss.step() {
            Ok(r) => r,
            Err(Stop::Exit(code)) => break Outcome::Exit(code),
            Err(Stop::Error(e)) => break Outcome::Error(e),
        };
        if r.interrupt {
            // QEMU takes an interrupt between instructions without logging
            // the instruction it did not execute; nothing to compare.
            push(&mut history, r);
            continue;
        }
        let q = match trace.next() {
            Some(q) => q?,
            None => {
                report.differences.push(format!(
                    "QEMU's trace ended after {} instructions while the ISS is at 0x{pc:08x}",
                    report.compared
                ));
                break iss.run(MAX_INSNS);
            }
        };
        let mut ours = QemuState { pc, gpr };
        if std::mem::take(&mut first) && ours.pc == q.pc {
            // QEMU's -M virt boots with r3 = its device-tree address (which
            // depends on the image size); the firmware ignores it. Give the
            // ISS the same value so the register files compare.
            iss_boot_r3(&mut iss, &mut ours, q.gpr[3], &r);
        }
        if ours != q {
            report.differences.push(mismatch(report.compared, &ours, &q, &r, &history));
            break iss.run(MAX_INSNS);
        }
        report.compared += 1;
        push(&mut history, r);
    };
    // Let QEMU finish writing into the pipe (the finisher follows l.nop 1).
    for _ in trace.by_ref() {}
    compare_endings(&mut report, iss.uart_output(), &outcome, qemu.wait(QEMU_TIMEOUT));
    Ok(report)
}

/// Replays the first step with QEMU's boot r3 when the program's first
/// instruction did not overwrite r3 already.
fn iss_boot_r3(iss: &mut Machine, ours: &mut QemuState, r3: u32, first: &Retired) {
    ours.gpr[3] = r3;
    if first.rd.map_or(true, |(rd, _)| rd != 3) {
        iss.cpu.gpr[3] = r3;
    }
}

fn push(history: &mut VecDeque<Retired>, r: Retired) {
    if history.len() == HISTORY {
        history.pop_front();
    }
    history.push_back(r);
}

fn mismatch(n: u64, ours: &QemuState, q: &QemuState, next: &Retired, history: &VecDeque<Retired>) -> String {
    let mut s = format!("lock-step mismatch before instruction {n}:\n");
    if ours.pc != q.pc {
        s.push_str(&format!("  PC: ISS 0x{:08x}, QEMU 0x{:08x}\n", ours.pc, q.pc));
    }
    for i in 0..32 {
        if ours.gpr[i] != q.gpr[i] {
            s.push_str(&format!("  r{i}: ISS 0x{:08x}, QEMU 0x{:08x}\n", ours.gpr[i], q.gpr[i]));
        }
    }
    s.push_str("  last ISS steps (pc insn sr ...):\n");
    for r in history {
        s.push_str(&format!("    {r}\n"));
    }
    s.push_str(&format!("  next ISS step: {next}\n"));
    s
}

//! Runs firmware on the verilated VMSP SoC (`verilator-sys`), alone or in
//! lock-step with the ISS ([`lockstep`]). The `vmsp-sim` binary is a thin
//! command line over [`Session`]; docs/SIM.md describes both.

pub mod lockstep;
pub mod probe;
pub mod seal;
pub mod soak;

use lockstep::{LockStep, Mismatch};
use probe::RamProbe;
use seal::SealCheck;
use or1k_arch::*;
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use verilator_sys::{Retired, Soc};

/// No retirement for this many cycles is an error (a hung core or bus).
pub const WATCHDOG_CYCLES: u64 = 100_000;
/// Cycles still simulated after the program ended, for UART bytes in flight.
pub const DRAIN_CYCLES: u64 = 256;
/// In lock-step, how long one side may report the end before the other does.
pub const END_SKEW_CYCLES: u64 = 2_000;
/// RTL records kept for error reports.
pub const HISTORY: usize = 16;
/// `--mem sdram`: wait states of an SDRAM-like memory.
pub const SDRAM_WAIT_STATES: u8 = 5;

/// How to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// RAM wait states before the first beat of every access.
    pub mem_latency: u8,
    /// Stop (with `Outcome::CycleLimit`) after this many cycles.
    pub max_cycles: u64,
    /// FST wave file.
    pub waves: Option<PathBuf>,
    /// Check every retirement against the ISS.
    pub lockstep: bool,
    /// RAM bytes the SoC decodes (and the lock-step ISS has), up to the
    /// model's array (`verilator_sys::RAM_SIZE`).
    pub ram_size: u32,
    /// The security monitor's ELF: its ROM image is loaded into the SoC
    /// (which must have the monitor world) and given to the lock-step ISS.
    pub monitor: Option<Vec<u8>>,
    /// Cold DRAM (lock-step only): at the end, no 16-byte-aligned block of
    /// the RTL's RAM may equal this one.
    pub forbid_block: Option<[u8; 16]>,
    /// Bytes placed in RAM after the program's segments, before the run,
    /// in the SoC's RAM and (in lock-step) the ISS's (`run --load`).
    pub data: Vec<RamData>,
}

/// `Options::data`: `bytes` at `addr`, which must lie in RAM and overlap
/// neither the program's file bytes (its zero fill may be loaded over) nor
/// another `RamData`; `name` (the file) for messages.
#[derive(Clone, Debug)]
pub struct RamData {
    pub addr: u32,
    pub bytes: Vec<u8>,
    pub name: String,
}

/// Why `Options::data` cannot be placed.
#[derive(Clone, Debug)]
pub enum DataError {
    /// A range that leaves the RAM.
    OutsideRam(String),
    /// A range that overlaps the program's file bytes or an earlier one.
    Overlap(String),
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataError::OutsideRam(m) | DataError::Overlap(m) => f.write_str(m),
        }
    }
}

/// Appends `data` to `image` as segments, each checked to lie in a RAM of
/// `ram_size` bytes and to overlap no bytes before it (the program's file
/// bytes, an earlier `RamData`; the program's zero fill, .bss and NOLOAD
/// sections, may be loaded over).
pub fn add_data<'a>(image: &mut or1k_image::Image<'a>, data: &'a [RamData], ram_size: u32) -> Result<(), DataError> {
    let program_segments = image.segments.len();
    for d in data {
        let (start, end) = (d.addr as u64, d.addr as u64 + d.bytes.len() as u64);
        let ram_end = RAM_BASE as u64 + ram_size as u64;
        if start < RAM_BASE as u64 || end > ram_end {
            return Err(DataError::OutsideRam(format!(
                "--load 0x{:08x}={}: its 0x{:x} bytes (0x{start:08x}..0x{end:08x}) lie outside RAM \
                 (0x{RAM_BASE:08x}..0x{ram_end:08x})",
                d.addr,
                d.name,
                d.bytes.len()
            )));
        }
        for (i, seg) in image.segments.iter().enumerate() {
            // the ELF's file bytes; its zero fill (.bss, NOLOAD sections) may be loaded over
            let (s, e) = (seg.addr as u64, seg.addr as u64 + seg.data.len() as u64);
            if start < e && s < end {
                let what = if i < program_segments { "the ELF's bytes at" } else { "an earlier --load at" };
                return Err(DataError::Overlap(format!(
                    "--load 0x{:08x}={}: 0x{start:08x}..0x{end:08x} overlaps {what} 0x{s:08x}..0x{e:08x}",
                    d.addr, d.name
                )));
            }
        }
        image.segments.push(or1k_image::Segment { addr: d.addr, data: &d.bytes, mem_size: d.bytes.len() as u32 });
    }
    Ok(())
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mem_latency: 0,
            max_cycles: u64::MAX,
            waves: None,
            lockstep: false,
            ram_size: SIM_RAM_DEFAULT.min(verilator_sys::RAM_SIZE),
            monitor: None,
            forbid_block: None,
            data: Vec::new(),
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// The program ended (l.nop 1 or the finisher) with this code.
    Exit(u32),
    /// `max_cycles` reached.
    CycleLimit,
    /// The RTL and the ISS disagreed (the message has both sides).
    Mismatch(String),
    /// The simulation cannot go on (watchdog).
    Error(String),
}

/// Figures of a run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub cycles: u64,
    /// retirement records without exception or interrupt
    pub instructions: u64,
    /// every retirement record (exceptions and interrupts included)
    pub records: u64,
    /// records checked against the ISS
    pub compared: u64,
    /// l.mfspr values copied from the RTL into the ISS
    pub copied: u64,
    /// The RTL's performance counters in the cycle the program signalled
    /// its end (None if it did not).
    pub perf: Option<verilator_sys::Perf>,
    /// In lock-step, the ISS's D-cache model's line fetches at that point.
    pub iss_dmiss: Option<u64>,
    /// Exceptions and interrupts the RTL reported, by vector (index =
    /// vector >> 8: 5 tick, 8 external, 9 DTLB miss, 0xa ITLB miss, 0xc
    /// system call, ...).
    pub vectors: [u64; 16],
    /// VM entries (an l.vmenter that entered) and the cycles from its
    /// retirement to the guest's first retirement, summed.
    pub vm_entries: u64,
    pub vm_entry_cycles: u64,
    /// VM exits and the cycles from the exit's record to the host's first
    /// retirement (at its 0xF00), summed.
    pub vm_exits: u64,
    pub vm_exit_cycles: u64,
    /// In lock-step, the RAM write beats the bus probe saw (each found in
    /// the ISS's RAM).
    pub ram_writes: u64,
    /// In lock-step, the sealed contexts the RTL wrote, each opened and
    /// compared with the ISS's, and those equal to its blob byte for byte.
    pub blobs: u64,
    pub blobs_exact: u64,
}

/// Why a program could not be started.
#[derive(Debug)]
pub enum StartError {
    Load(verilator_sys::Error),
    Waves(verilator_sys::Error),
    /// The lock-step ISS could not be set up like the RTL.
    LockStep(String),
    /// `Options::data` cannot be placed.
    Data(DataError),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Load(e) | StartError::Waves(e) => e.fmt(f),
            StartError::LockStep(m) => write!(f, "lock-step: {m}"),
            StartError::Data(e) => e.fmt(f),
        }
    }
}

/// Decodes a finisher write as QEMU's sifive_test (the ISS's bus.rs):
/// PASS → 0, (code << 16) | FAIL → code, anything else → not an exit.
pub fn finisher_code(v: u32) -> Option<u32> {
    match v & 0xffff {
        FINISHER_PASS => Some(0),
        FINISHER_FAIL => Some(v >> 16),
        _ => None,
    }
}

/// An l.vmenter that entered (a refused one writes its reason to r11).
fn entered(r: &Retired) -> bool {
    r.exception.is_none() && r.rd.is_none() && r.insn & !((0x1f << 16) | (0x1f << 11)) == VMENTER_INSN
}

/// `l.nop K` (no other fields set): the simulator hook number K.
fn nop_hook(r: &Retired) -> Option<u32> {
    (r.exception.is_none() && !r.interrupt && (r.insn & !0xffff) == NOP_INSN).then_some(r.insn & 0xffff)
}

/// A program running on the RTL, optionally with the ISS in lock-step.
pub struct Session<'c> {
    pub soc: Soc,
    pub lockstep: Option<LockStep>,
    /// In lock-step: the RAM-side bus probe (`probe.rs`).
    probe: Option<RamProbe>,
    /// In lock-step: every blob the RTL seals, recomputed (`seal.rs`).
    seal: SealCheck,
    forbid_block: Option<[u8; 16]>,
    console: &'c mut dyn Write,
    /// everything the RTL printed (UART + l.nop hooks), kept in lock-step
    /// to compare with the ISS's console at the end
    printed: Vec<u8>,
    history: VecDeque<(u64, Retired)>,
    max_cycles: u64,
    last_retire: u64,
    stats: Stats,
    /// exit code and the cycle the RTL side ended
    rtl_end: Option<(u32, u64)>,
    /// cycle from which only UART bytes are still collected
    drain_from: Option<u64>,
    /// A guest runs (from an entering l.vmenter to a VM exit's record):
    /// its l.nop console hooks are no-ops, as on the ISS.
    in_guest: bool,
    /// the cycle of the last entry's / exit's record, until the next record
    vm_enter_at: Option<u64>,
    vm_exit_at: Option<u64>,
    outcome: Option<Outcome>,
}

impl<'c> Session<'c> {
    /// Builds the SoC, loads `elf` and `opts.data` (and the ISS in
    /// lock-step, the same bytes), opens waves. Program output goes to `console`.
    pub fn new(elf: &[u8], opts: &Options, console: &'c mut dyn Write) -> Result<Session<'c>, StartError> {
        let mut image = Soc::check_elf_in(elf, opts.ram_size).map_err(StartError::Load)?;
        add_data(&mut image, &opts.data, opts.ram_size).map_err(StartError::Data)?;
        let mut soc = Soc::new();
        soc.set_ram_size(opts.ram_size).map_err(StartError::Load)?;
        if let Some(w) = &opts.waves {
            soc.waves(w).map_err(StartError::Waves)?;
        }
        soc.set_mem_latency(opts.mem_latency);
        let secure = match &opts.monitor {
            Some(elf) => {
                let s = vmsp_iss::SecureConfig::from_elf(elf).map_err(|e| StartError::Load(e.into()))?;
                soc.load_rom(&or1k_image::rom_words(&s.rom)).map_err(StartError::Load)?;
                Some(s)
            }
            None => None,
        };
        soc.load_image(&image).map_err(StartError::Load)?;
        let lockstep = if opts.lockstep {
            Some(LockStep::with_monitor(&image, opts.ram_size, secure).map_err(StartError::LockStep)?)
        } else {
            None
        };
        let probe = lockstep.as_ref().map(|ls| RamProbe::new(&ls.iss.bus.ram));
        Ok(Session {
            soc,
            lockstep,
            probe,
            seal: SealCheck::default(),
            forbid_block: opts.forbid_block,
            console,
            printed: Vec::new(),
            history: VecDeque::with_capacity(HISTORY),
            max_cycles: opts.max_cycles,
            last_retire: 0,
            stats: Stats::default(),
            rtl_end: None,
            drain_from: None,
            in_guest: false,
            vm_enter_at: None,
            vm_exit_at: None,
            outcome: None,
        })
    }

    /// World switches seen on the retirement port and their latencies.
    fn track_vm(&mut self, cycle: u64, r: &Retired) {
        if let Some(t) = self.vm_enter_at.take() {
            self.stats.vm_entries += 1;
            self.stats.vm_entry_cycles += cycle - t;
        }
        if let Some(t) = self.vm_exit_at.take() {
            self.stats.vm_exits += 1;
            self.stats.vm_exit_cycles += cycle - t;
        }
        if r.exception == Some(VEC_VMEXIT) {
            self.in_guest = false;
            self.vm_exit_at = Some(cycle);
        } else if entered(r) {
            self.in_guest = true;
            self.vm_enter_at = Some(cycle);
        }
    }

    pub fn stats(&self) -> Stats {
        let mut s = self.stats;
        s.cycles = self.soc.cycles();
        if let Some(ls) = &self.lockstep {
            s.compared = ls.compared();
            s.copied = ls.copied();
        }
        if let Some(p) = &self.probe {
            s.ram_writes = p.writes;
        }
        s.blobs = self.seal.blobs;
        s.blobs_exact = self.seal.exact;
        s
    }

    fn print(&mut self, bytes: &[u8]) {
        // A closed stdout must not stop the simulation (as in the ISS).
        let _ = self.console.write_all(bytes);
        if bytes.contains(&b'\n') {
            let _ = self.console.flush();
        }
        if self.lockstep.is_some() {
            self.printed.extend_from_slice(bytes);
        }
    }

    /// The last RTL records, oldest first, one per line.
    pub fn history(&self) -> String {
        let mut s = String::new();
        for (cycle, r) in &self.history {
            let _ = writeln!(s, "    cycle {cycle:>10}: {r}");
        }
        s
    }

    fn mismatch(&self, m: &Mismatch) -> Outcome {
        Outcome::Mismatch(format!(
            "{m}  RTL's last retirements (oldest first, the mismatching one last):\n{}",
            self.history()
        ))
    }

    /// The program has ended on the side(s) that decide it.
    fn ended(&self) -> bool {
        match &self.lockstep {
            Some(ls) => ls.exit_code().is_some(),
            None => self.rtl_end.is_some(),
        }
    }

    /// Runs one cycle; `Some` once the run is over (then call no more).
    pub fn step(&mut self) -> Option<Outcome> {
        if self.outcome.is_some() {
            return self.outcome.clone();
        }
        let cycle = self.soc.cycles();
        if cycle >= self.max_cycles && self.drain_from.is_none() {
            let _ = self.console.flush();
            return self.finish(Outcome::CycleLimit);
        }
        let c = self.soc.step();
        let cycle = cycle + 1;
        if let (Some(w), Some(p), Some(ls)) = (c.ram_write, &mut self.probe, &mut self.lockstep) {
            if ls.exit_code().is_none() {
                if let Err(m) = self.seal.beat(&w, &mut ls.iss.bus.ram).and_then(|_| p.record(w, ls.compared())) {
                    return self.finish(Outcome::Mismatch(m));
                }
            }
        }
        if let Some(b) = c.uart {
            self.print(&[b]);
        }
        if let Some(d) = self.drain_from {
            return (cycle >= d + DRAIN_CYCLES).then(|| self.conclude()).flatten();
        }
        if let Some(code) = c.finish.and_then(finisher_code) {
            self.rtl_end.get_or_insert((code, cycle));
        }
        if let Some(r) = c.retired {
            self.last_retire = cycle;
            if !self.ended() {
                self.stats.records += 1;
                match r.exception {
                    None => self.stats.instructions += 1,
                    Some(v) => self.stats.vectors[(v >> 8) as usize & 15] += 1,
                }
                if self.history.len() == HISTORY {
                    self.history.pop_front();
                }
                self.history.push_back((cycle, r));
                self.track_vm(cycle, &r);
                if let Some(ls) = &mut self.lockstep {
                    if let Err(m) = ls.check(&r) {
                        let o = self.mismatch(&m);
                        return self.finish(o);
                    }
                    if let Err(m) = self.seal.after_step(&mut ls.iss) {
                        return self.finish(Outcome::Mismatch(m));
                    }
                    if let Some(p) = &mut self.probe {
                        if let Err(m) = p.check(&ls.iss.bus.ram, ls.compared()) {
                            let o = Outcome::Mismatch(format!("{m}\n  RTL's last retirements:\n{}", self.history()));
                            return self.finish(o);
                        }
                    }
                }
                match nop_hook(&r).filter(|_| !self.in_guest) {
                    Some(NOP_EXIT) => {
                        self.rtl_end.get_or_insert((c.r3, cycle));
                    }
                    Some(NOP_REPORT) => self.print(format!("report(0x{:08x});\n", c.r3).as_bytes()),
                    Some(NOP_PUTC) => self.print(&[c.r3 as u8]),
                    _ => {}
                }
            }
        } else if cycle - self.last_retire >= WATCHDOG_CYCLES && !self.ended() {
            let o = Outcome::Error(format!(
                "watchdog: no retirement for {WATCHDOG_CYCLES} cycles (cycle {cycle}); last retirements:\n{}",
                self.history()
            ));
            return self.finish(o);
        }
        if self.rtl_end.is_some() && self.stats.perf.is_none() {
            self.stats.perf = Some(self.soc.perf());
            self.stats.iss_dmiss = self.lockstep.as_ref().and_then(|ls| ls.dcache_misses());
        }
        let iss_end = self.lockstep.as_ref().and_then(|ls| ls.exit_code());
        match (self.lockstep.is_some(), self.rtl_end, iss_end) {
            (false, Some(_), _) | (true, Some(_), Some(_)) => self.drain_from = Some(cycle),
            (true, Some((code, at)), None) if cycle - at > END_SKEW_CYCLES => {
                let o = Outcome::Mismatch(format!(
                    "the RTL program ended with code {code} at cycle {at} but the ISS's did not \
                     within {END_SKEW_CYCLES} cycles; RTL's last retirements:\n{}",
                    self.history()
                ));
                return self.finish(o);
            }
            (true, None, Some(code)) if cycle - self.last_retire > END_SKEW_CYCLES => {
                let o = Outcome::Mismatch(format!(
                    "the ISS's program ended with code {code} but the RTL signalled no end (l.nop 1 or \
                     finisher) within {END_SKEW_CYCLES} cycles of its last compared retirement; \
                     RTL's last retirements:\n{}",
                    self.history()
                ));
                return self.finish(o);
            }
            _ => {}
        }
        None
    }

    /// After the drain: the exit, or (lock-step) a disagreement on the
    /// exit code or the console output.
    fn conclude(&mut self) -> Option<Outcome> {
        let _ = self.console.flush();
        let (code, _) = self.rtl_end.expect("drain starts after the end");
        if let Some(ls) = &self.lockstep {
            let iss_code = ls.exit_code().expect("drain starts after the ISS's end");
            if iss_code != code {
                return self.finish(Outcome::Mismatch(format!(
                    "exit codes differ: RTL {code}, ISS {iss_code}"
                )));
            }
            let iss_out = ls.iss.uart_output();
            if iss_out != self.printed.as_slice() {
                let at = iss_out.iter().zip(&self.printed).take_while(|(a, b)| a == b).count();
                let o = Outcome::Mismatch(format!(
                    "console output differs from byte {at}: RTL printed {} bytes, ISS {} bytes\n  RTL: {:?}\n  ISS: {:?}",
                    self.printed.len(),
                    iss_out.len(),
                    String::from_utf8_lossy(&self.printed[at.saturating_sub(20)..self.printed.len().min(at + 40)]),
                    String::from_utf8_lossy(&iss_out[at.saturating_sub(20)..iss_out.len().min(at + 40)]),
                ));
                return self.finish(o);
            }
            if let Err(m) = self.seal.finish() {
                return self.finish(Outcome::Mismatch(m));
            }
            if let Some(p) = &mut self.probe {
                if let Err(m) = p.finish(&ls.iss.bus.ram) {
                    return self.finish(Outcome::Mismatch(m));
                }
                if let Some(b) = &self.forbid_block {
                    let at = p.find_block(b);
                    if !at.is_empty() {
                        return self.finish(Outcome::Mismatch(format!(
                            "cold DRAM: the block {b:02x?} is in RAM at {} place(s), the first at {:#010x}",
                            at.len(),
                            at[0]
                        )));
                    }
                }
            }
        }
        self.finish(Outcome::Exit(code))
    }

    fn finish(&mut self, o: Outcome) -> Option<Outcome> {
        self.outcome = Some(o.clone());
        Some(o)
    }

    /// Steps until the run is over; `progress` is called every 2^16 cycles.
    pub fn run(&mut self, mut progress: impl FnMut(&Stats)) -> Outcome {
        loop {
            for _ in 0..65536 {
                if let Some(o) = self.step() {
                    return o;
                }
            }
            progress(&self.stats());
        }
    }
}

/// Runs `elf` to its end; returns the outcome and figures.
pub fn run(elf: &[u8], opts: &Options, console: &mut dyn Write) -> Result<(Outcome, Stats), StartError> {
    let mut s = Session::new(elf, opts, console)?;
    let o = s.run(|_| {});
    Ok((o, s.stats()))
}

//! `vmsp-sim run PROG.elf [options] [--load ADDR=FILE]...`: runs firmware on the verilated SoC.
//! `vmsp-sim soak --seeds N [--start S] [--hazards] [--monitor SM.elf [--guest [--guests 2]]]`:
//! random programs in lock-step.
//!
//! Exit status: the program's exit code, or one of the `vmsp_cli::exit`
//! codes for the simulator's own failures; 110..=116 mean what they mean
//! for `vmsp-iss` (docs/SIM.md has the table).

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use vmsp_cli::{exit, parse_num, parse_u32};
use vmsp_sim::{DataError, Options, Outcome, RamData, Session, StartError, Stats};

/// Firmware on the verilated VMSP SoC, alone or in lock-step with the ISS.
#[derive(Parser)]
#[command(name = "vmsp-sim", version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Runs a program on the RTL until it exits.
    Run(RunArgs),
    /// Runs the vmsp-rpg programs of N seeds in lock-step (exit status 117 if any fails).
    Soak(SoakArgs),
}

#[derive(clap::Args)]
struct RunArgs {
    /// The OpenRISC ELF to run; it must start at the reset vector 0x100 (its
    /// entry, as a physical address, is 0x100 or 0: docs/SIM.md).
    #[arg(value_name = "PROG.elf")]
    elf: String,
    /// Checks every retired instruction against the ISS.
    #[arg(long)]
    lockstep: bool,
    /// Dumps every signal to an FST file.
    #[arg(long, value_name = "FILE")]
    waves: Option<std::path::PathBuf>,
    /// Stops after N cycles (exit status 115).
    #[arg(long, value_name = "N", value_parser = parse_num)]
    max_cycles: Option<u64>,
    /// RAM the SoC decodes and the lock-step ISS has (a non-zero multiple of 4, at most 64M).
    #[arg(long, value_name = "N", value_parser = parse_ram_size, default_value_t = or1k_arch::SIM_RAM_DEFAULT)]
    ram_size: u32,
    /// Boots the security monitor from this ELF (its ROM image); the model
    /// must be the SoC with the monitor world (VMSP_SOC_VERILOG=rtl/soc/vmsp_soc_monitor.v).
    #[arg(long, value_name = "SM.elf")]
    monitor: Option<String>,
    /// Cold DRAM check (with --lockstep): fails if at the end any 16-byte-aligned
    /// block of the RTL's RAM equals this one (32 hex digits, byte 0 first).
    #[arg(long, value_name = "HEX", value_parser = parse_block, requires = "lockstep")]
    forbid_block: Option<[u8; 16]>,
    /// Places FILE's bytes in RAM at ADDR (after the ELF's segments, before
    /// the run; with --lockstep in the ISS's RAM too); repeatable. The range
    /// must lie in RAM and overlap neither the ELF's file bytes (its zero
    /// fill, .bss and NOLOAD sections, may be loaded over) nor another --load.
    #[arg(long, value_name = "ADDR=FILE", value_parser = parse_load)]
    load: Vec<(u32, String)>,
    #[command(flatten)]
    common: Common,
}

#[derive(clap::Args)]
struct SoakArgs {
    /// Number of seeds to run.
    #[arg(long, value_name = "N", value_parser = parse_num)]
    seeds: u64,
    /// First seed.
    #[arg(long, value_name = "S", value_parser = parse_num, default_value = "0")]
    start: u64,
    /// Programs run at a time.
    #[arg(long, value_name = "J", value_parser = parse_jobs, default_value = "1")]
    jobs: usize,
    /// Biases the programs towards pipeline hazards (load-use, store->load,
    /// tight loops, faults after predicted branches, divider edge cases).
    #[arg(long)]
    hazards: bool,
    /// Boots every program through the security monitor from this ELF; the
    /// model must be the SoC with the monitor world (scripts/vm-model.sh).
    #[arg(long, value_name = "SM.elf")]
    monitor: Option<String>,
    /// Runs every program as a guest (VM 1) under vmsp-rpg's host harness:
    /// VM exits on host ticks and hypercalls, re-entries (needs --monitor).
    #[arg(long, requires = "monitor")]
    guest: bool,
    /// With --guest: 2 runs two guests (VMs 1 and 2) in every program, the
    /// host switching between them at their VM exits with its caches on.
    #[arg(long, value_name = "N", value_parser = parse_guests, requires = "guest")]
    guests: Option<u32>,
    #[command(flatten)]
    common: Common,
}

/// Options of both commands.
#[derive(clap::Args)]
struct Common {
    /// RAM wait states before the first beat of each access (0..255; N may be 0x hex).
    #[arg(long, value_name = "N", value_parser = parse_wait_states, overrides_with = "mem")]
    mem_latency: Option<u8>,
    /// Same as --mem-latency 0 (zero, the default) or 5 (sdram).
    #[arg(long, value_enum, overrides_with = "mem_latency")]
    mem: Option<Mem>,
    /// No progress line.
    #[arg(long)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Mem {
    Zero,
    Sdram,
}

impl Common {
    fn mem_latency(&self) -> u8 {
        match (self.mem_latency, self.mem) {
            (Some(n), _) => n,
            (None, Some(Mem::Sdram)) => vmsp_sim::SDRAM_WAIT_STATES,
            (None, Some(Mem::Zero) | None) => 0,
        }
    }
}

fn parse_wait_states(s: &str) -> Result<u8, String> {
    u8::try_from(parse_num(s)?).map_err(|_| format!("{s} is more than 255 wait states"))
}

fn parse_ram_size(s: &str) -> Result<u32, String> {
    u32::try_from(parse_num(s)?)
        .ok()
        .filter(|&n| n != 0 && n % 4 == 0 && n <= verilator_sys::RAM_SIZE)
        .ok_or_else(|| format!("'{s}' is not a non-zero multiple of 4 up to 0x{:x}", verilator_sys::RAM_SIZE))
}

fn parse_block(s: &str) -> Result<[u8; 16], String> {
    let bad = || format!("'{s}' is not 32 hex digits");
    if s.len() != 32 || !s.is_ascii() {
        return Err(bad());
    }
    let mut b = [0u8; 16];
    for (i, x) in b.iter_mut().enumerate() {
        *x = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(b)
}

/// `--load ADDR=FILE`: ADDR a number as everywhere (`0x` hex, decimal, K/M).
fn parse_load(s: &str) -> Result<(u32, String), String> {
    let (addr, file) = s.split_once('=').ok_or_else(|| format!("'{s}' is not ADDR=FILE"))?;
    let addr = parse_u32(addr).map_err(|e| format!("ADDR of '{s}': {e}"))?;
    if file.is_empty() {
        return Err(format!("'{s}' names no FILE"));
    }
    Ok((addr, file.to_string()))
}

fn parse_jobs(s: &str) -> Result<usize, String> {
    usize::try_from(parse_num(s)?).ok().filter(|j| (1..=64).contains(j)).ok_or_else(|| "--jobs: 1..64".into())
}

fn parse_guests(s: &str) -> Result<u32, String> {
    u32::try_from(parse_num(s)?).ok().filter(|n| (1..=2).contains(n)).ok_or_else(|| "--guests: 1 or 2".into())
}

fn main() -> ExitCode {
    match vmsp_cli::parse_or_exit::<Cli>(exit::USAGE).cmd {
        Cmd::Run(args) => run(&args),
        Cmd::Soak(args) => soak(&args),
    }
}

fn run(args: &RunArgs) -> ExitCode {
    let monitor = match args.monitor.as_deref().map(|p| (p, std::fs::read(p))) {
        None => None,
        Some((_, Ok(b))) => Some(b),
        Some((p, Err(e))) => {
            eprintln!("vmsp-sim: monitor {p}: {e}");
            return ExitCode::from(exit::IO);
        }
    };
    let mut data = Vec::with_capacity(args.load.len());
    for (addr, path) in &args.load {
        match std::fs::read(path) {
            Ok(bytes) => data.push(RamData { addr: *addr, bytes, name: path.clone() }),
            Err(e) => {
                eprintln!("vmsp-sim: --load {path}: {e}");
                return ExitCode::from(exit::IO);
            }
        }
    }
    let opts = Options {
        mem_latency: args.common.mem_latency(),
        max_cycles: args.max_cycles.unwrap_or(u64::MAX),
        waves: args.waves.clone(),
        lockstep: args.lockstep,
        ram_size: args.ram_size,
        monitor,
        forbid_block: args.forbid_block,
        data,
    };
    let bytes = match std::fs::read(&args.elf) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("vmsp-sim: {}: {e}", args.elf);
            return ExitCode::from(exit::IO);
        }
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout());
    let mut session = match Session::new(&bytes, &opts, &mut stdout) {
        Ok(s) => s,
        Err(StartError::Data(e)) => {
            eprintln!("vmsp-sim: {e}");
            return ExitCode::from(match e {
                DataError::OutsideRam(_) => exit::OUTSIDE_RAM,
                DataError::Overlap(_) => exit::USAGE,
            });
        }
        Err(e) => {
            eprintln!("vmsp-sim: {}: {e}", args.elf);
            return ExitCode::from(match e {
                StartError::Load(verilator_sys::Error::Load(l)) => exit::load_error(&l),
                StartError::Load(verilator_sys::Error::Waves(_)) | StartError::Waves(_) => exit::IO,
                StartError::LockStep(_) => exit::SIM_ERROR,
                StartError::Load(verilator_sys::Error::RamSize(_)) | StartError::Data(_) => exit::USAGE,
            });
        }
    };
    let start = Instant::now();
    let mut last = start;
    let quiet = args.common.quiet;
    let outcome = session.run(|s| {
        if !quiet && last.elapsed() >= Duration::from_secs(2) {
            last = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "vmsp-sim: {:.1} M cycles, {:.1} M instructions, {:.2} M cycles/s",
                s.cycles as f64 / 1e6,
                s.instructions as f64 / 1e6,
                s.cycles as f64 / secs / 1e6
            );
        }
    });
    let stats = session.stats();
    session.soc.close_waves();
    drop(session);
    let _ = stdout.flush();
    print_stats(&stats, start.elapsed().as_secs_f64(), opts.lockstep);
    match outcome {
        Outcome::Exit(code) => ExitCode::from(exit::program(code)),
        Outcome::CycleLimit => {
            eprintln!("vmsp-sim: cycle limit of {} reached without the program exiting", opts.max_cycles);
            ExitCode::from(exit::LIMIT)
        }
        Outcome::Mismatch(m) => {
            eprintln!("vmsp-sim: {m}");
            ExitCode::from(exit::MISMATCH)
        }
        Outcome::Error(e) => {
            eprintln!("vmsp-sim: {e}");
            ExitCode::from(exit::SIM_ERROR)
        }
    }
}

fn print_stats(s: &Stats, secs: f64, lockstep: bool) {
    let cpi = if s.instructions > 0 { s.cycles as f64 / s.instructions as f64 } else { f64::NAN };
    eprintln!(
        "vmsp-sim: {} cycles, {} instructions retired ({} records incl. exceptions and interrupts), CPI {cpi:.3}",
        s.cycles, s.instructions, s.records
    );
    if lockstep {
        eprintln!(
            "vmsp-sim: lock-step: {} records compared with the ISS, {} l.mfspr values copied; RAM probe: {} write beats \
             checked against the ISS's RAM",
            s.compared, s.copied, s.ram_writes
        );
        if s.blobs > 0 {
            eprintln!(
                "vmsp-sim: sealed contexts: {} blobs opened and compared with the ISS's context ({} equal byte for byte)",
                s.blobs, s.blobs_exact
            );
        }
    }
    if s.vectors.iter().any(|&n| n > 0) {
        let list: Vec<String> = s
            .vectors
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(i, n)| {
                let v = (i as u32) << 8;
                format!("0x{v:x} {} {n}", or1k_arch::vector_name(v).unwrap_or("?"))
            })
            .collect();
        eprintln!("vmsp-sim: exceptions and interrupts by vector: {}", list.join(", "));
    }
    if s.vm_entries + s.vm_exits > 0 {
        let avg = |n: u64, c: u64| c as f64 / n.max(1) as f64;
        eprintln!(
            "vmsp-sim: VM: {} entries, {:.1} cycles each (l.vmenter retired -> the guest's first instruction retired); \
             {} exits, {:.1} cycles each (the exit's record -> the host's first instruction at 0xF00 retired)",
            s.vm_entries,
            avg(s.vm_entries, s.vm_entry_cycles),
            s.vm_exits,
            avg(s.vm_exits, s.vm_exit_cycles)
        );
    }
    if let Some(p) = &s.perf {
        let pct = |n: u32| 100.0 * n as f64 / (p.cycles.max(1)) as f64;
        eprintln!(
            "vmsp-sim: perf: {} cycles, {} issued, {} retired, {} I-cache misses, {} D-cache misses; ID stalled: \
             memory {} ({:.1} %), fetch {} ({:.1} %), execute {} ({:.1} %), operand {} ({:.1} %); \
             branches: {} predicted taken, {} redirects",
            p.cycles,
            p.issued,
            p.retired,
            p.imiss,
            p.dmiss,
            p.st_mem,
            pct(p.st_mem),
            p.st_fetch,
            pct(p.st_fetch),
            p.st_ex,
            pct(p.st_ex),
            p.st_hazard,
            pct(p.st_hazard),
            p.br_pred,
            p.br_redirect
        );
        if p.mee_dec + p.mee_enc > 0 {
            eprintln!("vmsp-sim: perf: memory encryption: {} blocks decrypted, {} encrypted", p.mee_dec, p.mee_enc);
        }
        if let Some(d) = s.iss_dmiss {
            eprintln!("vmsp-sim: perf: the ISS's D-cache model fetched {d} lines (the RTL {})", p.dmiss);
        }
    }
    eprintln!("vmsp-sim: {secs:.2} s, {:.2} M cycles/s", s.cycles as f64 / secs.max(1e-9) / 1e6);
}

/// `vmsp-sim soak`: exit status 0 when every seed passed, else 117.
fn soak(args: &SoakArgs) -> ExitCode {
    let (n, first, mem_latency) = (args.seeds, args.start, args.common.mem_latency());
    let monitor = match args.monitor.as_deref().map(|p| (p, std::fs::read(p))) {
        None => None,
        Some((_, Ok(b))) => Some(b),
        Some((p, Err(e))) => {
            eprintln!("vmsp-sim: monitor {p}: {e}");
            return ExitCode::from(exit::IO);
        }
    };
    let soak_opts = vmsp_sim::soak::SoakOptions {
        hazards: args.hazards,
        guest: args.guest,
        guests: args.guests.unwrap_or(1),
        monitor,
    };
    let start = Instant::now();
    let mut last = start;
    let quiet = args.common.quiet;
    let report = vmsp_sim::soak::soak_opts(first, n, mem_latency, args.jobs, &soak_opts, |seed, r| {
        if let Some((s, e)) = r.failures.last().filter(|f| f.0 == seed) {
            eprintln!("FAIL seed {s}: {e}");
        }
        if !quiet && last.elapsed() >= Duration::from_secs(2) {
            last = Instant::now();
            eprintln!(
                "vmsp-sim soak: {}/{n} seeds, {} failed, {:.1} M records compared, {:.2} M cycles/s",
                r.seeds,
                r.failures.len(),
                r.compared as f64 / 1e6,
                r.cycles as f64 / start.elapsed().as_secs_f64() / 1e6
            );
        }
    });
    eprintln!(
        "vmsp-sim soak: seeds {}..{} at {} wait states{}{}{}: {} passed, {} failed; {} records compared with the ISS, {} cycles, {:.1} s",
        first,
        first.saturating_add(n),
        mem_latency,
        if args.hazards { ", hazards" } else { "" },
        if args.monitor.is_some() { ", monitor" } else { "" },
        match (args.guest, args.guests) {
            (true, Some(2)) => ", two guests",
            (true, _) => ", guests",
            _ => "",
        },
        report.passed,
        report.failures.len(),
        report.compared,
        report.cycles,
        start.elapsed().as_secs_f64()
    );
    if args.guest {
        let causes: Vec<String> = (or1k_arch::EXIT_TICK..=or1k_arch::EXIT_FAULT)
            .map(|c| format!("{} {}", vmsp_rpg::coverage::exit_cause_name(c), report.vm_exits[c as usize]))
            .collect();
        eprintln!("vmsp-sim soak: VM exits of the passing guests by cause: {}", causes.join(", "));
    }
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        let seeds: Vec<String> = report.failures.iter().map(|f| f.0.to_string()).collect();
        eprintln!("vmsp-sim soak: failing seeds: {}", seeds.join(" "));
        ExitCode::from(exit::MISMATCH)
    }
}

//! `vmsp-sim run PROG.elf [options]`: runs firmware on the verilated SoC.
//! `vmsp-sim soak --seeds N [--start S]`: random programs in lock-step.
//!
//! Exit status: the program's exit code, or one of the `EXIT_*` codes below
//! for the simulator's own failures; 110..=116 mean what they mean for
//! `vmsp-iss` (docs/SIM.md has the table).

use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use vmsp_sim::{Options, Outcome, Session, StartError, Stats};

const EXIT_USAGE: u8 = 110;
const EXIT_IO: u8 = 111;
const EXIT_MALFORMED_ELF: u8 = 112;
const EXIT_WRONG_ARCH: u8 = 113;
const EXIT_OUTSIDE_RAM: u8 = 114;
/// `--max-cycles` reached (the ISS's instruction-limit code).
const EXIT_CYCLE_LIMIT: u8 = 115;
/// watchdog: the core stopped retiring
const EXIT_SIM_ERROR: u8 = 116;
const EXIT_MISMATCH: u8 = 117;
/// the ELF's entry point is not the reset vector
const EXIT_BAD_ENTRY: u8 = 118;

const USAGE: &str = "usage: vmsp-sim run PROG.elf [--lockstep] [--waves OUT.fst] [--max-cycles N]
                        [--mem-latency N | --mem zero|sdram] [--ram-size N] [--quiet]
       vmsp-sim soak --seeds N [--start S] [--jobs J] [--mem-latency N | --mem zero|sdram] [--quiet]
options:
  --lockstep        check every retired instruction against the ISS
  --waves FILE      dump every signal to an FST file
  --max-cycles N    stop after N cycles (exit status 115)
  --mem-latency N   RAM wait states before the first beat of each access (0..255)
  --mem zero|sdram  same as --mem-latency 0 (default) | 5
  --ram-size N      RAM the SoC decodes and the lock-step ISS has (default 1M, at most 64M)
  --quiet           no progress line
  --seeds N         soak: run the vmsp-rpg programs of N seeds in lock-step
  --start S         soak: first seed (default 0)
  --jobs J          soak: programs run at a time (default 1)
N: decimal, 0x hex, optional K/M suffix (x1024)";

struct Args {
    soak: bool,
    elf: String,
    opts: Options,
    quiet: bool,
    seeds: Option<u64>,
    start: u64,
    jobs: usize,
}

/// Decimal or 0x-prefixed number with optional K/M suffix (x1024), as vmsp-iss.
fn parse_num(s: &str) -> Option<u64> {
    let (digits, mul) = match s.as_bytes().last()? {
        b'K' | b'k' => (&s[..s.len() - 1], 1024),
        b'M' | b'm' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    let v = match digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok()?,
        None => digits.replace('_', "").parse().ok()?,
    };
    v.checked_mul(mul)
}

fn parse_args(argv: Vec<String>) -> Result<Args, String> {
    let mut it = argv.into_iter();
    let soak = match it.next().as_deref() {
        Some("run") => false,
        Some("soak") => true,
        Some("-h") | Some("--help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command".into()),
    };
    let mut args =
        Args { soak, elf: String::new(), opts: Options::default(), quiet: false, seeds: None, start: 0, jobs: 1 };
    let mut elf = None;
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--lockstep" => args.opts.lockstep = true,
            "--quiet" => args.quiet = true,
            "--waves" => args.opts.waves = Some(value("--waves")?.into()),
            "--max-cycles" => {
                let v = value("--max-cycles")?;
                args.opts.max_cycles = parse_num(&v).ok_or(format!("--max-cycles: bad number '{v}'"))?;
            }
            "--mem-latency" => {
                let v = value("--mem-latency")?;
                let n = parse_num(&v).ok_or(format!("--mem-latency: bad number '{v}'"))?;
                args.opts.mem_latency =
                    u8::try_from(n).map_err(|_| format!("--mem-latency: {v} is more than 255 wait states"))?;
            }
            "--ram-size" if !soak => {
                let v = value("--ram-size")?;
                args.opts.ram_size = parse_num(&v)
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|&n| n != 0 && n % 4 == 0 && n <= verilator_sys::RAM_SIZE)
                    .ok_or(format!("--ram-size: '{v}' is not a non-zero multiple of 4 up to 0x{:x}", verilator_sys::RAM_SIZE))?;
            }
            "--mem" => {
                args.opts.mem_latency = match value("--mem")?.as_str() {
                    "zero" => 0,
                    "sdram" => vmsp_sim::SDRAM_WAIT_STATES,
                    other => return Err(format!("--mem: unknown memory '{other}' (zero or sdram)")),
                }
            }
            "--seeds" | "--start" | "--jobs" if soak => {
                let v = value(&a)?;
                let n = parse_num(&v).ok_or(format!("{a}: bad number '{v}'"))?;
                match a.as_str() {
                    "--seeds" => args.seeds = Some(n),
                    "--start" => args.start = n,
                    _ => args.jobs = usize::try_from(n).ok().filter(|&j| (1..=64).contains(&j)).ok_or("--jobs: 1..64")?,
                }
            }
            o if o.starts_with('-') => return Err(format!("unknown option '{o}'")),
            path if elf.is_none() && !soak => elf = Some(path.to_string()),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    if soak {
        if args.seeds.is_none() {
            return Err("soak needs --seeds N".into());
        }
        if args.opts.waves.is_some() || args.opts.lockstep || args.opts.max_cycles != u64::MAX {
            return Err("soak always runs in lock-step, without waves, with its own cycle limit".into());
        }
    } else {
        args.elf = elf.ok_or("missing ELF file")?;
    }
    Ok(args)
}

fn print_stats(s: &Stats, secs: f64, lockstep: bool) {
    let cpi = if s.instructions > 0 { s.cycles as f64 / s.instructions as f64 } else { f64::NAN };
    eprintln!(
        "vmsp-sim: {} cycles, {} instructions retired ({} records incl. exceptions and interrupts), CPI {cpi:.3}",
        s.cycles, s.instructions, s.records
    );
    if lockstep {
        eprintln!("vmsp-sim: lock-step: {} records compared with the ISS, {} l.mfspr values copied", s.compared, s.copied);
    }
    eprintln!("vmsp-sim: {secs:.2} s, {:.2} M cycles/s", s.cycles as f64 / secs.max(1e-9) / 1e6);
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1).collect()) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("vmsp-sim: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { EXIT_USAGE });
        }
    };
    if args.soak {
        return soak(&args);
    }
    let bytes = match std::fs::read(&args.elf) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("vmsp-sim: {}: {e}", args.elf);
            return ExitCode::from(EXIT_IO);
        }
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout());
    let mut session = match Session::new(&bytes, &args.opts, &mut stdout) {
        Ok(s) => s,
        Err(e) => {
            use verilator_sys::{Error, LoadError};
            eprintln!("vmsp-sim: {}: {e}", args.elf);
            return ExitCode::from(match e {
                StartError::Load(Error::Load(LoadError::Malformed(_))) => EXIT_MALFORMED_ELF,
                StartError::Load(Error::Load(LoadError::WrongArch(_))) => EXIT_WRONG_ARCH,
                StartError::Load(Error::Load(LoadError::OutsideRam { .. })) => EXIT_OUTSIDE_RAM,
                StartError::Load(Error::Entry(_)) => EXIT_BAD_ENTRY,
                StartError::Load(Error::Waves(_)) | StartError::Waves(_) => EXIT_IO,
                StartError::Load(Error::RamSize(_)) => EXIT_USAGE,
                StartError::LockStep(_) => EXIT_SIM_ERROR,
            });
        }
    };
    let start = Instant::now();
    let mut last = start;
    let quiet = args.quiet;
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
    print_stats(&stats, start.elapsed().as_secs_f64(), args.opts.lockstep);
    match outcome {
        Outcome::Exit(code) => {
            // keep failure visible when the low byte of the code is zero (as vmsp-iss)
            ExitCode::from(if code != 0 && code & 0xff == 0 { 1 } else { (code & 0xff) as u8 })
        }
        Outcome::CycleLimit => {
            eprintln!("vmsp-sim: cycle limit of {} reached without the program exiting", args.opts.max_cycles);
            ExitCode::from(EXIT_CYCLE_LIMIT)
        }
        Outcome::Mismatch(m) => {
            eprintln!("vmsp-sim: {m}");
            ExitCode::from(EXIT_MISMATCH)
        }
        Outcome::Error(e) => {
            eprintln!("vmsp-sim: {e}");
            ExitCode::from(EXIT_SIM_ERROR)
        }
    }
}

/// `vmsp-sim soak`: exit status 0 when every seed passed, else 117.
fn soak(args: &Args) -> ExitCode {
    let n = args.seeds.expect("checked");
    let start = Instant::now();
    let mut last = start;
    let quiet = args.quiet;
    let report = vmsp_sim::soak::soak(args.start, n, args.opts.mem_latency, args.jobs, |seed, r| {
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
        "vmsp-sim soak: seeds {}..{} at {} wait states: {} passed, {} failed; {} records compared with the ISS, {} cycles, {:.1} s",
        args.start,
        args.start.saturating_add(n),
        args.opts.mem_latency,
        report.passed,
        report.failures.len(),
        report.compared,
        report.cycles,
        start.elapsed().as_secs_f64()
    );
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        let seeds: Vec<String> = report.failures.iter().map(|f| f.0.to_string()).collect();
        eprintln!("vmsp-sim soak: failing seeds: {}", seeds.join(" "));
        ExitCode::from(EXIT_MISMATCH)
    }
}

//! `vmsp-iss run prog.elf [--trace[=FILE]] [--max-insns N] [--ram-size BYTES] [--caches] [--stats]`
//!
//! `--caches` gives the machine the VMSP core's I-cache and D-cache
//! (default: none, like QEMU).
//!
//! Exit status: the program's exit code, or one of the `EXIT_*` codes
//! below for the simulator's own failures (documented in docs/ISS.md).

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;
use vmsp_iss::{CacheGeometry, Config, ConsoleSink, LoadError, Machine, Outcome};

const EXIT_USAGE: u8 = 110;
const EXIT_IO: u8 = 111;
const EXIT_MALFORMED_ELF: u8 = 112;
const EXIT_WRONG_ARCH: u8 = 113;
const EXIT_OUTSIDE_RAM: u8 = 114;
const EXIT_INSN_LIMIT: u8 = 115;
const EXIT_SIM_ERROR: u8 = 116;

const USAGE: &str = "usage: vmsp-iss run PROG.elf [--trace[=FILE]] [--max-insns N] [--ram-size BYTES] [--caches] [--stats]";

struct Args {
    elf: String,
    /// None: no trace; Some(None): stderr; Some(Some(path)): file
    trace: Option<Option<String>>,
    max_insns: u64,
    ram_size: u32,
    /// the VMSP I-cache and D-cache
    caches: bool,
    stats: bool,
}

/// Parses a decimal or 0x-prefixed number, with optional K/M suffix (x1024).
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

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    match it.next().as_deref() {
        Some("run") => {}
        Some("-h") | Some("--help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command".into()),
    }
    let mut args =
        Args { elf: String::new(), trace: None, max_insns: u64::MAX, ram_size: vmsp_iss::DEFAULT_RAM_SIZE, caches: false, stats: false };
    let mut elf = None;
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--trace" => args.trace = Some(None),
            t if t.starts_with("--trace=") => args.trace = Some(Some(t["--trace=".len()..].to_string())),
            "--max-insns" => {
                let v = value("--max-insns")?;
                args.max_insns = parse_num(&v).ok_or(format!("--max-insns: bad number '{v}'"))?;
            }
            "--ram-size" => {
                let v = value("--ram-size")?;
                let n = parse_num(&v).ok_or(format!("--ram-size: bad number '{v}'"))?;
                args.ram_size = u32::try_from(n).map_err(|_| format!("--ram-size: {v} does not fit in 32 bits"))?;
            }
            "--stats" => args.stats = true,
            "--caches" => args.caches = true,
            o if o.starts_with('-') => return Err(format!("unknown option '{o}'")),
            path if elf.is_none() => elf = Some(path.to_string()),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    args.elf = elf.ok_or("missing ELF file")?;
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("vmsp-iss: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { EXIT_USAGE });
        }
    };
    let (icache, dcache) = if args.caches {
        (Some(CacheGeometry::VMSP_ICACHE), Some(CacheGeometry::VMSP_DCACHE))
    } else {
        (None, None)
    };
    let config = Config { ram_size: args.ram_size, console: ConsoleSink::Stdout, icache, dcache, ..Config::default() };
    if let Err(e) = config.validate() {
        eprintln!("vmsp-iss: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    let bytes = match std::fs::read(&args.elf) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("vmsp-iss: {}: {e}", args.elf);
            return ExitCode::from(EXIT_IO);
        }
    };
    let mut m = Machine::new(config);
    if let Err(e) = m.load_elf(&bytes) {
        eprintln!("vmsp-iss: {}: {e}", args.elf);
        return ExitCode::from(match e {
            LoadError::Malformed(_) => EXIT_MALFORMED_ELF,
            LoadError::WrongArch(_) => EXIT_WRONG_ARCH,
            LoadError::OutsideRam { .. } => EXIT_OUTSIDE_RAM,
        });
    }
    let mut trace: Option<Box<dyn Write>> = match &args.trace {
        None => None,
        Some(None) => Some(Box::new(std::io::BufWriter::new(std::io::stderr()))),
        Some(Some(path)) => match std::fs::File::create(path) {
            Ok(f) => Some(Box::new(std::io::BufWriter::new(f))),
            Err(e) => {
                eprintln!("vmsp-iss: trace file {path}: {e}");
                return ExitCode::from(EXIT_IO);
            }
        },
    };
    let start = Instant::now();
    let outcome = match trace.as_mut() {
        None => m.run(args.max_insns),
        Some(t) => {
            let mut line = Vec::with_capacity(64);
            m.run_with(args.max_insns, |r| {
                line.clear();
                r.write_line(&mut line);
                line.push(b'\n');
                let _ = t.write_all(&line);
            })
        }
    };
    let secs = start.elapsed().as_secs_f64();
    if let Some(mut t) = trace {
        if let Err(e) = t.flush() {
            eprintln!("vmsp-iss: writing the trace: {e}");
        }
    }
    let _ = std::io::stdout().flush();
    if args.stats {
        eprintln!("instructions: {} (steps {}, exceptions/interrupts {})", m.retired(), m.steps(), m.steps() - m.retired());
        eprintln!("seconds: {secs:.3}");
        eprintln!("instructions/s: {:.0}", m.retired() as f64 / secs.max(1e-9));
        for (name, c) in [("icache", m.icache()), ("dcache", m.dcache())] {
            if let Some(c) = c {
                eprintln!(
                    "{name}: {} cacheable accesses, {} misses ({:.2} %), {} dirty write-backs",
                    c.accesses,
                    c.misses,
                    100.0 * c.misses as f64 / c.accesses.max(1) as f64,
                    c.write_backs
                );
            }
        }
    }
    match outcome {
        Outcome::Exit(code) => {
            // keep failure visible when the low byte of the code is zero
            let status = if code != 0 && code & 0xff == 0 { 1 } else { (code & 0xff) as u8 };
            ExitCode::from(status)
        }
        Outcome::InsnLimit => {
            eprintln!(
                "vmsp-iss: instruction limit of {} steps reached at pc 0x{:08x} without the program exiting",
                args.max_insns, m.cpu.pc
            );
            ExitCode::from(EXIT_INSN_LIMIT)
        }
        Outcome::Error(e) => {
            eprintln!("vmsp-iss: {e}");
            ExitCode::from(EXIT_SIM_ERROR)
        }
    }
}

//! `vmsp-iss run PROG.elf [--trace[=FILE]] [--max-insns N] [--ram-size BYTES] [--caches] [--stats]
//!  [--monitor SM.elf [--trng-alarm] [--mee]] [--load ADDR=FILE]...`
//!
//! Exit status: the program's exit code, or one of the `vmsp_cli::exit`
//! codes for the simulator's own failures (documented in docs/ISS.md).

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;
use vmsp_cli::{exit, parse_num, parse_u32};
use vmsp_iss::{CacheGeometry, Config, ConsoleSink, Image, Machine, Outcome, SecureConfig};

/// The OpenRISC instruction-set simulator (the VMSP core's golden model).
#[derive(Parser)]
#[command(name = "vmsp-iss", version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Runs a program until it exits (l.nop 1 or the finisher).
    Run(RunArgs),
}

#[derive(clap::Args)]
struct RunArgs {
    /// The OpenRISC ELF to run.
    #[arg(value_name = "PROG.elf")]
    elf: String,
    /// Writes one line per retired instruction to FILE (stderr without =FILE).
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    trace: Option<String>,
    /// Stops after N steps (exit status 115).
    #[arg(long, value_name = "N", value_parser = parse_num, default_value_t = u64::MAX, hide_default_value = true)]
    max_insns: u64,
    /// RAM size in bytes (default 16M).
    #[arg(long, value_name = "BYTES", value_parser = parse_u32, default_value_t = vmsp_iss::DEFAULT_RAM_SIZE, hide_default_value = true)]
    ram_size: u32,
    /// Gives the machine the VMSP core's I-cache and D-cache (default: none, like QEMU).
    #[arg(long)]
    caches: bool,
    /// With --monitor: the memory-encryption engine's model (docs/MEE.md):
    /// RAM holds the ciphertext of the VMs' ENC pages.
    #[arg(long, requires = "monitor")]
    mee: bool,
    /// Prints instruction counts, speed and cache figures to stderr.
    #[arg(long)]
    stats: bool,
    /// Boots the security monitor from this ELF (its on-chip ROM image):
    /// the machine gets the monitor, host and guest worlds (docs/VIRT.md).
    #[arg(long, value_name = "SM.elf")]
    monitor: Option<String>,
    /// With --monitor: the TRNG reports a health-test failure (key fills fail).
    #[arg(long, requires = "monitor")]
    trng_alarm: bool,
    /// Places FILE's bytes in RAM at ADDR (after the ELF's segments, before
    /// the run); repeatable. The range must lie in RAM and overlap neither
    /// the ELF's file bytes (its zero fill, .bss and NOLOAD sections, may be
    /// loaded over) nor another --load.
    #[arg(long, value_name = "ADDR=FILE", value_parser = parse_load)]
    load: Vec<(u32, String)>,
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

/// Appends the `--load` files (`data`: address, path, bytes) to `image` as
/// segments after checking that each lies in a RAM of `ram_size` bytes and
/// overlaps no bytes before it (the ELF's file bytes, an earlier file's:
/// the ELF's zero fill may be loaded over). Errs with the exit status and
/// the message.
fn add_loads<'a>(image: &mut Image<'a>, data: &'a [(u32, String, Vec<u8>)], ram_size: u32) -> Result<(), (u8, String)> {
    let elf_segments = image.segments.len();
    for (addr, path, bytes) in data {
        let (start, end) = (*addr as u64, *addr as u64 + bytes.len() as u64);
        let ram_end = or1k_arch::RAM_BASE as u64 + ram_size as u64;
        if start < or1k_arch::RAM_BASE as u64 || end > ram_end {
            return Err((
                exit::OUTSIDE_RAM,
                format!(
                    "--load 0x{addr:08x}={path}: its 0x{:x} bytes (0x{start:08x}..0x{end:08x}) lie outside RAM \
                     (0x{:08x}..0x{ram_end:08x})",
                    bytes.len(),
                    or1k_arch::RAM_BASE
                ),
            ));
        }
        for (i, seg) in image.segments.iter().enumerate() {
            // the ELF's file bytes; its zero fill (.bss, NOLOAD sections) may be loaded over
            let (s, e) = (seg.addr as u64, seg.addr as u64 + seg.data.len() as u64);
            if start < e && s < end {
                let what = if i < elf_segments { "the ELF's bytes at" } else { "an earlier --load at" };
                return Err((
                    exit::USAGE,
                    format!("--load 0x{addr:08x}={path}: 0x{start:08x}..0x{end:08x} overlaps {what} 0x{s:08x}..0x{e:08x}"),
                ));
            }
        }
        image.segments.push(or1k_image::Segment { addr: *addr, data: bytes, mem_size: bytes.len() as u32 });
    }
    Ok(())
}

fn main() -> ExitCode {
    let Cmd::Run(args) = vmsp_cli::parse_or_exit::<Cli>(exit::USAGE).cmd;
    let (icache, dcache) = if args.caches {
        (Some(CacheGeometry::VMSP_ICACHE), Some(CacheGeometry::VMSP_DCACHE))
    } else {
        (None, None)
    };
    let secure = match args.monitor.as_deref().map(|p| (p, std::fs::read(p))) {
        None => None,
        Some((path, Err(e))) => {
            eprintln!("vmsp-iss: {path}: {e}");
            return ExitCode::from(exit::IO);
        }
        Some((path, Ok(bytes))) => match SecureConfig::from_elf(&bytes) {
            Ok(s) => Some(SecureConfig { trng_alarm: args.trng_alarm, ..s }),
            Err(e) => {
                eprintln!("vmsp-iss: monitor {path}: {e}");
                return ExitCode::from(exit::load_error(&e));
            }
        },
    };
    let config =
        Config { ram_size: args.ram_size, console: ConsoleSink::Stdout, icache, dcache, secure, mee: args.mee, ..Config::default() };
    if let Err(e) = config.validate() {
        eprintln!("vmsp-iss: {e}");
        return ExitCode::from(exit::USAGE);
    }
    let bytes = match std::fs::read(&args.elf) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("vmsp-iss: {}: {e}", args.elf);
            return ExitCode::from(exit::IO);
        }
    };
    let mut data = Vec::with_capacity(args.load.len());
    let mut image = match Image::parse(&bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("vmsp-iss: {}: {e}", args.elf);
            return ExitCode::from(exit::load_error(&e));
        }
    };
    if let Err(e) = image.check_fits(args.ram_size) {
        eprintln!("vmsp-iss: {}: {e}", args.elf);
        return ExitCode::from(exit::load_error(&e));
    }
    for (addr, path) in &args.load {
        match std::fs::read(path) {
            Ok(b) => data.push((*addr, path.clone(), b)),
            Err(e) => {
                eprintln!("vmsp-iss: --load {path}: {e}");
                return ExitCode::from(exit::IO);
            }
        }
    }
    if let Err((status, msg)) = add_loads(&mut image, &data, args.ram_size) {
        eprintln!("vmsp-iss: {msg}");
        return ExitCode::from(status);
    }
    let mut m = Machine::new(config);
    if let Err(e) = m.load_image(&image) {
        eprintln!("vmsp-iss: {}: {e}", args.elf);
        return ExitCode::from(exit::load_error(&e));
    }
    let mut trace: Option<Box<dyn Write>> = match args.trace.as_deref() {
        None => None,
        Some("") => Some(Box::new(std::io::BufWriter::new(std::io::stderr()))),
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Some(Box::new(std::io::BufWriter::new(f))),
            Err(e) => {
                eprintln!("vmsp-iss: trace file {path}: {e}");
                return ExitCode::from(exit::IO);
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
        print_stats(&m, secs);
    }
    match outcome {
        Outcome::Exit(code) => ExitCode::from(exit::program(code)),
        Outcome::InsnLimit => {
            eprintln!(
                "vmsp-iss: instruction limit of {} steps reached at pc 0x{:08x} without the program exiting",
                args.max_insns, m.cpu.pc
            );
            ExitCode::from(exit::LIMIT)
        }
        Outcome::Error(e) => {
            eprintln!("vmsp-iss: {e}");
            ExitCode::from(exit::SIM_ERROR)
        }
    }
}

fn print_stats(m: &Machine, secs: f64) {
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
    if let Some((decrypted, encrypted)) = m.mee_blocks() {
        eprintln!("mee: {decrypted} blocks decrypted, {encrypted} encrypted");
    }
}

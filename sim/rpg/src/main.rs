//! `vmsp-rpg --seed N [-o out.elf] [--insns K] [--max-steps S] [--no-timer]
//! [--no-range] [--pc-sprs] [--caches] [--mmu] [--hazards] [--guest [--guests 2]]`: writes the random program
//! for seed N. Exit status 0, or 2 (`vmsp_cli::exit::TOOL_ERROR`).

use clap::Parser;
use std::process::ExitCode;
use vmsp_cli::{exit, parse_num};
use vmsp_rpg::{try_generate, Options};

/// Writes the constrained-random OR1K program for a seed (docs/RPG.md).
#[derive(Parser)]
#[command(name = "vmsp-rpg", version)]
struct Cli {
    /// The seed: the same seed always gives the same bytes.
    #[arg(long, value_name = "N", value_parser = parse_num)]
    seed: u64,
    /// Output file (default: rpg-N.elf).
    #[arg(short, long, value_name = "OUT.elf")]
    output: Option<String>,
    /// Instruction words of random code.
    #[arg(long, value_name = "K", value_parser = parse_num)]
    insns: Option<u64>,
    /// Upper bound on ISS steps for the whole run.
    #[arg(long, value_name = "S", value_parser = parse_num)]
    max_steps: Option<u64>,
    /// No tick timer.
    #[arg(long)]
    no_timer: bool,
    /// No range exceptions (SR[OVE] stays clear).
    #[arg(long)]
    no_range: bool,
    /// Also read NPC and PPC with l.mfspr.
    #[arg(long)]
    pc_sprs: bool,
    /// Caches on, with block operations.
    #[arg(long)]
    caches: bool,
    /// Both MMUs on, with TLB-miss handlers.
    #[arg(long)]
    mmu: bool,
    /// Bias towards pipeline hazards (load-use, store->load, tight loops,
    /// faults after predicted branches, divider edge cases).
    #[arg(long)]
    hazards: bool,
    /// Run the program as a guest (VM 1) under a generated host harness
    /// (VM exits on host ticks and hypercalls); needs the security monitor:
    /// vmsp-iss run --monitor sm.elf.
    #[arg(long)]
    guest: bool,
    /// With --guest: 2 runs a second random guest as VM 2 beside VM 1, the
    /// host switching between them at their VM exits with its caches on.
    #[arg(long, value_name = "N", value_parser = parse_num, requires = "guest")]
    guests: Option<u64>,
}

fn run(cli: Cli) -> Result<(), String> {
    let mut opts = Options::default();
    if let Some(k) = cli.insns {
        opts.insns = usize::try_from(k).map_err(|_| format!("--insns {k}: too large"))?;
    }
    if let Some(s) = cli.max_steps {
        opts.max_steps = s;
    }
    opts.timer = !cli.no_timer;
    opts.range = !cli.no_range;
    opts.pc_sprs = cli.pc_sprs;
    opts.caches = cli.caches;
    opts.mmu = cli.mmu;
    opts.hazards = cli.hazards;
    opts.guest = cli.guest;
    if let Some(n) = cli.guests {
        opts.guests = u32::try_from(n).map_err(|_| format!("--guests {n}: too large"))?;
    }
    let seed = cli.seed;
    let out = cli.output.unwrap_or_else(|| format!("rpg-{seed}.elf"));
    let p = try_generate(seed, &opts).map_err(|e| e.to_string())?;
    std::fs::write(&out, &p.elf).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("seed {seed}: {} body words, at most {} steps, wrote {out}", p.body_words, p.step_bound);
    Ok(())
}

fn main() -> ExitCode {
    match run(vmsp_cli::parse_or_exit::<Cli>(exit::TOOL_ERROR)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vmsp-rpg: {e}");
            ExitCode::from(exit::TOOL_ERROR)
        }
    }
}

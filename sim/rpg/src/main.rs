//! `vmsp-rpg --seed N [-o out.elf] [--insns K] [--max-steps S] [--no-timer]
//! [--no-range] [--pc-sprs] [--caches] [--mmu]`: writes the random program
//! for seed N.

use std::process::ExitCode;
use vmsp_rpg::{try_generate, Options};

const USAGE: &str = "usage: vmsp-rpg --seed N [-o OUT.elf] [--insns K] [--max-steps S] [--no-timer] [--no-range] [--pc-sprs] [--caches] [--mmu]
  writes the constrained-random OR1K program for seed N (default OUT: rpg-N.elf)";

fn parse_num(flag: &str, v: Option<String>) -> Result<u64, String> {
    let v = v.ok_or_else(|| format!("{flag} needs a value"))?;
    let parsed = match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => v.parse(),
    };
    parsed.map_err(|e| format!("{flag} {v}: {e}"))
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut opts = Options::default();
    let (mut seed, mut out) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => seed = Some(parse_num("--seed", args.next())?),
            "-o" | "--output" => out = Some(args.next().ok_or("-o needs a path")?),
            "--insns" => opts.insns = parse_num("--insns", args.next())? as usize,
            "--max-steps" => opts.max_steps = parse_num("--max-steps", args.next())?,
            "--no-timer" => opts.timer = false,
            "--no-range" => opts.range = false,
            "--pc-sprs" => opts.pc_sprs = true,
            "--caches" => opts.caches = true,
            "--mmu" => opts.mmu = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    let seed = seed.ok_or(format!("--seed is required\n{USAGE}"))?;
    let out = out.unwrap_or_else(|| format!("rpg-{seed}.elf"));
    let p = try_generate(seed, &opts).map_err(|e| e.to_string())?;
    std::fs::write(&out, &p.elf).map_err(|e| format!("{out}: {e}"))?;
    eprintln!(
        "seed {seed}: {} body words, at most {} steps, wrote {out}",
        p.body_words, p.step_bound
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vmsp-rpg: {e}");
            ExitCode::from(2)
        }
    }
}

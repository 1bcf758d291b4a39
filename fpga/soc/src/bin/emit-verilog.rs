//! Writes the emitted Verilog of the SoC (and, on request, its parts).
//!
//! ```text
//! emit-verilog [--out DIR] [TOP...]
//! ```
//! With no TOP, writes `soc` (the default `SocConfig`) to
//! `rtl/soc/vmsp_soc.v` in the workspace; `--out DIR` writes into DIR
//! instead. Every file has top module `top`.
use std::path::PathBuf;
use std::process::ExitCode;
use secure_unit::trng::{NoiseConfig, NoiseMode, SimNoiseSource};
use vmsp_soc::{core_verilog, soc_verilog, soc_verilog_with, SocConfig};

/// (name, file, what) of every top this tool can write.
const TOPS: &[(&str, &str, &str)] = &[
    ("soc", "vmsp_soc.v", "the whole SoC, default SocConfig (simulation: 64 MiB RAM array, size set at run time, instant UART)"),
    ("soc-ram-reg", "vmsp_soc_ram_reg.v", "the simulation SoC with the board's registered RAM (SocConfig::ram_registered), for a lock-step run through VMSP_SOC_VERILOG"),
    ("soc-monitor", "vmsp_soc_monitor.v", "the simulation SoC with the monitor world (SocConfig::monitor; its ROM written by the loader during reset), for the VM lock-step runs through VMSP_SOC_VERILOG"),
    ("soc-monitor-stuck-trng", "vmsp_soc_monitor_stuck_trng.v", "soc-monitor with a stuck entropy source (constant 1): the TRNG's health tests fail, for the monitor's entropy-failure path on the RTL"),
    ("core", "or1k_core.v", "the bare or1k_core::Core"),
    ("ram", "vmsp_ram.v", "the RAM block alone (64 MiB)"),
    ("uart", "vmsp_uart.v", "the UART block alone (instant transmitter)"),
    ("finisher", "vmsp_finisher.v", "the finisher block alone"),
];

fn verilog(name: &str) -> Result<String, String> {
    let cfg = SocConfig::default();
    match name {
        "soc" => soc_verilog(&cfg),
        "soc-ram-reg" => soc_verilog(&SocConfig { ram_registered: true, ..cfg }),
        "soc-monitor" => soc_verilog(&SocConfig { monitor: true, ..cfg }),
        "soc-monitor-stuck-trng" => {
            let stuck = SimNoiseSource::new(NoiseConfig { mode: NoiseMode::Stuck1, ..Default::default() });
            soc_verilog_with(&SocConfig { monitor: true, ..cfg }, stuck)
        }
        "core" => Ok(core_verilog()),
        "ram" => vmsp_soc::ram::ram_verilog(or1k_arch::RAM_BASE, cfg.ram_size, &cfg.ram_init),
        "uart" => Ok(vmsp_soc::uart::uart_verilog(cfg.uart_line_paced, cfg.uart_divisor)),
        "finisher" => Ok(vmsp_soc::finisher::finisher_verilog()),
        _ => unreachable!("names are checked against TOPS first"),
    }
}

fn usage() -> String {
    let mut s = String::from("usage: emit-verilog [--out DIR] [TOP...]\ntops:\n");
    for (n, f, what) in TOPS {
        s.push_str(&format!("  {n:<9} -> {f:<16} {what}\n"));
    }
    s
}

fn main() -> ExitCode {
    let mut out = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../rtl/soc"));
    let mut names = vec![];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => match args.next() {
                Some(d) => out = PathBuf::from(d),
                None => {
                    eprintln!("emit-verilog: --out needs a directory\n{}", usage());
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                print!("{}", usage());
                return ExitCode::SUCCESS;
            }
            n if TOPS.iter().any(|t| t.0 == n) => names.push(n.to_string()),
            n => {
                eprintln!("emit-verilog: unknown top `{n}`\n{}", usage());
                return ExitCode::from(2);
            }
        }
    }
    if names.is_empty() {
        names.push("soc".into());
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("emit-verilog: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for n in &names {
        let file = TOPS.iter().find(|t| t.0 == n).map(|t| t.1).expect("checked");
        let v = match verilog(n) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("emit-verilog: {n}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let path = out.join(file);
        if let Err(e) = std::fs::write(&path, v) {
            eprintln!("emit-verilog: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

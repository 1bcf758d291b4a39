//! Writes the ULX3S board Verilog with a firmware image baked into RAM.
//!
//! ```text
//! emit-board --firmware X.elf --out DIR [--monitor SM.elf] [--ram-size BYTES] [--sys-mhz MHZ]
//! ```
//! `--monitor` builds the monitor world with SM.elf in its ROM.
//! Writes `DIR/vmsp_ulx3s.v` (top module `top`) and `DIR/board.txt` (the
//! configuration and PLL settings, read by scripts/fpga.sh). Defaults:
//! 128 KiB RAM, 24 MHz requested system clock (see docs/FPGA.md).
use std::path::PathBuf;
use std::process::ExitCode;
use vmsp_board::{board_verilog, BoardConfig};

const USAGE: &str =
    "usage: emit-board --firmware X.elf --out DIR [--monitor SM.elf] [--ram-size BYTES] [--sys-mhz MHZ]\n  BYTES may be decimal or 0x-hex";

fn parse_u32(s: &str) -> Option<u32> {
    match s.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

fn run() -> Result<(), String> {
    let mut cfg = BoardConfig::default();
    let (mut firmware, mut out, mut monitor) = (None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value\n{USAGE}"));
        match a.as_str() {
            "--firmware" => firmware = Some(PathBuf::from(val()?)),
            "--out" => out = Some(PathBuf::from(val()?)),
            "--monitor" => monitor = Some(PathBuf::from(val()?)),
            "--ram-size" => {
                let v = val()?;
                cfg.ram_size = parse_u32(&v).ok_or_else(|| format!("--ram-size: `{v}` is not a number"))?;
            }
            "--sys-mhz" => {
                let v = val()?;
                cfg.sys_mhz = v.parse().map_err(|_| format!("--sys-mhz: `{v}` is not a number"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let firmware = firmware.ok_or_else(|| format!("--firmware is required\n{USAGE}"))?;
    let out = out.ok_or_else(|| format!("--out is required\n{USAGE}"))?;
    let elf = std::fs::read(&firmware).map_err(|e| format!("cannot read {}: {e}", firmware.display()))?;
    // scripts/fpga.sh relinks firmware/tests and firmware/bench for the board RAM.
    cfg.ram_init = or1k_image::boot_ram(&elf, cfg.ram_size)
        .map_err(|e| format!("{}: {e} (the board RAM is {} KiB)", firmware.display(), cfg.ram_size / 1024))?;
    if let Some(sm) = &monitor {
        let elf = std::fs::read(sm).map_err(|e| format!("cannot read {}: {e}", sm.display()))?;
        cfg.monitor_rom =
            Some(or1k_image::monitor_rom_words(&elf).map_err(|e| format!("{}: {e}", sm.display()))?);
        // VMSP_ROOT_SECRET / VMSP_MFR_KEY name a real identity's files
        cfg.identity = secure_unit::identity::DeviceIdentity::from_env().map_err(|e| format!("{e:#}"))?;
    }
    let (verilog, pll) = board_verilog(&cfg)?;
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let v = out.join("vmsp_ulx3s.v");
    std::fs::write(&v, verilog).map_err(|e| format!("cannot write {}: {e}", v.display()))?;
    let summary = format!(
        "firmware {}\nmonitor {}\nram_bytes {}\nimage_words {}\nsys_mhz_requested {}\nsys_mhz {:.4}\n\
         pll CLKI_DIV={} CLKFB_DIV={} CLKOP_DIV={} CLKOS_DIV={} VCO={:.2}MHz\nuart_baud {:.0}\n",
        firmware.display(),
        monitor.as_ref().map_or("none".into(), |m| m.display().to_string()),
        cfg.ram_size,
        cfg.ram_init.len(),
        cfg.sys_mhz,
        pll.fout_mhz,
        pll.clki_div,
        pll.clkfb_div,
        pll.clkop_div,
        pll.clkos_div,
        pll.fvco_mhz,
        // The firmware leaves the divisor latch at the board's reset value.
        vmsp_board::uart_divisor(pll.fout_mhz)?.1,
    );
    let s = out.join("board.txt");
    std::fs::write(&s, &summary).map_err(|e| format!("cannot write {}: {e}", s.display()))?;
    print!("wrote {}\n{summary}", v.display());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("emit-board: {e}");
            ExitCode::from(2)
        }
    }
}

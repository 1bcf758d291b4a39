//! `vmsp-measure IMAGE.bin [--region GPA:SIZE]... [--policy P] [--load-gpa GPA]`
//!
//! Prints the launch measurement (64 hex digits) the security monitor
//! reports for a VM created with these regions and policy whose flat image
//! is added page by page from the load gPA (docs/MONITOR.md). The defaults
//! are the demo's (firmware/demo): one 64 KiB region at gPA 0, policy 0.
//! Exit status 0, or 2 for a bad argument, an unreadable file or an image
//! the VM cannot hold.

use anyhow::{Context, Result};
use clap::Parser;
use std::process::ExitCode;
use vmsp_cli::measure::{hex, measure_image, Region};
use vmsp_cli::{exit, parse_u32};

/// Recomputes a protected VM's launch measurement from its guest image.
#[derive(Parser)]
#[command(name = "vmsp-measure", version)]
struct Cli {
    /// The guest's flat binary (objcopy -O binary), starting at the load gPA.
    #[arg(value_name = "IMAGE.bin")]
    image: String,
    /// A region of the create descriptor (repeat for up to 4, in descriptor
    /// order); its hPA is not measured. Default: 0:64K.
    #[arg(long = "region", value_name = "GPA:SIZE", value_parser = parse_region)]
    regions: Vec<Region>,
    /// The create descriptor's policy: 0, or POLICY_DEBUG = 1 and POLICY_NO_ENC = 2 or'ed.
    #[arg(long, value_name = "P", value_parser = parse_u32, default_value = "0")]
    policy: u32,
    /// The gPA of the image's first page. Default: the first region's gPA.
    #[arg(long, value_name = "GPA", value_parser = parse_u32)]
    load_gpa: Option<u32>,
}

fn parse_region(s: &str) -> Result<Region, String> {
    let (gpa, size) = s.split_once(':').ok_or_else(|| format!("bad region '{s}': expected GPA:SIZE, e.g. 0:64K"))?;
    Ok(Region { gpa: parse_u32(gpa)?, size: parse_u32(size)? })
}

fn run(cli: Cli) -> Result<String> {
    let image = std::fs::read(&cli.image).with_context(|| format!("cannot read the guest image {}", cli.image))?;
    let regions = if cli.regions.is_empty() { vec![Region { gpa: 0, size: 0x10000 }] } else { cli.regions };
    let load_gpa = cli.load_gpa.unwrap_or(regions[0].gpa);
    let m = measure_image(&image, load_gpa, cli.policy, &regions).with_context(|| cli.image.clone())?;
    Ok(hex(&m))
}

fn main() -> ExitCode {
    match run(vmsp_cli::parse_or_exit::<Cli>(exit::TOOL_ERROR)) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vmsp-measure: {e:#}");
            ExitCode::from(exit::TOOL_ERROR)
        }
    }
}

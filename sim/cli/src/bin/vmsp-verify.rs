//! `vmsp-verify --report R.bin --cert C.bin --nonce HEX (--image GUEST.bin [--region GPA:SIZE].. [--load-gpa GPA] | --measurement HEX)
//!  [--mfr-pubkey FILE] [--policy P] [--require-no-debug] [--rom sm.elf] [--hv HEX] [--vmid N]`
//!
//! Checks an attestation report and the device certificate
//! (docs/ATTESTATION.md): the chain manufacturer → device key → report, and
//! the report against what the verifier expects. Prints one JSON object (the
//! decoded report and certificate, every check with its result and reason,
//! the verdict). Exit status 0: accepted; 1: rejected (the first failed
//! check on stderr); 2: a bad argument or an unreadable or malformed input
//! file (a report or certificate of the wrong length, magic or version).

use anyhow::{ensure, Context, Result};
use clap::Parser;
use std::process::ExitCode;
use vmsp_cli::attest::{self, Cert, Expected, Launch, Report};
use vmsp_cli::measure::{measure_image, Region};
use vmsp_cli::{exit, parse_u32};

/// Verifies a VMSP attestation report and its device certificate.
#[derive(Parser)]
#[command(name = "vmsp-verify", version)]
struct Cli {
    /// The attestation report (REPORT_BYTES = 320 bytes) as the guest received it.
    #[arg(long, value_name = "R.bin")]
    report: String,
    /// The device certificate (CERT_BYTES = 136 bytes), from SMC_DEVICE_CERT.
    #[arg(long, value_name = "C.bin")]
    cert: String,
    /// The manufacturer's public key: a file of 128 hex digits X || Y.
    /// Default: the TEST manufacturer key, which proves nothing.
    #[arg(long, value_name = "FILE")]
    mfr_pubkey: Option<String>,
    /// The guest's flat image: the launch measurement is recomputed from it as
    /// vmsp-measure does (with --policy, or else the report's policy).
    #[arg(long, value_name = "GUEST.bin", required_unless_present = "measurement", conflicts_with = "measurement")]
    image: Option<String>,
    /// A region of the create descriptor (repeat, in descriptor order). Default: 0:64K.
    #[arg(long = "region", value_name = "GPA:SIZE", value_parser = parse_region, requires = "image")]
    regions: Vec<Region>,
    /// The gPA of the image's first page. Default: the first region's gPA.
    #[arg(long, value_name = "GPA", value_parser = parse_u32, requires = "image")]
    load_gpa: Option<u32>,
    /// The expected launch measurement (64 hex digits), instead of --image.
    #[arg(long, value_name = "HEX")]
    measurement: Option<String>,
    /// The nonce (up to 64 bytes of hex); the report data must be it, zero-padded to 64 bytes.
    #[arg(long, value_name = "HEX")]
    nonce: String,
    /// The expected policy word, exactly (0x for hex; POLICY_DEBUG = 1, POLICY_NO_ENC = 2).
    #[arg(long, value_name = "P", value_parser = parse_u32)]
    policy: Option<u32>,
    /// Reject a VM whose policy lets the host debug it.
    #[arg(long)]
    require_no_debug: bool,
    /// The security monitor's ELF: the report's ROM measurement must be its.
    #[arg(long, value_name = "sm.elf")]
    rom: Option<String>,
    /// The expected hypervisor measurement (64 hex digits).
    #[arg(long, value_name = "HEX")]
    hv: Option<String>,
    /// The expected VMID.
    #[arg(long, value_name = "N", value_parser = parse_u32)]
    vmid: Option<u32>,
}

fn parse_region(s: &str) -> Result<Region, String> {
    let (gpa, size) = s.split_once(':').ok_or_else(|| format!("bad region '{s}': expected GPA:SIZE, e.g. 0:64K"))?;
    Ok(Region { gpa: parse_u32(gpa)?, size: parse_u32(size)? })
}

fn read(path: &str, what: &str) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read the {what} {path}"))
}

/// What the command line expects, and the report and certificate bytes.
fn prepare(cli: &Cli) -> Result<(Vec<u8>, Vec<u8>, Expected)> {
    let report = read(&cli.report, "report")?;
    let cert = read(&cli.cert, "certificate")?;
    let launch = match (&cli.measurement, &cli.image) {
        (Some(m), _) => Launch::Measurement(attest::parse_digest(m).context("--measurement")?),
        (None, Some(path)) => {
            let image = read(path, "guest image")?;
            let regions =
                if cli.regions.is_empty() { vec![Region { gpa: 0, size: 0x10000 }] } else { cli.regions.clone() };
            let load_gpa = cli.load_gpa.unwrap_or(regions[0].gpa);
            // the image and regions must be measurable at all (the policy is
            // the report's when none is given: checked again by verify)
            measure_image(&image, load_gpa, cli.policy.unwrap_or(0), &regions).with_context(|| path.clone())?;
            Launch::Image { image, load_gpa, regions }
        }
        (None, None) => unreachable!("clap requires one"),
    };
    let nonce = attest::parse_hex(&cli.nonce).context("--nonce")?;
    ensure!(nonce.len() <= 64, "--nonce: {} bytes, the report data holds at most 64", nonce.len());
    let mut exp = Expected::new(launch, &nonce);
    if let Some(path) = &cli.mfr_pubkey {
        let text = read(path, "manufacturer public key")?;
        let text = String::from_utf8(text).map_err(|_| anyhow::anyhow!("not text"));
        exp.mfr_key = text
            .and_then(|t| attest::parse_public_key(&t))
            .with_context(|| format!("bad manufacturer public key file {path} (128 hex digits X || Y)"))?;
        exp.mfr_key_source = path.clone();
    }
    exp.policy = cli.policy;
    exp.require_no_debug = cli.require_no_debug;
    if let Some(path) = &cli.rom {
        let elf = read(path, "monitor ELF")?;
        exp.rom = Some(attest::expected_rom_measurement(&elf).with_context(|| format!("monitor ELF {path}"))?);
    }
    if let Some(hv) = &cli.hv {
        exp.hv = Some(attest::parse_digest(hv).context("--hv")?);
    }
    exp.vmid = cli.vmid;
    Ok((report, cert, exp))
}

fn main() -> ExitCode {
    let cli = vmsp_cli::parse_or_exit::<Cli>(exit::TOOL_ERROR);
    let (report, cert, exp) = match prepare(&cli) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("vmsp-verify: {e:#}");
            return ExitCode::from(exit::TOOL_ERROR);
        }
    };
    let verdict = attest::verify(&report, &cert, &exp);
    println!("{}", verdict.to_json_string());
    // a file that is not a report or a certificate at all: a malformed input
    let malformed = [
        Report::parse(&report).err().map(|e| format!("malformed report {}: {e:#}", cli.report)),
        Cert::parse(&cert).err().map(|e| format!("malformed certificate {}: {e:#}", cli.cert)),
    ];
    if let Some(m) = malformed.into_iter().flatten().next() {
        eprintln!("vmsp-verify: {m}");
        return ExitCode::from(exit::TOOL_ERROR);
    }
    match verdict.first_failure() {
        None => {
            if exp.mfr_key_source == attest::TEST_MFR_SOURCE {
                eprintln!("vmsp-verify: accepted under the TEST manufacturer key (no security)");
            }
            ExitCode::SUCCESS
        }
        Some(c) => {
            eprintln!("vmsp-verify: rejected: check {} failed: {}", c.name, c.reason);
            ExitCode::from(exit::CHECK_FAILED)
        }
    }
}

//! What the command lines of vmsp-iss, vmsp-sim, vmsp-qemu-check and
//! vmsp-rpg share, so that a number or an exit status means the same in
//! each: the exit codes (docs/ISS.md, docs/SIM.md), number parsing
//! (`4096`, `0x100`, `64K`, `32M`) and the clap entry point that maps a
//! usage error to the tool's own status. Also [`measure`], the verifier's
//! recomputation of a VM's launch measurement (the `vmsp-measure` binary), and
//! [`attest`], the attestation verifier (the `vmsp-verify` binary).

use clap::error::ErrorKind;
use clap::Parser;
use or1k_image::LoadError;

pub mod attest;
pub mod measure;

/// Exit statuses. vmsp-iss and vmsp-sim use 110..=118 for their own
/// failures, any other status is the program's exit code ([`program`]);
/// the checkers (vmsp-qemu-check, vmsp-rpg) use 0, [`CHECK_FAILED`] and
/// [`TOOL_ERROR`].
pub mod exit {
    use super::LoadError;

    /// vmsp-qemu-check: at least one program differs from QEMU.
    pub const CHECK_FAILED: u8 = 1;
    /// vmsp-qemu-check, vmsp-rpg: bad arguments, an unreadable file, QEMU missing.
    pub const TOOL_ERROR: u8 = 2;

    /// Bad option, bad number, invalid configuration.
    pub const USAGE: u8 = 110;
    /// Cannot read the ELF, or create the trace / wave file.
    pub const IO: u8 = 111;
    pub const MALFORMED_ELF: u8 = 112;
    pub const WRONG_ARCH: u8 = 113;
    /// A segment (or the linked stack) lies outside the RAM.
    pub const OUTSIDE_RAM: u8 = 114;
    /// The instruction (ISS) or cycle (RTL) limit was reached.
    pub const LIMIT: u8 = 115;
    /// The simulation cannot go on: exception loop (ISS), watchdog or
    /// lock-step set-up (RTL).
    pub const SIM_ERROR: u8 = 116;
    /// Lock-step mismatch; a soak with at least one failing seed.
    pub const MISMATCH: u8 = 117;
    /// The ELF's entry is not the reset vector, where the RTL core starts.
    pub const BAD_ENTRY: u8 = 118;

    /// The status for a program that could not be loaded.
    pub fn load_error(e: &LoadError) -> u8 {
        match e {
            LoadError::Malformed(_) => MALFORMED_ELF,
            LoadError::WrongArch(_) => WRONG_ARCH,
            LoadError::OutsideRam { .. } | LoadError::StackAboveRam { .. } => OUTSIDE_RAM,
            LoadError::Entry(_) => BAD_ENTRY,
        }
    }

    /// The status for a program that ended with `code`: its low byte, but
    /// 1 when a non-zero code has a zero low byte, so a failure stays visible.
    pub fn program(code: u32) -> u8 {
        if code != 0 && code & 0xff == 0 {
            1
        } else {
            (code & 0xff) as u8
        }
    }
}

/// A decimal (`_` separators allowed) or `0x` hex number with an optional
/// `K` or `M` suffix (×1024, ×1024²): `4096`, `0x100`, `64K`, `32M`.
pub fn parse_num(s: &str) -> Result<u64, String> {
    let bad = || format!("bad number '{s}' (decimal or 0x hex, optional K/M suffix)");
    let (digits, mul) = match s.as_bytes().last() {
        Some(b'K' | b'k') => (&s[..s.len() - 1], 1 << 10),
        Some(b'M' | b'm') => (&s[..s.len() - 1], 1 << 20),
        _ => (s, 1),
    };
    let v = match digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).map_err(|_| bad())?,
        None => digits.replace('_', "").parse().map_err(|_| bad())?,
    };
    v.checked_mul(mul).ok_or_else(bad)
}

/// [`parse_num`] for a value that must fit in 32 bits (sizes, addresses).
pub fn parse_u32(s: &str) -> Result<u32, String> {
    let v = parse_num(s)?;
    u32::try_from(v).map_err(|_| format!("{s} does not fit in 32 bits"))
}

/// Parses the command line; `--help` and `--version` print and exit 0, any
/// other error prints clap's message and exits with `usage_status`.
pub fn parse_or_exit<T: Parser>(usage_status: u8) -> T {
    parse_from_or_exit(std::env::args_os(), usage_status)
}

/// [`parse_or_exit`] on given arguments (the first is the program name).
pub fn parse_from_or_exit<T: Parser, I, A>(args: I, usage_status: u8) -> T
where
    I: IntoIterator<Item = A>,
    A: Into<std::ffi::OsString> + Clone,
{
    T::try_parse_from(args).unwrap_or_else(|e| {
        let _ = e.print();
        let status = match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => 0,
            _ => usage_status,
        };
        std::process::exit(status.into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for (s, v) in [("4096", 4096), ("1_000", 1000), ("0x100", 0x100), ("0X1f", 0x1f), ("64K", 65536), ("32M", 32 << 20), ("0x10k", 0x4000)] {
            assert_eq!(parse_num(s), Ok(v), "{s}");
        }
        for s in ["", "lots", "0x", "1G", "-1", "K", "0xfffffffffffffffffff"] {
            let e = parse_num(s).unwrap_err();
            assert!(e.contains("bad number"), "{s}: {e}");
        }
        assert_eq!(parse_u32("4M"), Ok(4 << 20));
        assert!(parse_u32("4096M").is_err());
    }

    #[test]
    fn statuses() {
        assert_eq!([exit::program(0), exit::program(3), exit::program(0x100), exit::program(0x1ff)], [0, 3, 1, 0xff]);
        assert_eq!(exit::load_error(&LoadError::Malformed(String::new())), exit::MALFORMED_ELF);
        assert_eq!(exit::load_error(&LoadError::WrongArch(String::new())), exit::WRONG_ARCH);
        assert_eq!(exit::load_error(&LoadError::Entry(4)), exit::BAD_ENTRY);
        let outside = LoadError::OutsideRam { addr: 0, size: 0, ram_size: 0 };
        assert_eq!(exit::load_error(&outside), exit::OUTSIDE_RAM);
    }
}

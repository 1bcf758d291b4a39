//! ELF loading through the `object` crate: 32-bit, big-endian,
//! EM_OPENRISC, PT_LOAD segments copied to their physical addresses
//! (zero-filled up to p_memsz).

use crate::bus::Bus;
use object::elf::{FileHeader32, FileHeader64, EM_OPENRISC, PT_LOAD};
use object::read::elf::{FileHeader, ProgramHeader};
use object::{Endianness, FileKind};
use std::fmt;

/// Why an image could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not a parsable ELF file (random bytes, truncated, bad tables).
    Malformed(String),
    /// A valid ELF for another machine, class or byte order.
    WrongArch(String),
    /// A segment does not fit in RAM.
    OutsideRam { addr: u32, size: u32, ram_size: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Malformed(m) => write!(f, "malformed ELF: {m}"),
            LoadError::WrongArch(m) => write!(f, "wrong architecture: {m} (need 32-bit big-endian OpenRISC, EM_OPENRISC = {EM_OPENRISC})"),
            LoadError::OutsideRam { addr, size, ram_size } => write!(
                f,
                "segment at 0x{addr:08x} of 0x{size:x} bytes lies outside RAM (0x0..0x{ram_size:x})"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

fn machine_name(m: u16) -> String {
    match m {
        object::elf::EM_386 => "x86 (EM_386)".into(),
        object::elf::EM_X86_64 => "x86-64 (EM_X86_64)".into(),
        object::elf::EM_ARM => "ARM (EM_ARM)".into(),
        object::elf::EM_AARCH64 => "AArch64 (EM_AARCH64)".into(),
        object::elf::EM_RISCV => "RISC-V (EM_RISCV)".into(),
        object::elf::EM_OPENRISC => "OpenRISC".into(),
        other => format!("e_machine {other}"),
    }
}

/// One PT_LOAD segment: `data` goes to physical `addr`, then zeros up to `mem_size`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub addr: u32,
    pub data: &'a [u8],
    pub mem_size: u32,
}

impl Segment<'_> {
    /// The segment with its zero fill, as bytes to place at `addr`.
    pub fn bytes(&self) -> Vec<u8> {
        let mut v = self.data.to_vec();
        v.resize(self.mem_size as usize, 0);
        v
    }
}

/// A parsed OpenRISC ELF image: what every loader (the ISS's and the RTL
/// simulator's backdoor) needs, checked once here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image<'a> {
    pub entry: u32,
    /// at least one
    pub segments: Vec<Segment<'a>>,
}

impl Image<'_> {
    /// Errs with `OutsideRam` for the first segment that does not lie
    /// wholly in RAM at `RAM_BASE` of `ram_size` bytes.
    pub fn check_fits(&self, ram_size: u32) -> Result<(), LoadError> {
        for seg in &self.segments {
            let end = seg.addr as u64 + seg.mem_size as u64;
            if (seg.addr as u64) < or1k_arch::RAM_BASE as u64 || end > or1k_arch::RAM_BASE as u64 + ram_size as u64 {
                return Err(LoadError::OutsideRam { addr: seg.addr, size: seg.mem_size, ram_size });
            }
        }
        Ok(())
    }
}

/// Parses `bytes` as a 32-bit big-endian EM_OPENRISC ELF with at least one
/// PT_LOAD segment (placed at its physical address, p_paddr).
pub fn parse(bytes: &[u8]) -> Result<Image<'_>, LoadError> {
    let kind = FileKind::parse(bytes).map_err(|e| LoadError::Malformed(e.to_string()))?;
    match kind {
        FileKind::Elf32 => {}
        FileKind::Elf64 => {
            let header = FileHeader64::<Endianness>::parse(bytes).map_err(|e| LoadError::Malformed(e.to_string()))?;
            let endian = header.endian().map_err(|e| LoadError::Malformed(e.to_string()))?;
            return Err(LoadError::WrongArch(format!("64-bit ELF for {}", machine_name(header.e_machine(endian)))));
        }
        other => return Err(LoadError::Malformed(format!("not an ELF file (detected {other:?})"))),
    }
    let header = FileHeader32::<Endianness>::parse(bytes).map_err(|e| LoadError::Malformed(e.to_string()))?;
    let endian = header.endian().map_err(|e| LoadError::Malformed(e.to_string()))?;
    let machine = header.e_machine(endian);
    if machine != EM_OPENRISC {
        return Err(LoadError::WrongArch(format!("32-bit ELF for {}", machine_name(machine))));
    }
    if endian != Endianness::Big {
        return Err(LoadError::WrongArch("little-endian OpenRISC ELF".into()));
    }
    let phdrs = header.program_headers(endian, bytes).map_err(|e| LoadError::Malformed(e.to_string()))?;
    let mut segments = Vec::new();
    for ph in phdrs {
        if ph.p_type(endian) != PT_LOAD {
            continue;
        }
        let addr = ph.p_paddr(endian);
        let (filesz, memsz) = (ph.p_filesz(endian), ph.p_memsz(endian));
        if filesz > memsz {
            return Err(LoadError::Malformed(format!("segment at 0x{addr:08x}: p_filesz > p_memsz")));
        }
        let data = ph
            .data(endian, bytes)
            .map_err(|_| LoadError::Malformed(format!("segment at 0x{addr:08x} extends past the end of the file")))?;
        segments.push(Segment { addr, data, mem_size: memsz });
    }
    if segments.is_empty() {
        return Err(LoadError::Malformed("no PT_LOAD segment".into()));
    }
    Ok(Image { entry: header.e_entry(endian), segments })
}

/// Loads `bytes` into `bus` RAM and returns the entry point.
pub fn load(bytes: &[u8], bus: &mut Bus) -> Result<u32, LoadError> {
    let image = parse(bytes)?;
    let ram_size = bus.ram.len() as u32;
    image.check_fits(ram_size)?;
    for seg in &image.segments {
        if !bus.load(seg.addr, &seg.bytes()) {
            return Err(LoadError::OutsideRam { addr: seg.addr, size: seg.mem_size, ram_size });
        }
    }
    Ok(image.entry)
}

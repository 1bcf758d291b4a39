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

/// Loads `bytes` into `bus` RAM and returns the entry point.
pub fn load(bytes: &[u8], bus: &mut Bus) -> Result<u32, LoadError> {
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
    let ram_size = bus.ram.len() as u32;
    let mut loaded = 0;
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
        if addr as u64 + memsz as u64 > ram_size as u64 {
            return Err(LoadError::OutsideRam { addr, size: memsz, ram_size });
        }
        let zeros = vec![0u8; (memsz - filesz) as usize];
        if !(bus.load(addr, data) && bus.load(addr + filesz, &zeros)) {
            return Err(LoadError::OutsideRam { addr, size: memsz, ram_size });
        }
        loaded += 1;
    }
    if loaded == 0 {
        return Err(LoadError::Malformed("no PT_LOAD segment".into()));
    }
    Ok(header.e_entry(endian))
}

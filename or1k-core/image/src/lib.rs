//! OpenRISC program images: an ELF read once with the `object` crate and
//! turned into what every loader needs — the PT_LOAD segments, the entry
//! point, RAM words, and the checks that a program fits a machine.
//!
//! It sits beside `or1k-arch`, below both the RTL and the simulators: the
//! golden model (`vmsp-iss`), the RTL simulator (`verilator-sys`) and the
//! board (`vmsp-board`, an RTL crate that must not depend on a simulator)
//! all load programs through it, so the board bakes the very image that
//! passes in lock-step.
//!
//! ```no_run
//! let bytes = std::fs::read("prog.elf").unwrap();
//! let image = or1k_image::Image::parse(&bytes).unwrap();
//! image.check_boot(1 << 20).unwrap(); // fits 1 MiB and starts at the reset vector
//! for (addr, word) in image.words() { /* backdoor write */ }
//! ```

use object::elf::{FileHeader32, FileHeader64, EM_OPENRISC, PT_LOAD};
use object::read::elf::{FileHeader, ProgramHeader};
use object::{Endianness, FileKind, Object, ObjectSymbol};
use or1k_arch::{RAM_BASE, SM_ROM_BASE, SM_ROM_SIZE, SM_SRAM_BASE, SM_SRAM_SIZE, VEC_RESET};
use std::collections::BTreeMap;
use std::fmt;

/// Why a program cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not a parsable ELF file (random bytes, truncated, bad tables).
    Malformed(String),
    /// A valid ELF for another machine, class or byte order.
    WrongArch(String),
    /// A segment does not fit in RAM.
    OutsideRam { addr: u32, size: u32, ram_size: u32 },
    /// The image does not start at the reset vector, where the hardware
    /// core starts (the value is `Image::start`).
    Entry(u32),
    /// The stack (`__stack_top`) was linked above the RAM's top.
    StackAboveRam { stack_top: u32, ram_size: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Malformed(m) => write!(f, "malformed ELF: {m}"),
            LoadError::WrongArch(m) => write!(
                f,
                "wrong architecture: {m} (need 32-bit big-endian OpenRISC, EM_OPENRISC = {EM_OPENRISC})"
            ),
            LoadError::OutsideRam { addr, size, ram_size } => write!(
                f,
                "segment at 0x{addr:08x} of 0x{size:x} bytes lies outside RAM (0x0..0x{ram_size:x})"
            ),
            LoadError::Entry(e) => write!(
                f,
                "the image starts at 0x{e:08x} (its ELF entry as a physical address), not at the reset \
                 vector 0x{VEC_RESET:x}, where the RTL core starts (link the program with its entry at \
                 0x{VEC_RESET:x}, or at a virtual address whose physical address is 0x{VEC_RESET:x} or 0)"
            ),
            LoadError::StackAboveRam { stack_top, ram_size } => write!(
                f,
                "the program was linked for a larger RAM: __stack_top = 0x{stack_top:x}, the RAM ends at \
                 0x{:x}; relink it with -Wl,--defsym=__ram_size=0x{ram_size:x}",
                RAM_BASE as u64 + *ram_size as u64
            ),
        }
    }
}

impl std::error::Error for LoadError {}

fn malformed(e: impl fmt::Display) -> LoadError {
    LoadError::Malformed(e.to_string())
}

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

/// A parsed OpenRISC ELF: the entry point, the segments (at least one) and
/// the link-time `__stack_top` if the program defines it (our runtime does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image<'a> {
    /// The ELF header's entry (e_entry), as linked.
    pub entry: u32,
    /// Where a machine starts this image, the rule of QEMU's OpenRISC
    /// loader: the entry's physical address (an entry inside a PT_LOAD
    /// segment's virtual range, like Linux's 0xC000_0000, is moved by that
    /// segment's p_paddr − p_vaddr), or the reset vector when that is 0
    /// (a kernel linked at physical 0 has its reset code at 0x100).
    pub start: u32,
    pub segments: Vec<Segment<'a>>,
    pub stack_top: Option<u32>,
}

impl<'a> Image<'a> {
    /// Parses `bytes` as a 32-bit big-endian EM_OPENRISC ELF with at least
    /// one PT_LOAD segment (placed at its physical address, p_paddr).
    pub fn parse(bytes: &'a [u8]) -> Result<Image<'a>, LoadError> {
        match FileKind::parse(bytes).map_err(malformed)? {
            FileKind::Elf32 => {}
            FileKind::Elf64 => {
                let header = FileHeader64::<Endianness>::parse(bytes).map_err(malformed)?;
                let endian = header.endian().map_err(malformed)?;
                return Err(LoadError::WrongArch(format!("64-bit ELF for {}", machine_name(header.e_machine(endian)))));
            }
            other => return Err(LoadError::Malformed(format!("not an ELF file (detected {other:?})"))),
        }
        let header = FileHeader32::<Endianness>::parse(bytes).map_err(malformed)?;
        let endian = header.endian().map_err(malformed)?;
        let machine = header.e_machine(endian);
        if machine != EM_OPENRISC {
            return Err(LoadError::WrongArch(format!("32-bit ELF for {}", machine_name(machine))));
        }
        if endian != Endianness::Big {
            return Err(LoadError::WrongArch("little-endian OpenRISC ELF".into()));
        }
        let entry = header.e_entry(endian);
        let mut start = entry;
        let mut segments = Vec::new();
        for ph in header.program_headers(endian, bytes).map_err(malformed)? {
            if ph.p_type(endian) != PT_LOAD {
                continue;
            }
            let addr = ph.p_paddr(endian);
            let vaddr = ph.p_vaddr(endian);
            if entry.wrapping_sub(vaddr) < ph.p_memsz(endian) {
                start = addr.wrapping_add(entry.wrapping_sub(vaddr));
            }
            let (filesz, memsz) = (ph.p_filesz(endian), ph.p_memsz(endian));
            if filesz > memsz {
                return Err(LoadError::Malformed(format!("segment at 0x{addr:08x}: p_filesz > p_memsz")));
            }
            let data = ph.data(endian, bytes).map_err(|_| {
                LoadError::Malformed(format!("segment at 0x{addr:08x} extends past the end of the file"))
            })?;
            segments.push(Segment { addr, data, mem_size: memsz });
        }
        if segments.is_empty() {
            return Err(LoadError::Malformed("no PT_LOAD segment".into()));
        }
        // Section and symbol tables are optional in an ELF: a program
        // without them simply has no known stack top.
        let stack_top = object::File::parse(bytes)
            .ok()
            .and_then(|f| f.symbols().find(|s| s.name() == Ok("__stack_top")).map(|s| s.address() as u32));
        if start == 0 {
            start = VEC_RESET;
        }
        Ok(Image { entry, start, segments, stack_top })
    }

    /// Errs with `OutsideRam` for the first segment that does not lie
    /// wholly in RAM at `RAM_BASE` of `ram_size` bytes.
    pub fn check_fits(&self, ram_size: u32) -> Result<(), LoadError> {
        let (base, end) = (RAM_BASE as u64, RAM_BASE as u64 + ram_size as u64);
        for seg in &self.segments {
            if (seg.addr as u64) < base || seg.addr as u64 + seg.mem_size as u64 > end {
                return Err(LoadError::OutsideRam { addr: seg.addr, size: seg.mem_size, ram_size });
            }
        }
        Ok(())
    }

    /// What the hardware needs besides `check_fits`: the core starts at the
    /// reset vector, so the image must start there (`start`).
    pub fn check_boot(&self, ram_size: u32) -> Result<(), LoadError> {
        self.check_fits(ram_size)?;
        if self.start != VEC_RESET {
            return Err(LoadError::Entry(self.start));
        }
        Ok(())
    }

    /// `check_boot`, and a linked stack top inside the RAM: a board RAM
    /// smaller than the link-time one would turn the first push into a bus
    /// error long after the build, so it is refused before.
    pub fn check_standalone(&self, ram_size: u32) -> Result<(), LoadError> {
        self.check_boot(ram_size)?;
        match self.stack_top {
            Some(top) if top as u64 > RAM_BASE as u64 + ram_size as u64 => {
                Err(LoadError::StackAboveRam { stack_top: top, ram_size })
            }
            _ => Ok(()),
        }
    }

    /// Every word the segments touch, ascending, as (word address,
    /// big-endian value). Bytes of a partly covered word that no segment
    /// gives are 0 (the RAM's power-up value).
    pub fn words(&self) -> BTreeMap<u32, u32> {
        let mut bytes = BTreeMap::<u32, [u8; 4]>::new();
        for seg in &self.segments {
            for (i, b) in seg.bytes().into_iter().enumerate() {
                let a = seg.addr.wrapping_add(i as u32);
                bytes.entry(a & !3).or_default()[(a & 3) as usize] = b;
            }
        }
        bytes.into_iter().map(|(a, w)| (a, u32::from_be_bytes(w))).collect()
    }

    /// The RAM's contents from `RAM_BASE` as words, for a RAM of
    /// `ram_size` bytes after `check_fits`: trailing zero words are dropped
    /// (the RAM powers up zeroed).
    pub fn ram_words(&self, ram_size: u32) -> Result<Vec<u32>, LoadError> {
        self.check_fits(ram_size)?;
        let mut ram = vec![0u32; ram_size as usize / 4];
        for (addr, w) in self.words() {
            ram[((addr - RAM_BASE) / 4) as usize] = w;
        }
        while ram.last() == Some(&0) {
            ram.pop();
        }
        Ok(ram)
    }
}

/// The RAM contents of a machine without a loader (the board: the image
/// is the RAM's initial value): `bytes` parsed, `check_standalone`ed and
/// turned into `ram_words`.
pub fn boot_ram(bytes: &[u8], ram_size: u32) -> Result<Vec<u32>, LoadError> {
    let image = Image::parse(bytes)?;
    image.check_standalone(ram_size)?;
    image.ram_words(ram_size)
}

/// The security monitor's ROM image (bytes from SM_ROM_BASE) from its ELF,
/// for the ISS and for the RTL (the simulation's loader and the board's
/// baked ROM): every PT_LOAD segment's bytes must lie in the ROM (its
/// .data is loaded there and copied to SRAM by the monitor); segments with
/// no file bytes (.bss, the stack) in the SRAM are allowed and load nothing.
pub fn monitor_rom(bytes: &[u8]) -> Result<Vec<u8>, LoadError> {
    let image = Image::parse(bytes)?;
    let mut rom = Vec::new();
    for seg in &image.segments {
        let in_sram = seg.addr.wrapping_sub(SM_SRAM_BASE) < SM_SRAM_SIZE
            && seg.addr as u64 + seg.mem_size as u64 <= SM_SRAM_BASE as u64 + SM_SRAM_SIZE as u64;
        if seg.data.is_empty() && in_sram {
            continue;
        }
        let off = seg.addr.wrapping_sub(SM_ROM_BASE) as usize;
        if seg.addr < SM_ROM_BASE || off + seg.data.len() > SM_ROM_SIZE as usize {
            return Err(LoadError::Malformed(format!(
                "monitor segment at 0x{:08x} of 0x{:x} bytes lies outside the monitor ROM \
                 (0x{SM_ROM_BASE:08x}..0x{:08x})",
                seg.addr,
                seg.data.len(),
                SM_ROM_BASE + SM_ROM_SIZE
            )));
        }
        if rom.len() < off + seg.data.len() {
            rom.resize(off + seg.data.len(), 0);
        }
        rom[off..off + seg.data.len()].copy_from_slice(seg.data);
    }
    if rom.len() < (VEC_RESET + 4) as usize {
        return Err(LoadError::Malformed("the monitor image has no code at its reset entry".into()));
    }
    Ok(rom)
}

/// [`monitor_rom`] as the ROM's words ([`rom_words`]).
pub fn monitor_rom_words(bytes: &[u8]) -> Result<Vec<u32>, LoadError> {
    Ok(rom_words(&monitor_rom(bytes)?))
}

/// A ROM image's bytes as big-endian words, the last one zero-padded.
pub fn rom_words(rom: &[u8]) -> Vec<u32> {
    rom.chunks(4).map(|c| c.iter().enumerate().fold(0, |w, (i, &b)| w | (b as u32) << (24 - 8 * i))).collect()
}

#[cfg(test)]
mod tests;

//! The parser and the word builder on hand-made ELF files (one header, one
//! PT_LOAD segment), so these tests need no cross toolchain.
use super::*;

/// A 32-bit ELF (big-endian unless `le`) for `machine` with one PT_LOAD
/// segment of `data` at `addr`, `mem_size` bytes in memory.
fn elf(machine: u16, le: bool, entry: u32, addr: u32, data: &[u8], mem_size: u32) -> Vec<u8> {
    elf_at(machine, le, entry, addr, addr, data, mem_size)
}

/// [`elf`] with the segment linked at `vaddr` and loaded at `paddr`.
fn elf_at(machine: u16, le: bool, entry: u32, vaddr: u32, paddr: u32, data: &[u8], mem_size: u32) -> Vec<u8> {
    let h16 = |v: u16| if le { v.to_le_bytes() } else { v.to_be_bytes() };
    let h32 = |v: u32| if le { v.to_le_bytes() } else { v.to_be_bytes() };
    let mut f = vec![0x7f, b'E', b'L', b'F', 1, if le { 1 } else { 2 }, 1, 0];
    f.resize(16, 0);
    f.extend(h16(2)); // ET_EXEC
    f.extend(h16(machine));
    f.extend(h32(1));
    f.extend(h32(entry));
    f.extend(h32(52)); // e_phoff
    f.extend(h32(0)); // e_shoff
    f.extend(h32(0)); // e_flags
    for v in [52u16, 32, 1, 40, 0, 0] {
        f.extend(h16(v)); // ehsize, phentsize, phnum, shentsize, shnum, shstrndx
    }
    for v in [PT_LOAD, 84, vaddr, paddr, data.len() as u32, mem_size, 7, 4] {
        f.extend(h32(v)); // type, offset, vaddr, paddr, filesz, memsz, flags, align
    }
    f.extend_from_slice(data);
    f
}

fn or1k(entry: u32, addr: u32, data: &[u8], mem_size: u32) -> Vec<u8> {
    elf(EM_OPENRISC, false, entry, addr, data, mem_size)
}

#[test]
fn parses_segments_and_builds_words() {
    let bytes = or1k(0x100, 0x102, &[0xaa, 0xbb, 0xcc], 8);
    let img = Image::parse(&bytes).unwrap();
    assert_eq!((img.entry, img.stack_top), (0x100, None));
    assert_eq!(img.segments, vec![Segment { addr: 0x102, data: &[0xaa, 0xbb, 0xcc][..], mem_size: 8 }]);
    // bytes 0x100..0x102 are not in the segment: 0; the fill is 0 too
    let words: Vec<(u32, u32)> = img.words().into_iter().collect();
    assert_eq!(words, vec![(0x100, 0x0000_aabb), (0x104, 0xcc00_0000), (0x108, 0)]);
    let ram = img.ram_words(0x1000).unwrap();
    assert_eq!(ram.len(), 0x104 / 4 + 1, "trailing zero words dropped");
    assert_eq!(ram[0x100 / 4..], [0x0000_aabb, 0xcc00_0000]);
    img.check_boot(0x1000).unwrap();
    img.check_standalone(0x1000).unwrap();
}

#[test]
fn checks_ram_and_entry() {
    let bytes = or1k(0x104, 0x100, &[1, 2, 3, 4], 0x100);
    let img = Image::parse(&bytes).unwrap();
    assert_eq!(img.check_boot(0x1000), Err(LoadError::Entry(0x104)));
    img.check_fits(0x200).unwrap();
    assert_eq!(img.check_fits(0x1ff), Err(LoadError::OutsideRam { addr: 0x100, size: 0x100, ram_size: 0x1ff }));
    assert!(matches!(img.ram_words(0x100), Err(LoadError::OutsideRam { .. })));
    let msg = LoadError::Entry(0x2000).to_string();
    assert!(msg.contains("0x00002000") && msg.contains("reset vector") && msg.contains("physical"), "{msg}");
}

#[test]
fn starts_where_qemu_starts() {
    // a physical entry is the start
    let plain = or1k(0x100, 0x100, &[0; 8], 8);
    let img = Image::parse(&plain).unwrap();
    assert_eq!((img.entry, img.start), (0x100, 0x100));
    // Linux: linked at 0xC000_0000, loaded at 0, entry at the link base:
    // physical 0, so the reset vector (its reset code is at 0x100)
    let linux = elf_at(EM_OPENRISC, false, 0xc000_0000, 0xc000_0000, 0, &[0; 0x200], 0x1000);
    let img = Image::parse(&linux).unwrap();
    assert_eq!((img.entry, img.start), (0xc000_0000, 0x100));
    assert_eq!(img.segments[0].addr, 0, "loaded at p_paddr");
    img.check_boot(0x1000).unwrap();
    // a virtual entry elsewhere in the segment: its physical address
    let other = elf_at(EM_OPENRISC, false, 0xc000_0400, 0xc000_0000, 0, &[0; 0x200], 0x1000);
    let img = Image::parse(&other).unwrap();
    assert_eq!(img.start, 0x400);
    assert_eq!(img.check_boot(0x1000), Err(LoadError::Entry(0x400)));
    // an entry in no segment is taken as it is
    let outside = elf_at(EM_OPENRISC, false, 0xd000_0000, 0xc000_0000, 0, &[0; 8], 8);
    assert_eq!(Image::parse(&outside).unwrap().start, 0xd000_0000);
}

#[test]
fn rejects_malformed_and_foreign_files() {
    let ok = or1k(0x100, 0x100, &[0; 8], 8);
    for len in [3, 20, 52, 90] {
        assert!(matches!(Image::parse(&ok[..len]), Err(LoadError::Malformed(_))), "truncated to {len}");
    }
    assert!(matches!(Image::parse(b"\x7fELF junk"), Err(LoadError::Malformed(_))));
    assert!(matches!(Image::parse(&[0x55; 256]), Err(LoadError::Malformed(_))));
    let big_filesz = or1k(0x100, 0x100, &[0; 8], 4);
    assert!(matches!(Image::parse(&big_filesz), Err(LoadError::Malformed(m)) if m.contains("p_filesz")));
    let riscv = elf(object::elf::EM_RISCV, true, 0x100, 0x100, &[0; 4], 4);
    assert!(matches!(Image::parse(&riscv), Err(LoadError::WrongArch(m)) if m.contains("RISC-V")));
    let little = elf(EM_OPENRISC, true, 0x100, 0x100, &[0; 4], 4);
    assert!(matches!(Image::parse(&little), Err(LoadError::WrongArch(m)) if m.contains("little-endian")));
    let host = std::fs::read("/bin/true").unwrap();
    assert!(matches!(Image::parse(&host), Err(LoadError::WrongArch(m)) if m.contains("64-bit")));
}

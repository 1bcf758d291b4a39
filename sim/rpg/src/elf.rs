//! A minimal ELF32 big-endian executable writer for OpenRISC: one PT_LOAD
//! program header per segment (what loaders use) plus matching section
//! headers, so `or1k-elf-objdump -d` can disassemble a generated program.

use object::elf::{
    ELFCLASS32, ELFDATA2MSB, EM_OPENRISC, ET_EXEC, EV_CURRENT, PF_R, PF_W, PF_X, PT_LOAD,
    SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_PROGBITS, SHT_STRTAB,
};

/// One loadable segment.
pub struct Segment<'a> {
    /// section name shown by objdump (".text", ".data")
    pub name: &'a str,
    /// load (virtual = physical) address
    pub addr: u32,
    pub data: &'a [u8],
    pub exec: bool,
}

const EHDR_SIZE: usize = 52;
const PHDR_SIZE: usize = 32;
const SHDR_SIZE: usize = 40;

fn u16be(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}
fn u32be(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}
fn align4(out: &mut Vec<u8>) {
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

/// Writes an executable with entry point `entry` and the given segments.
pub fn write(entry: u32, segments: &[Segment]) -> Vec<u8> {
    // section name table: "\0" then each name, then ".shstrtab"
    let mut shstr = vec![0u8];
    let mut name_off = Vec::new();
    for s in segments {
        name_off.push(shstr.len() as u32);
        shstr.extend_from_slice(s.name.as_bytes());
        shstr.push(0);
    }
    let shstrtab_name = shstr.len() as u32;
    shstr.extend_from_slice(b".shstrtab\0");

    let phoff = EHDR_SIZE;
    let mut offset = phoff + PHDR_SIZE * segments.len();
    let mut data_off = Vec::new();
    for s in segments {
        offset = (offset + 3) & !3;
        data_off.push(offset as u32);
        offset += s.data.len();
    }
    let shstr_off = offset;
    offset += shstr.len();
    let shoff = (offset + 3) & !3;
    let shnum = segments.len() + 2; // null + segments + .shstrtab

    let mut out = Vec::with_capacity(shoff + SHDR_SIZE * shnum);
    out.extend_from_slice(&[
        0x7f,
        b'E',
        b'L',
        b'F',
        ELFCLASS32,
        ELFDATA2MSB,
        EV_CURRENT,
        0,
    ]);
    out.extend_from_slice(&[0; 8]);
    u16be(&mut out, ET_EXEC);
    u16be(&mut out, EM_OPENRISC);
    u32be(&mut out, EV_CURRENT as u32);
    u32be(&mut out, entry);
    u32be(&mut out, phoff as u32);
    u32be(&mut out, shoff as u32);
    u32be(&mut out, 0); // e_flags
    u16be(&mut out, EHDR_SIZE as u16);
    u16be(&mut out, PHDR_SIZE as u16);
    u16be(&mut out, segments.len() as u16);
    u16be(&mut out, SHDR_SIZE as u16);
    u16be(&mut out, shnum as u16);
    u16be(&mut out, (shnum - 1) as u16); // .shstrtab is last

    for (s, &off) in segments.iter().zip(&data_off) {
        u32be(&mut out, PT_LOAD);
        u32be(&mut out, off);
        u32be(&mut out, s.addr);
        u32be(&mut out, s.addr);
        u32be(&mut out, s.data.len() as u32);
        u32be(&mut out, s.data.len() as u32);
        u32be(&mut out, PF_R | if s.exec { PF_X } else { PF_W });
        u32be(&mut out, 4);
    }
    for s in segments {
        align4(&mut out);
        out.extend_from_slice(s.data);
    }
    debug_assert_eq!(out.len(), shstr_off);
    out.extend_from_slice(&shstr);
    align4(&mut out);
    debug_assert_eq!(out.len(), shoff);

    out.extend_from_slice(&[0; SHDR_SIZE]); // null section
    let shdr =
        |out: &mut Vec<u8>, name: u32, ty: u32, flags: u32, addr: u32, off: u32, size: u32| {
            for v in [name, ty, flags, addr, off, size, 0, 0, 4, 0] {
                u32be(out, v);
            }
        };
    for ((s, &off), &name) in segments.iter().zip(&data_off).zip(&name_off) {
        let flags = SHF_ALLOC | if s.exec { SHF_EXECINSTR } else { SHF_WRITE };
        shdr(
            &mut out,
            name,
            SHT_PROGBITS,
            flags,
            s.addr,
            off,
            s.data.len() as u32,
        );
    }
    shdr(
        &mut out,
        shstrtab_name,
        SHT_STRTAB,
        0,
        0,
        shstr_off as u32,
        shstr.len() as u32,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::{Object, ObjectSection, ObjectSegment};

    /// The `object` crate (an independent reader) parses what we write.
    #[test]
    fn object_reads_it_back() {
        let text = [0x15u8, 0, 0, 1, 0x15, 0, 0, 0];
        let data = [1u8, 2, 3];
        let elf = write(
            0x100,
            &[
                Segment {
                    name: ".text",
                    addr: 0x100,
                    data: &text,
                    exec: true,
                },
                Segment {
                    name: ".data",
                    addr: 0x4000,
                    data: &data,
                    exec: false,
                },
            ],
        );
        let f = object::File::parse(&*elf).expect("parses");
        assert_eq!(f.entry(), 0x100);
        assert!(!f.is_little_endian());
        // e_machine (offset 18) as the ISS loader checks it
        assert_eq!(u16::from_be_bytes([elf[18], elf[19]]), EM_OPENRISC);
        let segs: Vec<_> = f
            .segments()
            .map(|s| (s.address(), s.data().unwrap().to_vec()))
            .collect();
        assert_eq!(segs, vec![(0x100, text.to_vec()), (0x4000, data.to_vec())]);
        let text_sec = f.section_by_name(".text").expect(".text");
        assert_eq!(text_sec.address(), 0x100);
        assert_eq!(text_sec.data().unwrap(), &text);
    }
}

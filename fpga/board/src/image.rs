//! Firmware ELF → RAM init image for a board without a loader.
//!
//! The segments come from `vmsp_iss::elf::parse` (the same parser the ISS
//! and the RTL simulator load with), so the board runs the very image that
//! passes on `vmsp-sim`. The firmware's link-time `__stack_top` is checked
//! too: firmware/runtime/link.ld puts the stack at the top of a 1 MiB RAM
//! by default, and a board RAM that is smaller would turn the first push
//! into a bus error, long after the build — so it is refused here.
use object::{Object, ObjectSymbol};

/// The ELF's image as big-endian words from RAM_BASE, for a RAM of
/// `ram_size` bytes: trailing zero words are dropped (the RAM is zeroed).
/// Errors: not an OpenRISC ELF, entry point not the reset vector, a
/// segment outside the RAM, or a stack linked above the RAM's top.
pub fn ram_image(elf: &[u8], ram_size: u32) -> Result<Vec<u32>, String> {
    let img = vmsp_iss::elf::parse(elf).map_err(|e| e.to_string())?;
    if img.entry != or1k_arch::VEC_RESET {
        return Err(format!(
            "entry point 0x{:08x} is not the reset vector 0x{:08x}: the core starts there",
            img.entry,
            or1k_arch::VEC_RESET
        ));
    }
    img.check_fits(ram_size).map_err(|e| format!("{e}: the board RAM is {} KiB", ram_size / 1024))?;
    if let Some(top) = stack_top(elf)? {
        let ram_top = or1k_arch::RAM_BASE as u64 + ram_size as u64;
        if top as u64 > ram_top {
            return Err(format!(
                "the firmware was linked for a larger RAM: __stack_top = 0x{top:x}, the board RAM ends at 0x{ram_top:x}; \
                 relink it with -Wl,--defsym=__ram_size=0x{ram_size:x} (scripts/fpga.sh does this for firmware/tests and firmware/bench)"
            ));
        }
    }
    let mut bytes = vec![0u8; ram_size as usize];
    for seg in &img.segments {
        let off = (seg.addr - or1k_arch::RAM_BASE) as usize;
        let b = seg.bytes();
        bytes[off..off + b.len()].copy_from_slice(&b);
    }
    let mut words: Vec<u32> =
        bytes.chunks_exact(4).map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect();
    while words.last() == Some(&0) {
        words.pop();
    }
    Ok(words)
}

/// The value of `__stack_top` if the ELF defines it (our runtime does;
/// hand-written tests might not).
fn stack_top(elf: &[u8]) -> Result<Option<u32>, String> {
    let file = object::File::parse(elf).map_err(|e| format!("malformed ELF: {e}"))?;
    Ok(file.symbols().find(|s| s.name() == Ok("__stack_top")).map(|s| s.address() as u32))
}

//! Test helpers: assemble OpenRISC programs with the installed
//! `or1k-elf-as`/`or1k-elf-ld` and run them on the ISS.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use or1k_arch::{SMC_INSN, VMCALL_INSN, VMENTER_INSN};
use vmsp_iss::{Config, Machine};

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn scratch_dir() -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("vmsp-iss-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Assembles and links `src` at address 0; `_start` is the entry point.
pub fn assemble(src: &str) -> Vec<u8> {
    assemble_at(src, 0)
}

/// Assembles and links `src` with its text at `base`.
pub fn assemble_at(src: &str, base: u32) -> Vec<u8> {
    let dir = scratch_dir();
    let (s, o, elf) = (dir.join("t.s"), dir.join("t.o"), dir.join("t.elf"));
    std::fs::write(&s, src).unwrap();
    let out = Command::new("or1k-elf-as").arg("-o").arg(&o).arg(&s).output().expect("run or1k-elf-as");
    assert!(out.status.success(), "or1k-elf-as failed:\n{}\n{src}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("or1k-elf-ld")
        .args(["-e", "_start", &format!("-Ttext=0x{base:x}"), "-o"])
        .arg(&elf)
        .arg(&o)
        .output()
        .expect("run or1k-elf-ld");
    assert!(out.status.success(), "or1k-elf-ld failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&elf).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

/// The exception vectors the default handlers are placed at.
pub const VECTORS: [u32; 13] = [0x200, 0x300, 0x400, 0x500, 0x600, 0x700, 0x800, 0x900, 0xa00, 0xb00, 0xc00, 0xd00, 0xe00];

/// A program: vector handlers (default: `r30 = vector; exit`), then `body`
/// at 0x2000 labelled `_start`. `handlers` overrides individual vectors.
pub fn program(body: &str, handlers: &[(u32, &str)]) -> String {
    let mut s = String::from("    .section .text\n    .global _start\n");
    for v in VECTORS {
        s.push_str(&format!("    .org 0x{v:x}\n"));
        match handlers.iter().find(|(hv, _)| *hv == v) {
            Some((_, h)) => s.push_str(h),
            None => s.push_str(&format!("    l.ori r30, r0, 0x{v:x}\n    l.nop 1\n")),
        }
        s.push('\n');
    }
    s.push_str("    .org 0x2000\n_start:\n");
    s.push_str(body);
    s.push_str("\n    l.nop 1\n    l.nop 0\n");
    s
}

/// Assembles `program(body, handlers)`, runs it to its exit (at most
/// 100000 steps) and returns the machine.
pub fn run(body: &str, handlers: &[(u32, &str)]) -> Machine {
    let elf = assemble(&program(body, handlers));
    let mut m = Machine::new(Config::default());
    m.load_elf(&elf).unwrap();
    let outcome = m.run(100_000);
    assert!(matches!(outcome, vmsp_iss::Outcome::Exit(_)), "program did not exit: {outcome:?}");
    m
}

/// Loads a 32-bit constant into a register (two instructions).
pub fn li(reg: u32, v: u32) -> String {
    format!("    l.movhi r{reg}, 0x{:x}\n    l.ori r{reg}, r{reg}, 0x{:x}\n", v >> 16, v & 0xffff)
}

/// `run` with a given configuration and step limit; returns the outcome too.
pub fn run_config(body: &str, handlers: &[(u32, &str)], config: Config, max: u64) -> (Machine, vmsp_iss::Outcome) {
    let elf = assemble(&program(body, handlers));
    let mut m = Machine::new(config);
    m.load_elf(&elf).unwrap();
    let outcome = m.run(max);
    (m, outcome)
}

/// `l.movhi/l.ori` of a label's address.
pub fn la(reg: u32, label: &str) -> String {
    format!("    l.movhi r{reg}, hi({label})\n    l.ori r{reg}, r{reg}, lo({label})\n")
}

/// `l.vmcall` and `l.smc` as `.word`s (the assembler does not know them).
pub const VMCALL: &str = "    .word 0x70000002\n";
pub const SMC: &str = "    .word 0x70000001\n";
const _: () = assert!(VMCALL_INSN == 0x7000_0002 && SMC_INSN == 0x7000_0001);

/// `l.vmenter rA, rB` as a `.word`.
pub fn vmenter(a: u32, b: u32) -> String {
    format!("    .word 0x{:08x}\n", VMENTER_INSN | a << 16 | b << 11)
}

/// Where the virtualization tests' hosts keep the sealed contexts
/// (docs/SEALING.md): VM n's save area is `save_area(n)`, a host page.
pub const SAVE_BASE: u32 = 0x8000;

/// VM `vmid`'s save area in the tests' hosts (SEAL_ALIGN apart).
pub fn save_area(vmid: u32) -> u32 {
    SAVE_BASE + or1k_arch::SEAL_ALIGN * (vmid & 0xf)
}

/// `l.vmenter rA, rB` after SPR_VMSAVE = `save_area(rA)`, computed in r11:
/// the l.vmenter sets r11 anyway (a refusal's code; 0, as every GPR, at
/// the exit), so the host loses nothing.
pub fn vmenter_saved(a: u32, b: u32) -> String {
    assert!(a != 11 && b != 11, "r11 is the scratch register");
    const _: () = assert!(SAVE_BASE <= 0xffff && SAVE_BASE.is_multiple_of(or1k_arch::SEAL_ALIGN) && or1k_arch::SEAL_ALIGN == 1 << 8);
    format!(
        "    l.andi r11, r{a}, 0xf\n    l.slli r11, r11, 8\n    l.ori r11, r11, 0x{SAVE_BASE:x}\n    l.mtspr r0, r11, 0x{:x}\n{}",
        or1k_arch::SPR_VMSAVE,
        vmenter(a, b)
    )
}

/// A host program for the virtualization tests, linked at 0: `l.j main` at
/// the reset vector, `handlers` at their vectors (default: r30 = vector,
/// exit), then `main` at 0x1000.
pub fn vm_image(main: &str, handlers: &[(u32, &str)]) -> Vec<u8> {
    let mut s = String::from("    .global _start\n_start:\n    .org 0x100\n    l.j main\n    l.nop\n");
    for v in (0x200..=0xf00).step_by(0x100) {
        s.push_str(&format!("    .org 0x{v:x}\n"));
        match handlers.iter().find(|(hv, _)| *hv == v) {
            Some((_, h)) => s.push_str(h),
            None => s.push_str(&format!("    l.ori r30, r0, 0x{v:x}\n    l.nop 1\n")),
        }
        s.push('\n');
    }
    s.push_str("    .org 0x1000\nmain:\n");
    s.push_str(main);
    s.push_str("\n    l.nop 1\n    l.nop 0\n");
    assemble(&s)
}

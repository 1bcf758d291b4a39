//! `--ram-size`: one verilated model (a SIM_RAM_MAX array) decodes the RAM
//! size chosen at run time, and the lock-step ISS gets the same size. A
//! program placed at 40 MiB runs in lock-step; the first address above the
//! configured size is a bus error on both sides.

mod common;
use common::*;
use std::process::Command;
use vmsp_sim::{Options, Outcome, StartError};

const FAR: u32 = 40 << 20;

/// Jumps to code at FAR that stores and reloads a word there, then loads
/// from `limit` (expecting a bus error whose EEAR the handler at 0x200
/// records in r20) and exits with 0 only if all of that held.
fn far_program(limit: u32) -> Vec<u8> {
    let src = format!(
        "    .section .text
    .global _start
_start:
    l.movhi r4, hi(far_code)
    l.ori r4, r4, lo(far_code)
    l.jr r4
    l.nop
    .org 0x100                  # 0x200: bus error, skip the access
    l.mfspr r20, r0, 0x{eear:x}
    l.mfspr r21, r0, 0x{epcr:x}
    l.addi r21, r21, 4
    l.mtspr r0, r21, 0x{epcr:x}
    l.rfe
    .section .far, \"awx\"
far_code:
    l.movhi r5, hi(far_data)
    l.ori r5, r5, lo(far_data)
    l.lwz r6, 0(r5)
    l.addi r6, r6, 1
    l.sw 4(r5), r6
    l.lwz r7, 4(r5)
    l.sub r3, r7, r6            # 0: the store at FAR reads back
    l.movhi r8, 0x{hi:x}
    l.ori r8, r8, 0x{lo:x}
    l.ori r20, r0, 0
    l.lwz r9, 0(r8)             # above the RAM: bus error
    l.sfne r20, r8
    l.bnf 1f
    l.nop
    l.ori r3, r0, 7             # no bus error at the limit
1:  l.nop 1
far_data:
    .word 0x12345678, 0
",
        eear = or1k_arch::SPR_EEAR0,
        epcr = or1k_arch::SPR_EPCR0,
        hi = limit >> 16,
        lo = limit & 0xffff,
    );
    let s = scratch("far.s");
    let dir = s.parent().unwrap().to_path_buf();
    std::fs::write(&s, src).unwrap();
    let out = Command::new("or1k-elf-as").current_dir(&dir).args(["-o", "far.o", "far.s"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("or1k-elf-ld")
        .current_dir(&dir)
        .args(["-e", "_start", "-Ttext=0x100", &format!("--section-start=.far=0x{FAR:x}"), "-o", "far.elf", "far.o"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(dir.join("far.elf")).unwrap()
}

fn run(elf: &[u8], ram_size: u32) -> Result<(Outcome, vmsp_sim::Stats), StartError> {
    let opts = Options { ram_size, lockstep: true, max_cycles: 1_000_000, ..Options::default() };
    vmsp_sim::run(elf, &opts, &mut Vec::new())
}

#[test]
fn program_at_40_mib_runs_in_lockstep_and_the_limit_is_a_bus_error() {
    // 64 MiB: the whole array; 48 MiB: a run-time limit inside the array
    for size in [64 << 20, 48 << 20] {
        let (o, s) = run(&far_program(size), size).unwrap();
        assert!(matches!(o, Outcome::Exit(0)), "--ram-size 0x{size:x}: {o:?}");
        assert!(s.compared > 10, "{s:?}");
    }
}

#[test]
fn a_smaller_ram_refuses_the_program_and_faults_above_its_size() {
    // the default 1 MiB refuses the segment at 40 MiB
    let e = run(&far_program(64 << 20), or1k_arch::SIM_RAM_DEFAULT).err().expect("refused");
    assert!(e.to_string().contains("outside RAM"), "{e}");
    // at 41 MiB the program is in RAM but the load at 41 MiB is not
    let size = FAR + (1 << 20);
    let (o, _) = run(&far_program(size), size).unwrap();
    assert!(matches!(o, Outcome::Exit(0)), "{o:?}");
    // the last word below the size is RAM: no bus error there, on both sides
    let (o, _) = run(&far_program(size - 4), size).unwrap();
    assert!(matches!(o, Outcome::Exit(7)), "{o:?}");
}

#[test]
fn command_line() {
    let p = write_tmp("far.elf", &far_program(64 << 20));
    let sim = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_vmsp-sim")).args(args).output().unwrap();
    let out = sim(&["run", p.to_str().unwrap(), "--ram-size", "64M", "--lockstep", "--quiet"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = sim(&["run", p.to_str().unwrap(), "--quiet"]);
    assert_eq!(out.status.code(), Some(114), "default 1 MiB: outside RAM");
    for bad in ["65M", "0", "6", "lots"] {
        let out = sim(&["run", p.to_str().unwrap(), "--ram-size", bad]);
        assert_eq!(out.status.code(), Some(110), "--ram-size {bad}");
    }
}

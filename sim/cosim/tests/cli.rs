//! `vmsp-sim` command line: usage and load-error exit codes (the same as
//! vmsp-iss's), and the cycle limit.

mod common;
use common::*;
use std::process::Command;

const EXIT_USAGE: i32 = 110;
const EXIT_IO: i32 = 111;
const EXIT_MALFORMED_ELF: i32 = 112;
const EXIT_WRONG_ARCH: i32 = 113;
const EXIT_OUTSIDE_RAM: i32 = 114;
const EXIT_CYCLE_LIMIT: i32 = 115;
const EXIT_BAD_ENTRY: i32 = 118;

fn sim(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vmsp-sim")).args(args).output().unwrap();
    (
        out.status.code().expect("exited normally"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn usage_errors() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["run"],
        &["run", "a.elf", "b.elf"],
        &["run", "a.elf", "--bogus"],
        &["run", "a.elf", "--max-cycles"],
        &["run", "a.elf", "--max-cycles", "lots"],
        &["run", "a.elf", "--mem-latency", "256"],
        &["run", "a.elf", "--mem", "dram"],
        &["soak"],
        &["soak", "--seeds", "3", "--lockstep"],
        &["soak", "--seeds", "3", "--jobs", "65"],
        &["soak", "--seeds", "3", "a.elf"],
        &["soak", "--seeds", "3", "--guest"],
        &["soak", "--seeds", "3", "--monitor", "sm.elf", "--guests", "2"],
        &["soak", "--seeds", "3", "--monitor", "sm.elf", "--guest", "--guests", "3"],
    ] {
        let (code, _, err) = sim(args);
        assert_eq!(code, EXIT_USAGE, "{args:?}: {err}");
        // clap's message: the usage, or where to find it
        assert!(err.contains("Usage: vmsp-sim") || err.contains("try '--help'"), "{args:?}: {err}");
    }
    let (code, out, _) = sim(&["run", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--lockstep") && out.contains("--waves") && out.contains("--mem-latency"), "{out}");
    let (code, out, _) = sim(&["soak", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--seeds") && out.contains("--jobs") && out.contains("--monitor") && out.contains("--guests"), "{out}");
}

#[test]
fn missing_file() {
    let (code, _, err) = sim(&["run", "/nonexistent/prog.elf"]);
    assert_eq!(code, EXIT_IO, "{err}");
    assert!(err.contains("/nonexistent/prog.elf"), "{err}");
}

#[test]
fn random_bytes_and_truncated_elf_are_malformed() {
    let mut x = 0x9e3779b9u32;
    let junk: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    let p = write_tmp("junk.bin", &junk);
    let (code, _, err) = sim(&["run", p.to_str().unwrap()]);
    assert_eq!(code, EXIT_MALFORMED_ELF, "{err}");
    assert!(err.contains("malformed ELF"), "{err}");
    let elf = assemble("    .global _start\n_start: l.nop 1\n", 0x100);
    let p = write_tmp("trunc.elf", &elf[..60]);
    let (code, _, err) = sim(&["run", p.to_str().unwrap()]);
    assert_eq!(code, EXIT_MALFORMED_ELF, "{err}");
}

#[test]
fn host_executable_is_the_wrong_architecture() {
    let (code, _, err) = sim(&["run", "/bin/true"]);
    assert_eq!(code, EXIT_WRONG_ARCH, "{err}");
    assert!(err.contains("wrong architecture"), "{err}");
}

#[test]
fn segment_outside_ram() {
    // a data word linked just past the end of the SoC's RAM
    let dir = scratch("far").parent().unwrap().to_path_buf();
    std::fs::write(dir.join("t.s"), "    .global _start\n_start: l.nop 1\n    .section .far, \"aw\"\n    .word 1\n").unwrap();
    let ok = Command::new("or1k-elf-as").current_dir(&dir).args(["-o", "t.o", "t.s"]).status().unwrap();
    assert!(ok.success());
    let far = format!("--section-start=.far=0x{:x}", verilator_sys::RAM_SIZE);
    let ok = Command::new("or1k-elf-ld")
        .current_dir(&dir)
        .args(["-e", "_start", "-Ttext=0x100", &far, "-o", "far.elf", "t.o"])
        .status()
        .unwrap();
    assert!(ok.success());
    let (code, _, err) = sim(&["run", dir.join("far.elf").to_str().unwrap()]);
    assert_eq!(code, EXIT_OUTSIDE_RAM, "{err}");
    assert!(err.contains("outside RAM"), "{err}");
}

#[test]
fn entry_must_be_the_reset_vector() {
    let elf = assemble("    .global _start\n_start: l.nop 1\n", 0x2000);
    let p = write_tmp("entry.elf", &elf);
    let (code, _, err) = sim(&["run", p.to_str().unwrap()]);
    assert_eq!(code, EXIT_BAD_ENTRY, "{err}");
    assert!(err.contains("0x00002000") && err.contains("reset vector"), "{err}");
}

#[test]
fn unwritable_waves_file_is_an_io_error() {
    let elf = assemble("    .global _start\n_start: l.nop 1\n", 0x100);
    let p = write_tmp("ok.elf", &elf);
    let (code, _, err) = sim(&["run", p.to_str().unwrap(), "--waves", "/nonexistent/dir/w.fst"]);
    assert_eq!(code, EXIT_IO, "{err}");
    assert!(err.contains("waves"), "{err}");
}

#[test]
fn cycle_limit() {
    // an endless loop: only the cycle limit ends it
    let elf = assemble("    .global _start\n_start: l.j _start\n    l.nop 0\n", 0x100);
    let p = write_tmp("loop.elf", &elf);
    let (code, _, err) = sim(&["run", p.to_str().unwrap(), "--max-cycles", "2000", "--quiet"]);
    assert_eq!(code, EXIT_CYCLE_LIMIT, "{err}");
    assert!(err.contains("cycle limit of 2000") && err.contains("2000 cycles"), "{err}");
}

#[test]
fn load_gives_the_rtl_and_the_lockstep_iss_the_same_bytes() {
    // exits with the sum of the bytes at 0x10001 and 0x20002
    let elf = assemble(
        "    .global _start\n_start: l.movhi r4, 0x1\n    l.movhi r5, 0x2\n    l.lbz r3, 1(r4)\n    l.lbz r6, 2(r5)\n    l.add r3, r3, r6\n    l.nop 1\n",
        0x100,
    );
    let p = write_tmp("load.elf", &elf);
    let (a, b) = (write_tmp("load-a.bin", &[0, 40, 0, 0]), write_tmp("load-b.bin", &[0, 0, 2]));
    let (elf, a, b) = (p.to_str().unwrap(), a.to_str().unwrap(), b.to_str().unwrap());
    let loads = ["--load".to_string(), format!("0x10000={a}"), "--load".into(), format!("128K={b}")];
    let loads: Vec<&str> = loads.iter().map(String::as_str).collect();
    for lockstep in [false, true] {
        let mut args = vec!["run", elf, "--quiet"];
        args.extend(&loads);
        if lockstep {
            args.push("--lockstep");
        }
        let (code, _, err) = sim(&args);
        assert_eq!(code, 42, "lockstep {lockstep}: {err}");
    }
    // over the ELF's bytes, outside RAM, not a number, no file
    let (code, _, err) = sim(&["run", elf, "--load", &format!("0x100={a}")]);
    assert_eq!(code, EXIT_USAGE, "{err}");
    assert!(err.contains("overlaps the ELF's bytes"), "{err}");
    let (code, _, err) = sim(&["run", elf, "--ram-size", "64K", "--load", &format!("0xfffe={a}")]);
    assert_eq!(code, EXIT_OUTSIDE_RAM, "{err}");
    assert!(err.contains("outside RAM"), "{err}");
    let (code, _, err) = sim(&["run", elf, "--load", &format!("here={a}")]);
    assert_eq!(code, EXIT_USAGE, "{err}");
    let (code, _, err) = sim(&["run", elf, "--load", "0x10000=/nonexistent/nonce.bin"]);
    assert_eq!(code, EXIT_IO, "{err}");
    assert!(err.contains("/nonexistent/nonce.bin"), "{err}");
}

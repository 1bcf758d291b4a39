//! The `vmsp-iss run` command line: exit codes and messages.

mod common;
use common::*;
use std::process::Command;

const EXIT_MALFORMED_ELF: i32 = 112;
const EXIT_WRONG_ARCH: i32 = 113;
const EXIT_OUTSIDE_RAM: i32 = 114;
const EXIT_INSN_LIMIT: i32 = 115;

fn write_tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("vmsp-iss-cli-{}-{name}", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

fn iss(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vmsp-iss")).args(args).output().unwrap();
    (
        out.status.code().expect("exited normally"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn runs_a_program_with_output_exit_code_and_trace() {
    let body = format!("{}    l.ori r5, r0, 0x4f\n    l.sb 0(r4), r5\n    l.ori r5, r0, 0x4b\n    l.sb 0(r4), r5\n    l.ori r3, r0, 3\n", li(4, or1k_arch::UART_BASE));
    let p = write_tmp("ok.elf", &assemble(&program(&body, &[])));
    let tr = std::env::temp_dir().join(format!("vmsp-iss-cli-{}-trace.txt", std::process::id()));
    let (code, out, err) = iss(&["run", p.to_str().unwrap(), "--stats", &format!("--trace={}", tr.display())]);
    assert_eq!((code, out.as_str()), (3, "OK"), "stderr: {err}");
    assert!(err.contains("instructions/s"), "{err}");
    let trace = std::fs::read_to_string(&tr).unwrap();
    let lines: Vec<&str> = trace.lines().collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(lines[0], "00002000 18809000 sr=00008001 r4=90000000");
    assert_eq!(lines[3], "0000200c d8042800 sr=00008001 m1[90000000]=4f");
    assert_eq!(lines[7], "0000201c 15000001 sr=00008001");
}

#[test]
fn random_bytes_are_a_malformed_elf() {
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
    let (code, _, err) = iss(&["run", p.to_str().unwrap()]);
    assert_eq!(code, EXIT_MALFORMED_ELF, "{err}");
    assert!(err.contains("malformed ELF"), "{err}");
}

#[test]
fn truncated_elf_is_malformed() {
    let elf = assemble(&program("    l.ori r3, r0, 0\n", &[]));
    for len in [20, 52, 100] {
        let p = write_tmp(&format!("trunc{len}.elf"), &elf[..len]);
        let (code, _, err) = iss(&["run", p.to_str().unwrap()]);
        assert_eq!(code, EXIT_MALFORMED_ELF, "truncated to {len}: {err}");
        assert!(err.contains("malformed ELF"), "{err}");
    }
}

#[test]
fn host_executable_is_the_wrong_architecture() {
    let (code, _, err) = iss(&["run", "/bin/true"]);
    assert_eq!(code, EXIT_WRONG_ARCH, "{err}");
    assert!(err.contains("wrong architecture") && err.contains("x86-64"), "{err}");
}

#[test]
fn segment_outside_ram() {
    let elf = assemble(&program("    l.ori r3, r0, 0\n", &[]));
    let p = write_tmp("big.elf", &elf);
    let (code, _, err) = iss(&["run", p.to_str().unwrap(), "--ram-size", "0x1000"]);
    assert_eq!(code, EXIT_OUTSIDE_RAM, "{err}");
    assert!(err.contains("outside RAM"), "{err}");
}

#[test]
fn infinite_loop_hits_the_instruction_limit() {
    let p = write_tmp("loop.elf", &assemble(&program("1:  l.j 1b\n    l.nop\n", &[])));
    let (code, _, err) = iss(&["run", p.to_str().unwrap(), "--max-insns", "10000"]);
    assert_eq!(code, EXIT_INSN_LIMIT, "{err}");
    assert!(err.contains("instruction limit of 10000"), "{err}");
}

#[test]
fn usage_errors() {
    let (code, _, err) = iss(&["run"]);
    assert_eq!(code, 110, "{err}");
    let (code, _, err) = iss(&["run", "x.elf", "--max-insns", "lots"]);
    assert_eq!(code, 110);
    assert!(err.contains("bad number"), "{err}");
    let (code, _, err) = iss(&["run", "/nonexistent/x.elf"]);
    assert_eq!(code, 111, "{err}");
}

#[test]
fn trace_to_stderr_help_and_size_suffixes() {
    let p = write_tmp("small.elf", &assemble(&program("    l.ori r3, r0, 0\n", &[])));
    // `--trace` without `=FILE` traces to stderr and leaves the next word as the program
    let (code, _, err) = iss(&["run", "--trace", p.to_str().unwrap(), "--ram-size", "2M"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.lines().any(|l| l.starts_with("00002000 ")), "{err}");
    let (code, out, _) = iss(&["run", "--help"]);
    assert_eq!(code, 0);
    for flag in ["--trace", "--max-insns", "--ram-size", "--caches", "--stats"] {
        assert!(out.contains(flag), "{flag}: {out}");
    }
    // a RAM smaller than the program is refused with the load error's status
    let (code, _, err) = iss(&["run", p.to_str().unwrap(), "--ram-size", "4K"]);
    assert_eq!(code, EXIT_OUTSIDE_RAM, "{err}");
}

#[test]
fn load_places_file_bytes_in_ram_and_refuses_bad_ranges() {
    // exits with the sum of the bytes at 0x10001 and 0x20002
    let body = format!("{}{}    l.lbz r3, 1(r4)\n    l.lbz r6, 2(r5)\n    l.add r3, r3, r6\n", li(4, 0x10000), li(5, 0x20000));
    let p = write_tmp("load.elf", &assemble(&program(&body, &[])));
    let (elf, a, b) = (p.to_str().unwrap(), write_tmp("load-a.bin", &[0, 40, 0, 0]), write_tmp("load-b.bin", &[0, 0, 2]));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let (code, _, err) = iss(&["run", elf, "--load", &format!("0x10000={a}"), "--load", &format!("128K={b}")]);
    assert_eq!(code, 42, "{err}");
    let (code, _, err) = iss(&["run", elf]);
    assert_eq!(code, 0, "RAM powers up zeroed: {err}");
    // over the ELF's bytes, over another --load, outside RAM, not a number, no file
    let (code, _, err) = iss(&["run", elf, "--load", &format!("0x2000={a}")]);
    assert_eq!(code, 110, "{err}");
    assert!(err.contains("overlaps the ELF's bytes"), "{err}");
    let (code, _, err) = iss(&["run", elf, "--load", &format!("0x10000={a}"), "--load", &format!("0x10003={b}")]);
    assert_eq!(code, 110, "{err}");
    assert!(err.contains("overlaps an earlier --load"), "{err}");
    let (code, _, err) = iss(&["run", elf, "--ram-size", "64K", "--load", &format!("0xfffe={a}")]);
    assert_eq!(code, EXIT_OUTSIDE_RAM, "{err}");
    assert!(err.contains("outside RAM"), "{err}");
    let (code, _, err) = iss(&["run", elf, "--load", &format!("here={a}")]);
    assert_eq!(code, 110, "{err}");
    assert!(err.contains("bad number"), "{err}");
    let (code, _, err) = iss(&["run", elf, "--load", "0x10000=/nonexistent/nonce.bin"]);
    assert_eq!(code, 111, "{err}");
    assert!(err.contains("/nonexistent/nonce.bin"), "{err}");
}

//! The wrapper's plumbing against tests/top_stub.v, a stand-in `top` with
//! the frozen port list whose behaviour is documented in that file. Ignored
//! by default because the crate is normally built from the real SoC; run:
//!
//! ```text
//! VMSP_SOC_VERILOG=$PWD/sim/verilator-sys/tests/top_stub.v VMSP_SOC_RAM_SIZE=0x10000 \
//!     cargo test -p verilator-sys --test stub -- --ignored
//! ```

use std::process::Command;
use verilator_sys::{Error, LoadError, Retired, Soc};

/// Links `.word`s (and an optional second section) into an ELF with the given entry.
fn elf(words: &[u32], entry: u32, extra: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("vsys-stub-{}-{entry:x}-{}", std::process::id(), words.len()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut src = String::from("    .section .text\n    .global _start\n_start:\n");
    for w in words {
        src.push_str(&format!("    .word 0x{w:08x}\n"));
    }
    src.push_str(extra);
    std::fs::write(dir.join("t.s"), src).unwrap();
    let ok = Command::new("or1k-elf-as").current_dir(&dir).args(["-o", "t.o", "t.s"]).status().unwrap();
    assert!(ok.success());
    let ok = Command::new("or1k-elf-ld")
        .current_dir(&dir)
        .args(["-e", &format!("0x{entry:x}"), "-Ttext=0x100", "-o", "t.elf", "t.o"])
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::read(dir.join("t.elf")).unwrap()
}

fn require_stub() {
    assert!(
        verilator_sys::MODEL_SOURCE.ends_with("top_stub.v") && verilator_sys::RAM_SIZE == 0x10000,
        "this test needs the stub model (see the header of tests/stub.rs); built from {}",
        verilator_sys::MODEL_SOURCE
    );
}

/// The record the stub retires for `insn` at `pc`.
fn expected(pc: u32, insn: u32) -> Retired {
    Retired {
        pc,
        insn,
        rd: Some((((pc >> 2) & 31) as u8, !insn)),
        flag: insn & 1 != 0,
        sr: 0x8001 | if insn & 1 != 0 { 0x200 } else { 0 },
        mem_write: (insn & 2 != 0).then_some((pc, 4, insn)),
        exception: (insn & 4 != 0).then_some(0x700),
        interrupt: false,
    }
}

#[test]
#[ignore = "needs the stub model: see the file header"]
fn load_step_uart_finisher_latency_and_waves() {
    require_stub();
    let prog = [0x1234_5670, 0xdead_bee1, 0x0000_0002, 0x0000_0004, 0x1541_0004, 0x1542_0004, 0x1507_0008];
    let bytes = elf(&prog, 0x100, "    .section .data\n    .word 0xcafef00d\n");
    for latency in [0u8, 3] {
        let mut soc = Soc::new();
        let waves = std::env::temp_dir().join(format!("vsys-stub-{}-{latency}.fst", std::process::id()));
        soc.waves(&waves).unwrap();
        assert!(soc.waves(&waves).is_err(), "a model is traced once");
        soc.set_mem_latency(latency);
        assert_eq!(soc.load_elf(&bytes), Ok(0x100));
        let (mut records, mut uart, mut finish, mut r3s) = (Vec::new(), Vec::new(), None, Vec::new());
        while finish.is_none() && soc.cycles() < 100 {
            let c = soc.step();
            if let Some(r) = c.retired {
                records.push(r);
                r3s.push(c.r3);
            }
            uart.extend(c.uart);
            finish = finish.or(c.finish);
        }
        let want: Vec<Retired> = prog.iter().enumerate().map(|(i, &w)| expected(0x100 + 4 * i as u32, w)).collect();
        assert_eq!(records, want, "latency {latency}");
        assert_eq!(r3s, (0..prog.len() as u32).map(|i| 0x100 + 4 * i).collect::<Vec<_>>());
        assert_eq!(uart, b"AB");
        assert_eq!(finish, Some((7 << 16) | 0x3333));
        // one retirement every 1 + latency cycles, the first in cycle 1 + latency
        assert_eq!(soc.cycles(), prog.len() as u64 * (1 + latency as u64), "latency {latency}");
        soc.close_waves();
        let fst = std::fs::read(&waves).unwrap();
        assert!(fst.len() > 100, "FST file written ({} bytes)", fst.len());
        let _ = std::fs::remove_file(&waves);
    }
}

#[test]
#[ignore = "needs the stub model: see the file header"]
fn reset_restarts_at_the_reset_vector() {
    require_stub();
    let mut soc = Soc::new();
    soc.load_elf(&elf(&[0x1000_0000, 0x2000_0000], 0x100, "")).unwrap();
    let first: Vec<u32> = (0..4).filter_map(|_| soc.step().retired.map(|r| r.pc)).collect();
    soc.reset(3);
    assert_eq!(soc.cycles(), 0);
    let again: Vec<u32> = (0..4).filter_map(|_| soc.step().retired.map(|r| r.pc)).collect();
    assert_eq!(first, again);
    assert_eq!(first[..2], [0x100, 0x104]);
}

#[test]
#[ignore = "needs the stub model: see the file header"]
fn load_errors() {
    require_stub();
    let mut soc = Soc::new();
    assert_eq!(soc.load_elf(&elf(&[0; 4], 0x104, "")), Err(Error::Entry(0x104)));
    let big = elf(&[0], 0x100, "    .section .data\n    .space 0x10000\n");
    assert!(matches!(soc.load_elf(&big), Err(Error::Load(LoadError::OutsideRam { .. }))));
    assert!(matches!(soc.load_elf(b"\x7fELF junk"), Err(Error::Load(LoadError::Malformed(_)))));
    let host = std::fs::read("/bin/true").unwrap();
    assert!(matches!(soc.load_elf(&host), Err(Error::Load(LoadError::WrongArch(_)))));
    let msg = Error::Entry(0x2000).to_string();
    assert!(msg.contains("0x00002000") && msg.contains("reset vector"), "{msg}");
}

#[test]
#[ignore = "needs the stub model: see the file header"]
fn models_run_in_parallel_threads() {
    require_stub();
    let bytes = elf(&[0x1541_0004, 0x1542_0004, 0x1500_0008], 0x100, "");
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let bytes = bytes.clone();
            std::thread::spawn(move || {
                let mut soc = Soc::new();
                soc.load_elf(&bytes).unwrap();
                let mut out = Vec::new();
                for _ in 0..20 {
                    out.extend(soc.step().uart);
                }
                out
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), b"AB");
    }
}

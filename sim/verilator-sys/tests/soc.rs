//! The wrapper's plumbing on the real SoC model (the one every crate links):
//! ELF loading through the backdoor, retirement records (equal to the
//! ISS's), UART and finisher strobes, wait states, waves, reset, load
//! errors and models on parallel threads.

use std::process::Command;
use verilator_sys::{Error, LoadError, Retired, Soc, RAM_SIZE};
use vmsp_iss::{Config, ConsoleSink, Machine};

/// Assembles `src` (after a `_start` label) and links it at 0x100 with
/// entry `entry` (a symbol or an address).
fn elf(src: &str, entry: &str, tag: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("vsys-test-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("t.s"), format!("    .section .text\n    .global _start\n_start:\n{src}")).unwrap();
    let ok = Command::new("or1k-elf-as").current_dir(&dir).args(["-o", "t.o", "t.s"]).status().unwrap();
    assert!(ok.success());
    let ok = Command::new("or1k-elf-ld")
        .current_dir(&dir)
        .args(["-e", entry, "-Ttext=0x100", "-o", "t.elf", "t.o"])
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::read(dir.join("t.elf")).unwrap()
}

/// Prints "AB" on the UART, stores a word, then writes exit code 7 to the finisher.
fn uart_and_finisher() -> Vec<u8> {
    let src = "    l.movhi r4, hi(0x90000000)\n    l.ori r5, r0, 0x41\n    l.sb 0(r4), r5\n    l.ori r5, r0, 0x42\n\
               \x20   l.sb 0(r4), r5\n    l.ori r6, r0, 0x2000\n    l.sw 0(r6), r5\n    l.movhi r6, hi(0x96000000)\n\
               \x20   l.movhi r7, 7\n    l.ori r7, r7, 0x3333\n    l.sw 0(r6), r7\n1:  l.j 1b\n    l.nop\n";
    elf(src, "_start", "uart")
}

/// Everything the RTL did until the finisher strobe (at most 1,000 cycles).
struct Run {
    records: Vec<Retired>,
    uart: Vec<u8>,
    finish: Option<u32>,
    cycles: u64,
}

fn run(soc: &mut Soc) -> Run {
    let mut r = Run { records: vec![], uart: vec![], finish: None, cycles: 0 };
    while r.finish.is_none() && soc.cycles() < 1_000 {
        let c = soc.step();
        r.records.extend(c.retired);
        r.uart.extend(c.uart);
        r.finish = c.finish;
    }
    r.cycles = soc.cycles();
    r
}

#[test]
fn records_uart_finisher_latency_and_waves() {
    let bytes = uart_and_finisher();
    let mut iss = Machine::new(Config { ram_size: RAM_SIZE, console: ConsoleSink::Buffer, ..Config::default() });
    iss.load_elf(&bytes).unwrap();
    let mut cycles = vec![];
    for latency in [0u8, 3] {
        let mut soc = Soc::new();
        let waves = std::env::temp_dir().join(format!("vsys-test-{}-{latency}.fst", std::process::id()));
        soc.waves(&waves).unwrap();
        assert!(soc.waves(&waves).is_err(), "a model is traced once");
        soc.set_mem_latency(latency);
        assert_eq!(soc.load_elf(&bytes), Ok(0x100));
        let r = run(&mut soc);
        assert_eq!(r.uart, b"AB", "latency {latency}");
        assert_eq!(r.finish, Some((7 << 16) | 0x3333), "latency {latency}");
        if latency == 0 {
            // the same records as the golden model, store included
            let want: Vec<Retired> = (0..r.records.len()).map(|_| iss.step().unwrap()).collect();
            assert_eq!(r.records, want);
            assert!(r.records.iter().any(|x| x.mem_write == Some((0x2000, 4, 0x42))));
        }
        cycles.push(r.cycles);
        soc.close_waves();
        let fst = std::fs::read(&waves).unwrap();
        assert!(fst.len() > 100, "FST file written ({} bytes)", fst.len());
        let _ = std::fs::remove_file(&waves);
    }
    assert!(cycles[1] > cycles[0], "wait states cost cycles: {cycles:?}");
}

#[test]
fn reset_restarts_at_the_reset_vector() {
    let mut soc = Soc::new();
    soc.load_elf(&uart_and_finisher()).unwrap();
    let first = run(&mut soc);
    soc.reset(3);
    assert_eq!(soc.cycles(), 0);
    let again = run(&mut soc);
    assert_eq!(first.records[0].pc, 0x100);
    assert_eq!((first.records, first.uart, first.cycles), (again.records, again.uart, again.cycles));
}

#[test]
fn load_errors() {
    let mut soc = Soc::new();
    let entry = elf("    l.nop\n    l.nop\n    l.nop\n", "0x108", "entry");
    assert_eq!(soc.load_elf(&entry), Err(Error::Load(LoadError::Entry(0x108))));
    let big = elf(&format!("    l.nop\n    .section .data\n    .space {RAM_SIZE:#x}\n"), "_start", "big");
    assert!(matches!(soc.load_elf(&big), Err(Error::Load(LoadError::OutsideRam { .. }))));
    assert!(matches!(soc.load_elf(b"\x7fELF junk"), Err(Error::Load(LoadError::Malformed(_)))));
    let host = std::fs::read("/bin/true").unwrap();
    assert!(matches!(soc.load_elf(&host), Err(Error::Load(LoadError::WrongArch(_)))));
    assert!(matches!(soc.load_words(2, &[0]), Err(Error::Load(LoadError::OutsideRam { .. }))));
}

#[test]
fn models_run_in_parallel_threads() {
    let bytes = uart_and_finisher();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let bytes = bytes.clone();
            std::thread::spawn(move || {
                let mut soc = Soc::new();
                soc.load_elf(&bytes).unwrap();
                run(&mut soc).uart
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), b"AB");
    }
}

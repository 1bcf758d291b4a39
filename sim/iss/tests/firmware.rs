//! Runs every firmware test program (`build/firmware/tests/*.elf`, built
//! by `make -C firmware`) on the ISS; each must exit with code 0. Fails if
//! the firmware does not build or no test program is found.

use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use vmsp_iss::{Config, Machine, Outcome};

/// Builds the firmware once at a time: the tests run in parallel, and two
/// `make`s writing the same objects race.
fn make_firmware(root: &Path) {
    static MAKE: Mutex<()> = Mutex::new(());
    let _one = MAKE.lock().unwrap_or_else(|e| e.into_inner());
    let status = Command::new("make").arg("-C").arg(root.join("firmware")).status().expect("run make");
    assert!(status.success(), "`make -C firmware` failed");
}

#[test]
fn firmware_tests_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    make_firmware(&root);
    let dir = root.join("build/firmware/tests");
    let mut elfs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "elf"))
        .collect();
    elfs.sort();
    assert!(!elfs.is_empty(), "no test programs in {}", dir.display());
    let mut failures = Vec::new();
    for elf in &elfs {
        let mut m = Machine::new(Config::default());
        let bytes = std::fs::read(elf).unwrap();
        if let Err(e) = m.load_elf(&bytes) {
            failures.push(format!("{}: {e}", elf.display()));
            continue;
        }
        match m.run(200_000_000) {
            Outcome::Exit(0) => {}
            o => failures.push(format!(
                "{}: {o} after {} steps at pc 0x{:08x}; output:\n{}",
                elf.display(),
                m.steps(),
                m.cpu.pc,
                String::from_utf8_lossy(m.uart_output())
            )),
        }
    }
    assert!(failures.is_empty(), "{} of {} programs failed:\n{}", failures.len(), elfs.len(), failures.join("\n"));
    eprintln!("{} firmware programs passed", elfs.len());
}

/// A core without MMUs (`Config::mmu = false`, what lock-step with the
/// first RTL uses): mmu.elf skips, cfgregs.elf sees the MMU registers at 0.
#[test]
fn mmu_firmware_adapts_to_a_core_without_mmu() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    make_firmware(&root);
    for (name, expect) in [("mmu", "SKIP: no DMMU/IMMU"), ("cfgregs", "no DMMU")] {
        let path = root.join(format!("build/firmware/tests/{name}.elf"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut m = Machine::new(Config { mmu: false, ..Config::default() });
        m.load_elf(&bytes).unwrap();
        let outcome = m.run(50_000_000);
        let out = String::from_utf8_lossy(m.uart_output()).into_owned();
        assert_eq!(outcome, Outcome::Exit(0), "{name}: {out}");
        assert!(out.contains(expect) && out.contains("PASS"), "{name}: {out}");
    }
}

//! Test helpers: assemble small programs with or1k-elf-as/ld, find the
//! firmware build.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub fn scratch(name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("vmsp-sim-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Assembles `src` and links it with `.text` at `text` and entry `_start`.
pub fn assemble(src: &str, text: u32) -> Vec<u8> {
    let s = scratch("t.s");
    let dir = s.parent().unwrap().to_path_buf();
    std::fs::write(&s, src).unwrap();
    let out = Command::new("or1k-elf-as").current_dir(&dir).args(["-o", "t.o", "t.s"]).output().expect("run or1k-elf-as");
    assert!(out.status.success(), "or1k-elf-as: {}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("or1k-elf-ld")
        .current_dir(&dir)
        .args(["-e", "_start", &format!("-Ttext=0x{text:x}"), "-o", "t.elf", "t.o"])
        .output()
        .expect("run or1k-elf-ld");
    assert!(out.status.success(), "or1k-elf-ld: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(dir.join("t.elf")).unwrap()
}

pub fn write_tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = scratch(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The firmware tests in their three builds, `build/firmware/{tests,
/// tests-cached, tests-mmu}/*.elf` (plain, caches on, caches and MMUs on),
/// sorted; panics with a clear message when the firmware has not been built.
pub fn firmware_tests() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../build/firmware");
    let mut all = Vec::new();
    for variant in ["tests", "tests-cached", "tests-mmu"] {
        let dir = root.join(variant);
        let mut elfs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}: build the firmware first (`make firmware`)", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "elf"))
            .collect();
        elfs.sort();
        assert!(!elfs.is_empty(), "no test programs in {}: run `make firmware` first", dir.display());
        all.extend(elfs);
    }
    all
}

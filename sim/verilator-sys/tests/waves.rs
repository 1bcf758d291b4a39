//! A run without waves uses the SoC model built without tracing; opening
//! waves swaps in the traced one (csrc/shim.cpp). Both must behave the same,
//! and waves can only be opened before the first cycle.

use std::path::PathBuf;
use verilator_sys::{Error, Outputs, Soc};

fn hello() -> Vec<u8> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../build/firmware/tests/hello.elf"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e} (run `make firmware`)", p.display()))
}

/// Every cycle's outputs until the finisher fires (at most 50,000 cycles).
fn run(soc: &mut Soc) -> Vec<Outputs> {
    soc.load_elf(&hello()).unwrap();
    let mut out = Vec::new();
    while out.len() < 50_000 {
        let finished = soc.step().finish.is_some();
        out.push(*soc.outputs());
        if finished {
            break;
        }
    }
    out
}

#[test]
fn traced_and_untraced_models_agree_cycle_by_cycle() {
    if verilator_sys::MODEL_SOURCE.ends_with("top_stub.v") {
        return; // hello.elf needs the real SoC
    }
    let plain = run(&mut Soc::new());
    assert!(plain.last().is_some_and(|o| o.finish_valid != 0), "hello.elf did not finish");
    let fst = std::env::temp_dir().join(format!("vsys-waves-{}.fst", std::process::id()));
    let mut soc = Soc::new();
    soc.waves(&fst).unwrap();
    let traced = run(&mut soc);
    soc.close_waves();
    let size = std::fs::metadata(&fst).map(|m| m.len()).unwrap_or(0);
    let _ = std::fs::remove_file(&fst);
    assert!(plain == traced, "outputs differ (cycles {} untraced, {} traced)", plain.len(), traced.len());
    assert!(size > 10_000, "FST file of {size} bytes");
}

#[test]
fn waves_only_before_the_first_cycle() {
    let fst = std::env::temp_dir().join(format!("vsys-waves-late-{}.fst", std::process::id()));
    let mut soc = Soc::new();
    soc.reset(1);
    match soc.waves(&fst) {
        Err(Error::Waves(m)) => assert!(m.contains("before"), "{m}"),
        other => panic!("waves after a cycle: {other:?}"),
    }
    let _ = std::fs::remove_file(&fst);
}

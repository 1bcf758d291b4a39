//! FST tracing writes a real waveform covering the simulated time.
mod common;
use common::*;
use vtb::Model;

/// Reads a big-endian u64 field of the FST header block.
fn be64(b: &[u8], at: usize) -> u64 {
    u64::from_be_bytes(b[at..at + 8].try_into().unwrap())
}

#[test]
fn trace_writes_fst() {
    let dir = vtb::cache_root().join("test-traces");
    let path = dir.join(format!("counter-{}.fst", std::process::id()));
    let _ = std::fs::remove_file(&path);
    {
        let mut m = Model::build("counter", COUNTER).unwrap();
        m.set("enable", 1);
        m.ticks(3); // before tracing: not in the file
        m.trace(&path).unwrap();
        for _ in 0..50 {
            m.tick();
        }
        assert_eq!(m.get("count"), 53);
        m.trace_close();
        m.ticks(5); // after closing: not in the file either
    }
    let b = std::fs::read(&path).unwrap();
    assert!(b.len() > 100, "FST file too small: {} bytes", b.len());
    // FST header block (fstapi.c): type 0 (FST_BL_HDR), section length,
    // start time, end time, endian-test double, memory, scopes, vars.
    assert_eq!(b[0], 0, "FST header block type");
    assert_eq!(be64(&b, 9), 6, "first dumped time: trace opened after 3 ticks");
    assert_eq!(be64(&b, 17), 106, "last dumped time: 50 more ticks, 2 edges each");
    let vars = be64(&b, 49);
    assert!(vars >= 4, "expected the 4 ports among the traced variables, got {vars}");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn trace_rejects_other_formats() {
    let mut m = Model::build("counter", COUNTER).unwrap();
    let e = m.trace("waves.vcd").unwrap_err();
    assert!(e.message().contains("only FST"), "{e}");
}

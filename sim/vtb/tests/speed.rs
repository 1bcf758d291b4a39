//! Throughput of a counter driven from Rust (figure recorded in docs/VTB.md).
//! Run: cargo test -p vtb --release --test speed -- --nocapture
mod common;
use common::*;
use std::time::Instant;
use vtb::Model;

#[test]
fn counter_cycles_per_second() {
    let mut m = Model::build("counter", COUNTER).unwrap();
    m.set("enable", 1);
    const N: u64 = 2_000_000;
    let t = Instant::now();
    for _ in 0..N {
        m.tick();
    }
    let per_tick = t.elapsed();
    assert_eq!(m.get("count"), N);
    let t = Instant::now();
    m.ticks(N);
    let batched = t.elapsed();
    assert_eq!(m.get("count"), 2 * N);
    // One tick plus a port read and write per cycle, as a test bench loop does.
    let t = Instant::now();
    for i in 0..N {
        m.set("enable", i & 1);
        m.tick();
        std::hint::black_box(m.get("count"));
    }
    let with_io = t.elapsed();
    assert_eq!(m.get("count"), 2 * N + N / 2);
    // The same through port handles (no name lookup).
    let (enable, count) = (m.id("enable"), m.id("count"));
    let t = Instant::now();
    for i in 0..N {
        m.set_id(enable, i & 1);
        m.tick();
        std::hint::black_box(m.get_id(count));
    }
    let with_ids = t.elapsed();
    assert_eq!(m.get_id(count), 3 * N);
    let rate = |d: std::time::Duration| N as f64 / d.as_secs_f64() / 1e6;
    println!(
        "counter: tick() {:.1} M cycles/s, ticks(n) {:.1} M cycles/s, tick()+set+get {:.1} M cycles/s, with PortId {:.1} M cycles/s",
        rate(per_tick),
        rate(batched),
        rate(with_io),
        rate(with_ids)
    );
}

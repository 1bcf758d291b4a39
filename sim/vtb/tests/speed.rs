//! Throughput of a counter driven from Rust (figure recorded in docs/VTB.md).
//! Run: cargo test -p vtb --test speed -- --nocapture
//!
//! The machine is shared, so besides wall-clock rates this reports rates per
//! second of this thread's CPU time, which do not depend on other load.
mod common;
use common::*;
use std::time::Instant;
use vtb::Model;

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in seconds.
fn thread_cpu() -> f64 {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: valid pointer; clock id 3 is CLOCK_THREAD_CPUTIME_ID on Linux.
    assert_eq!(unsafe { clock_gettime(3, &mut ts) }, 0);
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

/// Runs `f`, returns (wall M cycles/s, CPU M cycles/s) for `n` cycles.
fn measure(n: u64, f: impl FnOnce()) -> (f64, f64) {
    let (w, c) = (Instant::now(), thread_cpu());
    f();
    let (w, c) = (w.elapsed().as_secs_f64(), thread_cpu() - c);
    (n as f64 / w / 1e6, n as f64 / c / 1e6)
}

#[test]
fn counter_cycles_per_second() {
    let mut m = Model::build("counter", COUNTER).unwrap();
    m.set("enable", 1);
    const N: u64 = 2_000_000;
    let tick = measure(N, || {
        for _ in 0..N {
            m.tick();
        }
    });
    assert_eq!(m.get("count"), N);
    let batched = measure(N, || m.ticks(N));
    assert_eq!(m.get("count"), 2 * N);
    // A port write and read per cycle, as a test bench loop does.
    let with_io = measure(N, || {
        for i in 0..N {
            m.set("enable", i & 1);
            m.tick();
            std::hint::black_box(m.get("count"));
        }
    });
    assert_eq!(m.get("count"), 2 * N + N / 2);
    // The same through port handles (no name lookup).
    let (enable, count) = (m.id("enable"), m.id("count"));
    let with_ids = measure(N, || {
        for i in 0..N {
            m.set_id(enable, i & 1);
            m.tick();
            std::hint::black_box(m.get_id(count));
        }
    });
    assert_eq!(m.get_id(count), 3 * N);
    for (what, (wall, cpu)) in [
        ("tick()", tick),
        ("ticks(n)", batched),
        ("set+tick+get", with_io),
        ("set_id+tick+get_id", with_ids),
    ] {
        println!("counter {what:>20}: {wall:5.1} M cycles/s wall, {cpu:5.1} M cycles/s per CPU second");
    }
}

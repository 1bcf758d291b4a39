//! Model: port widths, clocking, combinational settling, panics on misuse.
mod common;
use common::*;
use vtb::{Direction, Model};

#[test]
fn every_width_round_trips() {
    let v = widths_verilog();
    let mut m = Model::build("widths", &v).unwrap();
    for w in WIDTHS {
        let p = m.port(&format!("i{w}")).unwrap();
        assert_eq!((p.dir, p.width), (Direction::Input, *w));
        let p = m.port(&format!("o{w}")).unwrap();
        assert_eq!((p.dir, p.width), (Direction::Output, *w));
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..200 {
        let mut expect = Vec::new();
        for &w in WIDTHS {
            // Include the all-zero and all-one extremes.
            let value = match round {
                0 => vec![0; w.div_ceil(32) as usize],
                1 => not(&vec![0; w.div_ceil(32) as usize], w),
                _ => rng.words(w),
            };
            m.set_wide(&format!("i{w}"), &value);
            expect.push((w, value));
        }
        m.eval();
        for (w, value) in &expect {
            assert_eq!(&m.get_wide(&format!("i{w}")), value, "input i{w} read back");
            assert_eq!(m.get_wide(&format!("o{w}")), not(value, *w), "o{w} = ~i{w}");
            if *w <= 64 {
                let as_u64 = value.iter().rev().fold(0u64, |a, &x| (a << 32) | x as u64);
                assert_eq!(m.get(&format!("i{w}")), as_u64);
            }
            if *w <= 128 {
                let as_u128 = value.iter().rev().fold(0u128, |a, &x| (a << 32) | x as u128);
                assert_eq!(m.get_u128(&format!("i{w}")), as_u128);
            }
        }
    }
    // The scalar setters reach the same bits as set_wide.
    m.set("i64", 0x0123_4567_89AB_CDEF);
    m.set("i33", 0x1_8000_0001);
    m.set_u128("i128", 0x0011_2233_4455_6677_8899_AABB_CCDD_EEFF);
    m.set_u128("i256", u128::MAX);
    m.eval();
    assert_eq!(m.get("o64"), !0x0123_4567_89AB_CDEFu64);
    assert_eq!(m.get("o33"), 0x0_7FFF_FFFE);
    assert_eq!(m.get_u128("o128"), !0x0011_2233_4455_6677_8899_AABB_CCDD_EEFFu128);
    assert_eq!(m.get_wide("o256"), vec![0, 0, 0, 0, !0, !0, !0, !0]);
}

#[test]
fn counter_counts_on_tick() {
    let mut m = Model::build("counter", COUNTER).unwrap();
    assert_eq!(m.get("count"), 0, "initial block value");
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.set("enable", 1);
    for i in 1..=100u64 {
        m.tick();
        assert_eq!(m.get("count"), i);
    }
    m.set("enable", 0);
    m.ticks(10);
    assert_eq!(m.get("count"), 100, "enable low holds the count");
    m.set("enable", 1);
    m.ticks(1000);
    assert_eq!(m.get("count"), 1100);
    // Two edges per tick: 1 + 100 + 10 + 1000 ticks.
    assert_eq!(m.time(), 2 * 1111);
    m.set("reset", 1);
    m.eval();
    assert_eq!(m.get("count"), 1100, "eval alone is not a clock edge");
    m.tick();
    assert_eq!(m.get("count"), 0);
}

#[test]
fn registers_and_combinational_xor() {
    let mut m = Model::build("xor_regs", XOR_REGS).unwrap();
    let mut rng = Rng(42);
    let (mut r128, mut r200) = (vec![0u32; 4], vec![0u32; 7]);
    let xor = |a: &[u32], b: &[u32]| a.iter().zip(b).map(|(x, y)| x ^ y).collect::<Vec<u32>>();
    for _ in 0..100 {
        let (d128, k128, d200, k200) = (rng.words(128), rng.words(128), rng.words(200), rng.words(200));
        let load = rng.next_u64() & 1;
        m.set_wide("d128", &d128);
        m.set_wide("d200", &d200);
        m.set("load", load);
        m.set_wide("k128", &k128);
        m.set_wide("k200", &k200);
        m.eval();
        // Before the edge the registers still hold the old values.
        assert_eq!(m.get_wide("q128"), xor(&r128, &k128));
        assert_eq!(m.get_wide("q200"), xor(&r200, &k200));
        m.tick();
        if load == 1 {
            r128 = d128;
            r200 = d200;
        }
        assert_eq!(m.get_wide("q128"), xor(&r128, &k128));
        assert_eq!(m.get_wide("q200"), xor(&r200, &k200));
        let q: u128 = m.get_u128("q128");
        let k: u128 = k128.iter().rev().fold(0, |a, &x| (a << 32) | x as u128);
        assert_eq!(q ^ k, r128.iter().rev().fold(0, |a, &x| (a << 32) | x as u128));
    }
}

#[test]
fn misuse_panics_with_useful_messages() {
    let mut m = Model::build("counter", COUNTER).unwrap();
    let msg = panic_message(|| {
        m.get("cnt");
    });
    assert!(msg.contains("no port named `cnt`"), "{msg}");
    for p in ["clock (in 1)", "reset (in 1)", "enable (in 1)", "count (out 32)"] {
        assert!(msg.contains(p), "port list should name {p}: {msg}");
    }
    let msg = panic_message(|| m.set("nope", 1));
    assert!(msg.contains("available ports: clock"), "{msg}");
    let msg = panic_message(|| m.set("reset", 2));
    assert!(msg.contains("does not fit in 1-bit port `reset`"), "{msg}");
    let msg = panic_message(|| m.set("count", 1));
    assert!(msg.contains("is an output"), "{msg}");

    let v = widths_verilog();
    let mut w = Model::build("widths", &v).unwrap();
    let msg = panic_message(|| w.set("i33", 1 << 33));
    assert!(msg.contains("0x200000000 does not fit in 33-bit port `i33`"), "{msg}");
    let msg = panic_message(|| w.set_wide("i65", &[0, 0, 2]));
    assert!(msg.contains("65-bit"), "{msg}");
    let msg = panic_message(|| w.set_wide("i128", &[1, 2, 3, 4, 5]));
    assert!(msg.contains("128-bit"), "{msg}");
    let msg = panic_message(|| {
        w.get("o65");
    });
    assert!(msg.contains("use get_u128 or get_wide"), "{msg}");
    let msg = panic_message(|| {
        w.get_u128("o256");
    });
    assert!(msg.contains("use get_wide"), "{msg}");
    let msg = panic_message(|| w.tick());
    assert!(msg.contains("tick needs a 1-bit input port `clock`"), "{msg}");
    // A valid value at the top bit is accepted: the checks are not off by one.
    w.set("i33", 1 << 32);
    w.set_wide("i65", &[0, 0, 1]);
    w.set_wide("i256", &[0, 0, 0, 0, 0, 0, 0, 0x8000_0000]);
}

#[test]
fn several_instances_are_independent() {
    let mut a = Model::build("counter", COUNTER).unwrap();
    let mut b = Model::build("counter", COUNTER).unwrap();
    a.set("enable", 1);
    a.ticks(5);
    b.set("enable", 1);
    b.ticks(3);
    assert_eq!((a.get("count"), b.get("count")), (5, 3));
    assert_eq!(a.cache_dir(), b.cache_dir());
}

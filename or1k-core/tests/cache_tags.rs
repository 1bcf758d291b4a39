//! The VM-tagged caches in isolation (docs/VIRT.md "Tagged caches and
//! TLBs"): a small `DCache`/`ICache` built with Verilator and driven from a
//! plain-Rust harness with a word memory on its bus side, so every bus beat
//! (and the origin `tga` it carries) is visible. A lookup hits only the
//! running world's line; another world's dirty line is written back with
//! its owner's origin before the refill; block operations act on the
//! caller's own line only, the monitor's on any.
use or1k_arch::*;
use or1k_core::dcache::DCache;
use or1k_core::icache::ICache;
use rust_hdl::prelude::*;
use std::collections::HashMap;
use vtb::Model;

/// Worlds: (owner tag, the origin `tga` of its accesses).
const HOST: (u32, u32) = (OWNER_HOST, TGA_SUPERVISOR);
const MONITOR: (u32, u32) = (OWNER_MONITOR, TGA_MONITOR | TGA_SUPERVISOR);
const fn guest(vmid: u32) -> (u32, u32) {
    (vmid, TGA_GUEST | vmid << TGA_VMID_SHIFT)
}

/// 16-byte lines (4 words); `A`, `B` and `C` map to different sets.
const LINE: u32 = 16;
const A: u32 = 0x1234;
const B: u32 = 0x2248;
const C: u32 = 0x3018;

/// What memory holds before anybody writes: distinct per address, so a
/// refill's data is recognisable.
fn init(adr: u32) -> u32 {
    0xC0DE_0000 ^ adr
}

/// One acknowledged beat on the cache's memory side.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Beat {
    adr: u32,
    we: bool,
    dat: u32,
    tga: u32,
}

/// A cache model, a zero-wait word memory answering its `m` port, and the
/// beats seen since the last `take_beats`.
struct Bench {
    m: Model,
    mem: HashMap<u32, u32>,
    beats: Vec<Beat>,
}

/// Cycles any one access or block operation may take (a write-back and a
/// refill are 4 beats each).
const TIMEOUT: usize = 40;

impl Bench {
    fn build(name: &str, verilog: String) -> Bench {
        let mut m = Model::build(name, &verilog).unwrap_or_else(|e| panic!("build {name}: {e}"));
        m.set("enable", 1);
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        Bench { m, mem: HashMap::new(), beats: Vec::new() }
    }

    fn dcache() -> Bench {
        let mut uut = DCache::<2, 4>::new(true);
        uut.connect_all();
        Bench::build("cache_tags_dcache", generate_verilog(&uut))
    }

    fn icache() -> Bench {
        let mut uut = ICache::<2, 4>::new(true);
        uut.connect_all();
        Bench::build("cache_tags_icache", generate_verilog(&uut))
    }

    fn peek(&self, adr: u32) -> u32 {
        *self.mem.get(&(adr & !3)).unwrap_or(&init(adr & !3))
    }

    /// Settles the cycle's combinational logic with memory's answer to the
    /// request on `m` (if any) applied: ack at once, a write lands on ack.
    fn settle(&mut self) {
        self.m.set("m$ack", 0);
        self.m.eval();
        if self.m.get("m$cyc") & self.m.get("m$stb") == 0 {
            return;
        }
        let adr = self.m.get("m$adr") as u32 & !3;
        let we = self.m.get("m$we") == 1;
        let tga = self.m.get("m$tga") as u32;
        let dat = if we {
            let (sel, w) = (self.m.get("m$sel") as u32, self.m.get("m$dat_w") as u32);
            let mask = (0..4).filter(|b| sel >> b & 1 == 1).fold(0u32, |m, b| m | 0xFF << (8 * b));
            let v = self.peek(adr) & !mask | w & mask;
            self.mem.insert(adr, v);
            w
        } else {
            self.peek(adr)
        };
        self.m.set("m$dat_r", dat as u64);
        self.m.set("m$ack", 1);
        self.m.eval();
        self.beats.push(Beat { adr, we, dat, tga });
    }

    fn take_beats(&mut self) -> Vec<Beat> {
        std::mem::take(&mut self.beats)
    }

    /// A D-cache load (`store` None) or word store by `world`, as the core
    /// makes it: `l_pre_adr` names the address one cycle ahead and while
    /// `l.stb` is held until `l.ack`. Returns the word read.
    fn data(&mut self, world: (u32, u32), adr: u32, store: Option<u32>) -> u32 {
        self.m.set("owner", world.0 as u64);
        self.m.set("l_pre_adr", adr as u64);
        self.settle();
        self.m.tick();
        for (p, v) in [("l$adr", adr), ("l$tga", world.1), ("l$sel", 0xF), ("l$dat_w", store.unwrap_or(0))] {
            self.m.set(p, v as u64);
        }
        for p in ["l$stb", "l$cyc"] {
            self.m.set(p, 1);
        }
        self.m.set("l$we", store.is_some() as u64);
        for _ in 0..TIMEOUT {
            self.settle();
            assert_eq!(self.m.get("l$err"), 0, "bus error on {adr:#x}");
            if self.m.get("l$ack") == 1 {
                let v = self.m.get("l$dat_r") as u32;
                self.m.tick();
                for p in ["l$stb", "l$cyc", "l$we"] {
                    self.m.set(p, 0);
                }
                return v;
            }
            self.m.tick();
        }
        panic!("data access to {adr:#x} not acknowledged in {TIMEOUT} cycles");
    }

    /// An I-cache fetch (classic cycle) by `world`; returns the word.
    fn fetch(&mut self, world: (u32, u32), adr: u32) -> u32 {
        self.m.set("owner", world.0 as u64);
        for (p, v) in [("f$adr", adr), ("f$tga", world.1), ("f$cti", 0), ("f$stb", 1), ("f$cyc", 1)] {
            self.m.set(p, v as u64);
        }
        for _ in 0..TIMEOUT {
            self.settle();
            assert_eq!(self.m.get("f$err"), 0, "bus error on fetch {adr:#x}");
            if self.m.get("f$ack") == 1 {
                let v = self.m.get("f$dat_r") as u32;
                self.m.tick();
                self.m.set("f$stb", 0);
                self.m.set("f$cyc", 0);
                return v;
            }
            self.m.tick();
        }
        panic!("fetch of {adr:#x} not acknowledged in {TIMEOUT} cycles");
    }

    /// An `l.mtspr spr, adr` by `world`, as the core's MEM stage makes it:
    /// `wreq` held until `busy` falls, `we` in that (commit) cycle.
    fn mtspr(&mut self, world: (u32, u32), spr: u32, adr: u32) {
        self.m.set("owner", world.0 as u64);
        self.m.set("spr$addr", spr as u64);
        self.m.set("spr$wdata", adr as u64);
        self.m.set("spr$wreq", 1);
        for _ in 0..TIMEOUT {
            self.settle();
            if self.m.get("spr$busy") == 0 {
                self.m.set("spr$we", 1);
                self.m.tick();
                for p in ["spr$wreq", "spr$we", "spr$addr"] {
                    self.m.set(p, 0);
                }
                // the cycle after the commit, as the next instruction's
                self.settle();
                self.m.tick();
                return;
            }
            self.m.tick();
        }
        panic!("mtspr {spr:#x} still busy after {TIMEOUT} cycles");
    }
}

fn line(adr: u32) -> u32 {
    adr & !(LINE - 1)
}

/// `beats` are exactly one refill burst of `adr`'s line with origin `tga`.
#[track_caller]
fn assert_refill(beats: &[Beat], adr: u32, tga: u32) {
    let want: Vec<(u32, bool, u32)> = (0..4).map(|k| (line(adr) + 4 * k, false, tga)).collect();
    let got: Vec<(u32, bool, u32)> = beats.iter().map(|b| (b.adr, b.we, b.tga)).collect();
    assert_eq!(got, want, "one refill of line {:#x} with tga {tga:#x}", line(adr));
}

/// `beats` are exactly one write-back burst of `adr`'s line carrying
/// origin `tga` and `data`.
#[track_caller]
fn assert_writeback(beats: &[Beat], adr: u32, tga: u32, data: [u32; 4]) {
    let want: Vec<Beat> =
        (0..4).map(|k| Beat { adr: line(adr) + 4 * k, we: true, dat: data[k as usize], tga }).collect();
    assert_eq!(beats, want, "one write-back of line {:#x} with tga {tga:#x}", line(adr));
}

/// `adr`'s line as memory held it at first, with `adr`'s word replaced by `v`.
fn line_with(adr: u32, v: u32) -> [u32; 4] {
    core::array::from_fn(|k| if line(adr) + 4 * k as u32 == adr { v } else { init(line(adr) + 4 * k as u32) })
}

/// A world's dirty line met by `reader`'s load: written back with the
/// victim's origin (`wb_tga`) and data, then refilled with the reader's,
/// which sees the victim's store; the next load hits.
fn foreign_dirty_line_is_written_back(writer: (u32, u32), reader: (u32, u32), adr: u32, v: u32, wb_tga: u32) {
    let mut b = Bench::dcache();
    b.data(writer, adr, Some(v));
    assert_refill(&b.take_beats(), adr, writer.1);
    assert_eq!(b.data(writer, adr, None), v, "the writer's own load hits its store");
    assert_eq!(b.take_beats(), [], "the writer's own load hits");

    assert_eq!(b.data(reader, adr, None), v, "the reader sees the writer's store");
    let beats = b.take_beats();
    assert!(beats.len() == 8, "another world's line misses: write-back then refill, got {beats:x?}");
    assert_writeback(&beats[..4], adr, wb_tga, line_with(adr, v));
    assert_refill(&beats[4..], adr, reader.1);
    assert_eq!(b.data(reader, adr, None), v);
    assert_eq!(b.take_beats(), [], "the reader's line now hits");
}

#[test]
fn guest_dirty_line_met_by_host() {
    let g1 = guest(1);
    assert_eq!(g1.1, TGA_GUEST | 1 << TGA_VMID_SHIFT);
    foreign_dirty_line_is_written_back(g1, HOST, A, 0x1111_1111, g1.1);
}

#[test]
fn monitor_dirty_line_met_by_guest() {
    foreign_dirty_line_is_written_back(MONITOR, guest(2), B, 0x2222_2222, TGA_MONITOR | TGA_SUPERVISOR);
}

#[test]
fn host_dirty_line_met_by_guest() {
    // the host's write-back carries no GUEST/MONITOR/VMID bits (and, made
    // by the cache, no SUPERVISOR either)
    foreign_dirty_line_is_written_back(HOST, guest(1), C, 0x3333_3333, 0);
}

/// A conflict miss (another line of the same set) also writes the victim
/// back with the victim's origin, not the evicting access's.
#[test]
fn conflict_eviction_carries_victims_origin() {
    let mut b = Bench::dcache();
    let g1 = guest(1);
    b.data(g1, A, Some(0x4444_4444));
    b.take_beats();
    let other = A + 4 * LINE; // 4 sets: same set, another line
    assert_eq!(b.data(HOST, other, None), init(other));
    let beats = b.take_beats();
    assert!(beats.len() == 8, "write-back then refill, got {beats:x?}");
    assert_writeback(&beats[..4], A, g1.1, line_with(A, 0x4444_4444));
    assert_refill(&beats[4..], other, HOST.1);
}

/// DCBIR/DCBFR/DCBWR act on the caller's own line; the monitor's on any.
#[test]
fn dcache_block_ops_act_on_own_line_only() {
    let mut b = Bench::dcache();
    let (g1, g2) = (guest(1), guest(2));

    // guest 1's dirty line is out of the host's reach
    b.data(g1, A, Some(0xAAAA_0001));
    b.take_beats();
    for op in [SPR_DCBIR, SPR_DCBFR, SPR_DCBWR] {
        b.mtspr(HOST, op, A);
        assert_eq!(b.take_beats(), [], "host's op {op:#x} on guest 1's line: no bus traffic");
    }
    assert_eq!(b.data(g1, A, None), 0xAAAA_0001, "guest 1's line survived the host's operations");
    assert_eq!(b.take_beats(), [], "guest 1's load still hits");

    // guest 1's own DCBWR writes it back and keeps it, clean and its own
    b.mtspr(g1, SPR_DCBWR, A);
    assert_writeback(&b.take_beats(), A, g1.1, line_with(A, 0xAAAA_0001));
    assert_eq!(b.data(g1, A, None), 0xAAAA_0001);
    assert_eq!(b.take_beats(), [], "after DCBWR guest 1's line still hits");

    // guest 1's own DCBFR writes it back and invalidates it
    b.data(g1, A, Some(0xAAAA_0002));
    assert_eq!(b.take_beats(), [], "store hit");
    b.mtspr(g1, SPR_DCBFR, A);
    assert_writeback(&b.take_beats(), A, g1.1, line_with(A, 0xAAAA_0002));
    assert_eq!(b.peek(A), 0xAAAA_0002);
    assert_eq!(b.data(g1, A, None), 0xAAAA_0002, "refilled from memory");
    assert_refill(&b.take_beats(), A, g1.1);

    // the monitor's DCBIR discards guest 2's dirty line
    b.data(g2, B, Some(0xBBBB_0001));
    assert_refill(&b.take_beats(), B, g2.1);
    b.mtspr(MONITOR, SPR_DCBIR, B);
    assert_eq!(b.take_beats(), [], "DCBIR discards: no write-back");
    assert_eq!(b.data(g2, B, None), init(B), "guest 2's store was discarded");
    assert_refill(&b.take_beats(), B, g2.1);

    // the monitor's DCBFR writes guest 2's dirty line back with guest 2's origin
    b.data(g2, C, Some(0xCCCC_0001));
    b.take_beats();
    b.mtspr(MONITOR, SPR_DCBFR, C);
    assert_writeback(&b.take_beats(), C, g2.1, line_with(C, 0xCCCC_0001));
    assert_eq!(b.data(g2, C, None), 0xCCCC_0001);
    assert_refill(&b.take_beats(), C, g2.1);
}

/// An I-cache line hits only for the world that fetched it; ICBIR
/// invalidates only the caller's own line, the monitor's any.
#[test]
fn icache_lines_belong_to_their_world() {
    let mut b = Bench::icache();
    let g1 = guest(1);

    assert_eq!(b.fetch(g1, A), init(A));
    assert_refill(&b.take_beats(), A, g1.1);
    assert_eq!(b.fetch(g1, A), init(A));
    assert_eq!(b.take_beats(), [], "guest 1's refetch hits");

    assert_eq!(b.fetch(HOST, A), init(A));
    assert_refill(&b.take_beats(), A, HOST.1);
    assert_eq!(b.fetch(g1, A), init(A));
    assert_refill(&b.take_beats(), A, g1.1);

    // memory changes behind the cache: a hit still returns the old word
    b.mem.insert(A & !3, 0x5EED_0001);
    b.mtspr(HOST, SPR_ICBIR, A);
    assert_eq!(b.fetch(g1, A), init(A), "the host's ICBIR left guest 1's line");
    assert_eq!(b.take_beats(), [], "guest 1's fetch still hits");

    b.mtspr(MONITOR, SPR_ICBIR, A);
    assert_eq!(b.fetch(g1, A), 0x5EED_0001, "the monitor's ICBIR invalidated guest 1's line");
    assert_refill(&b.take_beats(), A, g1.1);

    // and guest 1's own ICBIR invalidates its own line
    b.mem.insert(A & !3, 0x5EED_0002);
    b.mtspr(g1, SPR_ICBIR, A);
    assert_eq!(b.fetch(g1, A), 0x5EED_0002);
    assert_refill(&b.take_beats(), A, g1.1);
}

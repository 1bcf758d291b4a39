//! A small rust-hdl block, emitted with `generate_verilog`, passes the lint gate
//! and its Verilog matches a plain-Rust golden model cycle by cycle.
mod common;
use common::*;
use rust_hdl::prelude::*;
use vtb::{Direction, Model};

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
enum Phase {
    Idle,
    Run,
    Done,
}

/// A nested interface: its fields become ports `pair$a` and `pair$b`.
#[derive(LogicInterface, Default)]
struct Pair {
    pub a: Signal<In, Bits<8>>,
    pub b: Signal<Out, Bits<8>>,
}

/// A sub-block: registered `x + 1`.
#[derive(LogicBlock, Default)]
struct Incr {
    pub clock: Signal<In, Clock>,
    pub x: Signal<In, Bits<8>>,
    pub y: Signal<Out, Bits<8>>,
    r: DFF<Bits<8>>,
}

impl Logic for Incr {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, r);
        self.r.d.next = self.x.val() + 1;
        self.y.next = self.r.q.val();
    }
}

/// Wide combinational xor, an enum state machine with a counter, a RAM widget
/// and a sub-block behind a nested interface.
#[derive(LogicBlock, Default)]
struct Demo {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub key: Signal<In, Bits<128>>,
    pub out: Signal<Out, Bits<128>>,
    pub pair: Pair,
    pub count: Signal<Out, Bits<16>>,
    pub done: Signal<Out, Bit>,
    pub we: Signal<In, Bit>,
    pub rd: Signal<Out, Bits<32>>,
    phase: DFF<Phase>,
    c: DFF<Bits<16>>,
    incr: Incr,
    ram: RAM<Bits<32>, 4>,
}

impl Logic for Demo {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase, c);
        clock!(self, clock, incr);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.ram.read_address.next = self.key.val().get_bits::<4>(0);
        self.ram.write_address.next = self.key.val().get_bits::<4>(4);
        self.ram.write_data.next = self.key.val().get_bits::<32>(32);
        self.ram.write_enable.next = self.we.val();
        self.rd.next = self.ram.read_data.val();
        self.incr.x.next = self.pair.a.val();
        self.pair.b.next = self.incr.y.val();
        self.out.next = self.key.val() ^ 0xFF_u64;
        self.count.next = self.c.q.val();
        self.done.next = false;
        match self.phase.q.val() {
            Phase::Idle => {
                self.phase.d.next = Phase::Run;
            }
            Phase::Run => {
                self.c.d.next = self.c.q.val() + 1;
                if self.c.q.val() == 10 {
                    self.phase.d.next = Phase::Done;
                }
            }
            Phase::Done => {
                self.done.next = true;
            }
        }
        if self.reset.val() {
            self.c.d.next = 0.into();
            self.phase.d.next = Phase::Idle;
        }
    }
}

fn demo_verilog() -> String {
    let mut uut = Demo::default();
    uut.connect_all();
    generate_verilog(&uut)
}

/// The golden model of `Demo`, written independently of rust-hdl.
#[derive(Default)]
struct Golden {
    phase: u8, // 0 idle, 1 run, 2 done
    c: u16,
    r: u8,
    mem: [Option<u32>; 16],
    rd: Option<u32>,
}

impl Golden {
    fn tick(&mut self, reset: bool, key: u128, a: u8, we: bool) {
        let (mut phase, mut c) = (self.phase, self.c);
        match self.phase {
            0 => phase = 1,
            1 => {
                c = self.c.wrapping_add(1);
                if self.c == 10 {
                    phase = 2;
                }
            }
            _ => {}
        }
        if reset {
            phase = 0;
            c = 0;
        }
        self.rd = self.mem[(key & 0xF) as usize];
        if we {
            self.mem[((key >> 4) & 0xF) as usize] = Some((key >> 32) as u32);
        }
        self.phase = phase;
        self.c = c;
        self.r = a.wrapping_add(1);
    }
}

#[test]
fn rust_hdl_output_lints_clean() {
    vtb::lint("rust_hdl_demo", &demo_verilog()).unwrap();
}

#[test]
fn rust_hdl_block_matches_golden_model() {
    let v = demo_verilog();
    let mut m = Model::build("rust_hdl_demo", &v).unwrap();
    let names: Vec<(&str, Direction, u32)> = m.ports().iter().map(|p| (p.name.as_str(), p.dir, p.width)).collect();
    assert_eq!(
        names,
        vec![
            ("clock", Direction::Input, 1),
            ("reset", Direction::Input, 1),
            ("key", Direction::Input, 128),
            ("out", Direction::Output, 128),
            ("pair$a", Direction::Input, 8),
            ("pair$b", Direction::Output, 8),
            ("count", Direction::Output, 16),
            ("done", Direction::Output, 1),
            ("we", Direction::Input, 1),
            ("rd", Direction::Output, 32),
        ],
        "rust-hdl port naming (nested interface fields joined with `$`)"
    );
    let mut g = Golden::default();
    let mut rng = Rng(7);
    for cycle in 0..300 {
        let reset = cycle == 0 || cycle == 150;
        let key = (rng.next_u64() as u128) << 64 | rng.next_u64() as u128;
        let a = rng.next_u64() as u8;
        let we = rng.next_u64() & 1 == 1;
        m.set("reset", reset as u64);
        m.set_u128("key", key);
        m.set("pair$a", a as u64);
        m.set("we", we as u64);
        m.eval();
        assert_eq!(m.get_u128("out"), key ^ 0xFF, "combinational xor, cycle {cycle}");
        m.tick();
        g.tick(reset, key, a, we);
        assert_eq!(m.get("count"), g.c as u64, "count, cycle {cycle}");
        assert_eq!(m.get("done"), (g.phase == 2) as u64, "done, cycle {cycle}");
        assert_eq!(m.get("pair$b"), g.r as u64, "pair$b, cycle {cycle}");
        if let Some(rd) = g.rd {
            assert_eq!(m.get("rd"), rd as u64, "ram read, cycle {cycle}");
        }
    }
    assert!(g.mem.iter().all(|x| x.is_some()), "test should have written every RAM word");
}

/// rust-hdl's SyncFIFO produces the UNOPTFLAT/UNUSEDSIGNAL/UNUSEDPARAM noise the
/// waivers are for; its output must lint clean without further waivers.
#[derive(LogicBlock, Default)]
struct FifoUser {
    pub clock: Signal<In, Clock>,
    pub din: Signal<In, Bits<8>>,
    pub push: Signal<In, Bit>,
    pub low: Signal<Out, Bits<4>>,
    fifo: SyncFIFO<Bits<8>, 4, 5, 1>,
}

impl Logic for FifoUser {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, fifo);
        self.fifo.bus_write.data.next = self.din.val();
        self.fifo.bus_write.write.next = self.push.val();
        self.fifo.bus_read.read.next = !self.fifo.bus_read.empty.val();
        self.low.next = self.fifo.bus_read.data.val().get_bits::<4>(0);
    }
}

#[test]
fn rust_hdl_widget_output_lints_clean() {
    let mut uut = FifoUser::default();
    uut.connect_all();
    vtb::lint("rust_hdl_fifo_user", &generate_verilog(&uut)).unwrap();
}

//! `Ram` block tests on the emitted Verilog (Verilator via vtb): exact cycle
//! counts of single, burst and abandoned-burst reads at latency 0 and 5,
//! every byte-select pattern of writes against a golden byte model, and the
//! backdoor loader. The golden model is a plain big-endian byte array and
//! the latency rule of docs/SOC.md (first beat acknowledged `1 + latency`
//! cycles after `stb`, then one beat per cycle while `cti` = 0b010), in
//! both RAM variants: `Ram::new` and the board's `Ram::registered`, whose
//! reads take one cycle more.
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use vmsp_soc::ram::{ram_verilog, registered_ram_verilog};
use vtb::Model;

const SIZE: u32 = 4096;
const CTI_CLASSIC: u64 = 0b000;
const CTI_INCR: u64 = 0b010;
const CTI_END: u64 = 0b111;

/// The RAM under Verilator, its golden byte image and a cycle counter.
struct Dut {
    m: Model,
    gold: Vec<u8>,
    /// Extra read cycles of the variant: 1 for `Ram::registered`.
    r: u64,
}

/// Both variants: plain, and registered storage inputs (the board's).
const VARIANTS: [bool; 2] = [false, true];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Port {
    I,
    D,
}

impl Port {
    fn p(self, sig: &str) -> String {
        match self {
            Port::I => format!("i${sig}"),
            Port::D => format!("d${sig}"),
        }
    }
    fn rdat(self) -> &'static str {
        match self {
            Port::I => "i$dat_r",
            Port::D => "d$dat_r",
        }
    }
}

impl Dut {
    fn new(latency: u8, registered: bool) -> Dut {
        let (name, v) = if registered {
            ("soc_ram_reg", registered_ram_verilog(0, SIZE, &[]).unwrap())
        } else {
            ("soc_ram", ram_verilog(0, SIZE, &[]).unwrap())
        };
        let mut m = Model::build(name, &v).expect("verilate Ram");
        m.set("latency", latency as u64);
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        m.eval();
        Dut {
            m,
            gold: vec![0; SIZE as usize],
            r: registered as u64,
        }
    }

    fn gold_word(&self, a: u32) -> u32 {
        let a = a as usize;
        u32::from_be_bytes(self.gold[a..a + 4].try_into().unwrap())
    }

    fn idle(&mut self, port: Port) {
        self.m.set(&port.p("cyc"), 0);
        self.m.set(&port.p("stb"), 0);
        if port == Port::D {
            self.m.set("d$we", 0);
        }
    }

    /// Presents one beat and holds it until `ack`; returns the cycles from
    /// the first cycle the beat is presented to the ack cycle (inclusive of
    /// the ack cycle, so a zero-wait classic read returns 2) and the data.
    fn beat(&mut self, port: Port, adr: u32, cti: u64) -> (u64, u32) {
        self.m.set(&port.p("adr"), adr as u64);
        self.m.set(&port.p("cti"), cti);
        self.m.set(&port.p("cyc"), 1);
        self.m.set(&port.p("stb"), 1);
        let mut cycles = 1;
        loop {
            self.m.eval();
            assert_eq!(self.m.get(&port.p("err")), 0, "{port:?} never answers err");
            if self.m.get(&port.p("ack")) == 1 {
                let d = self.m.get(port.rdat()) as u32;
                self.m.tick();
                return (cycles, d);
            }
            assert!(cycles < 300, "no ack for {port:?} adr {adr:#x}");
            self.m.tick();
            cycles += 1;
        }
    }

    /// Classic read: checks the data against the golden model and returns
    /// the cycle count (see `beat`).
    fn read(&mut self, port: Port, adr: u32) -> u64 {
        let (c, d) = self.beat(port, adr, CTI_CLASSIC);
        self.idle(port);
        assert_eq!(d, self.gold_word(adr), "{port:?} read {adr:#x}");
        c
    }

    /// Incrementing burst of `n` beats from `adr`; returns the cycle count
    /// of each beat (first beat includes the wait states).
    fn burst(&mut self, port: Port, adr: u32, n: u32) -> Vec<u64> {
        let mut out = vec![];
        for k in 0..n {
            let a = adr + 4 * k;
            let cti = if k + 1 == n { CTI_END } else { CTI_INCR };
            let (c, d) = self.beat(port, a, cti);
            assert_eq!(d, self.gold_word(a), "{port:?} burst beat {k} at {a:#x}");
            out.push(c);
        }
        self.idle(port);
        out
    }

    /// Data-port write with byte selects; data lanes as on the bus.
    fn write(&mut self, adr: u32, sel: u8, data: u32) -> u64 {
        self.m.set("d$we", 1);
        self.m.set("d$sel", sel as u64);
        self.m.set("d$dat_w", data as u64);
        let (c, _) = self.beat(Port::D, adr, CTI_CLASSIC);
        self.idle(Port::D);
        for lane in 0..4 {
            if sel & (8 >> lane) != 0 {
                self.gold[(adr + lane) as usize] = data.to_be_bytes()[lane as usize];
            }
        }
        c
    }
}

fn fill_random(d: &mut Dut, rng: &mut ChaCha8Rng) {
    for a in (0..SIZE).step_by(4) {
        let w: u32 = rng.gen();
        d.write(a, 0xf, w);
    }
}

#[test]
fn lint() {
    vtb::lint("soc_ram", &ram_verilog(0, SIZE, &[]).unwrap()).unwrap();
    vtb::lint(
        "soc_ram_reg",
        &registered_ram_verilog(0, SIZE, &[]).unwrap(),
    )
    .unwrap();
    vtb::lint(
        "soc_ram_init",
        &ram_verilog(0, 1 << 20, &[1, 0, 3]).unwrap(),
    )
    .unwrap();
}

#[test]
fn bad_sizes_are_refused() {
    assert!(ram_verilog(0, 3000, &[])
        .unwrap_err()
        .contains("power of two"));
    assert!(ram_verilog(0, 4002, &[])
        .unwrap_err()
        .contains("whole number of words"));
    assert!(ram_verilog(0, 16, &[0; 5])
        .unwrap_err()
        .contains("init image"));
    assert!(ram_verilog(0x100, 4096, &[])
        .unwrap_err()
        .contains("aligned"));
}

/// Single and burst reads: the first beat is acknowledged 1 + L cycles after
/// it is presented (2 + L cycles including the presenting one) and
/// one cycle per further beat, on both ports.
#[test]
fn read_timing() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    for (latency, reg) in [0u8, 1, 5]
        .into_iter()
        .flat_map(|l| VARIANTS.map(|r| (l, r)))
    {
        let mut d = Dut::new(latency, reg);
        fill_random(&mut d, &mut rng);
        let l = latency as u64 + d.r;
        for port in [Port::I, Port::D] {
            for _ in 0..20 {
                let a = rng.gen_range(0..SIZE / 4) * 4;
                assert_eq!(
                    d.read(port, a),
                    2 + l,
                    "{port:?} single read at latency {l}"
                );
            }
            // Back-to-back classic reads without dropping stb: each pays 1 + L.
            d.m.set(&port.p("cyc"), 1);
            for a in [0x40u32, 0x44, 0x80] {
                let (c, v) = d.beat(port, a, CTI_CLASSIC);
                assert_eq!(
                    (c, v),
                    (2 + l, d.gold_word(a)),
                    "back-to-back classic at {a:#x}"
                );
            }
            d.idle(port);
            for n in [1u32, 2, 4, 8] {
                let start = rng.gen_range(0..SIZE / 4 - n) * 4;
                let beats = d.burst(port, start, n);
                let mut want = vec![1u64; n as usize];
                want[0] = 2 + l;
                assert_eq!(beats, want, "{port:?} burst of {n} at latency {l}");
            }
        }
    }
}

/// A burst abandoned by dropping stb, or (instruction port) continued at a
/// non-sequential address, restarts with the full latency and still returns the right data.
#[test]
fn abandoned_bursts() {
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    for (latency, reg) in [0u8, 5].into_iter().flat_map(|l| VARIANTS.map(|r| (l, r))) {
        let mut d = Dut::new(latency, reg);
        fill_random(&mut d, &mut rng);
        let l = latency as u64 + d.r;
        for port in [Port::I, Port::D] {
            // Two beats of an announced 4-beat burst, then stb dropped.
            let (c0, v0) = d.beat(port, 0x100, CTI_INCR);
            let (c1, v1) = d.beat(port, 0x104, CTI_INCR);
            assert_eq!((c0, c1), (2 + l, 1));
            assert_eq!((v0, v1), (d.gold_word(0x100), d.gold_word(0x104)));
            d.idle(port);
            d.m.tick();
            // The prefetched 0x108 must not be acknowledged without latency.
            let (c, v) = d.beat(port, 0x108, CTI_CLASSIC);
            assert_eq!(
                (c, v),
                (2 + l, d.gold_word(0x108)),
                "{port:?} after dropped stb"
            );
            d.idle(port);
            // Burst beat, then a jump without dropping stb: only fetch does
            // that (the data port's master, the D-cache, holds its address
            // until ack, so that port does not compare; see RamPort).
            if port == Port::I {
                let (c0, _) = d.beat(port, 0x200, CTI_INCR);
                assert_eq!(c0, 2 + l);
                let (c, v) = d.beat(port, 0x300, CTI_INCR);
                assert_eq!(
                    (c, v),
                    (2 + l, d.gold_word(0x300)),
                    "{port:?} non-sequential next beat"
                );
                let (c, v) = d.beat(port, 0x304, CTI_END);
                assert_eq!(
                    (c, v),
                    (1, d.gold_word(0x304)),
                    "{port:?} burst resumes at the new address"
                );
                d.idle(port);
            }
            // Dropping stb mid-wait (latency > 0) and asking elsewhere.
            if latency > 0 {
                d.m.set(&port.p("adr"), 0x400);
                d.m.set(&port.p("cyc"), 1);
                d.m.set(&port.p("stb"), 1);
                d.m.eval();
                assert_eq!(d.m.get(&port.p("ack")), 0);
                d.m.tick();
                d.idle(port);
                d.m.tick();
                assert_eq!(
                    d.read(port, 0x404),
                    2 + l,
                    "{port:?} restart after abandoned wait"
                );
            }
        }
    }
}

/// Every sel pattern (byte, half, word and the odd ones) writes exactly the
/// selected lanes; reads on both ports see it; zero-wait write timing.
#[test]
fn byte_selects() {
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    for (latency, reg) in [0u8, 5].into_iter().flat_map(|l| VARIANTS.map(|r| (l, r))) {
        let mut d = Dut::new(latency, reg);
        fill_random(&mut d, &mut rng);
        for round in 0..4 {
            for sel in 0u8..16 {
                let a = rng.gen_range(0..SIZE / 4) * 4;
                let w: u32 = rng.gen();
                assert_eq!(
                    d.write(a, sel, w),
                    2 + latency as u64,
                    "write timing sel {sel:#x}"
                );
                d.read(Port::D, a);
                d.read(Port::I, a);
                if round == 0 {
                    // neighbours untouched
                    d.read(Port::D, (a + 4) % SIZE);
                    d.read(Port::D, (a + SIZE - 4) % SIZE);
                }
            }
        }
        for a in (0..SIZE).step_by(4) {
            d.read(Port::I, a);
        }
    }
}

/// Write burst: one beat per cycle after the first; then read back.
#[test]
fn write_burst() {
    for reg in VARIANTS {
        let mut d = Dut::new(5, reg);
        // Zero-initialised (the golden image starts all zero).
        for a in (0..SIZE).step_by(64) {
            d.read(Port::D, a);
        }
        d.m.set("d$we", 1);
        d.m.set("d$sel", 0xf);
        let mut cycles = vec![];
        for k in 0..4u32 {
            let a = 0x500 + 4 * k;
            let w = 0x1111_1111 * (k + 1);
            d.m.set("d$dat_w", w as u64);
            let (c, _) = d.beat(Port::D, a, if k == 3 { CTI_END } else { CTI_INCR });
            d.gold[a as usize..a as usize + 4].copy_from_slice(&w.to_be_bytes());
            cycles.push(c);
        }
        d.idle(Port::D);
        assert_eq!(cycles, vec![7, 1, 1, 1]);
        assert_eq!(d.burst(Port::I, 0x500, 4), vec![7 + d.r, 1, 1, 1]);
    }
}

/// Backdoor words land while reset is high, are ignored otherwise and out of
/// range, and both ports read them.
#[test]
fn backdoor_load() {
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    for reg in VARIANTS {
        let mut d = Dut::new(0, reg);
        d.m.set("reset", 1);
        for a in (0..SIZE).step_by(4) {
            let w: u32 = rng.gen();
            d.m.set("ld_we", 1);
            d.m.set("ld_addr", a as u64);
            d.m.set("ld_data", w as u64);
            d.m.tick();
            d.gold[a as usize..a as usize + 4].copy_from_slice(&w.to_be_bytes());
        }
        // Out of range: must not alias onto word 0.
        d.m.set("ld_addr", SIZE as u64);
        d.m.set("ld_data", 0xdead_beef);
        d.m.tick();
        d.m.set("ld_we", 0);
        d.m.set("reset", 0);
        d.m.tick();
        // While running, the backdoor is ignored.
        d.m.set("ld_we", 1);
        d.m.set("ld_addr", 8);
        d.m.tick();
        d.m.set("ld_we", 0);
        for a in (0..SIZE).step_by(4) {
            d.read(Port::D, a);
            d.read(Port::I, a);
        }
    }
}

/// Both ports busy at once: independent timing and data.
#[test]
fn concurrent_ports() {
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for reg in VARIANTS {
        let mut d = Dut::new(0, reg);
        fill_random(&mut d, &mut rng);
        for p in [Port::I, Port::D] {
            d.m.set(&p.p("cyc"), 1);
            d.m.set(&p.p("stb"), 1);
        }
        // 8-beat bursts on both ports in lock-step: I from 0x0, D from 0x800.
        for k in 0..8u32 {
            let cti = if k == 7 { CTI_END } else { CTI_INCR };
            d.m.set("i$adr", (4 * k) as u64);
            d.m.set("d$adr", (0x800 + 4 * k) as u64);
            d.m.set("i$cti", cti);
            d.m.set("d$cti", cti);
            d.m.eval();
            if k == 0 {
                for _ in 0..1 + d.r {
                    assert_eq!((d.m.get("i$ack"), d.m.get("d$ack")), (0, 0));
                    d.m.tick();
                    d.m.eval();
                }
            }
            assert_eq!((d.m.get("i$ack"), d.m.get("d$ack")), (1, 1), "beat {k}");
            assert_eq!(d.m.get("i$dat_r") as u32, d.gold_word(4 * k));
            assert_eq!(d.m.get("d$dat_r") as u32, d.gold_word(0x800 + 4 * k));
            d.m.tick();
        }
    }
}

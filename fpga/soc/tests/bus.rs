//! Finisher and interconnect tests on the emitted Verilog. The golden
//! decode is the ISS's `Bus` (a `peek` that returns `None` is a bus error);
//! the instruction bus maps the RAM and its uncached alias only.
use or1k_arch::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use vmsp_iss::bus::Bus;
use vmsp_iss::ConsoleSink;
use vmsp_soc::finisher::finisher_verilog;
use vmsp_soc::Intercon;
use vtb::Model;

/// Presents a request on a classic Wishbone slave and returns the cycles
/// to `ack` (2 = the cycle after the request) and the read data.
fn wb(m: &mut Model, adr: u32, we: bool, sel: u64, dat: u32) -> (u64, u32) {
    m.set("wb$adr", adr as u64);
    m.set("wb$we", we as u64);
    m.set("wb$sel", sel);
    m.set("wb$dat_w", dat as u64);
    m.set("wb$cyc", 1);
    m.set("wb$stb", 1);
    let mut c = 1;
    loop {
        m.eval();
        assert_eq!(m.get("wb$err"), 0, "the finisher never answers err");
        if m.get("wb$ack") == 1 {
            break;
        }
        assert!(c < 10, "no ack");
        assert_eq!(m.get("finish_valid"), 0, "strobe before the ack");
        m.tick();
        c += 1;
    }
    let r = m.get("wb$dat_r") as u32;
    m.tick();
    m.set("wb$cyc", 0);
    m.set("wb$stb", 0);
    m.eval();
    (c, r)
}

#[test]
fn finisher() {
    let v = finisher_verilog();
    vtb::lint("soc_finisher", &v).unwrap();
    let mut m = Model::build("soc_finisher", &v).unwrap();
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    let cases: &[(u32, bool, u64, u32, bool)] = &[
        // (adr, we, sel, data, strobes)
        (FINISHER_BASE, true, 0xf, FINISHER_PASS, true),
        (FINISHER_BASE, true, 0xf, (7 << 16) | FINISHER_FAIL, true),
        (FINISHER_BASE, true, 0xf, 0x1234, true), // raw: decoding is the simulator's
        (FINISHER_BASE, true, 0x8, FINISHER_PASS, false), // not a word write
        (FINISHER_BASE, true, 0x3, FINISHER_PASS, false),
        (FINISHER_BASE + 4, true, 0xf, FINISHER_PASS, false),
        (FINISHER_BASE + FINISHER_SIZE - 4, true, 0xf, FINISHER_PASS, false),
        (FINISHER_BASE, false, 0xf, 0, false),
    ];
    for &(adr, we, sel, dat, strobes) in cases {
        let (c, r) = wb(&mut m, adr, we, sel, dat);
        assert_eq!(c, 2, "ack one cycle after the request");
        assert_eq!(r, 0, "finisher reads 0");
        // Strobe in the cycle after the ack, for one cycle only.
        assert_eq!(m.get("finish_valid") == 1, strobes, "adr {adr:#x} sel {sel:#x} we {we}");
        if strobes {
            assert_eq!(m.get("finish_data") as u32, dat);
        }
        m.tick();
        m.eval();
        assert_eq!(m.get("finish_valid"), 0, "one-cycle strobe");
    }
}

fn intercon_verilog(ram_size: u32) -> String {
    let mut b = Intercon::new(ram_size);
    b.connect_all();
    generate_verilog(&b)
}

/// Slaves answer as the real ones do (ack the cycle after their stb); the
/// decoder must route stb to exactly the slave the ISS bus maps, answer
/// unmapped addresses with a one-cycle-late `err` and never `ack` them, and
/// pass the master's other request fields to every slave of its bus.
#[test]
fn decode_and_bus_errors() {
    check_decode("soc_intercon", Intercon::new(1 << 16), 1 << 16, None);
}

/// The simulation SoC's decoder: a 1 MiB array of which the backdoor makes
/// it decode 64 KiB (the ISS bus with 64 KiB is the reference), and all of
/// it when nothing was written.
#[test]
fn run_time_ram_size() {
    check_decode("soc_intercon_rt", Intercon::sized_at_run_time(1 << 20), 1 << 16, Some(1 << 16));
    check_decode("soc_intercon_rt", Intercon::sized_at_run_time(1 << 20), 1 << 20, None);
}

/// Checks `b`'s decode against an ISS bus of `ram` bytes; `ld_limit` is
/// written to LD_RAM_SIZE_ADDR through the backdoor during reset.
fn check_decode(name: &str, mut b: Intercon, ram: u32, ld_limit: Option<u32>) {
    const ARRAY_TOP: u32 = (1 << 20) - 4;
    b.connect_all();
    let v = generate_verilog(&b);
    vtb::lint(name, &v).unwrap();
    let mut m = Model::build(name, &v).unwrap();
    let mut gold = Bus::new(ram, ConsoleSink::Buffer);
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    // the pass-through fields have a generator of their own, so that the
    // address sequence stays the one above
    let mut fields = ChaCha8Rng::seed_from_u64(10);
    m.set("reset", 1);
    if let Some(limit) = ld_limit {
        m.set("ld_we", 1);
        m.set("ld_addr", LD_RAM_SIZE_ADDR as u64);
        m.set("ld_data", limit as u64);
    }
    m.tick();
    m.set("ld_we", 0);
    m.tick();
    m.set("reset", 0);
    m.set("ram_i$dat_r", 0x1111_1111);
    m.set("ram_d$dat_r", 0x2222_2222);
    m.set("uart$dat_r", 0x3333_3333);
    m.set("fin$dat_r", 0);
    let interesting = [
        0u32,
        ram - 4,
        ram,
        ARRAY_TOP,
        UART_BASE - 4,
        UART_BASE,
        UART_BASE + 4,
        UART_BASE + UART_SIZE,
        FINISHER_BASE - 4,
        FINISHER_BASE,
        FINISHER_BASE + FINISHER_SIZE - 4,
        FINISHER_BASE + FINISHER_SIZE,
        0xffff_fffc,
        RAM_UNCACHED_ALIAS - 4,
        RAM_UNCACHED_ALIAS,
        RAM_UNCACHED_ALIAS + ram - 4,
        RAM_UNCACHED_ALIAS + ram,
        0xa000_0000,
    ];
    let mut errs = [0; 2];
    let mut alias_hits = [0; 2];
    for i in 0..3000 {
        let adr = if i < interesting.len() * 2 {
            interesting[i % interesting.len()]
        } else if rng.gen_bool(0.5) {
            rng.gen::<u32>() & !3
        } else {
            interesting[rng.gen_range(0..interesting.len())] ^ (rng.gen_range(0..64) << 2)
        };
        let ibus = i % 2 == 0;
        let we = !ibus && rng.gen_bool(0.3) || ibus && i % 10 == 0;
        let p = if ibus { "iwb" } else { "dwb" };
        let mapped = gold.peek(adr, 4).is_some();
        let in_ram = adr.wrapping_sub(RAM_BASE) < ram || adr.wrapping_sub(RAM_UNCACHED_ALIAS) < ram;
        let ok = if ibus { in_ram && !we } else { mapped };
        if ok && adr.wrapping_sub(RAM_UNCACHED_ALIAS) < ram {
            alias_hits[ibus as usize] += 1;
        }
        m.set(&format!("{p}$adr"), adr as u64);
        m.set("iwb$we", (ibus && we) as u64);
        m.set("dwb$we", (!ibus && we) as u64);
        m.set(&format!("{p}$cyc"), 1);
        m.set(&format!("{p}$stb"), 1);
        let passed = [
            ("dat_w", fields.gen::<u32>() as u64),
            ("sel", fields.gen_range(0..16)),
            ("cti", fields.gen_range(0..8)),
            ("bte", fields.gen_range(0..4)),
            ("tga", fields.gen_range(0..256)),
        ];
        for (f, v) in passed {
            m.set(&format!("{p}${f}"), v);
        }
        m.eval();
        let slaves: &[&str] = if ibus { &["ram_i"] } else { &["ram_d", "uart", "fin"] };
        for s in slaves {
            // the RAM data port's `cyc` (which qualifies its ack) is cut
            // above the run-time limit, at any address with those low bits
            let cyc = !(*s == "ram_d" && ld_limit.is_some() && adr & ARRAY_TOP >= ram);
            let want = [("adr", adr as u64), ("we", we as u64), ("cyc", cyc as u64)];
            for (f, v) in want.iter().chain(passed.iter()) {
                assert_eq!(m.get(&format!("{s}${f}")), *v, "{p} adr {adr:#x}: {s}${f} passed through");
            }
        }
        let stbs = [m.get("ram_i$stb"), m.get("ram_d$stb"), m.get("uart$stb"), m.get("fin$stb")];
        let want = if !ok {
            [0, 0, 0, 0]
        } else if ibus {
            [1, 0, 0, 0]
        } else {
            let uart = adr.wrapping_sub(UART_BASE) < UART_SIZE;
            [0, in_ram as u64, uart as u64, (!in_ram && !uart) as u64]
        };
        assert_eq!(stbs, want, "{p} adr {adr:#x} we {we}: slave strobes");
        assert_eq!((m.get(&format!("{p}$ack")), m.get(&format!("{p}$err"))), (0, 0), "no answer in the request cycle");
        m.tick();
        // The slave (if any) acknowledges now.
        let slave = stbs.iter().position(|&s| s == 1);
        for (k, n) in ["ram_i$ack", "ram_d$ack", "uart$ack", "fin$ack"].iter().enumerate() {
            m.set(n, (slave == Some(k)) as u64);
        }
        m.eval();
        let (ack, err) = (m.get(&format!("{p}$ack")), m.get(&format!("{p}$err")));
        assert_eq!((ack, err), (ok as u64, !ok as u64), "{p} adr {adr:#x} we {we}");
        if ok {
            let d = m.get(&format!("{p}$dat_r")) as u32;
            let want = match slave {
                Some(0) => 0x1111_1111,
                Some(1) => 0x2222_2222,
                Some(2) => 0x3333_3333,
                _ => 0,
            };
            assert_eq!(d, want, "{p} adr {adr:#x}: data from the decoded slave");
        } else {
            errs[ibus as usize] += 1;
        }
        m.tick();
        for n in ["ram_i$ack", "ram_d$ack", "uart$ack", "fin$ack", "iwb$cyc", "iwb$stb", "dwb$cyc", "dwb$stb"] {
            m.set(n, 0);
        }
        m.eval();
        assert_eq!((m.get(&format!("{p}$ack")), m.get(&format!("{p}$err"))), (0, 0), "one-cycle answer");
    }
    assert!(errs[0] > 300 && errs[1] > 300, "both buses see many errors: {errs:?}");
    assert!(alias_hits[0] > 20 && alias_hits[1] > 20, "both buses reach the alias often: {alias_hits:?}");
}

/// A slave's own `err` goes back to its master, like its `ack` (today's
/// slaves never raise one).
#[test]
fn slave_err_is_passed_back() {
    let mut m = Model::build("soc_intercon", &intercon_verilog(1 << 16)).unwrap();
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    let slaves = [
        ("iwb", "ram_i", RAM_BASE),
        ("dwb", "ram_d", RAM_BASE),
        ("dwb", "uart", UART_BASE),
        ("dwb", "fin", FINISHER_BASE),
    ];
    for (p, s, adr) in slaves {
        m.set(&format!("{p}$adr"), adr as u64);
        m.set(&format!("{p}$cyc"), 1);
        m.set(&format!("{p}$stb"), 1);
        m.eval();
        assert_eq!(m.get(&format!("{s}$stb")), 1, "{s} decoded");
        assert_eq!(m.get(&format!("{p}$err")), 0, "{p}: no err before the slave's");
        m.set(&format!("{s}$err"), 1);
        m.eval();
        assert_eq!((m.get(&format!("{p}$ack")), m.get(&format!("{p}$err"))), (0, 1), "{p}: err of {s}");
        m.set(&format!("{s}$err"), 0);
        m.set(&format!("{p}$cyc"), 0);
        m.set(&format!("{p}$stb"), 0);
        m.tick();
    }
}

/// An error held by a master that keeps stb up (a new unmapped request
/// right after the err) is answered again, one cycle late each time.
#[test]
fn back_to_back_errors() {
    let mut m = Model::build("soc_intercon", &intercon_verilog(1 << 16)).unwrap();
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.set("dwb$adr", 0xa000_0000);
    m.set("dwb$cyc", 1);
    m.set("dwb$stb", 1);
    let mut pattern = vec![];
    for _ in 0..6 {
        m.eval();
        pattern.push(m.get("dwb$err"));
        m.tick();
    }
    assert_eq!(pattern, [0, 1, 0, 1, 0, 1]);
}

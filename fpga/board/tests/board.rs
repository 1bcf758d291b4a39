//! The ULX3S board top on its emitted Verilog (Verilator, with
//! rtl/cells/ehxplll_sim.v for the PLL): the firmware image baked into the
//! RAM runs from power-up, its UART output decoded from the 8N1 line equals
//! the ISS's console output, the LEDs show the finisher's result, and the
//! reset button restarts it; the same through the security monitor baked
//! into the monitor world's ROM. Also the PLL solver against `ecppll` and
//! the image converter's checks.
//!
//! Verilator cannot run the ring oscillators, so the board top runs here
//! with the simulation entropy source; the bitstream's differs only in
//! that block (secure-unit's tests lint it).
//!
//! Needs the firmware (`make firmware`): build/firmware/tests/hello.elf
//! and build/firmware/monitor/sm.elf.
use or1k_image::{boot_ram, monitor_rom_words, Image};
use secure_unit::trng::SimNoiseSource;
use vmsp_board::{board_verilog_with, uart_divisor, BoardConfig, PllParams};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> Vec<u8> {
    let p = format!("{ROOT}/build/firmware/{path}");
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e} (run `make firmware` first)"))
}

fn firmware(name: &str) -> Vec<u8> {
    read(&format!("tests/{name}.elf"))
}

/// Console output of `elf` on the ISS (the golden model), under the
/// monitor `sm` if given, and its exit code.
fn iss_output(elf: &[u8], ram_size: u32, sm: Option<&[u8]>) -> (Vec<u8>, u32) {
    let secure = sm.map(|sm| vmsp_iss::SecureConfig::from_elf(sm).expect("the monitor's ELF"));
    let mut m = vmsp_iss::Machine::new(vmsp_iss::Config { ram_size, mmu: false, secure, ..Default::default() });
    m.load_elf(elf).expect("ISS loads the ELF");
    m.run(10_000_000);
    (m.uart_output().to_vec(), m.exit_code().expect("firmware exits on the ISS"))
}

/// An 8N1 receiver at `cycles_per_bit`, sampling mid-bit: the golden model
/// of what the FT231X sees.
struct Rx {
    cpb: u32,
    state: Option<(u32, u32, u8)>, // (cycles to next sample, bit index 0=start..9=stop, byte)
    prev: u64,
    bytes: Vec<u8>,
}

impl Rx {
    fn new(cpb: u32) -> Rx {
        Rx { cpb, state: None, prev: 1, bytes: vec![] }
    }
    fn sample(&mut self, line: u64) {
        match self.state {
            None => {
                if self.prev == 1 && line == 0 {
                    self.state = Some((self.cpb / 2 - 1, 0, 0));
                }
            }
            Some((0, bit, byte)) => match bit {
                0 => {
                    assert_eq!(line, 0, "start bit not low at mid-bit (glitch)");
                    self.state = Some((self.cpb - 1, 1, byte));
                }
                1..=8 => {
                    let b = byte | ((line as u8) << (bit - 1));
                    self.state = Some((self.cpb - 1, bit + 1, b));
                }
                _ => {
                    assert_eq!(line, 1, "framing error: stop bit low after byte {byte:#04x}");
                    self.bytes.push(byte);
                    self.state = None;
                }
            },
            Some((n, bit, byte)) => self.state = Some((n - 1, bit, byte)),
        }
        self.prev = line;
    }
}

fn board_model(cfg: &BoardConfig) -> vtb::Model {
    let (verilog, _) = board_verilog_with(cfg, SimNoiseSource::default()).expect("board builds");
    let cell = std::fs::read_to_string(format!("{ROOT}/rtl/cells/ehxplll_sim.v")).expect("PLL model");
    let opts = vtb::BuildOptions { clock: "clk_25mhz".into(), ..Default::default() };
    vtb::Model::build_with("ulx3s_board", &format!("{verilog}\n{cell}"), &opts).expect("verilates")
}

/// Runs until led[1] (finished) or `max` cycles; returns the UART bytes.
/// `bit`: system clocks per bit on the line.
fn run_until_finished(m: &mut vtb::Model, bit: u32, max: u64) -> (Vec<u8>, u64) {
    let mut rx = Rx::new(bit);
    let (txd, led) = (m.id("ftdi_rxd"), m.id("led"));
    for cycle in 0..max {
        m.tick();
        rx.sample(m.get_id(txd));
        // Finished, and the UART has been idle for a whole character.
        if m.get_id(led) & 2 != 0 && rx.state.is_none() && cycle > 0 {
            let mut quiet = 0;
            while quiet < 20 * bit {
                m.tick();
                let l = m.get_id(txd);
                rx.sample(l);
                quiet = if l == 1 && rx.state.is_none() { quiet + 1 } else { 0 };
            }
            return (rx.bytes, cycle);
        }
    }
    panic!("board did not finish in {max} cycles; UART so far: {:?}", String::from_utf8_lossy(&rx.bytes));
}

/// hello on the board top, plain or under the monitor `sm`: UART output
/// and LEDs, then again after the reset button.
fn hello_on_the_board_top(sm: Option<&[u8]>) {
    // The simulator's 1 MiB RAM, so the unmodified ELF (stack at 1 MiB)
    // runs; the 128 KiB build differs only in the RAM's address width.
    let ram_size = 1 << 20;
    let elf = firmware("hello");
    let (golden, code) = iss_output(&elf, ram_size, sm);
    assert_eq!(code, 0, "hello passes on the ISS");
    let cfg = BoardConfig {
        ram_size,
        ram_init: boot_ram(&elf, ram_size).unwrap(),
        monitor_rom: sm.map(|sm| monitor_rom_words(sm).unwrap()),
        reset_stretch: 16,
        ..Default::default()
    };
    let mut m = board_model(&cfg);
    m.set("btn_pwr_n", 1);
    m.set("ftdi_txd", 1);
    // the line rate the board's divisor-latch reset value gives
    let fout = PllParams::solve(25.0, cfg.sys_mhz).unwrap().fout_mhz;
    let bit = 16 * uart_divisor(fout).unwrap().0 as u32;
    let (out, cycles) = run_until_finished(&mut m, bit, 3_000_000);
    println!("board: finished after {cycles} cycles, UART: {:?}", String::from_utf8_lossy(&out));
    assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&golden), "UART output = ISS console");
    // Passed: led1 (finished) and led2 (pass); the heartbeat (1 Hz) has
    // not toggled yet.
    assert_eq!(m.get("led"), 0b0000_0110);

    // Reset button: held low, the result LEDs clear; released, it runs again.
    m.set("btn_pwr_n", 0);
    m.ticks(8);
    assert_eq!(m.get("led"), 0, "reset clears the result LEDs");
    m.set("btn_pwr_n", 1);
    let (again, _) = run_until_finished(&mut m, bit, 3_000_000);
    assert_eq!(again, golden, "second run after reset");
    assert_eq!(m.get("led"), 0b0000_0110);
}

#[test]
fn hello_runs_on_the_board_top() {
    hello_on_the_board_top(None);
}

/// The monitor world on the board: the monitor boots from the ROM baked
/// from its ELF, initialises the secure unit and enters hello at 0x100.
#[test]
fn hello_runs_through_the_monitor_on_the_board_top() {
    hello_on_the_board_top(Some(&read("monitor/sm.elf")));
}

/// The bitstream's entropy source: the ring oscillators (combinational
/// loops, which nextpnr must be told about) only with the monitor world.
#[test]
fn rings_only_in_the_monitor_world() {
    let plain = BoardConfig { ram_size: 1 << 12, ..Default::default() };
    let monitor = BoardConfig { monitor_rom: Some(vec![0x1500_0000; 0x104 / 4]), ..plain.clone() };
    let (p, _) = vmsp_board::board_verilog(&plain).unwrap();
    let (m, _) = vmsp_board::board_verilog(&monitor).unwrap();
    assert!(!p.contains("vmsp_ro_entropy"), "plain board: no rings");
    assert!(m.contains("vmsp_ro_entropy ro_cell"), "monitor world: the rings");
}

/// Divisor-latch reset values: the smallest that gives a rate the FT231X
/// makes (3 MHz / n, n = 1, 1.5 or a multiple of 1/8 from 2).
#[test]
fn uart_rate_is_an_ft231x_rate() {
    for (mhz, d, baud) in [(24.0, 1, 1.5e6), (32.0, 1, 2e6), (40.0, 5, 5e5), (48.0, 1, 3e6), (20.0, 4, 312_500.0)] {
        assert_eq!(uart_divisor(mhz).unwrap(), (d, baud), "{mhz} MHz");
    }
}

#[test]
fn pll_matches_ecppll() {
    // (MHz asked, CLKI_DIV, CLKFB_DIV, CLKOP_DIV, CLKOS_DIV) as
    // `yowasp-ecppll -i 25 -o F --highres` (prjtrellis 1.4) chose them.
    for (f, ci, fb, op, os) in [(24.0, 1, 1, 24, 25), (20.0, 1, 1, 24, 30), (16.0, 5, 2, 56, 35), (21.4, 3, 5, 19, 37)] {
        let p = PllParams::solve(25.0, f).unwrap();
        assert_eq!((p.clki_div, p.clkfb_div, p.clkop_div, p.clkos_div), (ci, fb, op, os), "{f} MHz");
        assert!((400.0..=800.0).contains(&p.fvco_mhz));
    }
    let p = PllParams::solve(25.0, 24.0).unwrap();
    assert_eq!((p.fout_mhz, p.fvco_mhz), (24.0, 600.0));
    assert!(PllParams::solve(25.0, 0.0).is_err());
}

#[test]
fn image_checks() {
    let elf = firmware("hello");
    // Linked for 1 MiB: refused for a 128 KiB board, with the fix named.
    let e = boot_ram(&elf, 128 << 10).unwrap_err().to_string();
    assert!(e.contains("__ram_size=0x20000"), "{e}");
    // Accepted at 1 MiB; the reset vector word is the ELF's.
    let words = boot_ram(&elf, 1 << 20).unwrap();
    let img = Image::parse(&elf).unwrap();
    let seg = img.segments.iter().find(|s| s.addr <= 0x100 && 0x100 < s.addr + s.mem_size).unwrap();
    let off = (0x100 - seg.addr) as usize;
    let want = u32::from_be_bytes(seg.data[off..off + 4].try_into().unwrap());
    assert_eq!(words[0x100 / 4], want);
    assert!(boot_ram(b"not an elf", 1 << 20).unwrap_err().to_string().contains("malformed"));
}

/// StatusLeds alone on its Verilog: decode as the ISS does (pass, fail
/// with code, other words ignored, first result kept until reset) and the
/// heartbeat period.
#[test]
fn status_leds_decode_the_finisher() {
    use rust_hdl::prelude::*;
    let mut leds = vmsp_board::StatusLeds::new(5).unwrap();
    leds.connect_all();
    let mut m = vtb::Model::build("board_status_leds", &generate_verilog(&leds)).expect("verilates");
    let write = |m: &mut vtb::Model, w: u64| {
        m.set("finish_data", w);
        m.set("finish_valid", 1);
        m.tick();
        m.set("finish_valid", 0);
        m.tick();
        m.get("led") & 0xFE
    };
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    assert_eq!(write(&mut m, 0x1234), 0, "not a pass/fail word: ignored");
    let fail = (0x25 << 16) | or1k_arch::FINISHER_FAIL as u64;
    assert_eq!(write(&mut m, fail), 0x5A, "fail, code 0x25: led1|led3, low code bits 5 on led7..4");
    assert_eq!(write(&mut m, or1k_arch::FINISHER_PASS as u64), 0x5A, "first result kept");
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    assert_eq!(m.get("led"), 0);
    assert_eq!(write(&mut m, or1k_arch::FINISHER_PASS as u64), 0x06, "pass: led1|led2");
    // Heartbeat: toggles every 5 cycles.
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    let mut seq = vec![];
    for _ in 0..20 {
        m.tick();
        seq.push(m.get("led") & 1);
    }
    assert_eq!(seq, [0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
}

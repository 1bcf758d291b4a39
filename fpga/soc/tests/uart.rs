//! `Uart` tests on the emitted Verilog: random register-access sequences
//! against the ISS's `Uart16550` (every read value, the interrupt line and
//! the transmitted bytes must match), access widths and both address
//! conventions, and the 8N1 serializer decoded from `txd`.
use or1k_arch::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use vmsp_iss::uart::{Console, ConsoleSink, Uart16550};
use vmsp_soc::uart::uart_verilog;
use vtb::Model;

struct Dut {
    m: Model,
    /// Bytes seen on `tx_valid`.
    sent: Vec<u8>,
    /// `txd` sampled once per cycle.
    line: Vec<bool>,
}

impl Dut {
    fn new(line_paced: bool) -> Dut {
        Self::with_divisor(line_paced, 0)
    }

    /// A UART whose divisor latch resets to `divisor`.
    fn with_divisor(line_paced: bool, divisor: u16) -> Dut {
        let name = match (line_paced, divisor) {
            (true, 0) => "soc_uart_paced".to_string(),
            (false, 0) => "soc_uart".to_string(),
            (p, d) => format!("soc_uart_{}_dl{d}", if p { "paced" } else { "instant" }),
        };
        let mut m = Model::build(&name, &uart_verilog(line_paced, divisor)).expect("verilate Uart");
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        m.eval();
        Dut { m, sent: vec![], line: vec![] }
    }

    fn tick(&mut self) {
        self.m.tick();
        self.m.eval();
        if self.m.get("tx_valid") == 1 {
            self.sent.push(self.m.get("tx_data") as u8);
        }
        self.line.push(self.m.get("txd") == 1);
    }

    /// One access of `size` bytes at register offset `off`; `byte_adr`
    /// selects whether `adr` carries the byte offset or only the word
    /// address (the lane is then given by `sel` alone). Returns the value as
    /// the core would extract it (zero-extended) and the cycles to `ack`.
    fn access(&mut self, off: u32, size: u32, write: Option<u32>, byte_adr: bool) -> (u32, u64) {
        let lane = off & 3;
        let (sel, shift) = match size {
            1 => (0b1000u64 >> lane, 8 * (3 - lane)),
            2 => (0b1100u64 >> lane, 8 * (2 - lane)),
            _ => (0b1111, 0),
        };
        let adr = if byte_adr { UART_BASE + off } else { UART_BASE + (off & !3) };
        let mask = if size == 4 { u32::MAX } else { (1u32 << (8 * size)) - 1 };
        self.m.set("wb$adr", adr as u64);
        self.m.set("wb$sel", sel);
        self.m.set("wb$we", write.is_some() as u64);
        // Junk in the unselected lanes must be ignored.
        self.m.set("wb$dat_w", write.map_or(0x5a5a_5a5a, |v| ((v & mask) << shift) | (0xa5a5_a5a5 & !(mask << shift))) as u64);
        self.m.set("wb$cyc", 1);
        self.m.set("wb$stb", 1);
        let mut cycles = 1;
        loop {
            self.m.eval();
            assert_eq!(self.m.get("wb$err"), 0, "the UART never answers err");
            if self.m.get("wb$ack") == 1 {
                break;
            }
            assert!(cycles < 10, "no ack");
            self.tick();
            cycles += 1;
        }
        let v = ((self.m.get("wb$dat_r") as u32) >> shift) & mask;
        self.tick();
        self.m.set("wb$cyc", 0);
        self.m.set("wb$stb", 0);
        self.m.set("wb$we", 0);
        self.m.eval();
        (v, cycles)
    }
}

/// A random register access: offset, size (aligned), optional write value.
fn random_access(rng: &mut ChaCha8Rng) -> (u32, u32, Option<u32>) {
    let size = [1, 1, 1, 1, 2, 4][rng.gen_range(0..6)];
    let off = rng.gen_range(0..8) & !(size - 1);
    let write = rng.gen_bool(0.5).then(|| {
        // Bias LCR writes towards toggling DLAB and IER towards THRI.
        match off + (size - 1) {
            o if o == UART_LCR => [0u32, UART_LCR_DLAB, 0x03, rng.gen()][rng.gen_range(0..4)],
            o if o == UART_IER => [0u32, UART_IER_THRI, rng.gen()][rng.gen_range(0..3)],
            _ => rng.gen(),
        }
    });
    (off, size, write)
}

/// The ISS model is the golden reference: same sequence, same reads, same
/// interrupt level after every access, same transmitted bytes.
#[test]
fn matches_iss_model() {
    let mut rng = ChaCha8Rng::seed_from_u64(0x16550);
    let mut d = Dut::new(false);
    let mut gold = Uart16550::default();
    let mut con = Console::new(ConsoleSink::Buffer);
    let mut reads = [0u32; 8];
    for i in 0..4000 {
        let (off, size, write) = random_access(&mut rng);
        let byte_adr = rng.gen_bool(0.5);
        // The ISS bus hands the register the access's first byte offset.
        let (v, cycles) = d.access(off, size, write, byte_adr);
        assert_eq!(cycles, 2, "UART ack one cycle after the request");
        match write {
            Some(w) => {
                let w = if size == 4 { w } else { w & ((1 << (8 * size)) - 1) };
                gold.write(off, w as u8, &mut con)
            }
            None => {
                let g = gold.read(off) as u32;
                assert_eq!(v, g, "access {i}: read offset {off} size {size}, state {gold:?}");
                reads[off as usize] += 1;
            }
        }
        assert_eq!(d.m.get("irq") == 1, gold.irq(), "access {i}: irq after offset {off} write {write:?}");
    }
    d.tick();
    assert_eq!(d.sent, con.output(), "transmitted bytes");
    assert!(con.output().len() > 100, "the sequence must transmit");
    assert!(reads.iter().all(|&n| n > 50), "every register read often: {reads:?}");
}

/// Directed: the THRE interrupt rules the firmware relies on.
#[test]
fn thre_interrupt() {
    let mut d = Dut::new(false);
    let lsr = d.access(UART_LSR, 1, None, true).0;
    assert_eq!(lsr, UART_LSR_THRE | UART_LSR_TEMT);
    assert_eq!(d.access(UART_IIR, 1, None, true).0, UART_IIR_NO_INT);
    d.access(UART_IER, 1, Some(UART_IER_THRI), true);
    assert_eq!(d.m.get("irq"), 1, "enabling THRI with THR empty raises it");
    assert_eq!(d.access(UART_IIR, 1, None, true).0, UART_IIR_THRI);
    assert_eq!(d.m.get("irq"), 0, "reading IIR acknowledges THRE");
    d.access(UART_THR, 1, Some(b'x' as u32), true);
    assert_eq!(d.m.get("irq"), 1, "a THR write makes THR empty again at once");
    d.access(UART_FCR, 1, Some(UART_FCR_ENABLE), true);
    assert_eq!(d.access(UART_IIR, 1, None, false).0, UART_IIR_THRI | UART_IIR_FIFO);
    assert_eq!(d.access(UART_IIR, 1, None, false).0, UART_IIR_NO_INT | UART_IIR_FIFO);
    d.tick();
    assert_eq!(d.sent, b"x");
}

/// Decodes 8N1 frames from a once-per-cycle sample of the line.
fn decode_8n1(line: &[bool], period: usize) -> Vec<u8> {
    let mut out = vec![];
    let mut i = 1;
    while i < line.len() {
        if line[i - 1] && !line[i] {
            // Falling edge: start bit; sample the middle of each bit.
            let mid = i + period / 2;
            if mid + 9 * period >= line.len() {
                break;
            }
            assert!(!line[mid], "start bit must still be low mid-bit");
            let mut b = 0u8;
            for k in 0..8 {
                b |= (line[mid + (k + 1) * period] as u8) << k;
            }
            assert!(line[mid + 9 * period], "stop bit must be high");
            out.push(b);
            i = mid + 9 * period;
        }
        i += 1;
    }
    out
}

fn set_divisor(d: &mut Dut, div: u16) {
    d.access(UART_LCR, 1, Some(UART_LCR_DLAB), true);
    d.access(UART_DLL, 1, Some(div as u32 & 0xff), true);
    d.access(UART_DLM, 1, Some(div as u32 >> 8), true);
    d.access(UART_LCR, 1, Some(0x03), true);
}

/// Line-paced mode: software that polls LSR.THRE loses nothing, and the
/// line carries exactly the bytes at 16 × divisor clocks per bit.
#[test]
fn paced_serializer() {
    let mut d = Dut::new(true);
    set_divisor(&mut d, 3);
    let msg = b"Hi, VMSP!\x00\xff\x55";
    for &b in msg {
        let mut polls = 0;
        while d.access(UART_LSR, 1, None, true).0 & UART_LSR_THRE == 0 {
            polls += 1;
            assert!(polls < 1000, "THRE never came back");
        }
        d.access(UART_THR, 1, Some(b as u32), true);
    }
    while d.access(UART_LSR, 1, None, true).0 & UART_LSR_TEMT == 0 {}
    for _ in 0..100 {
        d.tick();
    }
    assert_eq!(decode_8n1(&d.line, 48), msg);
    assert_eq!(d.sent, msg);
}

/// A board's divisor reset value: DLL/DLM read it back after reset, and a
/// byte written without touching the latch goes out at 16 × divisor
/// clocks per bit.
#[test]
fn divisor_reset_value() {
    let mut d = Dut::with_divisor(true, 0x0105);
    d.access(UART_LCR, 1, Some(UART_LCR_DLAB), true);
    assert_eq!(d.access(UART_DLL, 1, None, true).0, 0x05);
    assert_eq!(d.access(UART_DLM, 1, None, true).0, 0x01);
    d.access(UART_DLM, 1, Some(0), true);
    d.access(UART_LCR, 1, Some(0x03), true);
    d.access(UART_THR, 1, Some(0x3c), true);
    while d.access(UART_LSR, 1, None, true).0 & UART_LSR_TEMT == 0 {}
    assert_eq!(decode_8n1(&d.line, 16 * 5), [0x3c]);
}

/// Instant mode: LSR never shows busy, and one byte still goes out on the line.
#[test]
fn instant_mode_line() {
    let mut d = Dut::new(false);
    set_divisor(&mut d, 1);
    d.access(UART_THR, 1, Some(0xa7), true);
    assert_eq!(d.access(UART_LSR, 1, None, true).0, UART_LSR_THRE | UART_LSR_TEMT);
    for _ in 0..200 {
        d.tick();
    }
    assert_eq!(decode_8n1(&d.line, 16), [0xa7]);
}

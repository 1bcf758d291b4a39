//! `RamStorage`: the RAM's word array, a hand-written Verilog leaf so yosys
//! infers ECP5 block RAM (DP16KD) with byte enables.
//!
//! rust-hdl's own `RAM` widget has no byte enables and a compile-time size;
//! the SoC needs per-byte writes and a size chosen at run time from
//! `SocConfig`, so the leaf is emitted as `Verilog::Custom` text built from
//! the configured size (one module per instance, so each SoC instance gets
//! its own size).
use rust_hdl::prelude::*;

/// Word-addressed dual-port memory: port A read-only, port B read/write with
/// byte enables (read-before-write). Both ports read every clock edge: the
/// word at the address presented in cycle t is on `*_rdata` in cycle t+1.
///
/// Addresses are byte addresses; bits `[aw+1:2]` select the word
/// (`aw = log2(words)`), the rest are ignored (the interconnect decodes the
/// range). Big-endian lanes: `b_sel[3]` writes `b_wdata[31:24]`, the byte at
/// the lowest address of the word.
#[derive(LogicBlock)]
pub struct RamStorage {
    pub clock: Signal<In, Clock>,
    pub a_addr: Signal<In, Bits<32>>,
    pub a_rdata: Signal<Out, Bits<32>>,
    pub b_addr: Signal<In, Bits<32>>,
    pub b_we: Signal<In, Bit>,
    pub b_sel: Signal<In, Bits<4>>,
    pub b_wdata: Signal<In, Bits<32>>,
    pub b_rdata: Signal<Out, Bits<32>>,
    /// Rust simulation model of the array (also the initial image).
    _mem: Vec<u32>,
    /// The initial image as given (emitted as `initial` assignments).
    _init: Vec<u32>,
}

impl RamStorage {
    /// `words` must be a power of two between 2 and 2^28; `init` (at most
    /// `words` long) is loaded from word 0 up, the rest is zero.
    pub fn new(words: usize, init: &[u32]) -> Result<RamStorage, String> {
        if !words.is_power_of_two() || !(2..=1 << 28).contains(&words) {
            return Err(format!("RAM size must be a power of two from 2 to 2^28 words, got {words} words"));
        }
        if init.len() > words {
            return Err(format!("RAM init image has {} words, the RAM only {words}", init.len()));
        }
        let mut mem = vec![0u32; words];
        mem[..init.len()].copy_from_slice(init);
        Ok(RamStorage {
            clock: Default::default(),
            a_addr: Default::default(),
            a_rdata: Default::default(),
            b_addr: Default::default(),
            b_we: Default::default(),
            b_sel: Default::default(),
            b_wdata: Default::default(),
            b_rdata: Default::default(),
            _mem: mem,
            _init: init.to_vec(),
        })
    }

    /// Number of 32-bit words.
    pub fn words(&self) -> usize {
        self._mem.len()
    }

    /// log2(words): the number of word-address bits used.
    fn aw(&self) -> usize {
        self.words().trailing_zeros() as usize
    }

    fn index(&self, byte_addr: Bits<32>) -> usize {
        ((byte_addr.index() >> 2) & (self.words() - 1)) as usize
    }
}

impl Logic for RamStorage {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let ia = self.index(self.a_addr.val());
            let ib = self.index(self.b_addr.val());
            self.a_rdata.next = (self._mem[ia] as u64).into();
            self.b_rdata.next = (self._mem[ib] as u64).into();
            if self.b_we.val() {
                let sel = self.b_sel.val().index() as u32;
                let mut mask = 0u32;
                for lane in 0..4 {
                    if sel & (1 << lane) != 0 {
                        mask |= 0xff << (8 * lane);
                    }
                }
                let w = self.b_wdata.val().index() as u32;
                self._mem[ib] = (self._mem[ib] & !mask) | (w & mask);
            }
        }
    }

    fn connect(&mut self) {
        self.a_rdata.connect();
        self.b_rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        let aw = self.aw();
        let top = aw + 2;
        // Zero the array, then the non-zero words of the image. The zeroing
        // loop is for Verilator only (its --x-initial fast leaves memories
        // unspecified): yosys takes minutes to unroll it for 32K words, and
        // ECP5 block RAM powers up with zeros when no INITVAL is given.
        let mut init = String::new();
        for (i, w) in self._init.iter().enumerate().filter(|(_, w)| **w != 0) {
            init.push_str(&format!("    cells[{i}] = 32'h{w:08x};\n"));
        }
        // Address bits outside the word index are decoded by the
        // interconnect; `_unused_ok` tells Verilator's lint they are ignored
        // on purpose (its default --unused-regexp matches "*unused*").
        let unused = if top < 32 {
            format!("a_addr[31:{top}], a_addr[1:0], b_addr[31:{top}], b_addr[1:0]")
        } else {
            "a_addr[1:0], b_addr[1:0]".to_string()
        };
        Verilog::Custom(format!(
            "\
reg [31:0] cells [0:{last}];
integer i;
initial begin
`ifdef VERILATOR
    for (i = 0; i <= {last}; i = i + 1) cells[i] = 32'h0;
`endif
{init}end
wire _unused_ok = &{{1'b0, {unused}, 1'b0}};
always @(posedge clock) begin
    a_rdata <= cells[a_addr[{hi}:2]];
end
always @(posedge clock) begin
    if (b_we & b_sel[3]) cells[b_addr[{hi}:2]][31:24] <= b_wdata[31:24];
    if (b_we & b_sel[2]) cells[b_addr[{hi}:2]][23:16] <= b_wdata[23:16];
    if (b_we & b_sel[1]) cells[b_addr[{hi}:2]][15:8] <= b_wdata[15:8];
    if (b_we & b_sel[0]) cells[b_addr[{hi}:2]][7:0] <= b_wdata[7:0];
    b_rdata <= cells[b_addr[{hi}:2]];
end
",
            last = self.words() - 1,
            hi = top - 1,
        ))
    }
}

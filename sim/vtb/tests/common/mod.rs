//! Shared helpers for the vtb tests: hand-written Verilog and a tiny PRNG.
#![allow(dead_code)]

/// Port widths exercised: every Verilator storage class and its boundaries
/// (CData 1..8, SData 16, IData 32, QData 33..64, VlWide 65+).
pub const WIDTHS: &[u32] = &[1, 8, 16, 32, 33, 64, 65, 128, 256];

/// `o<N> = ~i<N>` for every width, so outputs differ from inputs and from zero.
pub fn widths_verilog() -> String {
    let mut names = Vec::new();
    let mut body = String::new();
    for w in WIDTHS {
        names.push(format!("i{w}"));
        names.push(format!("o{w}"));
        let range = if *w == 1 { String::new() } else { format!("[{}:0] ", w - 1) };
        body.push_str(&format!("    input wire {range}i{w};\n    output wire {range}o{w};\n    assign o{w} = ~i{w};\n"));
    }
    format!("module top({});\n{body}endmodule\n", names.join(", "))
}

/// A 32-bit counter with synchronous reset and enable.
pub const COUNTER: &str = "\
module top(clock, reset, enable, count);
    input wire clock;
    input wire reset;
    input wire enable;
    output reg [31:0] count;
    initial count = 32'd0;
    always @(posedge clock) begin
        if (reset) count <= 32'd0;
        else if (enable) count <= count + 32'd1;
    end
endmodule
";

/// 128- and 200-bit registers loaded on `load`, each read through a combinational xor.
pub const XOR_REGS: &str = "\
module top(clock, load, d128, k128, q128, d200, k200, q200);
    input wire clock;
    input wire load;
    input wire [127:0] d128;
    input wire [127:0] k128;
    output wire [127:0] q128;
    input wire [199:0] d200;
    input wire [199:0] k200;
    output wire [199:0] q200;
    reg [127:0] r128;
    reg [199:0] r200;
    initial r128 = 128'd0;
    initial r200 = 200'd0;
    always @(posedge clock) begin
        if (load) begin
            r128 <= d128;
            r200 <= d200;
        end
    end
    assign q128 = r128 ^ k128;
    assign q200 = r200 ^ k200;
endmodule
";

/// xorshift64*: deterministic test vectors without a dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A random value of `width` bits as little-endian 32-bit words.
    pub fn words(&mut self, width: u32) -> Vec<u32> {
        let n = width.div_ceil(32) as usize;
        let mut w: Vec<u32> = (0..n).map(|_| self.next_u64() as u32).collect();
        mask(&mut w, width);
        w
    }
}

/// Clears bits at and above `width`.
pub fn mask(w: &mut [u32], width: u32) {
    let top = width % 32;
    if top != 0 {
        let last = w.len() - 1;
        w[last] &= (1u32 << top) - 1;
    }
}

/// Bitwise NOT within `width` bits: the golden model of `o = ~i`.
pub fn not(w: &[u32], width: u32) -> Vec<u32> {
    let mut r: Vec<u32> = w.iter().map(|x| !x).collect();
    mask(&mut r, width);
    r
}

/// Runs `f`, expecting a panic; returns the panic message.
pub fn panic_message(f: impl FnOnce()) -> String {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let e = r.expect_err("expected a panic");
    if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = e.downcast_ref::<&str>() {
        s.to_string()
    } else {
        String::from("<non-string panic>")
    }
}

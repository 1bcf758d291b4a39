//! General-purpose register file: two asynchronous read ports and one
//! write port, as two copies of a 32×32 LUT RAM (ECP5 DPR16X4; 32
//! flip-flop registers would cost ~4,400 LUT4, see RUST_HDL.md).
//!
//! The reads are combinational so that ID reads with the address of the
//! instruction it holds: the read address then depends on no stall or
//! flush decision (a synchronous read would need the address of the word
//! entering ID, which is known only once the whole pipeline has decided
//! whether ID advances). rust-hdl's `RAM` widget reads synchronously, so
//! this is a hand-written leaf (`Verilog::Custom`), with a Rust model for
//! rust-hdl's simulator. A read in the cycle of a write returns the old
//! value; the pipeline forwards WB's value.
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RegFile {
    pub clock: Signal<In, Clock>,
    pub ra_addr: Signal<In, Bits<5>>,
    pub rb_addr: Signal<In, Bits<5>>,
    /// The registers at `ra_addr`/`rb_addr` in this cycle.
    pub ra_data: Signal<Out, Bits<32>>,
    pub rb_data: Signal<Out, Bits<32>>,
    /// Writes to r0 are dropped, so r0 reads its initial 0 forever.
    pub we: Signal<In, Bit>,
    pub waddr: Signal<In, Bits<5>>,
    pub wdata: Signal<In, Bits<32>>,
    /// Rust simulation model of the registers (all zero at power-up).
    _mem: Vec<u32>,
}

impl Default for RegFile {
    fn default() -> Self {
        RegFile {
            clock: Default::default(),
            ra_addr: Default::default(),
            rb_addr: Default::default(),
            ra_data: Default::default(),
            rb_data: Default::default(),
            we: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            _mem: vec![0; 32],
        }
    }
}

impl Logic for RegFile {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.we.val() && self.waddr.val().any() {
            self._mem[self.waddr.val().index()] = self.wdata.val().index() as u32;
        }
        self.ra_data.next = (self._mem[self.ra_addr.val().index()] as u64).into();
        self.rb_data.next = (self._mem[self.rb_addr.val().index()] as u64).into();
    }

    fn connect(&mut self) {
        self.ra_data.connect();
        self.rb_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
reg [31:0] bank_a [0:31];
reg [31:0] bank_b [0:31];
integer i;
initial begin
    for (i = 0; i < 32; i = i + 1) begin
        bank_a[i] = 32'h0;
        bank_b[i] = 32'h0;
    end
end
always @(posedge clock) begin
    if (we & (|waddr)) begin
        bank_a[waddr] <= wdata;
        bank_b[waddr] <= wdata;
    end
end
always @(*) begin
    ra_data = bank_a[ra_addr];
    rb_data = bank_b[rb_addr];
end
"
            .into(),
        )
    }
}

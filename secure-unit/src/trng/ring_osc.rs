//! `RingOscEntropy`: the FPGA entropy source, a rust-hdl wrapper around the
//! hand-written cell `rtl/cells/ro_entropy.v`.
//!
//! The cell is a set of combinational loops and cannot be simulated as
//! noise, neither by rust-hdl nor by Verilator. Its Rust `update` therefore
//! never raises `bit_valid`: a simulation that wrongly picks this source
//! gets no entropy (the health start-up test never completes) instead of
//! fake entropy. Simulation builds use [`super::NoiseModel`].
use rust_hdl::prelude::*;

/// Verilog source of the ring-oscillator cell, embedded in the emitted
/// design so the SoC build needs no extra file list.
pub const RO_ENTROPY_VERILOG: &str = include_str!("../../../rtl/cells/ro_entropy.v");

/// Ring-oscillator entropy source (same output interface as NoiseModel).
#[derive(LogicBlock, Default)]
pub struct RingOscEntropy {
    pub clock: Signal<In, Clock>,
    pub raw_bit: Signal<Out, Bit>,
    pub raw_valid: Signal<Out, Bit>,
}

impl Logic for RingOscEntropy {
    fn update(&mut self) {
        // Not simulable (see module docs): present no samples.
        self.raw_bit.next = false;
        self.raw_valid.next = false;
    }

    fn connect(&mut self) {
        self.raw_bit.connect();
        self.raw_valid.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: "vmsp_ro_entropy ro_cell(.clk(clock), .bit_out(raw_bit), .bit_valid(raw_valid));\n"
                .into(),
            cores: RO_ENTROPY_VERILOG.into(),
        })
    }
}

/// Emits the Verilog of a stand-alone `RingOscEntropy` (top module `top`).
pub fn ring_osc_verilog() -> String {
    let mut b = RingOscEntropy::default();
    b.clock.connect();
    b.connect_all();
    generate_verilog(&b)
}

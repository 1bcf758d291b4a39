//! The entropy-source interface a [`super::Trng`] is generic over. The
//! source type is the one switch between the simulation build
//! ([`super::SimNoiseSource`]) and the FPGA build
//! ([`super::RingOscEntropy`]).
use rust_hdl::prelude::*;

/// What `Trng` needs from a source: a clock in, `raw_bit`/`raw_valid` out,
/// and (optionally) a synchronous reset, in Rust and in Verilog.
pub trait EntropySource: Block {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock>;
    fn raw_bit(&self) -> &Signal<Out, Bit>;
    fn raw_valid(&self) -> &Signal<Out, Bit>;
    /// Rust simulation: drive the source's reset, if it has one.
    fn drive_reset(&mut self, reset: bool);
    /// Mark the inputs `drive_reset` drives as driven by the parent.
    fn connect_reset(&mut self);
    /// Verilog statement(s) inside the parent's `always @(*)` driving the
    /// reset of instance `inst` from the parent's signal `reset`.
    fn reset_glue(&self, inst: &str, reset: &str) -> String;
    /// True if the source produces real physical noise (false for models).
    fn is_physical(&self) -> bool;
}

impl EntropySource for super::RingOscEntropy {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
    fn raw_bit(&self) -> &Signal<Out, Bit> {
        &self.raw_bit
    }
    fn raw_valid(&self) -> &Signal<Out, Bit> {
        &self.raw_valid
    }
    /// Free-running oscillators have no reset.
    fn drive_reset(&mut self, _reset: bool) {}
    fn connect_reset(&mut self) {}
    fn reset_glue(&self, _inst: &str, _reset: &str) -> String {
        String::new()
    }
    fn is_physical(&self) -> bool {
        true
    }
}

impl EntropySource for super::SimNoiseSource {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
    fn raw_bit(&self) -> &Signal<Out, Bit> {
        &self.raw_bit
    }
    fn raw_valid(&self) -> &Signal<Out, Bit> {
        &self.raw_valid
    }
    fn drive_reset(&mut self, reset: bool) {
        self.reset.next = reset;
    }
    fn connect_reset(&mut self) {
        self.reset.connect();
    }
    fn reset_glue(&self, inst: &str, reset: &str) -> String {
        format!("{inst}$reset = {reset};\n")
    }
    fn is_physical(&self) -> bool {
        false
    }
}

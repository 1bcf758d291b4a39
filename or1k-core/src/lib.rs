//! VMSP's OR1200-class OpenRISC core, written with rust-hdl.
//!
//! One hardware unit per `LogicBlock`, one per file; [`Core`] is the top
//! that wires the pipeline together. Architectural constants come from
//! `or1k-arch`, the same crate the ISS and the firmware header use; inside
//! the RTL they are `Constant`s (emitted as Verilog `localparam`s).
use rust_hdl::prelude::*;

pub mod alu;
pub mod core;
pub mod ctrl;
pub mod dcache;
pub mod decode;
pub mod div;
pub mod execute;
pub mod fetch;
pub mod icache;
pub mod lsu;
pub mod mac;
pub mod mmu;
pub mod mul;
pub mod perf;
pub mod pic;
pub mod ports;
pub mod regfile;
pub mod tick;
pub mod tlb;
pub mod vm;
pub mod vmregion;
pub mod vmslot;

pub use crate::core::Core;

/// `impl Default` for a block whose fields are all `Default::default()`
/// except the listed ones (constants, RAM contents): rust-hdl blocks are
/// built field by field, and this keeps a wide block's constructor to its
/// interesting fields.
macro_rules! block_default {
    ($name:ident { $($k:ident : $v:expr),* $(,)? } defaults: [$($f:ident),* $(,)?]) => {
        impl Default for $name {
            fn default() -> Self {
                $name { $($k: $v,)* $($f: Default::default(),)* }
            }
        }
    };
}
pub(crate) use block_default;

/// An `or1k-arch` value as an N-bit RTL constant.
pub(crate) fn k<const N: usize>(v: u32) -> Constant<Bits<N>> {
    Constant::new(bits::<N>(v as u64))
}

/// A 32-bit RAM of 2^N words, all zero at power-up (the register file's r0,
/// invalid TLB entries and cache tags rely on it).
pub(crate) fn zeroed_ram<const W: usize, const N: usize>() -> RAM<Bits<W>, N> {
    RAM::from(std::iter::repeat(Bits::<W>::default()).take(1 << N))
}

/// Runs `f` (building a design and generating its Verilog) on a thread
/// with a 256 MiB stack: rust-hdl recurses through the hierarchy and the
/// one `always` block of each module, which outgrows a test thread's 2 MiB
/// since the core has its VM slots.
pub fn with_generator_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        let t = std::thread::Builder::new().stack_size(256 << 20).spawn_scoped(s, f).expect("spawn the generator thread");
        t.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

/// Verilog of the core alone (top module `top`), for lint and synthesis.
pub fn core_verilog() -> String {
    with_generator_stack(|| {
        let mut core = Core::default();
        core.connect_all();
        generate_verilog(&core)
    })
}

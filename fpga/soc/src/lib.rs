//! VMSP SoC: the OR1K core, main memory, a 16550-compatible UART and the
//! test finisher on Wishbone B3, written with rust-hdl. See docs/SOC.md.
//!
//! One hardware unit per `LogicBlock`, one per file; [`Soc`] is the top and
//! [`soc_verilog`] its emitter (`cargo run -p vmsp-soc --bin emit-verilog`
//! writes `rtl/soc/vmsp_soc.v`).
pub mod finisher;
pub mod intercon;
pub mod monitor_mem;
pub mod ports;
pub mod ram;
pub mod soc;
pub mod uart;

pub use finisher::Finisher;
pub use intercon::Intercon;
pub use monitor_mem::MonitorMem;
pub use ram::{Ram, RamPort, RamStorage};
pub use ports::{Port, PortDir};
pub use soc::{core_verilog, soc_verilog, soc_verilog_with, Soc, SocConfig, PORTS};
pub use uart::{Uart, UartTx};
pub use or1k_core::with_generator_stack;

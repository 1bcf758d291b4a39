//! VMSP's OR1200-class OpenRISC core, written with rust-hdl.
//!
//! One hardware unit per `LogicBlock`, one per file; [`Core`] is the top
//! that wires the pipeline together. Architectural constants come from
//! `or1k-arch`, the same crate the ISS and the firmware header use.
pub mod core;

pub use crate::core::Core;

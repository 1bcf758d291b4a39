//! VMSP board tops around the SoC (`vmsp_soc::Soc`): the ULX3S
//! (LFE5U-85F-6BG381C) with its PLL, reset synchroniser, status LEDs and the
//! firmware image baked into block RAM. See docs/FPGA.md.
//!
//! One hardware unit per `LogicBlock`, one per file: [`Pll`] (EHXPLLL),
//! [`ResetSync`], [`StatusLeds`], and the top [`Ulx3s`]. `emit-board`
//! writes the Verilog, with the firmware's RAM image from
//! `or1k_image::boot_ram` (the loader the ISS and the RTL simulator use).
pub mod pll;
pub mod reset_sync;
pub mod status_leds;
pub mod ulx3s;

pub use pll::{Pll, PllParams};
pub use reset_sync::ResetSync;
pub use status_leds::StatusLeds;
pub use ulx3s::{board_verilog, board_verilog_with, uart_divisor, BoardConfig, Ulx3s};

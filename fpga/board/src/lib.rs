//! VMSP board tops around the SoC (`vmsp_soc::Soc`): the ULX3S
//! (LFE5U-85F-6BG381C) with its PLL, reset synchroniser, status LEDs and the
//! firmware image baked into block RAM. See docs/FPGA.md.
//!
//! One hardware unit per `LogicBlock`, one per file: [`Pll`] (EHXPLLL),
//! [`ResetSync`], [`StatusLeds`], and the top [`Ulx3s`]. [`image`] turns a
//! firmware ELF into the RAM init image; `emit-board` writes the Verilog.
pub mod image;
pub mod pll;
pub mod reset_sync;
pub mod status_leds;
pub mod ulx3s;

pub use pll::{Pll, PllParams};
pub use reset_sync::ResetSync;
pub use status_leds::StatusLeds;
pub use ulx3s::{board_verilog, BoardConfig, Ulx3s};

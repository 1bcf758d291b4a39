//! Memory-encryption engine (issue 15; docs/MEE.md).
//!
//! Split like OpenTitan's AES into a cipher half and an interface half:
//! `XtsCipher` (`mee/xts.rs`) is XTS-AES-128 on one 16-byte block with the
//! tweak from the block's address, no bus logic; `MeeFront` (`mee/front.rs`)
//! is the bus logic of one RAM port (page-table copy, pass-through, block
//! read, read-modify-write); `Mee` (`mee/engine.rs`) puts two fronts (the
//! core's instruction and data ports) on one cipher and the key block.
mod engine;
mod front;
mod xts;

pub use engine::{mee_verilog, Mee};
pub use front::{FrontState, MeeFront, PTE_BITS, PT_BITS};
pub use xts::{xts_cipher_verilog, XtsCipher};

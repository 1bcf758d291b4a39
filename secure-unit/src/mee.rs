//! Memory-encryption engine (issue 15; docs/MEE.md).
//!
//! The engine is split like OpenTitan's AES into a cipher half and an
//! interface half. `XtsCipher` (`mee/xts.rs`) is the cipher half: XTS-AES-128
//! on one 16-byte block with the tweak from the block's address, and no bus
//! logic. The bus front that sits between the caches and RAM is still to be
//! built.
mod xts;

pub use xts::{xts_cipher_verilog, XtsCipher};

//! VMSP secure unit: the crypto engines the memory-encryption engine,
//! context sealing, key generation, measurement and attestation are built
//! from. Every engine is a rust-hdl `LogicBlock`, one per file, and its
//! tests run the emitted Verilog under Verilator (see `sim/vtb`).
pub mod aes;
pub mod sha256;
pub mod trng;

//! VMSP secure unit: the crypto engines the memory-encryption engine,
//! context sealing, key generation, measurement and attestation are built
//! from. Every engine is a rust-hdl `LogicBlock`, one per file, and its
//! tests run the emitted Verilog under Verilator (see `sim/vtb`).
//! `su_regs::SecureUnitRegs` is the monitor's register window on them
//! (SHA-256, TRNG status, the `keyblock::KeyBlock` key store;
//! docs/SECURE_UNIT.md). `mee::XtsCipher` is the memory-encryption engine's
//! cipher half (docs/MEE.md). `seal::Sealer` is the context-sealing engine
//! (AES-128-CCM of a guest's context to and from the host's memory;
//! docs/SEALING.md).
pub mod aes;
pub mod ecc;
pub mod identity;
pub mod keyblock;
pub mod mee;
pub mod seal;
pub mod sha256;
pub mod su_regs;
pub mod trng;

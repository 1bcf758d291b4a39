//! OpenRISC 1000 instruction-set simulator: the golden model of the VMSP
//! core (ORBIS32 as OR1200 implements it, with its MMUs, optional I/D
//! caches, tick timer, PIC, a 16550 UART and a test finisher). See docs/ISS.md.
//!
//! ```no_run
//! use vmsp_iss::{Config, Machine, Outcome};
//! let mut m = Machine::new(Config::default());
//! m.load_elf(&std::fs::read("prog.elf").unwrap()).unwrap();
//! assert_eq!(m.run(1_000_000), Outcome::Exit(0));
//! ```

pub mod bus;
pub mod cache;
pub mod cpu;
pub mod decode;
pub mod machine;
pub mod mee;
pub mod mmu;
pub mod pic;
pub mod seal;
pub mod secure;
pub mod spr;
pub mod timer;
pub mod trace;
pub mod uart;
pub mod virt;

pub use cache::{Cache, CacheGeometry};
pub use cpu::Cpu;
pub use or1k_image::{Image, LoadError};
pub use machine::{Config, Machine, Outcome, Stop, DEFAULT_RAM_SIZE};
pub use seal::{open_blob, seal_blob, seal_key, SealedBlob};
pub use secure::SecureConfig;
pub use trace::Retired;
pub use uart::ConsoleSink;

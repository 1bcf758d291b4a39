//! Verilator test bench: runs the *emitted Verilog* of a rust-hdl block (or any
//! Verilog with a top module `top`) from Rust tests.
//!
//! rust-hdl's own simulation and its Verilog can disagree, so block tests drive
//! the Verilog: `Model::build` verilates it, compiles it with a generated C-ABI
//! shim into a shared library (cached by content hash under `target/vtb/`) and
//! loads it; `lint` is the `-Wall` gate with the project's justified waivers.
//! See docs/VTB.md.
//!
//! ```no_run
//! let verilog = "module top(clock, q); input wire clock; output reg [7:0] q;\n\
//!                initial q = 0; always @(posedge clock) q <= q + 8'd1; endmodule";
//! vtb::lint("counter", verilog).unwrap();
//! let mut m = vtb::Model::build("counter", verilog).unwrap();
//! m.tick();
//! assert_eq!(m.get("q"), 1);
//! ```

mod isolate;
mod lint;
mod model;
mod ports;
mod shim;
mod toolchain;

pub use isolate::{isolate, vlt_name, Decision, Isolation};
pub use lint::{lint, waiver_file};
pub use model::{BuildOptions, Model, PortId};
pub use ports::{parse_module_ports, parse_top_ports, Direction, Port};
pub use toolchain::cache_root;

use std::fmt;
use std::path::Path;

/// A build or trace failure; the message includes the failing tool's output.
/// `Debug` prints the message unescaped so `unwrap()` shows compiler output readably.
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Error { message: message.into() }
    }

    pub(crate) fn io(what: &str, path: &Path, e: std::io::Error) -> Self {
        Error::new(format!("cannot {what} {}: {e}", path.display()))
    }

    /// The full message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Lets `?` work in functions returning `Result<_, String>`.
impl From<Error> for String {
    fn from(e: Error) -> String {
        e.message
    }
}

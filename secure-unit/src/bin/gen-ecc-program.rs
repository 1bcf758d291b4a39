//! Writes `firmware/monitor/ecc_prog.h`, the ECC accelerator's command
//! sequences and constants for the monitor, from `secure_unit::ecc::program`.
use secure_unit::ecc::program::{c_header, C_HEADER_PATH};
use std::path::Path;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(C_HEADER_PATH);
    std::fs::write(&path, c_header()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    println!("wrote {}", path.display());
}

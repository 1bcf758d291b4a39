//! Writes firmware/include/or1k-sprs.h from the architectural constants.
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join(or1k_arch::C_HEADER_PATH);
    std::fs::create_dir_all(path.parent().unwrap()).expect("create firmware/include");
    std::fs::write(&path, or1k_arch::c_header()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    println!("wrote {}", or1k_arch::C_HEADER_PATH);
}

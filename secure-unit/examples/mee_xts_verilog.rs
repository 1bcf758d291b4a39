//! Prints the emitted Verilog of `XtsCipher` (top module `top`), for area
//! measurements (docs/MEE.md, "Datapath (cipher)"):
//! `cargo run --release -p secure-unit --example mee_xts_verilog > build/area/mee_xts.v`
fn main() {
    print!("{}", secure_unit::mee::xts_cipher_verilog());
}

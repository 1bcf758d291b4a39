//! Prints the emitted Verilog of the whole engine `Mee` (two fronts, one
//! `XtsCipher`; top module `top`), for area measurements (docs/MEE.md):
//! `cargo run --release -p secure-unit --example mee_verilog > build/area/mee.v`
fn main() {
    print!("{}", secure_unit::mee::mee_verilog());
}

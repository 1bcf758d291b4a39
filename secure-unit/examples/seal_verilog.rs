//! Prints the emitted Verilog of the context-sealing engine `Sealer` (two
//! `AesCore`s, the buffers, the bus; top module `top`), for area
//! measurements (docs/SEALING.md):
//! `cargo run --release -p secure-unit --example seal_verilog > build/area/seal.v`
fn main() {
    print!("{}", secure_unit::seal::sealer_verilog());
}

//! The core's emitted Verilog passes the lint gate (verilator -Wall with
//! rtl/lint-waivers.vlt).
#[test]
fn core_verilog_is_lint_clean() {
    let v = or1k_core::core_verilog();
    if let Err(e) = vtb::lint("or1k_core", &v) {
        panic!("lint failed:\n{e}");
    }
}

//! Whole-SoC checks: the committed `rtl/soc/vmsp_soc.v` is what the code
//! emits, the SoC passes the lint gate, its Verilator port list is exactly
//! `PORTS`, and the backdoor loader, the bus-error decode and the
//! idle-core outputs behave (the core itself is tested in or1k-core).
use vmsp_soc::{soc_verilog, SocConfig};

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rtl/soc/vmsp_soc.v");

#[test]
fn committed_verilog_is_current() {
    let want = soc_verilog(&SocConfig::default()).unwrap();
    let have = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        have == want,
        "rtl/soc/vmsp_soc.v is stale (or missing): run `cargo run -p vmsp-soc --bin emit-verilog` and commit it"
    );
}

#[test]
fn lint() {
    vtb::lint("vmsp_soc", &soc_verilog(&SocConfig::default()).unwrap()).unwrap();
    let small = SocConfig {
        ram_size: 128 << 10,
        ram_size_at_run_time: false,
        ram_init: vec![or1k_arch::NOP_INSN; 64],
        uart_line_paced: true,
        ram_registered: true,
        uart_divisor: 5,
        monitor: false,
        monitor_rom: Vec::new(),
        identity: secure_unit::identity::DeviceIdentity::test(),
    };
    vtb::lint("vmsp_soc_board", &soc_verilog(&small).unwrap()).unwrap();
    // the monitor world: ROM, SRAM, the secure unit, the core's VM hardware
    let monitor = SocConfig { monitor: true, monitor_rom: vec![or1k_arch::NOP_INSN; 64], ..small };
    vtb::lint("vmsp_soc_monitor", &soc_verilog(&monitor).unwrap()).unwrap();
}

#[test]
fn bad_config_is_refused() {
    let e = soc_verilog(&SocConfig { ram_size: 100_000, ..Default::default() }).unwrap_err();
    assert!(e.contains("power of two"), "{e}");
    let e = soc_verilog(&SocConfig { ram_size: 64, ram_init: vec![0; 17], ..Default::default() }).unwrap_err();
    assert!(e.contains("init image"), "{e}");
}

/// The emitted top has exactly the ports of `PORTS` (the table the
/// simulator is generated from), in its order, with the same directions
/// and widths: the table's widths come from `Synth::BITS`, the Verilog's
/// from rust-hdl's emitter.
#[test]
fn ports_match_the_table() {
    use vmsp_soc::{PortDir, PORTS};
    let ports = vtb::parse_top_ports(&soc_verilog(&SocConfig::default()).unwrap()).unwrap();
    let have: Vec<(String, bool, u32)> =
        ports.iter().map(|p| (p.name.clone(), p.dir == vtb::Direction::Input, p.width)).collect();
    let want: Vec<(String, bool, u32)> = PORTS.iter().map(|p| (p.name.to_string(), p.dir == PortDir::In, p.width)).collect();
    assert_eq!(have, want);
}

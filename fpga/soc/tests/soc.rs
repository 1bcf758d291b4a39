//! Whole-SoC checks: the committed `rtl/soc/vmsp_soc.v` is what the code
//! emits, the SoC passes the lint gate, its Verilator port list is exactly
//! the frozen one, and the backdoor loader, the bus-error decode and the
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
        ram_init: vec![0x1500_0000; 64],
        uart_line_paced: true,
    };
    vtb::lint("vmsp_soc_board", &soc_verilog(&small).unwrap()).unwrap();
}

#[test]
fn bad_config_is_refused() {
    let e = soc_verilog(&SocConfig { ram_size: 100_000, ..Default::default() }).unwrap_err();
    assert!(e.contains("power of two"), "{e}");
    let e = soc_verilog(&SocConfig { ram_size: 64, ram_init: vec![0; 17], ..Default::default() }).unwrap_err();
    assert!(e.contains("init image"), "{e}");
}

/// The frozen port list (docs/SOC.md, prompts/soc_ports.md): names, widths
/// and directions, nothing more, nothing less.
#[test]
fn frozen_ports() {
    use vtb::Direction::{Input as I, Output as O};
    let want: &[(&str, vtb::Direction, u32)] = &[
        ("clock", I, 1),
        ("reset", I, 1),
        ("mem_latency", I, 8),
        ("ld_we", I, 1),
        ("ld_addr", I, 32),
        ("ld_data", I, 32),
        ("uart_tx_valid", O, 1),
        ("uart_tx_data", O, 8),
        ("uart_txd", O, 1),
        ("finish_valid", O, 1),
        ("finish_data", O, 32),
        ("rt_valid", O, 1),
        ("rt_pc", O, 32),
        ("rt_insn", O, 32),
        ("rt_rd_we", O, 1),
        ("rt_rd", O, 5),
        ("rt_rd_val", O, 32),
        ("rt_sr", O, 32),
        ("rt_mw_valid", O, 1),
        ("rt_mw_addr", O, 32),
        ("rt_mw_size", O, 3),
        ("rt_mw_data", O, 32),
        ("rt_exc_valid", O, 1),
        ("rt_exc_vec", O, 32),
        ("rt_intr", O, 1),
        ("rt_r3", O, 32),
    ];
    let ports = vtb::parse_top_ports(&soc_verilog(&SocConfig::default()).unwrap()).unwrap();
    let have: Vec<(String, vtb::Direction, u32)> =
        ports.iter().map(|p| (p.name.clone(), p.dir, p.width)).collect();
    let want: Vec<(String, vtb::Direction, u32)> = want.iter().map(|(n, d, w)| (n.to_string(), *d, *w)).collect();
    assert_eq!(have, want);
}

//! build/ports.rs, the code that checks the verilated Verilog against
//! `vmsp_soc::PORTS` and generates the shim's and the Rust port structs.

#[path = "../build/ports.rs"]
mod ports;

use vmsp_soc::{soc_verilog, SocConfig, PORTS};

fn soc_ports() -> Vec<vtb::Port> {
    vtb::parse_top_ports(&soc_verilog(&SocConfig::default()).unwrap()).unwrap()
}

#[test]
fn the_soc_passes_and_every_difference_is_reported() {
    assert_eq!(ports::check(&soc_ports()), Vec::<String>::new());

    let mut p = soc_ports();
    p.retain(|p| p.name != "rt_r3");
    p.iter_mut().find(|p| p.name == "rt_rd").unwrap().width = 6;
    p.iter_mut().find(|p| p.name == "finish_valid").unwrap().dir = vtb::Direction::Inout;
    p.push(vtb::Port { name: "uart_rxd".into(), dir: vtb::Direction::Input, width: 1 });
    let problems = ports::check(&p);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    for want in ["missing port `rt_r3`", "`rt_rd` is out [6]", "`finish_valid` is inout", "`uart_rxd` (in) is not in the table"] {
        assert!(problems.iter().any(|m| m.contains(want)), "{want}: {problems:#?}");
    }
}

#[test]
fn generated_structs_have_a_field_per_port() {
    let (header, rust) = (ports::shim_header(), ports::rust_structs());
    for p in PORTS.iter().filter(|p| p.name != "clock") {
        assert!(header.contains(&format!("    uint32_t {};", p.name)), "{}", p.name);
        assert!(header.contains(&format!("->{0} = ", p.name)), "{}", p.name);
        assert!(rust.contains(&format!("    {}: u32,", p.name)) || rust.contains(&format!("pub {}: u32,", p.name)), "{}", p.name);
    }
    // inputs are masked to their width, outputs copied
    assert!(header.contains("t->mem_latency = in->mem_latency & 0xffu;"), "{header}");
    assert!(header.contains("o->rt_rd = t->rt_rd;"), "{header}");
    assert!(!header.contains("clock"), "the clock is driven by vsys_tick");
}

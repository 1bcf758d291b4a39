//! The core alone (`or1k_core::core_verilog`, under vtb), its Wishbone
//! buses answered combinationally (zero wait states) by the ISS's own bus
//! model, in lock-step with the ISS through the same `LockStep` checker as
//! the SoC runs: every firmware test must retire exactly as on the ISS.
//! This isolates the pipeline from the SoC's RAM, UART and interconnect.
use or1k_arch::*;
use vmsp_iss::bus::Bus;
use vmsp_iss::{ConsoleSink, Retired};
use vmsp_sim::lockstep::LockStep;

mod common;
use common::firmware_tests;

struct Rtl {
    m: vtb::Model,
    bus: Bus,
    cycles: u64,
}

/// (byte address, size) of a Wishbone access from its word address and sel.
fn access(adr: u32, sel: u32) -> (u32, u32) {
    let w = adr & !3;
    match sel {
        0b1000 => (w, 1),
        0b0100 => (w + 1, 1),
        0b0010 => (w + 2, 1),
        0b0001 => (w + 3, 1),
        0b1100 => (w, 2),
        0b0011 => (w + 2, 2),
        _ => (w, 4),
    }
}

fn lanes(addr: u32, size: u32, v: u32) -> u32 {
    match size {
        1 => v << (8 * (3 - (addr & 3))),
        2 => v << (16 * (1 - ((addr >> 1) & 1))),
        _ => v,
    }
}

impl Rtl {
    fn new(model: vtb::Model, elf: &[u8]) -> Rtl {
        let mut bus = Bus::new(1 << 20, ConsoleSink::Buffer);
        let img = vmsp_iss::Image::parse(elf).unwrap();
        for s in &img.segments {
            let d = s.bytes();
            bus.ram[s.addr as usize..s.addr as usize + d.len()].copy_from_slice(&d);
        }
        let mut r = Rtl { m: model, bus, cycles: 0 };
        r.m.set("reset", 1);
        r.m.set("irq", 0);
        r.m.tick();
        r.m.tick();
        r.m.set("reset", 0);
        r
    }

    /// One clock cycle; the retirement record of that cycle, if any.
    fn cycle(&mut self) -> Option<Retired> {
        let m = &mut self.m;
        m.eval();
        // instruction bus: RAM only
        let (mut iack, mut ierr, mut idat) = (0, 0, 0);
        if m.get("iwb$stb") == 1 {
            let a = m.get("iwb$adr") as u32;
            match self.bus.ram.get(a as usize..a as usize + 4) {
                Some(b) => {
                    iack = 1;
                    idat = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
                }
                None => ierr = 1,
            }
        }
        m.set("iwb$ack", iack);
        m.set("iwb$err", ierr);
        m.set("iwb$dat_r", idat as u64);
        // data bus, through the ISS's devices
        let (mut dack, mut derr, mut ddat) = (0, 0, 0);
        if m.get("dwb$stb") == 1 {
            let (a, size) = access(m.get("dwb$adr") as u32, m.get("dwb$sel") as u32);
            if m.get("dwb$we") == 1 {
                let v = m.get("dwb$dat_w") as u32;
                let v = match size {
                    1 => (v >> (8 * (3 - (a & 3)))) & 0xff,
                    2 => (v >> (16 * (1 - ((a >> 1) & 1)))) & 0xffff,
                    _ => v,
                };
                if self.bus.write(a, size, v) {
                    dack = 1
                } else {
                    derr = 1
                }
            } else {
                match self.bus.read(a, size) {
                    Some(v) => {
                        dack = 1;
                        ddat = lanes(a, size, v);
                    }
                    None => derr = 1,
                }
            }
        }
        m.set("dwb$ack", dack);
        m.set("dwb$err", derr);
        m.set("dwb$dat_r", ddat as u64);
        m.set("irq", if self.bus.uart.irq() { 1 << UART_IRQ } else { 0 });
        m.eval();
        let rec = (m.get("rt_valid") == 1).then(|| Retired {
            pc: m.get("rt_pc") as u32,
            insn: m.get("rt_insn") as u32,
            rd: (m.get("rt_rd_we") == 1).then(|| (m.get("rt_rd") as u8, m.get("rt_rd_val") as u32)),
            flag: m.get("rt_sr") as u32 & SR_F != 0,
            sr: m.get("rt_sr") as u32,
            mem_write: (m.get("rt_mw_valid") == 1).then(|| {
                (m.get("rt_mw_addr") as u32, m.get("rt_mw_size") as u8, m.get("rt_mw_data") as u32)
            }),
            exception: (m.get("rt_exc_valid") == 1).then(|| m.get("rt_exc_vec") as u32),
            interrupt: m.get("rt_intr") == 1,
        });
        m.tick();
        self.cycles += 1;
        rec
    }
}

/// Ok((records, cycles)).
fn lockstep(model: vtb::Model, name: &str, elf: &[u8]) -> Result<(u64, u64), String> {
    let mut rtl = Rtl::new(model, elf);
    let image = vmsp_iss::Image::parse(elf).map_err(|e| e.to_string())?;
    let mut ls = LockStep::new(&image, 1 << 20)?;
    let mut idle = 0u64;
    loop {
        let Some(r) = rtl.cycle() else {
            idle += 1;
            if idle > 100_000 {
                return Err(format!("{name}: no retirement for 100000 cycles after {} records", ls.compared()));
            }
            continue;
        };
        idle = 0;
        ls.check(&r).map_err(|m| format!("{name}: {m}"))?;
        if r.insn == NOP_INSN | NOP_EXIT {
            return match ls.exit_code() {
                Some(0) => Ok((ls.compared(), rtl.cycles)),
                c => Err(format!("{name}: exit {c:?}")),
            };
        }
        if let Some(code) = rtl.bus.finished {
            return if code == 0 { Ok((ls.compared(), rtl.cycles)) } else { Err(format!("{name}: finisher exit {code}")) };
        }
    }
}

#[test]
fn firmware_tests_in_lockstep_on_an_ideal_bus() {
    let elfs = firmware_tests();
    let model = || vtb::Model::build("or1k_core_ideal", &or1k_core::core_verilog()).unwrap();
    let filter = std::env::var("CORE_TEST").ok();
    let mut failures = Vec::new();
    for p in &elfs {
        let name = format!(
            "{}/{}",
            p.parent().unwrap().file_name().unwrap().to_string_lossy(),
            p.file_stem().unwrap().to_string_lossy()
        );
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let elf = std::fs::read(p).unwrap();
        match lockstep(model(), &name, &elf) {
            Ok((n, c)) => eprintln!("{name}: {n} records match, {c} cycles, CPI {:.2}", c as f64 / n as f64),
            Err(e) => {
                eprintln!("{e}");
                failures.push(name);
            }
        }
    }
    assert!(failures.is_empty(), "lock-step failures: {failures:?}");
}

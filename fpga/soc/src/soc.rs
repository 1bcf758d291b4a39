//! `Soc`: the VMSP system top — core, interconnect, RAM, UART, finisher —
//! with the frozen port list of the simulator and the FPGA board.
use crate::finisher::Finisher;
use crate::intercon::Intercon;
use crate::ram::Ram;
use crate::uart::Uart;
use or1k_core::Core;
use rust_hdl::prelude::*;

/// Build-time configuration of a SoC instance (a run-time value: each
/// configuration emits its own Verilog).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SocConfig {
    /// RAM size in bytes at RAM_BASE (the array): a power of two, at least
    /// 8 bytes. Default SIM_RAM_MAX (64 MiB), the simulation SoC's.
    pub ram_size: u32,
    /// The size decoded is chosen at run time, up to `ram_size`: a word
    /// written to LD_RAM_SIZE_ADDR through `ld_*` during reset sets it
    /// (0: all of `ram_size`). Lets one verilated model serve every
    /// `vmsp-sim --ram-size`; the board (block RAM) has it off.
    pub ram_size_at_run_time: bool,
    /// Initial RAM image from RAM_BASE up (FPGA builds without a loader);
    /// the rest is zero.
    pub ram_init: Vec<u32>,
    /// UART LSR.THRE/TEMT and the THR-empty interrupt follow the serial
    /// line (board) instead of the instant ISS model (simulation, default).
    pub uart_line_paced: bool,
}

impl Default for SocConfig {
    fn default() -> Self {
        SocConfig {
            ram_size: or1k_arch::SIM_RAM_MAX,
            ram_size_at_run_time: true,
            ram_init: Vec::new(),
            uart_line_paced: false,
        }
    }
}

/// The SoC top (PORT LIST FROZEN, see docs/SOC.md).
#[derive(LogicBlock)]
pub struct Soc {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high; holds the core (and the bus slaves) in reset.
    pub reset: Signal<In, Bit>,
    /// Wait states before the first beat of every RAM access.
    pub mem_latency: Signal<In, Bits<8>>,
    /// Backdoor RAM word write, honoured only while `reset` is high.
    pub ld_we: Signal<In, Bit>,
    pub ld_addr: Signal<In, Bits<32>>,
    pub ld_data: Signal<In, Bits<32>>,
    /// One-cycle strobe per byte written to the UART THR.
    pub uart_tx_valid: Signal<Out, Bit>,
    pub uart_tx_data: Signal<Out, Bits<8>>,
    /// UART serial output (8N1, divisor-latch rate), idle high.
    pub uart_txd: Signal<Out, Bit>,
    /// One-cycle strobe with the raw word written to FINISHER_BASE.
    pub finish_valid: Signal<Out, Bit>,
    pub finish_data: Signal<Out, Bits<32>>,

    // Retirement trace of the core (see or1k_core::Core).
    pub rt_valid: Signal<Out, Bit>,
    pub rt_pc: Signal<Out, Bits<32>>,
    pub rt_insn: Signal<Out, Bits<32>>,
    pub rt_rd_we: Signal<Out, Bit>,
    pub rt_rd: Signal<Out, Bits<5>>,
    pub rt_rd_val: Signal<Out, Bits<32>>,
    pub rt_sr: Signal<Out, Bits<32>>,
    pub rt_mw_valid: Signal<Out, Bit>,
    pub rt_mw_addr: Signal<Out, Bits<32>>,
    pub rt_mw_size: Signal<Out, Bits<3>>,
    pub rt_mw_data: Signal<Out, Bits<32>>,
    pub rt_exc_valid: Signal<Out, Bit>,
    pub rt_exc_vec: Signal<Out, Bits<32>>,
    pub rt_intr: Signal<Out, Bit>,
    pub rt_r3: Signal<Out, Bits<32>>,

    core: Core,
    bus: Intercon,
    ram: Ram,
    uart: Uart,
    finisher: Finisher,
    /// The core's `irq` word with only the UART's line set.
    uart_irq_mask: Constant<Bits<32>>,
}

impl Soc {
    /// A SoC for `cfg`; a bad configuration (RAM size not a power of two,
    /// image larger than the RAM) is an error.
    pub fn new(cfg: &SocConfig) -> Result<Soc, String> {
        Ok(Soc {
            clock: Default::default(),
            reset: Default::default(),
            mem_latency: Default::default(),
            ld_we: Default::default(),
            ld_addr: Default::default(),
            ld_data: Default::default(),
            uart_tx_valid: Default::default(),
            uart_tx_data: Default::default(),
            uart_txd: Default::default(),
            finish_valid: Default::default(),
            finish_data: Default::default(),
            rt_valid: Default::default(),
            rt_pc: Default::default(),
            rt_insn: Default::default(),
            rt_rd_we: Default::default(),
            rt_rd: Default::default(),
            rt_rd_val: Default::default(),
            rt_sr: Default::default(),
            rt_mw_valid: Default::default(),
            rt_mw_addr: Default::default(),
            rt_mw_size: Default::default(),
            rt_mw_data: Default::default(),
            rt_exc_valid: Default::default(),
            rt_exc_vec: Default::default(),
            rt_intr: Default::default(),
            rt_r3: Default::default(),
            core: Default::default(),
            bus: if cfg.ram_size_at_run_time {
                Intercon::sized_at_run_time(cfg.ram_size)
            } else {
                Intercon::new(cfg.ram_size)
            },
            ram: Ram::new(or1k_arch::RAM_BASE, cfg.ram_size, &cfg.ram_init)?,
            uart: Uart::new(cfg.uart_line_paced),
            finisher: Finisher::new(),
            uart_irq_mask: Constant::new(((1u64 << or1k_arch::UART_IRQ) as u64).into()),
        })
    }
}

impl Logic for Soc {
    #[hdl_gen]
    fn update(&mut self) {
        self.core.clock.next = self.clock.val();
        self.bus.clock.next = self.clock.val();
        self.ram.clock.next = self.clock.val();
        self.uart.clock.next = self.clock.val();
        self.finisher.clock.next = self.clock.val();
        self.core.reset.next = self.reset.val();
        self.bus.reset.next = self.reset.val();
        self.ram.reset.next = self.reset.val();
        self.uart.reset.next = self.reset.val();
        self.finisher.reset.next = self.reset.val();

        // Instruction bus: core → decoder → RAM port I.
        self.bus.iwb_adr.next = self.core.iwb_adr.val();
        self.bus.iwb_we.next = self.core.iwb_we.val();
        self.bus.iwb_cyc.next = self.core.iwb_cyc.val();
        self.bus.iwb_stb.next = self.core.iwb_stb.val();
        self.core.iwb_dat_i.next = self.bus.iwb_dat_i.val();
        self.core.iwb_ack.next = self.bus.iwb_ack.val();
        self.core.iwb_err.next = self.bus.iwb_err.val();
        self.ram.i_adr.next = self.core.iwb_adr.val();
        self.ram.i_cyc.next = self.core.iwb_cyc.val();
        self.ram.i_stb.next = self.bus.ram_i_stb.val();
        self.ram.i_cti.next = self.core.iwb_cti.val();
        self.bus.ram_i_dat.next = self.ram.i_dat.val();
        self.bus.ram_i_ack.next = self.ram.i_ack.val();

        // Data bus: core → decoder → RAM port D, UART, finisher.
        self.bus.dwb_adr.next = self.core.dwb_adr.val();
        self.bus.dwb_cyc.next = self.core.dwb_cyc.val();
        self.bus.dwb_stb.next = self.core.dwb_stb.val();
        self.core.dwb_dat_i.next = self.bus.dwb_dat_i.val();
        self.core.dwb_ack.next = self.bus.dwb_ack.val();
        self.core.dwb_err.next = self.bus.dwb_err.val();

        self.ram.d_adr.next = self.core.dwb_adr.val();
        self.ram.d_we.next = self.core.dwb_we.val();
        self.ram.d_sel.next = self.core.dwb_sel.val();
        self.ram.d_wdat.next = self.core.dwb_dat_o.val();
        self.ram.d_cyc.next = self.core.dwb_cyc.val();
        self.ram.d_stb.next = self.bus.ram_d_stb.val();
        self.ram.d_cti.next = self.core.dwb_cti.val();
        self.bus.ram_d_dat.next = self.ram.d_rdat.val();
        self.bus.ram_d_ack.next = self.ram.d_ack.val();
        self.ram.latency.next = self.mem_latency.val();
        self.ram.ld_we.next = self.ld_we.val();
        self.ram.ld_addr.next = self.ld_addr.val();
        self.ram.ld_data.next = self.ld_data.val();
        self.bus.ld_we.next = self.ld_we.val();
        self.bus.ld_addr.next = self.ld_addr.val();
        self.bus.ld_data.next = self.ld_data.val();

        self.uart.adr.next = self.core.dwb_adr.val();
        self.uart.we.next = self.core.dwb_we.val();
        self.uart.sel.next = self.core.dwb_sel.val();
        self.uart.wdat.next = self.core.dwb_dat_o.val();
        self.uart.cyc.next = self.core.dwb_cyc.val();
        self.uart.stb.next = self.bus.uart_stb.val();
        self.bus.uart_dat.next = self.uart.rdat.val();
        self.bus.uart_ack.next = self.uart.ack.val();

        self.finisher.adr.next = self.core.dwb_adr.val();
        self.finisher.we.next = self.core.dwb_we.val();
        self.finisher.sel.next = self.core.dwb_sel.val();
        self.finisher.wdat.next = self.core.dwb_dat_o.val();
        self.finisher.cyc.next = self.core.dwb_cyc.val();
        self.finisher.stb.next = self.bus.fin_stb.val();
        self.bus.fin_dat.next = self.finisher.rdat.val();
        self.bus.fin_ack.next = self.finisher.ack.val();

        self.core.irq.next = 0.into();
        if self.uart.irq.val() {
            self.core.irq.next = self.uart_irq_mask.val();
        }

        self.uart_tx_valid.next = self.uart.tx_valid.val();
        self.uart_tx_data.next = self.uart.tx_data.val();
        self.uart_txd.next = self.uart.txd.val();
        self.finish_valid.next = self.finisher.finish_valid.val();
        self.finish_data.next = self.finisher.finish_data.val();

        self.rt_valid.next = self.core.rt_valid.val();
        self.rt_pc.next = self.core.rt_pc.val();
        self.rt_insn.next = self.core.rt_insn.val();
        self.rt_rd_we.next = self.core.rt_rd_we.val();
        self.rt_rd.next = self.core.rt_rd.val();
        self.rt_rd_val.next = self.core.rt_rd_val.val();
        self.rt_sr.next = self.core.rt_sr.val();
        self.rt_mw_valid.next = self.core.rt_mw_valid.val();
        self.rt_mw_addr.next = self.core.rt_mw_addr.val();
        self.rt_mw_size.next = self.core.rt_mw_size.val();
        self.rt_mw_data.next = self.core.rt_mw_data.val();
        self.rt_exc_valid.next = self.core.rt_exc_valid.val();
        self.rt_exc_vec.next = self.core.rt_exc_vec.val();
        self.rt_intr.next = self.core.rt_intr.val();
        self.rt_r3.next = self.core.rt_r3.val();
    }
}

/// The Verilog of a whole SoC for `cfg` (top module `top`).
pub fn soc_verilog(cfg: &SocConfig) -> Result<String, String> {
    let mut soc = Soc::new(cfg)?;
    soc.connect_all();
    Ok(generate_verilog(&soc))
}

/// The Verilog of the bare core (top module `top`), for the emitter.
pub fn core_verilog() -> String {
    let mut core = Core::default();
    core.connect_all();
    generate_verilog(&core)
}

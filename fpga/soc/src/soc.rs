//! `Soc`: the VMSP system top — core, interconnect, RAM, UART, finisher —
//! whose port list (`PORTS`) the simulator and the FPGA board build on.
use crate::finisher::Finisher;
use crate::intercon::Intercon;
use crate::monitor_mem::MonitorMem;
use crate::ports::soc_top;
use crate::ram::Ram;
use crate::uart::Uart;
use or1k_core::perf::PerfCounters;
use or1k_core::ports::{PerfEvents, WishboneMaster};
use or1k_core::Core;
use rust_hdl::prelude::*;
use secure_unit::mee::Mee;
use secure_unit::seal::Sealer;
use secure_unit::identity::DeviceIdentity;
use secure_unit::su_regs::SecureUnitRegs;
use secure_unit::trng::{EntropySource, SimNoiseSource, TrngConfig};

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
    /// A register in front of the RAM array's pins (`Ram::registered`):
    /// reads take one cycle more, and no path runs from the core into the
    /// block RAMs' address pins. The board has it on; the simulation SoC
    /// (off) keeps the zero-wait timing the benchmarks are measured with.
    pub ram_registered: bool,
    /// Reset value of the UART's divisor latch: the board sets the line
    /// rate for firmware that never writes it; 0 (default, as the ISS) is
    /// treated as 1, one bit per 16 clocks.
    pub uart_divisor: u16,
    /// The monitor world (docs/VIRT.md): reset enters the security monitor
    /// in the on-chip ROM, whose words are `monitor_rom` (from
    /// SM_ROM_BASE; the simulation's loader may also write them during
    /// reset), with its SRAM and the secure unit. Off: a plain OR1200-class
    /// SoC that starts at 0x100.
    pub monitor: bool,
    pub monitor_rom: Vec<u32>,
    /// The device identity the secure unit holds (docs/ATTESTATION.md):
    /// the test identity unless the generator is given a real one
    /// (`DeviceIdentity::from_env`).
    pub identity: DeviceIdentity,
}

impl Default for SocConfig {
    fn default() -> Self {
        SocConfig {
            ram_size: or1k_arch::SIM_RAM_MAX,
            ram_size_at_run_time: true,
            ram_init: Vec::new(),
            uart_line_paced: false,
            ram_registered: false,
            uart_divisor: 0,
            monitor: false,
            monitor_rom: Vec::new(),
            identity: DeviceIdentity::test(),
        }
    }
}

soc_top! {
    /// The SoC top. Its ports are the simulator's and the board's interface:
    /// `PORTS` lists them for `verilator-sys` and the tests (docs/SOC.md).
    /// `S` is the secure unit's entropy source: `SimNoiseSource` for
    /// simulation, `RingOscEntropy` on the FPGA.
    pub struct Soc<S: EntropySource> {
        ports {
            clock: In Clock,
            /// Synchronous, active high; holds the core (and the bus slaves) in reset.
            /// Every input is registered once: the design sees it a cycle later.
            reset: In Bit,
            /// Wait states before the first beat of every RAM access.
            mem_latency: In Bits<8>,
            /// Backdoor RAM word write, honoured only while `reset` is high.
            ld_we: In Bit,
            ld_addr: In Bits<32>,
            ld_data: In Bits<32>,
            /// One-cycle strobe per byte written to the UART THR.
            uart_tx_valid: Out Bit,
            uart_tx_data: Out Bits<8>,
            /// UART serial output (8N1, divisor-latch rate), idle high.
            uart_txd: Out Bit,
            /// One-cycle strobe with the raw word written to FINISHER_BASE.
            finish_valid: Out Bit,
            finish_data: Out Bits<32>,
            // Retirement trace of the core (see or1k_core::Core).
            rt_valid: Out Bit,
            rt_pc: Out Bits<32>,
            rt_insn: Out Bits<32>,
            rt_rd_we: Out Bit,
            rt_rd: Out Bits<5>,
            rt_rd_val: Out Bits<32>,
            rt_sr: Out Bits<32>,
            rt_mw_valid: Out Bit,
            rt_mw_addr: Out Bits<32>,
            rt_mw_size: Out Bits<3>,
            rt_mw_data: Out Bits<32>,
            rt_exc_valid: Out Bit,
            rt_exc_vec: Out Bits<32>,
            rt_intr: Out Bit,
            rt_r3: Out Bits<32>,
            /// Performance counters from reset (or1k_core::perf; open on the board).
            perf_cycles: Out Bits<32>,
            perf_issued: Out Bits<32>,
            perf_retired: Out Bits<32>,
            perf_imiss: Out Bits<32>,
            perf_dmiss: Out Bits<32>,
            perf_st_mem: Out Bits<32>,
            perf_st_ex: Out Bits<32>,
            perf_st_hazard: Out Bits<32>,
            perf_st_fetch: Out Bits<32>,
            perf_br_pred: Out Bits<32>,
            perf_br_redirect: Out Bits<32>,
            /// Blocks the memory-encryption engine decrypted and encrypted.
            perf_mee_dec: Out Bits<32>,
            perf_mee_enc: Out Bits<32>,
            /// The security monitor faulted: the core has stopped for good.
            halted: Out Bit,
            /// The RAM data port's write beats, as a probe on the external
            /// memory bus sees them (after the memory-encryption engine): a
            /// word written at the last edge, registered. On the board they
            /// go nowhere.
            ram_wr_valid: Out Bit,
            ram_wr_adr: Out Bits<32>,
            ram_wr_dat: Out Bits<32>,
            ram_wr_sel: Out Bits<4>,
        }
        core: Core,
        perf: PerfCounters,
        bus: Intercon,
        /// The memory-encryption engine between the decoder's RAM ports and
        /// the RAM (docs/MEE.md); wires in a SoC without the monitor world.
        mee: Mee,
        /// The context-sealing engine (docs/SEALING.md): in the core's data
        /// path, which it passes through except while it moves a blob.
        sealer: Sealer,
        ram: Ram,
        uart: Uart,
        finisher: Finisher,
        /// The monitor's ROM and SRAM, and the secure unit (held in reset
        /// in a SoC without the monitor world).
        sm_mem: MonitorMem,
        su: SecureUnitRegs<S>,
        has_monitor: Constant<Bit>,
        /// The core's `irq` word with only the UART's line set.
        uart_irq_mask: Constant<Bits<32>>,
        /// The inputs, registered once: logic behind them then changes only at
        /// a clock edge, so a simulator does not re-evaluate it at every input
        /// update (docs/PERFORMANCE.md, simulation speed). The design sees them
        /// one cycle late. `run` is `!reset` so that it powers up 0: the SoC
        /// starts in reset.
        run: DFF<Bit>,
        mem_latency_q: DFF<Bits<8>>,
        ld_we_q: DFF<Bit>,
        ld_addr_q: DFF<Bits<32>>,
        ld_data_q: DFF<Bits<32>>,
        wr_valid_q: DFF<Bit>,
        wr_adr_q: DFF<Bits<32>>,
        wr_dat_q: DFF<Bits<32>>,
        wr_sel_q: DFF<Bits<4>>,
    }
}

impl<S: EntropySource> Soc<S> {
    /// A SoC for `cfg` around the entropy source `source`; a bad
    /// configuration (RAM size not a power of two, image larger than the
    /// RAM) is an error.
    pub fn new(cfg: &SocConfig, source: S) -> Result<Soc<S>, String> {
        // the RAM checks the size first: the decoder takes it as valid
        let ram = if cfg.ram_registered {
            Ram::registered(or1k_arch::RAM_BASE, cfg.ram_size, &cfg.ram_init)?
        } else {
            Ram::new(or1k_arch::RAM_BASE, cfg.ram_size, &cfg.ram_init)?
        };
        let bus = if cfg.ram_size_at_run_time {
            Intercon::sized_at_run_time(cfg.ram_size)
        } else {
            Intercon::new(cfg.ram_size)
        };
        Ok(Soc::from_blocks(
            Core::new(cfg.monitor),
            Default::default(),
            if cfg.monitor { bus.with_monitor() } else { bus },
            Mee::new(cfg.monitor),
            Sealer::new(or1k_arch::SEAL_CTR_MAX),
            ram,
            Uart::new(cfg.uart_line_paced, cfg.uart_divisor),
            Finisher::new(),
            MonitorMem::new(&cfg.monitor_rom)?,
            SecureUnitRegs::new(TrngConfig::default(), source).with_identity(&cfg.identity),
            Constant::new(cfg.monitor),
            Constant::new(((1u64 << or1k_arch::UART_IRQ) as u64).into()),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
            Default::default(),
        ))
    }
}

impl<S: EntropySource> Logic for Soc<S> {
    #[hdl_gen]
    fn update(&mut self) {
        self.core.clock.next = self.clock.val();
        self.perf.clock.next = self.clock.val();
        self.bus.clock.next = self.clock.val();
        self.ram.clock.next = self.clock.val();
        self.mee.clock.next = self.clock.val();
        self.sealer.clock.next = self.clock.val();
        self.uart.clock.next = self.clock.val();
        self.finisher.clock.next = self.clock.val();
        self.sm_mem.clock.next = self.clock.val();
        self.su.clock.next = self.clock.val();
        dff_setup!(self, clock, run, mem_latency_q, ld_we_q, ld_addr_q, ld_data_q, wr_valid_q, wr_adr_q, wr_dat_q, wr_sel_q);
        self.run.d.next = !self.reset.val();
        self.mem_latency_q.d.next = self.mem_latency.val();
        self.ld_we_q.d.next = self.ld_we.val();
        self.ld_addr_q.d.next = self.ld_addr.val();
        self.ld_data_q.d.next = self.ld_data.val();
        self.core.reset.next = !self.run.q.val();
        self.bus.reset.next = !self.run.q.val();
        self.ram.reset.next = !self.run.q.val();
        self.mee.reset.next = !self.run.q.val();
        self.uart.reset.next = !self.run.q.val();
        self.finisher.reset.next = !self.run.q.val();
        self.perf.reset.next = !self.run.q.val();
        self.sm_mem.reset.next = !self.run.q.val() | !self.has_monitor.val();
        self.su.reset.next = !self.run.q.val() | !self.has_monitor.val();
        self.sealer.reset.next = !self.run.q.val() | !self.has_monitor.val();
        PerfEvents::join(&mut self.core.perf, &mut self.perf.ev);

        // Instruction bus: core → decoder → MEE → RAM port I.
        WishboneMaster::join(&mut self.core.iwb, &mut self.bus.iwb);
        WishboneMaster::join(&mut self.bus.ram_i, &mut self.mee.si);
        WishboneMaster::join(&mut self.mee.mi, &mut self.ram.i);

        // Data bus: core → sealing engine → decoder → MEE → RAM port D;
        // UART, finisher.
        WishboneMaster::join(&mut self.core.dwb, &mut self.sealer.cpu);
        WishboneMaster::join(&mut self.sealer.mem, &mut self.bus.dwb);
        self.sealer.seal.next = self.core.seal.seal.val();
        self.sealer.unseal.next = self.core.seal.unseal.val();
        self.sealer.vmid.next = self.core.seal.vmid.val();
        self.sealer.addr.next = self.core.seal.addr.val();
        self.core.seal.done.next = self.sealer.done.val();
        self.core.seal.code.next = self.sealer.code.val();
        self.sealer.ctx_we.next = self.core.seal.ctx_we.val();
        self.sealer.ctx_widx.next = self.core.seal.ctx_widx.val();
        self.sealer.ctx_wdata.next = self.core.seal.ctx_wdata.val();
        self.sealer.ctx_ridx.next = self.core.seal.ctx_ridx.val();
        self.core.seal.ctx_rdata.next = self.sealer.ctx_rdata.val();
        self.sealer.clear.next = self.core.seal.clear.val();
        self.sealer.clear_vmid.next = self.core.seal.clear_vmid.val();
        self.core.ram_bytes.next = self.bus.ram_bytes.val();
        WishboneMaster::join(&mut self.bus.ram_d, &mut self.mee.sd);
        WishboneMaster::join(&mut self.mee.md, &mut self.ram.d);
        self.mee.pt_we.next = self.core.pt_we.val();
        self.mee.pt_page.next = self.core.pt_page.val();
        self.mee.pt_entry.next = self.core.pt_entry.val();
        self.wr_valid_q.d.next = self.mee.md.cyc.val() & self.mee.md.stb.val() & self.mee.md.we.val() & self.ram.d.ack.val();
        self.wr_adr_q.d.next = self.mee.md.adr.val();
        self.wr_dat_q.d.next = self.mee.md.dat_w.val();
        self.wr_sel_q.d.next = self.mee.md.sel.val();
        self.ram_wr_valid.next = self.wr_valid_q.q.val();
        self.ram_wr_adr.next = self.wr_adr_q.q.val();
        self.ram_wr_dat.next = self.wr_dat_q.q.val();
        self.ram_wr_sel.next = self.wr_sel_q.q.val();
        WishboneMaster::join(&mut self.bus.uart, &mut self.uart.wb);
        WishboneMaster::join(&mut self.bus.fin, &mut self.finisher.wb);
        WishboneMaster::join(&mut self.bus.sm_i, &mut self.sm_mem.i);
        WishboneMaster::join(&mut self.bus.sm_d, &mut self.sm_mem.d);
        WishboneMaster::join(&mut self.bus.su, &mut self.su.wb);
        self.sm_mem.ld_we.next = self.ld_we_q.q.val();
        self.sm_mem.ld_addr.next = self.ld_addr_q.q.val();
        self.sm_mem.ld_data.next = self.ld_data_q.q.val();
        self.su.ram_size.next = self.bus.ram_bytes.val();
        // the keys go only to the engines (I5)
        self.su.key_sel.next = self.mee.key_sel.val();
        self.mee.key_out.next = self.su.key_out.val();
        self.mee.key_valid.next = self.su.key_valid.val();
        self.su.seal_sel.next = self.sealer.key_sel.val();
        self.sealer.key.next = self.su.seal_key.val();
        self.sealer.key_valid.next = self.su.seal_key_valid.val();
        self.halted.next = self.core.halted.val();

        self.ram.latency.next = self.mem_latency_q.q.val();
        self.ram.ld_we.next = self.ld_we_q.q.val();
        self.ram.ld_addr.next = self.ld_addr_q.q.val();
        self.ram.ld_data.next = self.ld_data_q.q.val();
        self.bus.ld_we.next = self.ld_we_q.q.val();
        self.bus.ld_addr.next = self.ld_addr_q.q.val();
        self.bus.ld_data.next = self.ld_data_q.q.val();

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
        self.perf_cycles.next = self.perf.cycles.val();
        self.perf_issued.next = self.perf.issued.val();
        self.perf_retired.next = self.perf.retired.val();
        self.perf_imiss.next = self.perf.imiss.val();
        self.perf_dmiss.next = self.perf.dmiss.val();
        self.perf_st_mem.next = self.perf.st_mem.val();
        self.perf_st_ex.next = self.perf.st_ex.val();
        self.perf_st_hazard.next = self.perf.st_hazard.val();
        self.perf_st_fetch.next = self.perf.st_fetch.val();
        self.perf_br_pred.next = self.perf.br_pred.val();
        self.perf_br_redirect.next = self.perf.br_redirect.val();
        self.perf_mee_dec.next = self.mee.n_dec.val();
        self.perf_mee_enc.next = self.mee.n_enc.val();
    }
}

/// The Verilog of a whole simulation SoC for `cfg` (top module `top`).
pub fn soc_verilog(cfg: &SocConfig) -> Result<String, String> {
    soc_verilog_with(cfg, SimNoiseSource::default())
}

/// The Verilog of a whole SoC for `cfg` around the entropy source `source`
/// (e.g. a stuck simulated source, whose health tests fail).
pub fn soc_verilog_with<S: EntropySource + Send>(cfg: &SocConfig, source: S) -> Result<String, String> {
    or1k_core::with_generator_stack(|| {
        let mut soc = Soc::new(cfg, source)?;
        soc.connect_all();
        Ok(generate_verilog(&soc))
    })
}

/// The Verilog of the bare core (top module `top`), for the emitter.
pub fn core_verilog() -> String {
    or1k_core::core_verilog()
}

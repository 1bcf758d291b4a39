//! `Intercon`: address decode and response routing for the core's two
//! Wishbone masters.
//!
//! Data bus: RAM, its uncached alias at `RAM_UNCACHED_ALIAS` (the same
//! RAM port: the storage decodes only the low address bits, so the alias
//! reaches the same bytes), UART, finisher; instruction bus: RAM and its
//! alias only (fetching from a device is a bus error, as is an
//! instruction-bus write). Anything
//! unmapped gets `err` one cycle after it is presented (registered, like
//! the slaves' `ack`), never an `ack`. The decode uses the address of the
//! current cycle, so a burst that runs off the end of the RAM gets `err`
//! for the first beat outside it.
use or1k_core::ports::{WishboneMaster, WishboneSlave};
use rust_hdl::prelude::*;

/// The SoC's bus decoder (RAM range from `SocConfig`, alias and device
/// ranges from or1k-arch). Slave-side `adr/dat_w/sel/we/cyc/cti/bte/tga`
/// are the master's, passed straight through; `stb` goes only to the slave
/// the address decodes to. The decoded slave's `dat_r` and every slave's
/// `ack`/`err` go back to the master (the slaves answer only their own
/// `stb`).
#[derive(LogicBlock)]
pub struct Intercon {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,

    /// From the core's instruction master.
    pub iwb: WishboneSlave,
    /// From the core's data master.
    pub dwb: WishboneSlave,

    /// To the RAM's instruction port.
    pub ram_i: WishboneMaster,
    /// To the RAM's data port.
    pub ram_d: WishboneMaster,
    /// To the UART.
    pub uart: WishboneMaster,
    /// To the finisher.
    pub fin: WishboneMaster,
    /// To the monitor's memories (ROM fetch; ROM and SRAM data) and the
    /// secure unit: decoded only for monitor-origin accesses, and only
    /// when the SoC has the monitor world; for anyone else they do not
    /// exist (bus error), whatever the TLBs said.
    pub sm_i: WishboneMaster,
    pub sm_d: WishboneMaster,
    pub su: WishboneMaster,
    /// The SoC's backdoor loader: with a run-time RAM size, a word written
    /// to LD_RAM_SIZE_ADDR while `reset` is high sets the size decoded.
    pub ld_we: Signal<In, Bit>,
    pub ld_addr: Signal<In, Bits<32>>,
    pub ld_data: Signal<In, Bits<32>>,
    /// The RAM bytes decoded (SU_RAM_SIZE): the array's, or the run-time limit.
    pub ram_bytes: Signal<Out, Bits<32>>,

    // Every region is a power of two aligned to its size, so it decodes as
    // `adr & mask == base`: equality on the high bits, no adder or
    // magnitude compare on the bus's address-to-ack path.
    ram_base: Constant<Bits<32>>,
    ram_mask: Constant<Bits<32>>,
    ram_alias: Constant<Bits<32>>,
    uart_base: Constant<Bits<32>>,
    uart_mask: Constant<Bits<32>>,
    fin_base: Constant<Bits<32>>,
    fin_mask: Constant<Bits<32>>,
    /// The RAM size decoded can be lowered at run time (simulation SoC).
    size_at_run_time: Constant<Bit>,
    monitor: Constant<Bit>,
    ram_size: Constant<Bits<32>>,
    k_tga_monitor: Constant<Bits<8>>,
    rom_base: Constant<Bits<32>>,
    rom_mask: Constant<Bits<32>>,
    sram_base: Constant<Bits<32>>,
    sram_mask: Constant<Bits<32>>,
    su_base: Constant<Bits<32>>,
    su_mask: Constant<Bits<32>>,
    i_sm: Signal<Local, Bit>,
    d_sm: Signal<Local, Bit>,
    d_su: Signal<Local, Bit>,
    ld_size_addr: Constant<Bits<32>>,
    /// Size set through the backdoor; 0 (power-up): the whole array. Not
    /// cleared by `reset`, which the loader holds while setting it.
    ram_limit: DFF<Bits<32>>,
    /// A run-time size limit is in force.
    ram_lim: Signal<Local, Bit>,
    /// An unmapped request was seen last cycle: answer `err` now.
    i_err_q: DFF<Bit>,
    d_err_q: DFF<Bit>,
    i_ram: Signal<Local, Bit>,
    i_bad: Signal<Local, Bit>,
    d_ram: Signal<Local, Bit>,
    d_uart: Signal<Local, Bit>,
    d_fin: Signal<Local, Bit>,
    d_bad: Signal<Local, Bit>,
}

/// The address mask of a region of `size` bytes at `base` (a power of two,
/// `base` aligned to it; the SoC's sizes are checked where they are made).
fn region_mask(base: u32, size: u32) -> u32 {
    assert!(size.is_power_of_two() && base % size == 0, "region {base:#x}+{size:#x} is not a power of two aligned to its size");
    !(size - 1)
}

impl Intercon {
    /// `ram_size` bytes of RAM at RAM_BASE and at RAM_UNCACHED_ALIAS.
    pub fn new(ram_size: u32) -> Intercon {
        Self::build(ram_size, false)
    }

    /// The same decoder with the monitor's memories and the secure unit.
    pub fn with_monitor(mut self) -> Intercon {
        self.monitor = Constant::new(true);
        self
    }

    /// Like `new`, but the size decoded is the array's `ram_size` until the
    /// backdoor writes a smaller one (or1k_arch::LD_RAM_SIZE_ADDR).
    pub fn sized_at_run_time(ram_size: u32) -> Intercon {
        Self::build(ram_size, true)
    }

    fn build(ram_size: u32, size_at_run_time: bool) -> Intercon {
        assert_eq!(
            region_mask(or1k_arch::RAM_UNCACHED_ALIAS, ram_size),
            region_mask(or1k_arch::RAM_BASE, ram_size)
        );
        let c = |v: u32| Constant::new((v as u64).into());
        Intercon {
            clock: Default::default(),
            reset: Default::default(),
            iwb: Default::default(),
            dwb: Default::default(),
            ram_i: Default::default(),
            ram_d: Default::default(),
            uart: Default::default(),
            fin: Default::default(),
            sm_i: Default::default(),
            sm_d: Default::default(),
            su: Default::default(),
            ld_we: Default::default(),
            ld_addr: Default::default(),
            ld_data: Default::default(),
            ram_bytes: Default::default(),
            ram_size: c(ram_size),
            ram_base: c(or1k_arch::RAM_BASE),
            ram_mask: c(region_mask(or1k_arch::RAM_BASE, ram_size)),
            ram_alias: c(or1k_arch::RAM_UNCACHED_ALIAS),
            uart_base: c(or1k_arch::UART_BASE),
            uart_mask: c(region_mask(or1k_arch::UART_BASE, or1k_arch::UART_SIZE)),
            fin_base: c(or1k_arch::FINISHER_BASE),
            fin_mask: c(region_mask(or1k_arch::FINISHER_BASE, or1k_arch::FINISHER_SIZE)),
            size_at_run_time: Constant::new(size_at_run_time),
            monitor: Constant::new(false),
            k_tga_monitor: Constant::new((or1k_arch::TGA_MONITOR as u64).into()),
            rom_base: c(or1k_arch::SM_ROM_BASE),
            rom_mask: c(region_mask(or1k_arch::SM_ROM_BASE, or1k_arch::SM_ROM_SIZE)),
            sram_base: c(or1k_arch::SM_SRAM_BASE),
            sram_mask: c(region_mask(or1k_arch::SM_SRAM_BASE, or1k_arch::SM_SRAM_SIZE)),
            su_base: c(or1k_arch::SU_BASE),
            su_mask: c(region_mask(or1k_arch::SU_BASE, or1k_arch::SU_SIZE)),
            i_sm: Default::default(),
            d_sm: Default::default(),
            d_su: Default::default(),
            ld_size_addr: c(or1k_arch::LD_RAM_SIZE_ADDR),
            ram_limit: Default::default(),
            ram_lim: Default::default(),
            i_err_q: Default::default(),
            d_err_q: Default::default(),
            i_ram: Default::default(),
            i_bad: Default::default(),
            d_ram: Default::default(),
            d_uart: Default::default(),
            d_fin: Default::default(),
            d_bad: Default::default(),
        }
    }
}

impl Logic for Intercon {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, i_err_q, d_err_q, ram_limit);
        // RAM size decoded: the array, or less as set through the backdoor
        // (simulation SoC only: the board has no limit compare)
        self.ram_lim.next = self.size_at_run_time.val() & self.ram_limit.q.val().any();
        self.ram_bytes.next = self.ram_size.val();
        if self.ram_lim.val() {
            self.ram_bytes.next = self.ram_limit.q.val();
        }
        if self.size_at_run_time.val()
            & self.reset.val()
            & self.ld_we.val()
            & (self.ld_addr.val() == self.ld_size_addr.val())
        {
            self.ram_limit.d.next = self.ld_data.val();
        }
        // Instruction bus: RAM reads only.
        self.i_ram.next = ((self.iwb.adr.val() & self.ram_mask.val()) == self.ram_base.val())
            | ((self.iwb.adr.val() & self.ram_mask.val()) == self.ram_alias.val());
        if self.ram_lim.val() & ((self.iwb.adr.val() & !self.ram_mask.val()) >= self.ram_limit.q.val()) {
            self.i_ram.next = false;
        }
        self.ram_i.adr.next = self.iwb.adr.val();
        self.ram_i.dat_w.next = self.iwb.dat_w.val();
        self.ram_i.sel.next = self.iwb.sel.val();
        self.ram_i.we.next = self.iwb.we.val();
        self.ram_i.cyc.next = self.iwb.cyc.val();
        self.ram_i.cti.next = self.iwb.cti.val();
        self.ram_i.bte.next = self.iwb.bte.val();
        self.ram_i.tga.next = self.iwb.tga.val();
        self.i_sm.next = self.monitor.val()
            & (self.iwb.tga.val() & self.k_tga_monitor.val()).any()
            & ((self.iwb.adr.val() & self.rom_mask.val()) == self.rom_base.val());
        self.sm_i.adr.next = self.iwb.adr.val();
        self.sm_i.dat_w.next = self.iwb.dat_w.val();
        self.sm_i.sel.next = self.iwb.sel.val();
        self.sm_i.we.next = self.iwb.we.val();
        self.sm_i.cyc.next = self.iwb.cyc.val();
        self.sm_i.cti.next = self.iwb.cti.val();
        self.sm_i.bte.next = self.iwb.bte.val();
        self.sm_i.tga.next = self.iwb.tga.val();
        self.sm_i.stb.next = self.iwb.stb.val() & self.i_sm.val() & (!self.iwb.we.val());
        self.ram_i.stb.next = self.iwb.stb.val() & self.i_ram.val() & (!self.iwb.we.val());
        self.i_bad.next = self.iwb.cyc.val()
            & self.iwb.stb.val()
            & ((!(self.i_ram.val() | self.i_sm.val())) | self.iwb.we.val());
        self.iwb.err.next = (self.i_err_q.q.val() & self.i_bad.val()) | self.ram_i.err.val() | self.sm_i.err.val();
        self.i_err_q.d.next = self.i_bad.val() & (!self.i_err_q.q.val());
        self.iwb.ack.next = self.ram_i.ack.val() | self.sm_i.ack.val();
        self.iwb.dat_r.next = self.ram_i.dat_r.val();
        if self.i_sm.val() {
            self.iwb.dat_r.next = self.sm_i.dat_r.val();
        }

        // Data bus.
        self.d_ram.next = ((self.dwb.adr.val() & self.ram_mask.val()) == self.ram_base.val())
            | ((self.dwb.adr.val() & self.ram_mask.val()) == self.ram_alias.val());
        if self.ram_lim.val() & ((self.dwb.adr.val() & !self.ram_mask.val()) >= self.ram_limit.q.val()) {
            self.d_ram.next = false;
        }
        self.d_uart.next = (self.dwb.adr.val() & self.uart_mask.val()) == self.uart_base.val();
        self.d_fin.next = (self.dwb.adr.val() & self.fin_mask.val()) == self.fin_base.val();
        self.d_sm.next = self.monitor.val()
            & (self.dwb.tga.val() & self.k_tga_monitor.val()).any()
            & (((self.dwb.adr.val() & self.rom_mask.val()) == self.rom_base.val())
                | ((self.dwb.adr.val() & self.sram_mask.val()) == self.sram_base.val()));
        self.d_su.next = self.monitor.val()
            & (self.dwb.tga.val() & self.k_tga_monitor.val()).any()
            & ((self.dwb.adr.val() & self.su_mask.val()) == self.su_base.val());
        self.sm_d.adr.next = self.dwb.adr.val();
        self.sm_d.dat_w.next = self.dwb.dat_w.val();
        self.sm_d.sel.next = self.dwb.sel.val();
        self.sm_d.we.next = self.dwb.we.val();
        self.sm_d.cyc.next = self.dwb.cyc.val();
        self.sm_d.cti.next = self.dwb.cti.val();
        self.sm_d.bte.next = self.dwb.bte.val();
        self.sm_d.tga.next = self.dwb.tga.val();
        self.sm_d.stb.next = self.dwb.stb.val() & self.d_sm.val();
        self.su.adr.next = self.dwb.adr.val();
        self.su.dat_w.next = self.dwb.dat_w.val();
        self.su.sel.next = self.dwb.sel.val();
        self.su.we.next = self.dwb.we.val();
        self.su.cyc.next = self.dwb.cyc.val();
        self.su.cti.next = self.dwb.cti.val();
        self.su.bte.next = self.dwb.bte.val();
        self.su.tga.next = self.dwb.tga.val();
        self.su.stb.next = self.dwb.stb.val() & self.d_su.val();
        self.ram_d.adr.next = self.dwb.adr.val();
        self.ram_d.dat_w.next = self.dwb.dat_w.val();
        self.ram_d.sel.next = self.dwb.sel.val();
        self.ram_d.we.next = self.dwb.we.val();
        // `cyc` qualifies the RAM data port's `ack` (its master holds each
        // request): not the decode, except for the simulation's run-time
        // RAM limit, whose beats beyond the limit must not be acknowledged
        self.ram_d.cyc.next = self.dwb.cyc.val();
        if self.ram_lim.val() & ((self.dwb.adr.val() & !self.ram_mask.val()) >= self.ram_limit.q.val()) {
            self.ram_d.cyc.next = false;
        }
        self.ram_d.cti.next = self.dwb.cti.val();
        self.ram_d.bte.next = self.dwb.bte.val();
        self.ram_d.tga.next = self.dwb.tga.val();
        self.uart.adr.next = self.dwb.adr.val();
        self.uart.dat_w.next = self.dwb.dat_w.val();
        self.uart.sel.next = self.dwb.sel.val();
        self.uart.we.next = self.dwb.we.val();
        self.uart.cyc.next = self.dwb.cyc.val();
        self.uart.cti.next = self.dwb.cti.val();
        self.uart.bte.next = self.dwb.bte.val();
        self.uart.tga.next = self.dwb.tga.val();
        self.fin.adr.next = self.dwb.adr.val();
        self.fin.dat_w.next = self.dwb.dat_w.val();
        self.fin.sel.next = self.dwb.sel.val();
        self.fin.we.next = self.dwb.we.val();
        self.fin.cyc.next = self.dwb.cyc.val();
        self.fin.cti.next = self.dwb.cti.val();
        self.fin.bte.next = self.dwb.bte.val();
        self.fin.tga.next = self.dwb.tga.val();
        self.ram_d.stb.next = self.dwb.stb.val() & self.d_ram.val();
        self.uart.stb.next = self.dwb.stb.val() & self.d_uart.val();
        self.fin.stb.next = self.dwb.stb.val() & self.d_fin.val();
        self.d_bad.next = self.dwb.cyc.val()
            & self.dwb.stb.val()
            & (!(self.d_ram.val() | self.d_uart.val() | self.d_fin.val() | self.d_sm.val() | self.d_su.val()));
        // the data master holds an unanswered request: `cyc` qualifies
        // the registered error, keeping the decode off the response path
        self.dwb.err.next = (self.d_err_q.q.val() & self.dwb.cyc.val())
            | self.ram_d.err.val()
            | self.uart.err.val()
            | self.fin.err.val()
            | self.sm_d.err.val()
            | self.su.err.val();
        self.d_err_q.d.next = self.d_bad.val() & (!self.d_err_q.q.val());
        self.dwb.ack.next =
            self.ram_d.ack.val() | self.uart.ack.val() | self.fin.ack.val() | self.sm_d.ack.val() | self.su.ack.val();
        self.dwb.dat_r.next = self.fin.dat_r.val();
        if self.d_ram.val() {
            self.dwb.dat_r.next = self.ram_d.dat_r.val();
        } else if self.d_uart.val() {
            self.dwb.dat_r.next = self.uart.dat_r.val();
        } else if self.d_sm.val() {
            self.dwb.dat_r.next = self.sm_d.dat_r.val();
        } else if self.d_su.val() {
            self.dwb.dat_r.next = self.su.dat_r.val();
        }

        if self.reset.val() {
            self.i_err_q.d.next = false;
            self.d_err_q.d.next = false;
            self.iwb.err.next = false;
            self.dwb.err.next = false;
        }
    }
}

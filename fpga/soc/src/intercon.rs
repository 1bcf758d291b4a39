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
use rust_hdl::prelude::*;

/// The SoC's bus decoder (RAM range from `SocConfig`, alias and device
/// ranges from or1k-arch). `*_stb` outputs go to the slaves; slave `adr/we/sel/dat/cti`
/// are wired straight from the masters by the SoC top.
#[derive(LogicBlock)]
pub struct Intercon {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,

    // Instruction master.
    pub iwb_adr: Signal<In, Bits<32>>,
    pub iwb_we: Signal<In, Bit>,
    pub iwb_cyc: Signal<In, Bit>,
    pub iwb_stb: Signal<In, Bit>,
    pub iwb_dat_i: Signal<Out, Bits<32>>,
    pub iwb_ack: Signal<Out, Bit>,
    pub iwb_err: Signal<Out, Bit>,
    // Data master.
    pub dwb_adr: Signal<In, Bits<32>>,
    pub dwb_cyc: Signal<In, Bit>,
    pub dwb_stb: Signal<In, Bit>,
    pub dwb_dat_i: Signal<Out, Bits<32>>,
    pub dwb_ack: Signal<Out, Bit>,
    pub dwb_err: Signal<Out, Bit>,

    // RAM instruction port.
    pub ram_i_stb: Signal<Out, Bit>,
    pub ram_i_dat: Signal<In, Bits<32>>,
    pub ram_i_ack: Signal<In, Bit>,
    // RAM data port.
    pub ram_d_stb: Signal<Out, Bit>,
    pub ram_d_dat: Signal<In, Bits<32>>,
    pub ram_d_ack: Signal<In, Bit>,
    // UART.
    pub uart_stb: Signal<Out, Bit>,
    pub uart_dat: Signal<In, Bits<32>>,
    pub uart_ack: Signal<In, Bit>,
    // Finisher.
    pub fin_stb: Signal<Out, Bit>,
    pub fin_dat: Signal<In, Bits<32>>,
    pub fin_ack: Signal<In, Bit>,
    /// The SoC's backdoor loader: with a run-time RAM size, a word written
    /// to LD_RAM_SIZE_ADDR while `reset` is high sets the size decoded.
    pub ld_we: Signal<In, Bit>,
    pub ld_addr: Signal<In, Bits<32>>,
    pub ld_data: Signal<In, Bits<32>>,

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
            iwb_adr: Default::default(),
            iwb_we: Default::default(),
            iwb_cyc: Default::default(),
            iwb_stb: Default::default(),
            iwb_dat_i: Default::default(),
            iwb_ack: Default::default(),
            iwb_err: Default::default(),
            dwb_adr: Default::default(),
            dwb_cyc: Default::default(),
            dwb_stb: Default::default(),
            dwb_dat_i: Default::default(),
            dwb_ack: Default::default(),
            dwb_err: Default::default(),
            ram_i_stb: Default::default(),
            ram_i_dat: Default::default(),
            ram_i_ack: Default::default(),
            ram_d_stb: Default::default(),
            ram_d_dat: Default::default(),
            ram_d_ack: Default::default(),
            uart_stb: Default::default(),
            uart_dat: Default::default(),
            uart_ack: Default::default(),
            fin_stb: Default::default(),
            fin_dat: Default::default(),
            fin_ack: Default::default(),
            ld_we: Default::default(),
            ld_addr: Default::default(),
            ld_data: Default::default(),
            ram_base: c(or1k_arch::RAM_BASE),
            ram_mask: c(region_mask(or1k_arch::RAM_BASE, ram_size)),
            ram_alias: c(or1k_arch::RAM_UNCACHED_ALIAS),
            uart_base: c(or1k_arch::UART_BASE),
            uart_mask: c(region_mask(or1k_arch::UART_BASE, or1k_arch::UART_SIZE)),
            fin_base: c(or1k_arch::FINISHER_BASE),
            fin_mask: c(region_mask(or1k_arch::FINISHER_BASE, or1k_arch::FINISHER_SIZE)),
            size_at_run_time: Constant::new(size_at_run_time),
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
        if self.size_at_run_time.val()
            & self.reset.val()
            & self.ld_we.val()
            & (self.ld_addr.val() == self.ld_size_addr.val())
        {
            self.ram_limit.d.next = self.ld_data.val();
        }
        // Instruction bus: RAM reads only.
        self.i_ram.next = ((self.iwb_adr.val() & self.ram_mask.val()) == self.ram_base.val())
            | ((self.iwb_adr.val() & self.ram_mask.val()) == self.ram_alias.val());
        if self.ram_lim.val() & ((self.iwb_adr.val() & !self.ram_mask.val()) >= self.ram_limit.q.val()) {
            self.i_ram.next = false;
        }
        self.ram_i_stb.next = self.iwb_stb.val() & self.i_ram.val() & (!self.iwb_we.val());
        self.i_bad.next = self.iwb_cyc.val()
            & self.iwb_stb.val()
            & ((!self.i_ram.val()) | self.iwb_we.val());
        self.iwb_err.next = self.i_err_q.q.val() & self.i_bad.val();
        self.i_err_q.d.next = self.i_bad.val() & (!self.i_err_q.q.val());
        self.iwb_ack.next = self.ram_i_ack.val();
        self.iwb_dat_i.next = self.ram_i_dat.val();

        // Data bus.
        self.d_ram.next = ((self.dwb_adr.val() & self.ram_mask.val()) == self.ram_base.val())
            | ((self.dwb_adr.val() & self.ram_mask.val()) == self.ram_alias.val());
        if self.ram_lim.val() & ((self.dwb_adr.val() & !self.ram_mask.val()) >= self.ram_limit.q.val()) {
            self.d_ram.next = false;
        }
        self.d_uart.next = (self.dwb_adr.val() & self.uart_mask.val()) == self.uart_base.val();
        self.d_fin.next = (self.dwb_adr.val() & self.fin_mask.val()) == self.fin_base.val();
        self.ram_d_stb.next = self.dwb_stb.val() & self.d_ram.val();
        self.uart_stb.next = self.dwb_stb.val() & self.d_uart.val();
        self.fin_stb.next = self.dwb_stb.val() & self.d_fin.val();
        self.d_bad.next = self.dwb_cyc.val()
            & self.dwb_stb.val()
            & (!(self.d_ram.val() | self.d_uart.val() | self.d_fin.val()));
        self.dwb_err.next = self.d_err_q.q.val() & self.d_bad.val();
        self.d_err_q.d.next = self.d_bad.val() & (!self.d_err_q.q.val());
        self.dwb_ack.next = self.ram_d_ack.val() | self.uart_ack.val() | self.fin_ack.val();
        self.dwb_dat_i.next = self.fin_dat.val();
        if self.d_ram.val() {
            self.dwb_dat_i.next = self.ram_d_dat.val();
        } else if self.d_uart.val() {
            self.dwb_dat_i.next = self.uart_dat.val();
        }

        if self.reset.val() {
            self.i_err_q.d.next = false;
            self.d_err_q.d.next = false;
            self.iwb_err.next = false;
            self.dwb_err.next = false;
        }
    }
}

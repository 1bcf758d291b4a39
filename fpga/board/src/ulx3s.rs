//! `Ulx3s`: the VMSP SoC on the ULX3S board (LFE5U-85F-6BG381C).
//!
//! Port names are the ones of the board's published `ulx3s_v20.lpf` (see
//! constraints/ulx3s.lpf), except the reset button, which that file calls
//! `btn[0]` (pin D6, BTN_PWRn).
use crate::pll::{Pll, PllParams};
use crate::reset_sync::ResetSync;
use crate::status_leds::StatusLeds;
use rust_hdl::prelude::*;
use secure_unit::identity::DeviceIdentity;
use secure_unit::trng::{EntropySource, RingOscEntropy, SimNoiseSource};
use vmsp_soc::{Soc, SocConfig};

/// The board oscillator on G2.
pub const ULX3S_CLK_MHZ: f64 = 25.0;

/// What one board build contains.
#[derive(Clone, Debug)]
pub struct BoardConfig {
    /// Requested system clock (MHz); the PLL gets as close as it can
    /// ([`PllParams::solve`]), and that frequency is what is timed.
    pub sys_mhz: f64,
    /// Block-RAM main memory in bytes (a power of two). 128 KiB = 64 of
    /// the 85F's 208 DP16KD; 1 MiB (the simulator's) does not fit.
    pub ram_size: u32,
    /// Firmware image from RAM_BASE (see `or1k_image::boot_ram`).
    pub ram_init: Vec<u32>,
    /// The monitor world (docs/VIRT.md) with this security-monitor ROM
    /// (`or1k_image::monitor_rom_words`): reset enters the monitor, which
    /// enters the firmware at 0x100. None: a plain SoC that starts at 0x100.
    pub monitor_rom: Option<Vec<u32>>,
    /// The device identity baked into the secure unit (with the monitor).
    pub identity: DeviceIdentity,
    /// Reset cycles after the button is released and the PLL locked.
    pub reset_stretch: u32,
}

impl Default for BoardConfig {
    fn default() -> Self {
        BoardConfig {
            sys_mhz: 40.0,
            ram_size: 128 << 10,
            ram_init: Vec::new(),
            monitor_rom: None,
            identity: DeviceIdentity::test(),
            reset_stretch: 65535,
        }
    }
}

/// The UART's divisor-latch reset value for a system clock of `fout_mhz`,
/// and the line rate it gives: the smallest divisor `d` whose rate
/// `fout / 16 / d` the board's FT231X makes within 0.5 %. The FT231X makes
/// 3 MHz / n for n = 1, 1.5, or a multiple of 1/8 from 2 up.
/// 32 MHz: d = 1, 2 Mbaud; 40 MHz: d = 5, 500 kbaud (2.5 and 1.25 Mbaud
/// are not FT231X rates).
pub fn uart_divisor(fout_mhz: f64) -> Result<(u16, f64), String> {
    let ft231x_error = |baud: f64| {
        let n = 3e6 / baud;
        let made = if n < 1.25 {
            1.0
        } else if n < 1.75 {
            1.5
        } else {
            ((n * 8.0).round() / 8.0).max(2.0)
        };
        ((3e6 / made) - baud).abs() / baud
    };
    (1..=u16::MAX)
        .map(|d| (d, fout_mhz * 1e6 / 16.0 / d as f64))
        .find(|&(_, baud)| ft231x_error(baud) <= 0.005)
        .ok_or_else(|| format!("no UART divisor gives an FT231X rate at {fout_mhz} MHz"))
}

/// The ULX3S top (Verilog module `top`). `S` is the secure unit's entropy
/// source: `RingOscEntropy` in the bitstream, `SimNoiseSource` when the
/// board top runs under Verilator (which cannot run the rings).
#[derive(LogicBlock)]
pub struct Ulx3s<S: EntropySource> {
    /// 25 MHz oscillator (G2).
    pub clk_25mhz: Signal<In, Clock>,
    /// BTN_PWRn (D6), active low: resets the SoC.
    pub btn_pwr_n: Signal<In, Bit>,
    /// To the FT231X's RXD (L4): the UART's 8N1 output.
    pub ftdi_rxd: Signal<Out, Bit>,
    /// From the FT231X's TXD (M1): the SoC's UART has no receiver yet, so
    /// this only keeps the pin an input with its pull-up.
    pub ftdi_txd: Signal<In, Bit>,
    /// LEDs D0..D7, see [`StatusLeds`].
    pub led: Signal<Out, Bits<8>>,
    pll: Pll,
    rst: ResetSync,
    soc: Soc<S>,
    status: StatusLeds,
}

impl<S: EntropySource> Ulx3s<S> {
    pub fn new(cfg: &BoardConfig, source: S) -> Result<Ulx3s<S>, String> {
        let pll = PllParams::solve(ULX3S_CLK_MHZ, cfg.sys_mhz)?;
        let soc_cfg = SocConfig {
            ram_size: cfg.ram_size,
            ram_size_at_run_time: false,
            ram_init: cfg.ram_init.clone(),
            uart_line_paced: true,
            ram_registered: true,
            uart_divisor: uart_divisor(pll.fout_mhz)?.0,
            monitor: cfg.monitor_rom.is_some(),
            monitor_rom: cfg.monitor_rom.clone().unwrap_or_default(),
            identity: cfg.identity.clone(),
        };
        let half = (pll.fout_mhz * 1e6 / 2.0).round() as u32;
        Ok(Ulx3s {
            clk_25mhz: Default::default(),
            btn_pwr_n: Default::default(),
            ftdi_rxd: Default::default(),
            ftdi_txd: Default::default(),
            led: Default::default(),
            pll: Pll::new(pll),
            rst: ResetSync::new(cfg.reset_stretch)?,
            soc: Soc::new(&soc_cfg, source)?,
            status: StatusLeds::new(half)?,
        })
    }

    /// The PLL settings this board was built with.
    pub fn pll_params(&self) -> PllParams {
        self.pll.params()
    }
}

impl<S: EntropySource> Logic for Ulx3s<S> {
    #[hdl_gen]
    fn update(&mut self) {
        self.pll.clkin.next = self.clk_25mhz.val();
        self.rst.clock.next = self.pll.clkout.val();
        self.soc.clock.next = self.pll.clkout.val();
        self.status.clock.next = self.pll.clkout.val();

        self.rst.btn_n.next = self.btn_pwr_n.val();
        self.rst.locked.next = self.pll.locked.val();
        self.soc.reset.next = self.rst.reset.val();
        self.status.reset.next = self.rst.reset.val();

        // No loader on the board: the image is in the RAM's initial value.
        self.soc.mem_latency.next = 0.into();
        self.soc.ld_we.next = false;
        self.soc.ld_addr.next = 0.into();
        self.soc.ld_data.next = 0.into();

        self.ftdi_rxd.next = self.soc.uart_txd.val();
        self.status.finish_valid.next = self.soc.finish_valid.val();
        self.status.finish_data.next = self.soc.finish_data.val();
        self.led.next = self.status.led.val();
    }
}

/// The board's Verilog (top module `top`) for the bitstream, and the PLL
/// settings it uses. The monitor world gets the ring oscillators; a plain
/// SoC holds its secure unit in reset, and synthesis removes the unit with
/// the simulation source (the rings would stay: they are kept on purpose).
pub fn board_verilog(cfg: &BoardConfig) -> Result<(String, PllParams), String> {
    if cfg.monitor_rom.is_some() {
        board_verilog_with(cfg, RingOscEntropy::default())
    } else {
        board_verilog_with(cfg, SimNoiseSource::default())
    }
}

/// The board's Verilog around the entropy source `source`.
pub fn board_verilog_with<S: EntropySource + Send>(cfg: &BoardConfig, source: S) -> Result<(String, PllParams), String> {
    vmsp_soc::with_generator_stack(|| {
        let mut top = Ulx3s::new(cfg, source)?;
        top.connect_all();
        let pll = top.pll_params();
        Ok((generate_verilog(&top), pll))
    })
}

//! `Pll`: the ECP5 EHXPLLL primitive as a custom-Verilog leaf, turning the
//! board oscillator into the system clock.
//!
//! yosys knows EHXPLLL as a black-box cell of `synth_ecp5`; nextpnr derives
//! the output clock's timing constraint from the input's FREQUENCY and the
//! dividers. For Verilator, `rtl/cells/ehxplll_sim.v` is a behavioural
//! stand-in (output = input, locked after a few cycles).
use rust_hdl::prelude::*;

/// EHXPLLL divider settings in `ecppll --highres` form: CLKOP is only the
/// feedback (f_in · `clkfb_div` / `clki_div`), the VCO runs at CLKOP ·
/// `clkop_div`, and the system clock is CLKOS = VCO / `clkos_div`. The
/// second divider makes many more frequencies exact than CLKOP alone
/// (24 or 32 MHz from 25 MHz, for a UART at 1.5 or 2 Mbaud = clk/16).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PllParams {
    pub clki_div: u32,
    pub clkfb_div: u32,
    pub clkop_div: u32,
    pub clkos_div: u32,
    /// The frequencies the dividers really give (MHz).
    pub fin_mhz: f64,
    pub fout_mhz: f64,
    pub fvco_mhz: f64,
}

/// ECP5 EHXPLLL limits (Lattice TN1263; the same ones prjtrellis's `ecppll`
/// searches within).
const PFD_MIN: f64 = 3.125;
const PFD_MAX: f64 = 400.0;
const VCO_MIN: f64 = 400.0;
const VCO_MAX: f64 = 800.0;
/// Output clock range (ecppll's OUTPUT_MIN/MAX), applied to the feedback
/// output CLKOP and to the requested frequency.
const OUT_MIN: f64 = 10.0;
const OUT_MAX: f64 = 400.0;

impl PllParams {
    /// The dividers whose CLKOS is closest to `fout_mhz`, ties broken by
    /// the VCO closest to 600 MHz — the search `ecppll --highres` does, so
    /// the two agree (checked in the tests against `ecppll`'s output).
    pub fn solve(fin_mhz: f64, fout_mhz: f64) -> Result<PllParams, String> {
        if !(fin_mhz > 0.0 && fout_mhz > 0.0) {
            return Err(format!("PLL frequencies must be positive (in {fin_mhz} MHz, out {fout_mhz} MHz)"));
        }
        if !(OUT_MIN..=OUT_MAX).contains(&fout_mhz) {
            return Err(format!("PLL output {fout_mhz} MHz outside the EHXPLLL's {OUT_MIN}..{OUT_MAX} MHz"));
        }
        let mut best: Option<(f64, PllParams)> = None;
        for clki_div in 1..=128u32 {
            let pfd = fin_mhz / clki_div as f64;
            if !(PFD_MIN..=PFD_MAX).contains(&pfd) {
                continue;
            }
            for clkfb_div in 1..=80u32 {
                let fop = pfd * clkfb_div as f64;
                if !(OUT_MIN..=OUT_MAX).contains(&fop) {
                    continue;
                }
                for clkop_div in 1..=128u32 {
                    let fvco = fop * clkop_div as f64;
                    if !(VCO_MIN..=VCO_MAX).contains(&fvco) {
                        continue;
                    }
                    let clkos_div = (fvco / fout_mhz).round() as u32;
                    if !(1..=128).contains(&clkos_div) {
                        continue;
                    }
                    let fout = fvco / clkos_div as f64;
                    let err = (fout - fout_mhz).abs();
                    let better = match &best {
                        None => true,
                        Some((e, p)) => {
                            err < *e || (err == *e && (fvco - 600.0).abs() < (p.fvco_mhz - 600.0).abs())
                        }
                    };
                    if better {
                        let p = PllParams {
                            clki_div,
                            clkfb_div,
                            clkop_div,
                            clkos_div,
                            fin_mhz,
                            fout_mhz: fout,
                            fvco_mhz: fvco,
                        };
                        best = Some((err, p));
                    }
                }
            }
        }
        best.map(|(_, p)| p)
            .ok_or_else(|| format!("no EHXPLLL setting makes {fout_mhz} MHz from {fin_mhz} MHz"))
    }

    /// Coarse phases `ecppll --highres` emits for a 0° CLKOS: 9 on the
    /// feedback output CLKOP and 0 on CLKOS, whatever the dividers.
    pub const CLKOP_CPHASE: u32 = 9;
    pub const CLKOS_CPHASE: u32 = 0;
}

/// One EHXPLLL: `clkin` (board oscillator) → `clkout`; `locked` is the
/// PLL's LOCK output (asynchronous to both clocks: synchronise it).
#[derive(LogicBlock)]
pub struct Pll {
    pub clkin: Signal<In, Clock>,
    pub clkout: Signal<Out, Clock>,
    pub locked: Signal<Out, Bit>,
    _params: PllParams,
}

impl Pll {
    pub fn new(params: PllParams) -> Pll {
        Pll { clkin: Default::default(), clkout: Default::default(), locked: Default::default(), _params: params }
    }

    pub fn params(&self) -> PllParams {
        self._params
    }
}

impl Logic for Pll {
    /// Rust model: a pass-through that is always locked (frequency is not
    /// modelled; the board is simulated in Verilator, not here).
    fn update(&mut self) {
        self.clkout.next = self.clkin.val();
        self.locked.next = true;
    }

    fn connect(&mut self) {
        self.clkout.connect();
        self.locked.connect();
    }

    fn hdl(&self) -> Verilog {
        let p = &self._params;
        Verilog::Custom(format!(
            "\
wire clkfb;
wire clkos;
wire lock;
(* FREQUENCY_PIN_CLKI=\"{fin}\" *)
(* FREQUENCY_PIN_CLKOS=\"{fout:.4}\" *)
(* ICP_CURRENT=\"12\" *) (* LPF_RESISTOR=\"8\" *) (* MFG_ENABLE_FILTEROPAMP=\"1\" *) (* MFG_GMCREF_SEL=\"2\" *)
EHXPLLL #(
    .PLLRST_ENA(\"DISABLED\"),
    .INTFB_WAKE(\"DISABLED\"),
    .STDBY_ENABLE(\"DISABLED\"),
    .DPHASE_SOURCE(\"DISABLED\"),
    .OUTDIVIDER_MUXA(\"DIVA\"),
    .OUTDIVIDER_MUXB(\"DIVB\"),
    .OUTDIVIDER_MUXC(\"DIVC\"),
    .OUTDIVIDER_MUXD(\"DIVD\"),
    .CLKI_DIV({clki}),
    .CLKOP_ENABLE(\"ENABLED\"),
    .CLKOP_DIV({op}),
    .CLKOP_CPHASE({op_cphase}),
    .CLKOP_FPHASE(0),
    .CLKOS_ENABLE(\"ENABLED\"),
    .CLKOS_DIV({os}),
    .CLKOS_CPHASE({os_cphase}),
    .CLKOS_FPHASE(0),
    .FEEDBK_PATH(\"CLKOP\"),
    .CLKFB_DIV({fb})
) pll_i (
    .RST(1'b0),
    .STDBY(1'b0),
    .CLKI(clkin),
    .CLKOP(clkfb),
    .CLKOS(clkos),
    .CLKFB(clkfb),
    .CLKINTFB(),
    .PHASESEL0(1'b0),
    .PHASESEL1(1'b0),
    .PHASEDIR(1'b1),
    .PHASESTEP(1'b1),
    .PHASELOADREG(1'b1),
    .PLLWAKESYNC(1'b0),
    .ENCLKOP(1'b0),
    .LOCK(lock)
);
always @(*) begin
    clkout = clkos;
    locked = lock;
end
",
            fin = p.fin_mhz,
            fout = p.fout_mhz,
            clki = p.clki_div,
            op = p.clkop_div,
            op_cphase = PllParams::CLKOP_CPHASE,
            os = p.clkos_div,
            os_cphase = PllParams::CLKOS_CPHASE,
            fb = p.clkfb_div,
        ))
    }
}

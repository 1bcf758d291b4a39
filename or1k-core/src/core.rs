//! The core's top: pipeline, two Wishbone B3 masters, PIC inputs and the
//! retirement trace port.
use rust_hdl::prelude::*;

/// The OR1K core (PORT LIST FROZEN: the SoC and the simulator depend on it).
///
/// Wishbone B3 masters `iwb_*` (instruction fetch, read-only) and `dwb_*`
/// (loads/stores). A master holds `adr/we/sel/dat_o/cti` with `cyc & stb`
/// until `ack` or `err`. `cti` = 0b000 classic, 0b010 incrementing burst
/// (the next beat is `adr + 4`), 0b111 end of burst; `bte` is always 0
/// (linear). A master may abandon a burst (drop `stb`, or present a
/// non-sequential address) and slaves must tolerate it.
///
/// The `rt_*` port reports, for simulation, every instruction that leaves
/// the pipeline: `rt_valid` for one cycle per retired instruction, per
/// instruction that raised an exception (`rt_exc_valid`, `rt_exc_vec`), and
/// per interrupt taken (`rt_intr`, with `rt_pc` = the interrupted PC and no
/// instruction). Fields mirror `vmsp_iss::Retired`.
#[derive(LogicBlock, Default)]
pub struct Core {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high. Execution starts at VEC_RESET (0x100).
    pub reset: Signal<In, Bit>,

    pub iwb_adr: Signal<Out, Bits<32>>,
    pub iwb_dat_i: Signal<In, Bits<32>>,
    pub iwb_dat_o: Signal<Out, Bits<32>>,
    pub iwb_sel: Signal<Out, Bits<4>>,
    pub iwb_we: Signal<Out, Bit>,
    pub iwb_cyc: Signal<Out, Bit>,
    pub iwb_stb: Signal<Out, Bit>,
    pub iwb_cti: Signal<Out, Bits<3>>,
    pub iwb_bte: Signal<Out, Bits<2>>,
    pub iwb_ack: Signal<In, Bit>,
    pub iwb_err: Signal<In, Bit>,

    pub dwb_adr: Signal<Out, Bits<32>>,
    pub dwb_dat_i: Signal<In, Bits<32>>,
    pub dwb_dat_o: Signal<Out, Bits<32>>,
    pub dwb_sel: Signal<Out, Bits<4>>,
    pub dwb_we: Signal<Out, Bit>,
    pub dwb_cyc: Signal<Out, Bit>,
    pub dwb_stb: Signal<Out, Bit>,
    pub dwb_cti: Signal<Out, Bits<3>>,
    pub dwb_bte: Signal<Out, Bits<2>>,
    pub dwb_ack: Signal<In, Bit>,
    pub dwb_err: Signal<In, Bit>,

    /// PIC interrupt lines (level sensitive, active high); line 2 is the UART.
    pub irq: Signal<In, Bits<32>>,

    pub rt_valid: Signal<Out, Bit>,
    pub rt_pc: Signal<Out, Bits<32>>,
    /// Instruction word (0 for an interrupt or an instruction-fetch fault).
    pub rt_insn: Signal<Out, Bits<32>>,
    /// GPR write (never r0) and its value.
    pub rt_rd_we: Signal<Out, Bit>,
    pub rt_rd: Signal<Out, Bits<5>>,
    pub rt_rd_val: Signal<Out, Bits<32>>,
    /// SR after the instruction (after exception entry when one was taken).
    pub rt_sr: Signal<Out, Bits<32>>,
    /// Store performed: physical address, size in bytes (1, 2, 4), value
    /// (right-aligned, e.g. a byte store reports 0..=255).
    pub rt_mw_valid: Signal<Out, Bit>,
    pub rt_mw_addr: Signal<Out, Bits<32>>,
    pub rt_mw_size: Signal<Out, Bits<3>>,
    pub rt_mw_data: Signal<Out, Bits<32>>,
    /// Exception taken by this instruction, vector address (0x100..0xe00).
    pub rt_exc_valid: Signal<Out, Bit>,
    pub rt_exc_vec: Signal<Out, Bits<32>>,
    /// An interrupt (tick 0x500 / external 0x800 in `rt_exc_vec`) was taken.
    pub rt_intr: Signal<Out, Bit>,
    /// r3 as read by this instruction: the argument of the `l.nop`
    /// simulator hooks (exit code, report value, character).
    pub rt_r3: Signal<Out, Bits<32>>,
}

impl Logic for Core {
    #[hdl_gen]
    fn update(&mut self) {
        // Placeholder until the pipeline lands: idle buses, no retirements.
        self.iwb_adr.next = 0.into();
        self.iwb_dat_o.next = 0.into();
        self.iwb_sel.next = 0.into();
        self.iwb_we.next = false;
        self.iwb_cyc.next = false;
        self.iwb_stb.next = false;
        self.iwb_cti.next = 0.into();
        self.iwb_bte.next = 0.into();
        self.dwb_adr.next = 0.into();
        self.dwb_dat_o.next = 0.into();
        self.dwb_sel.next = 0.into();
        self.dwb_we.next = false;
        self.dwb_cyc.next = false;
        self.dwb_stb.next = false;
        self.dwb_cti.next = 0.into();
        self.dwb_bte.next = 0.into();
        self.rt_valid.next = false;
        self.rt_pc.next = 0.into();
        self.rt_insn.next = 0.into();
        self.rt_rd_we.next = false;
        self.rt_rd.next = 0.into();
        self.rt_rd_val.next = 0.into();
        self.rt_sr.next = 0.into();
        self.rt_mw_valid.next = false;
        self.rt_mw_addr.next = 0.into();
        self.rt_mw_size.next = 0.into();
        self.rt_mw_data.next = 0.into();
        self.rt_exc_valid.next = false;
        self.rt_exc_vec.next = 0.into();
        self.rt_intr.next = false;
        self.rt_r3.next = 0.into();
    }
}

//! `Uart`: the 16550-compatible UART subset of the ISS (sim/iss/src/uart.rs
//! is the reference model): RBR/THR, IER, IIR, FCR, LCR (DLAB), MCR, LSR,
//! MSR, SCR, DLL/DLM and the THR-empty interrupt exactly as the ISS raises
//! and clears it, because RTL and ISS run in lock-step and every register
//! read must agree.
//!
//! Bus view: byte registers at byte offsets 0..7 from UART_BASE. Any access
//! width reaches the register at the access's first byte and returns it
//! zero-extended, like the ISS (QEMU's serial_mm, regshift 0). On the
//! big-endian Wishbone bus the first byte is the most significant selected
//! lane and the value sits in the least significant selected lane, so the
//! register offset is `(adr & 4) | first_lane(sel)` — correct whether the
//! master puts the byte offset in `adr[1:0]` or only in `sel`.
//!
//! Transmit: with `line_paced` off (simulation) the transmitter is instant
//! as in the ISS: each THR write strobes `tx_valid`/`tx_data`, LSR always
//! shows THRE|TEMT and the THR-empty interrupt is pending again at once.
//! The same byte also goes to the 8N1 serializer [`UartTx`] on `txd`; bytes
//! written faster than the line rate are dropped there (not on `tx_valid`).
//! With `line_paced` on (board) THRE/TEMT and the interrupt follow the
//! serializer, so software that polls LSR never loses a byte.
//!
//! Receive: not implemented (no `rxd`); RBR reads 0 and DR/RDI stay clear,
//! which is what the ISS shows when nothing is injected.
use or1k_core::ports::WishboneSlave;
use rust_hdl::prelude::*;

mod tx;

pub use tx::UartTx;

/// Register offsets, values and bits from or1k-arch, as rust-hdl constants
/// (a kernel cannot name a Rust `const`).
fn c8(v: u32) -> Constant<Bits<8>> {
    Constant::new((v as u64).into())
}
fn c3(v: u32) -> Constant<Bits<3>> {
    Constant::new((v as u64).into())
}

/// The UART as a Wishbone slave: every access is acknowledged one cycle
/// after it is presented; read side effects (IIR acknowledging THRE) and
/// writes take effect at the end of the `ack` cycle. It never answers
/// `err` and ignores `cti`, `bte` and `tga`. It sits on the data bus,
/// whose master holds a request until `ack`: the `ack` cycle is qualified
/// by `cyc` alone, so the interconnect's decode (`stb`) is not on the
/// ack path.
#[derive(LogicBlock)]
pub struct Uart {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub wb: WishboneSlave,
    /// Interrupt output (level), to PIC line UART_IRQ.
    pub irq: Signal<Out, Bit>,
    /// One-cycle strobe per byte written to THR (the cycle after its ack).
    pub tx_valid: Signal<Out, Bit>,
    pub tx_data: Signal<Out, Bits<8>>,
    /// 8N1 serial output, idle high.
    pub txd: Signal<Out, Bit>,

    tx: UartTx,
    ier: DFF<Bits<8>>,
    lcr: DFF<Bits<8>>,
    mcr: DFF<Bits<8>>,
    scr: DFF<Bits<8>>,
    dll: DFF<Bits<8>>,
    dlm: DFF<Bits<8>>,
    fifo_en: DFF<Bit>,
    /// THR-empty interrupt condition (ISS `thr_pending`).
    thr_pending: DFF<Bit>,
    ack_q: DFF<Bit>,
    tx_valid_q: DFF<Bit>,
    tx_data_q: DFF<Bits<8>>,

    /// LSR.THRE/TEMT follow the serializer instead of being always set.
    line_paced: Constant<Bit>,
    /// Reset value of the divisor latch (DLM:DLL).
    dl_reset: Constant<Bits<16>>,
    off_rbr: Constant<Bits<3>>,
    off_ier: Constant<Bits<3>>,
    off_iir: Constant<Bits<3>>,
    off_lcr: Constant<Bits<3>>,
    off_mcr: Constant<Bits<3>>,
    off_lsr: Constant<Bits<3>>,
    off_msr: Constant<Bits<3>>,
    off_scr: Constant<Bits<3>>,
    ier_thri: Constant<Bits<8>>,
    iir_no_int: Constant<Bits<8>>,
    iir_thri: Constant<Bits<8>>,
    iir_fifo: Constant<Bits<8>>,
    fcr_enable: Constant<Bits<8>>,
    lcr_dlab: Constant<Bits<8>>,
    lsr_thre: Constant<Bits<8>>,
    lsr_temt: Constant<Bits<8>>,
    msr_ready: Constant<Bits<8>>,

    req: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    dlab: Signal<Local, Bit>,
    off: Signal<Local, Bits<3>>,
    wbyte: Signal<Local, Bits<8>>,
    rbyte: Signal<Local, Bits<8>>,
    iir: Signal<Local, Bits<8>>,
    lsr: Signal<Local, Bits<8>>,
    thri_on: Signal<Local, Bit>,
    /// The bus fields the UART ignores, consumed on purpose: Verilator's
    /// lint does not report a signal whose name contains "unused".
    unused_ok: Signal<Local, Bit>,
}

impl Uart {
    /// `line_paced`: see the module docs (off for simulation lock-step).
    /// `divisor`: the divisor latch's reset value, for a board whose
    /// firmware does not set it (0, like 1, gives 16 clocks per bit).
    pub fn new(line_paced: bool, divisor: u16) -> Uart {
        use or1k_arch::*;
        Uart {
            clock: Default::default(),
            reset: Default::default(),
            wb: Default::default(),
            irq: Default::default(),
            tx_valid: Default::default(),
            tx_data: Default::default(),
            txd: Default::default(),
            tx: Default::default(),
            ier: Default::default(),
            lcr: Default::default(),
            mcr: Default::default(),
            scr: Default::default(),
            dl_reset: Constant::new((divisor as u64).into()),
            dll: Default::default(),
            dlm: Default::default(),
            fifo_en: Default::default(),
            thr_pending: Default::default(),
            ack_q: Default::default(),
            tx_valid_q: Default::default(),
            tx_data_q: Default::default(),
            line_paced: Constant::new(line_paced),
            off_rbr: c3(UART_RBR),
            off_ier: c3(UART_IER),
            off_iir: c3(UART_IIR),
            off_lcr: c3(UART_LCR),
            off_mcr: c3(UART_MCR),
            off_lsr: c3(UART_LSR),
            off_msr: c3(UART_MSR),
            off_scr: c3(UART_SCR),
            ier_thri: c8(UART_IER_THRI),
            iir_no_int: c8(UART_IIR_NO_INT),
            iir_thri: c8(UART_IIR_THRI),
            iir_fifo: c8(UART_IIR_FIFO),
            fcr_enable: c8(UART_FCR_ENABLE),
            lcr_dlab: c8(UART_LCR_DLAB),
            lsr_thre: c8(UART_LSR_THRE),
            lsr_temt: c8(UART_LSR_TEMT),
            msr_ready: c8(UART_MSR_READY),
            req: Default::default(),
            hit: Default::default(),
            dlab: Default::default(),
            off: Default::default(),
            wbyte: Default::default(),
            rbyte: Default::default(),
            iir: Default::default(),
            lsr: Default::default(),
            thri_on: Default::default(),
            unused_ok: Default::default(),
        }
    }
}

impl Logic for Uart {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, ier, lcr, mcr, scr, dll, dlm, fifo_en, thr_pending, ack_q, tx_valid_q,
            tx_data_q
        );
        self.tx.clock.next = self.clock.val();
        self.tx.reset.next = self.reset.val();
        self.tx.divisor.next =
            (bit_cast::<16, 8>(self.dlm.q.val()) << 8) | bit_cast::<16, 8>(self.dll.q.val());
        self.tx.write.next = false;

        self.req.next = self.wb.cyc.val() & self.wb.stb.val();
        self.hit.next = self.ack_q.q.val() & self.wb.cyc.val();
        self.wb.ack.next = self.hit.val();
        self.ack_q.d.next = self.req.val() & (!self.ack_q.q.val());
        self.wb.err.next = false;
        self.unused_ok.next =
            self.wb.cti.val().any() | self.wb.bte.val().any() | self.wb.tga.val().any();
        self.dlab.next = (self.lcr.q.val() & self.lcr_dlab.val()) != 0;

        // Register offset from the first selected lane; data in the last.
        self.off.next = bit_cast::<3, 32>(self.wb.adr.val() & 4_u64) | 3_u64;
        self.wbyte.next = self.wb.dat_w.val().get_bits::<8>(24);
        if self.wb.sel.val().get_bit(3) {
            self.off.next = bit_cast::<3, 32>(self.wb.adr.val() & 4_u64);
        } else if self.wb.sel.val().get_bit(2) {
            self.off.next = bit_cast::<3, 32>(self.wb.adr.val() & 4_u64) | 1_u64;
        } else if self.wb.sel.val().get_bit(1) {
            self.off.next = bit_cast::<3, 32>(self.wb.adr.val() & 4_u64) | 2_u64;
        }
        if self.wb.sel.val().get_bit(0) {
            self.wbyte.next = self.wb.dat_w.val().get_bits::<8>(0);
        } else if self.wb.sel.val().get_bit(1) {
            self.wbyte.next = self.wb.dat_w.val().get_bits::<8>(8);
        } else if self.wb.sel.val().get_bit(2) {
            self.wbyte.next = self.wb.dat_w.val().get_bits::<8>(16);
        }
        self.tx.data.next = self.wbyte.val();

        // Status registers (no receiver: DR and RDI never set).
        self.iir.next = self.iir_no_int.val();
        if ((self.ier.q.val() & self.ier_thri.val()) != 0) & self.thr_pending.q.val() {
            self.iir.next = self.iir_thri.val();
        }
        if self.fifo_en.q.val() {
            self.iir.next = self.iir.val() | self.iir_fifo.val();
        }
        self.lsr.next = self.lsr_thre.val() | self.lsr_temt.val();
        if self.line_paced.val() {
            self.lsr.next = 0.into();
            if self.tx.thr_empty.val() {
                self.lsr.next = self.lsr_thre.val();
            }
            if self.tx.idle.val() {
                self.lsr.next = self.lsr.val() | self.lsr_temt.val();
            }
        }
        self.irq.next = ((self.ier.q.val() & self.ier_thri.val()) != 0) & self.thr_pending.q.val();

        // Register read.
        self.rbyte.next = 0.into();
        if self.off.val() == self.off_rbr.val() {
            if self.dlab.val() {
                self.rbyte.next = self.dll.q.val();
            }
        } else if self.off.val() == self.off_ier.val() {
            self.rbyte.next = self.ier.q.val();
            if self.dlab.val() {
                self.rbyte.next = self.dlm.q.val();
            }
        } else if self.off.val() == self.off_iir.val() {
            self.rbyte.next = self.iir.val();
        } else if self.off.val() == self.off_lcr.val() {
            self.rbyte.next = self.lcr.q.val();
        } else if self.off.val() == self.off_mcr.val() {
            self.rbyte.next = self.mcr.q.val();
        } else if self.off.val() == self.off_lsr.val() {
            self.rbyte.next = self.lsr.val();
        } else if self.off.val() == self.off_msr.val() {
            self.rbyte.next = self.msr_ready.val();
        } else if self.off.val() == self.off_scr.val() {
            self.rbyte.next = self.scr.q.val();
        }
        self.wb.dat_r.next = bit_cast::<32, 8>(self.rbyte.val()) << 24;
        if self.wb.sel.val().get_bit(0) {
            self.wb.dat_r.next = bit_cast::<32, 8>(self.rbyte.val());
        } else if self.wb.sel.val().get_bit(1) {
            self.wb.dat_r.next = bit_cast::<32, 8>(self.rbyte.val()) << 8;
        } else if self.wb.sel.val().get_bit(2) {
            self.wb.dat_r.next = bit_cast::<32, 8>(self.rbyte.val()) << 16;
        }

        // Line-paced transmitter: THRE is raised when THR empties into the shifter.
        if self.line_paced.val() & self.tx.moved.val() {
            self.thr_pending.d.next = true;
        }

        // Side effects at the ack.
        self.tx_valid_q.d.next = false;
        self.thri_on.next = ((self.wbyte.val() & self.ier_thri.val()) != 0)
            & ((self.ier.q.val() & self.ier_thri.val()) == 0);
        if self.hit.val() & self.wb.we.val() {
            if self.off.val() == self.off_rbr.val() {
                if self.dlab.val() {
                    self.dll.d.next = self.wbyte.val();
                } else {
                    self.tx_valid_q.d.next = true;
                    self.tx_data_q.d.next = self.wbyte.val();
                    self.tx.write.next = true;
                    // Instant: THR is empty again at once. Paced: it is full now.
                    self.thr_pending.d.next = !self.line_paced.val();
                }
            } else if self.off.val() == self.off_ier.val() {
                if self.dlab.val() {
                    self.dlm.d.next = self.wbyte.val();
                } else {
                    // IER bits 7..4 do not exist in a 16550.
                    self.ier.d.next = self.wbyte.val() & 0x0F_u64;
                    // Enabling THRI while THR is empty raises it.
                    if self.thri_on.val() & ((!self.line_paced.val()) | self.tx.thr_empty.val()) {
                        self.thr_pending.d.next = true;
                    }
                }
            } else if self.off.val() == self.off_iir.val() {
                // FCR (write side of offset 2): only the FIFO-enable bit is kept.
                self.fifo_en.d.next = (self.wbyte.val() & self.fcr_enable.val()) != 0;
            } else if self.off.val() == self.off_lcr.val() {
                self.lcr.d.next = self.wbyte.val();
            } else if self.off.val() == self.off_mcr.val() {
                // MCR bits 7..5 do not exist in a 16550.
                self.mcr.d.next = self.wbyte.val() & 0x1F_u64;
            } else if self.off.val() == self.off_scr.val() {
                self.scr.d.next = self.wbyte.val();
            }
        }
        // Reading IIR while it reports THRE acknowledges that interrupt.
        if self.hit.val()
            & (!self.wb.we.val())
            & (self.off.val() == self.off_iir.val())
            & ((self.iir.val() & 0x0F_u64) == self.iir_thri.val())
        {
            self.thr_pending.d.next = false;
        }
        self.tx_valid.next = self.tx_valid_q.q.val();
        self.tx_data.next = self.tx_data_q.q.val();
        self.txd.next = self.tx.txd.val();

        if self.reset.val() {
            self.ier.d.next = 0.into();
            self.lcr.d.next = 0.into();
            self.mcr.d.next = 0.into();
            self.scr.d.next = 0.into();
            self.dll.d.next = self.dl_reset.val().get_bits::<8>(0);
            self.dlm.d.next = self.dl_reset.val().get_bits::<8>(8);
            self.fifo_en.d.next = false;
            self.thr_pending.d.next = false;
            self.ack_q.d.next = false;
            self.tx_valid_q.d.next = false;
            self.wb.ack.next = false;
        }
    }
}

/// Emits a stand-alone `Uart` (top module `top`) for block tests.
pub fn uart_verilog(line_paced: bool, divisor: u16) -> String {
    let mut u = Uart::new(line_paced, divisor);
    u.connect_all();
    generate_verilog(&u)
}

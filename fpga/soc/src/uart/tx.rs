//! `UartTx`: the 16550's transmitter for the board — a one-byte holding
//! register (THR) and an 8N1 shift register clocked at the divisor-latch
//! rate (one bit every 16 × divisor clocks, divisor 0 treated as 1).
use rust_hdl::prelude::*;

/// Serializer: `write` loads `data` into the holding register if it is
/// empty (a write to a full holding register is dropped); the holding
/// register moves to the shifter when the line is idle (`moved` strobes),
/// which sends start bit, 8 data bits LSB first, stop bit on `txd`.
#[derive(LogicBlock, Default)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Divisor latch {DLM, DLL}.
    pub divisor: Signal<In, Bits<16>>,
    pub write: Signal<In, Bit>,
    pub data: Signal<In, Bits<8>>,
    /// Serial line, idle high.
    pub txd: Signal<Out, Bit>,
    /// Holding register empty (16550 LSR.THRE).
    pub thr_empty: Signal<Out, Bit>,
    /// Holding register and shifter empty (16550 LSR.TEMT).
    pub idle: Signal<Out, Bit>,
    /// The holding register was moved to the shifter this cycle.
    pub moved: Signal<Out, Bit>,

    hold: DFF<Bits<8>>,
    hold_full: DFF<Bit>,
    /// {stop, data[7:0], start}; bit 0 is on the line.
    shift: DFF<Bits<10>>,
    /// Bits still to send including the one on the line.
    left: DFF<Bits<4>>,
    /// Clocks left in the current bit.
    cnt: DFF<Bits<20>>,
    busy: DFF<Bit>,
    period: Signal<Local, Bits<20>>,
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, hold, hold_full, shift, left, cnt, busy);
        self.period.next = bit_cast::<20, 16>(self.divisor.val()) << 4;
        if self.divisor.val() == 0 {
            self.period.next = 16.into();
        }
        self.moved.next = false;
        if self.busy.q.val() {
            if self.cnt.q.val() == 0 {
                self.cnt.d.next = self.period.val() - 1;
                self.shift.d.next = (self.shift.q.val() >> 1) | 0x200_u64;
                self.left.d.next = self.left.q.val() - 1;
                if self.left.q.val() == 1 {
                    self.busy.d.next = false;
                }
            } else {
                self.cnt.d.next = self.cnt.q.val() - 1;
            }
        } else if self.hold_full.q.val() {
            self.shift.d.next = (bit_cast::<10, 8>(self.hold.q.val()) << 1) | 0x200_u64;
            self.left.d.next = 10.into();
            self.cnt.d.next = self.period.val() - 1;
            self.busy.d.next = true;
            self.hold_full.d.next = false;
            self.moved.next = true;
        }
        if self.write.val() & (!self.hold_full.q.val()) {
            self.hold.d.next = self.data.val();
            self.hold_full.d.next = true;
        }
        self.txd.next = (!self.busy.q.val()) | self.shift.q.val().get_bit(0);
        self.thr_empty.next = !self.hold_full.q.val();
        self.idle.next = (!self.hold_full.q.val()) & (!self.busy.q.val());
        if self.reset.val() {
            self.busy.d.next = false;
            self.hold_full.d.next = false;
        }
    }
}

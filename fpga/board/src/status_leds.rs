//! `StatusLeds`: the board's eight LEDs as a status display — a heartbeat
//! and the firmware's result as written to the finisher.
use rust_hdl::prelude::*;

/// LED map (led[i] = bit i):
/// - 0: heartbeat, toggles every `half_period` cycles (1 Hz blink at the
///   system clock given to [`StatusLeds::new`]); stops while in reset
/// - 1: the firmware finished (wrote a pass or fail word to the finisher)
/// - 2: it passed (FINISHER_PASS)
/// - 3: it failed ((code << 16) | FINISHER_FAIL)
/// - 7..4: the low four bits of the failure code
///
/// Decoded like the ISS (sim/iss/src/bus.rs): other finisher words are
/// ignored; the first pass/fail word is kept until reset.
#[derive(LogicBlock)]
pub struct StatusLeds {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub finish_valid: Signal<In, Bit>,
    pub finish_data: Signal<In, Bits<32>>,
    pub led: Signal<Out, Bits<8>>,
    hb_count: DFF<Bits<32>>,
    hb: DFF<Bits<8>>,
    /// LEDs 7..1 (bit 0 always clear).
    result: DFF<Bits<8>>,
    half_period: Constant<Bits<32>>,
    pass_word: Constant<Bits<16>>,
    fail_word: Constant<Bits<16>>,
    low: Signal<Local, Bits<16>>,
}

impl StatusLeds {
    /// `half_period` = cycles per heartbeat half-period (sys_hz / 2 for
    /// 1 Hz); at least 1.
    pub fn new(half_period: u32) -> Result<StatusLeds, String> {
        if half_period == 0 {
            return Err("heartbeat half-period must be at least 1 cycle".into());
        }
        Ok(StatusLeds {
            clock: Default::default(),
            reset: Default::default(),
            finish_valid: Default::default(),
            finish_data: Default::default(),
            led: Default::default(),
            hb_count: Default::default(),
            hb: Default::default(),
            result: Default::default(),
            half_period: Constant::new(((half_period - 1) as u64).into()),
            pass_word: Constant::new((or1k_arch::FINISHER_PASS as u64).into()),
            fail_word: Constant::new((or1k_arch::FINISHER_FAIL as u64).into()),
            low: Default::default(),
        })
    }
}

impl Logic for StatusLeds {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, hb_count, hb, result);
        if self.hb_count.q.val() == self.half_period.val() {
            self.hb_count.d.next = 0.into();
            self.hb.d.next = self.hb.q.val() ^ 1;
        } else {
            self.hb_count.d.next = self.hb_count.q.val() + 1;
        }
        self.low.next = bit_cast::<16, 32>(self.finish_data.val());
        if self.finish_valid.val() & (self.result.q.val() == 0) {
            if self.low.val() == self.pass_word.val() {
                self.result.d.next = 0x06.into();
            } else if self.low.val() == self.fail_word.val() {
                self.result.d.next = (bit_cast::<8, 32>(self.finish_data.val() >> 16) << 4) | 0x0A;
            }
        }
        if self.reset.val() {
            self.hb_count.d.next = 0.into();
            self.hb.d.next = 0.into();
            self.result.d.next = 0.into();
        }
        self.led.next = self.result.q.val() | self.hb.q.val();
    }
}

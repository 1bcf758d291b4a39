//! Tick timer (SPR group 10) as OR1200's or1200_tt: TTCR counts one per
//! retired instruction, `match` = TTCR[27:0] == TTMR.TP.

use or1k_arch::*;

#[derive(Clone, Debug, Default)]
pub struct TickTimer {
    pub ttmr: u32,
    pub ttcr: u32,
}

impl TickTimer {
    #[inline]
    fn mode(&self) -> u32 {
        self.ttmr >> TTMR_M_SHIFT
    }

    /// Advances by one retired instruction. On a match: IP is set when IE
    /// is, restart mode clears TTCR, single-run mode stops counting,
    /// continuous mode keeps counting. A disabled timer does nothing.
    #[inline]
    pub fn tick(&mut self) {
        let mode = self.mode();
        if mode == TTMR_M_DISABLED {
            return;
        }
        let matched = (self.ttcr & TTMR_TP_MASK) == (self.ttmr & TTMR_TP_MASK);
        if !matched {
            self.ttcr = self.ttcr.wrapping_add(1);
            return;
        }
        if self.ttmr & TTMR_IE != 0 {
            self.ttmr |= TTMR_IP;
        }
        match mode {
            TTMR_M_RESTART => self.ttcr = 0,
            TTMR_M_STOP => {}
            _ => self.ttcr = self.ttcr.wrapping_add(1),
        }
    }

    /// The interrupt request (TTMR.IP); taken when SR[TEE].
    #[inline]
    pub fn irq(&self) -> bool {
        self.ttmr & TTMR_IP != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ttmr(mode: u32, ie: bool, tp: u32) -> u32 {
        (mode << TTMR_M_SHIFT) | if ie { TTMR_IE } else { 0 } | tp
    }

    #[test]
    fn modes() {
        let mut t = TickTimer { ttmr: ttmr(TTMR_M_RESTART, true, 3), ttcr: 0 };
        for _ in 0..3 {
            t.tick();
            assert!(!t.irq());
        }
        assert_eq!(t.ttcr, 3);
        t.tick();
        assert!(t.irq());
        assert_eq!(t.ttcr, 0, "restart mode clears TTCR on match");

        let mut t = TickTimer { ttmr: ttmr(TTMR_M_STOP, false, 2), ttcr: 0 };
        for _ in 0..10 {
            t.tick();
        }
        assert_eq!(t.ttcr, 2, "single-run mode stops at the match");
        assert!(!t.irq(), "IE clear: no IP");

        let mut t = TickTimer { ttmr: ttmr(TTMR_M_CONT, true, 2), ttcr: 0 };
        for _ in 0..10 {
            t.tick();
        }
        assert_eq!(t.ttcr, 10);
        assert!(t.irq());

        let mut t = TickTimer { ttmr: ttmr(TTMR_M_DISABLED, true, 0), ttcr: 5 };
        t.tick();
        assert_eq!((t.ttcr, t.irq()), (5, false));
    }
}

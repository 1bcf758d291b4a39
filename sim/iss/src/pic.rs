//! Programmable interrupt controller (SPR group 9).
//!
//! All lines are level-sensitive: PICSR reads the current line levels
//! (writes to it are ignored, a level can only be cleared at its source),
//! PICMR masks them, and the CPU takes the external exception when
//! SR[IEE] and PICSR & PICMR != 0.

#[derive(Clone, Debug, Default)]
pub struct Pic {
    pub picmr: u32,
    /// current line levels
    pub picsr: u32,
}

impl Pic {
    /// Drives line `n` to `level`.
    #[inline]
    pub fn set_line(&mut self, n: u32, level: bool) {
        if level {
            self.picsr |= 1 << n;
        } else {
            self.picsr &= !(1 << n);
        }
    }

    /// An unmasked line is asserted.
    #[inline]
    pub fn irq(&self) -> bool {
        self.picsr & self.picmr != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_and_level() {
        let mut p = Pic::default();
        p.set_line(2, true);
        assert!(!p.irq(), "masked");
        p.picmr = 1 << 2;
        assert!(p.irq());
        p.set_line(2, false);
        assert!(!p.irq());
        assert_eq!(p.picsr, 0);
    }
}

//! The physical bus: RAM at `RAM_BASE` and again, as its uncached alias,
//! at `RAM_UNCACHED_ALIAS` (the same bytes), the UART at `UART_BASE`, the
//! test finisher at `FINISHER_BASE`; anything else is a bus error.
//!
//! Accesses here are physical and already aligned (the CPU raises the
//! alignment exception before it gets here). Memory is big-endian.

use crate::secure::SecureSpace;
use crate::uart::{Console, ConsoleSink, Uart16550};
use or1k_arch::*;

/// The physical address space and its devices.
pub struct Bus {
    pub ram: Vec<u8>,
    pub uart: Uart16550,
    pub console: Console,
    /// Set when the finisher was written with a pass/fail value.
    pub finished: Option<u32>,
    /// The monitor's ROM, SRAM and the secure unit (with virtualization).
    pub secure: Option<Box<SecureSpace>>,
    /// The running code is the monitor: only then does `secure` answer.
    pub monitor: bool,
}

impl Bus {
    pub fn new(ram_size: u32, sink: ConsoleSink) -> Bus {
        Bus {
            ram: vec![0; ram_size as usize],
            uart: Uart16550::default(),
            console: Console::new(sink),
            finished: None,
            secure: None,
            monitor: false,
        }
    }

    /// RAM offset of `[addr, addr + size)` when it lies wholly in RAM or
    /// wholly in its alias.
    #[inline(always)]
    pub fn ram_offset(&self, addr: u32, size: u32) -> Option<usize> {
        let off = addr.wrapping_sub(RAM_BASE) as usize;
        if off + size as usize <= self.ram.len() {
            return Some(off);
        }
        self.alias_offset(addr, size)
    }

    /// `ram_offset` for the uncached alias (off the fast path).
    #[cold]
    fn alias_offset(&self, addr: u32, size: u32) -> Option<usize> {
        let off = addr.wrapping_sub(RAM_UNCACHED_ALIAS) as usize;
        (off + size as usize <= self.ram.len()).then_some(off)
    }

    #[inline(always)]
    fn in_uart(addr: u32) -> bool {
        addr.wrapping_sub(UART_BASE) < UART_SIZE
    }

    #[inline(always)]
    fn in_finisher(addr: u32) -> bool {
        addr.wrapping_sub(FINISHER_BASE) < FINISHER_SIZE
    }

    /// Reads `size` (1, 2, 4) bytes, zero-extended; `None` is a bus error.
    #[inline(always)]
    pub fn read(&mut self, addr: u32, size: u32) -> Option<u32> {
        if let Some(off) = self.ram_offset(addr, size) {
            return Some(self.read_ram(off, size));
        }
        if let Some(v) = self.monitor_space().and_then(|s| s.read(addr, size)) {
            return Some(v);
        }
        self.read_device(addr, true)
    }

    /// Reads without device side effects (trace, debugger, tests).
    pub fn peek(&mut self, addr: u32, size: u32) -> Option<u32> {
        if let Some(off) = self.ram_offset(addr, size) {
            return Some(self.read_ram(off, size));
        }
        if let Some(v) = self.monitor_space().and_then(|s| s.read(addr, size)) {
            return Some(v);
        }
        self.read_device(addr, false)
    }

    #[inline(always)]
    fn read_ram(&self, off: usize, size: u32) -> u32 {
        let r = &self.ram;
        match size {
            4 => u32::from_be_bytes([r[off], r[off + 1], r[off + 2], r[off + 3]]),
            2 => u16::from_be_bytes([r[off], r[off + 1]]) as u32,
            _ => r[off] as u32,
        }
    }

    /// The monitor's space, when the running code is the monitor.
    #[inline]
    fn monitor_space(&mut self) -> Option<&mut SecureSpace> {
        if self.monitor {
            self.secure.as_deref_mut()
        } else {
            None
        }
    }

    /// An instruction word outside RAM: only the monitor's ROM, only for the monitor.
    #[cold]
    pub fn fetch_rom(&mut self, addr: u32) -> Option<u32> {
        self.monitor_space()?.fetch(addr)
    }

    #[cold]
    fn read_device(&mut self, addr: u32, side_effects: bool) -> Option<u32> {
        if Self::in_uart(addr) {
            // Any access width reaches the byte register at that offset and
            // returns it zero-extended, as QEMU's serial_mm with regshift 0.
            let off = addr - UART_BASE;
            let v = if side_effects { self.uart.read(off) } else { self.uart.peek(off) };
            Some(v as u32)
        } else if Self::in_finisher(addr) {
            Some(0)
        } else {
            None
        }
    }

    /// Writes the low `size` bytes of `value`; `false` is a bus error.
    #[inline(always)]
    pub fn write(&mut self, addr: u32, size: u32, value: u32) -> bool {
        if let Some(off) = self.ram_offset(addr, size) {
            let r = &mut self.ram;
            match size {
                4 => r[off..off + 4].copy_from_slice(&value.to_be_bytes()),
                2 => r[off..off + 2].copy_from_slice(&(value as u16).to_be_bytes()),
                _ => r[off] = value as u8,
            }
            return true;
        }
        if let Some(s) = self.monitor_space() {
            if s.write(addr, size, value) {
                return true;
            }
        }
        self.write_device(addr, size, value)
    }

    #[cold]
    fn write_device(&mut self, addr: u32, size: u32, value: u32) -> bool {
        if Self::in_uart(addr) {
            self.uart.write(addr - UART_BASE, value as u8, &mut self.console);
            true
        } else if Self::in_finisher(addr) {
            if addr == FINISHER_BASE && size == 4 {
                match value & 0xffff {
                    FINISHER_PASS => self.finished = Some(0),
                    FINISHER_FAIL => self.finished = Some(value >> 16),
                    // other codes (e.g. sifive_test's reset) are ignored
                    _ => {}
                }
            }
            true
        } else {
            false
        }
    }

    /// Copies `data` into RAM at physical `addr` (the ELF loader);
    /// `false` when it does not fit in RAM.
    pub fn load(&mut self, addr: u32, data: &[u8]) -> bool {
        match self.ram_offset(addr, data.len() as u32) {
            Some(off) => {
                self.ram[off..off + data.len()].copy_from_slice(data);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ram_is_big_endian_and_bounded() {
        let mut b = Bus::new(0x1000, ConsoleSink::Buffer);
        assert!(b.write(0x10, 4, 0x1122_3344));
        assert_eq!(b.read(0x10, 1), Some(0x11));
        assert_eq!(b.read(0x12, 2), Some(0x3344));
        assert!(b.write(0x11, 1, 0xaa));
        assert_eq!(b.read(0x10, 4), Some(0x11aa_3344));
        assert_eq!(b.read(0xffc, 4), Some(0));
        assert_eq!(b.read(0x1000, 4), None, "just past RAM");
        assert_eq!(b.read(0xffff_fffc, 4), None, "no wrap-around into RAM");
        assert!(!b.write(0x1000, 1, 0));
        assert_eq!(b.read(UART_BASE + UART_SIZE, 1), None);
    }

    #[test]
    fn uncached_alias_is_the_same_ram() {
        let mut b = Bus::new(0x1000, ConsoleSink::Buffer);
        assert!(b.write(0x20, 4, 0xdead_beef));
        assert_eq!(b.read(RAM_UNCACHED_ALIAS + 0x20, 4), Some(0xdead_beef));
        assert!(b.write(RAM_UNCACHED_ALIAS + 0x23, 1, 0x11));
        assert_eq!(b.read(0x20, 4), Some(0xdead_be11));
        assert_eq!(b.read(RAM_UNCACHED_ALIAS + 0xffc, 4), Some(0));
        assert_eq!(b.read(RAM_UNCACHED_ALIAS + 0x1000, 4), None, "just past the alias");
        assert!(!b.write(RAM_UNCACHED_ALIAS + 0x1000, 1, 0));
        assert_eq!(b.read(RAM_UNCACHED_ALIAS - 4, 4), None, "just below the alias");
        assert_eq!(b.read(0xa000_0000, 4), None, "0xA000_0000 stays unmapped");
        assert!(!b.write(0xa000_0000, 4, 0));
        assert!(b.load(RAM_UNCACHED_ALIAS + 0x40, &[1, 2, 3, 4]));
        assert_eq!(b.read(0x40, 4), Some(0x0102_0304));
    }

    #[test]
    fn finisher_codes() {
        let mut b = Bus::new(0x1000, ConsoleSink::Buffer);
        assert!(b.write(FINISHER_BASE, 4, 0x1234));
        assert_eq!(b.finished, None);
        assert!(b.write(FINISHER_BASE, 4, (7 << 16) | FINISHER_FAIL));
        assert_eq!(b.finished, Some(7));
        assert!(b.write(FINISHER_BASE, 4, FINISHER_PASS));
        assert_eq!(b.finished, Some(0));
    }
}

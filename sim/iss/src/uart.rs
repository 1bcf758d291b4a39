//! 16550-compatible UART (the subset QEMU's `serial_mm` and Linux's 8250
//! driver use) and the console sink its output goes to.
//!
//! Transmission is instantaneous: a byte written to THR goes to the sink at
//! once, so LSR always shows THRE|TEMT and the THR-empty interrupt is
//! pending again right after the write (as in QEMU with a ready backend).

use or1k_arch::*;
use std::collections::VecDeque;
use std::io::Write;

/// Where console output (UART THR writes and the l.nop putc/report hooks) goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConsoleSink {
    /// Kept in memory; read it with `Machine::uart_output()` (tests).
    #[default]
    Buffer,
    /// Written to the process's standard output (the CLI).
    Stdout,
}

/// The console: collects or streams output bytes.
pub struct Console {
    sink: ConsoleSink,
    buffer: Vec<u8>,
    stdout: Option<std::io::BufWriter<std::io::Stdout>>,
}

impl Console {
    pub fn new(sink: ConsoleSink) -> Console {
        let stdout = (sink == ConsoleSink::Stdout).then(|| std::io::BufWriter::new(std::io::stdout()));
        Console { sink, buffer: Vec::new(), stdout }
    }

    /// Emits one byte. Stdout is flushed at each newline so interactive
    /// output appears line by line without a syscall per byte.
    pub fn put(&mut self, byte: u8) {
        match &mut self.stdout {
            Some(out) => {
                // A closed stdout must not kill the simulation.
                let _ = out.write_all(&[byte]);
                if byte == b'\n' {
                    let _ = out.flush();
                }
            }
            None => self.buffer.push(byte),
        }
    }

    pub fn put_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.put(b);
        }
    }

    pub fn flush(&mut self) {
        if let Some(out) = &mut self.stdout {
            let _ = out.flush();
        }
    }

    /// Everything written so far (empty when streaming to stdout).
    pub fn output(&self) -> &[u8] {
        &self.buffer
    }

    pub fn sink(&self) -> ConsoleSink {
        self.sink
    }
}

/// The UART's register state.
#[derive(Debug, Default, Clone)]
pub struct Uart16550 {
    pub ier: u8,
    pub lcr: u8,
    pub mcr: u8,
    pub scr: u8,
    pub dll: u8,
    pub dlm: u8,
    /// FCR bit 0 (FIFOs enabled), reflected in IIR bits 7..6
    pub fifo_enabled: bool,
    /// THR-empty interrupt condition (cleared by reading IIR or writing THR)
    pub thr_pending: bool,
    /// bytes waiting in the receiver (injected by the host side)
    pub rx: VecDeque<u8>,
}

impl Uart16550 {
    /// Level of the interrupt output (PIC line `UART_IRQ`).
    #[inline]
    pub fn irq(&self) -> bool {
        let ier = self.ier as u32;
        (ier & UART_IER_RDI != 0 && !self.rx.is_empty()) || (ier & UART_IER_THRI != 0 && self.thr_pending)
    }

    fn dlab(&self) -> bool {
        self.lcr as u32 & UART_LCR_DLAB != 0
    }

    fn iir(&self) -> u8 {
        let ier = self.ier as u32;
        let id = if ier & UART_IER_RDI != 0 && !self.rx.is_empty() {
            UART_IIR_RDI
        } else if ier & UART_IER_THRI != 0 && self.thr_pending {
            UART_IIR_THRI
        } else {
            UART_IIR_NO_INT
        };
        let fifo = if self.fifo_enabled { UART_IIR_FIFO } else { 0 };
        (id | fifo) as u8
    }

    fn lsr(&self) -> u8 {
        let dr = if self.rx.is_empty() { 0 } else { UART_LSR_DR };
        (UART_LSR_THRE | UART_LSR_TEMT | dr) as u8
    }

    /// Register read without side effects (debug/inspection).
    pub fn peek(&self, offset: u32) -> u8 {
        match offset {
            UART_RBR if self.dlab() => self.dll,
            UART_RBR => self.rx.front().copied().unwrap_or(0),
            UART_IER if self.dlab() => self.dlm,
            UART_IER => self.ier,
            UART_IIR => self.iir(),
            UART_LCR => self.lcr,
            UART_MCR => self.mcr,
            UART_LSR => self.lsr(),
            UART_MSR => UART_MSR_READY as u8,
            UART_SCR => self.scr,
            _ => 0,
        }
    }

    /// Register read as the CPU sees it: RBR pops a byte, reading IIR
    /// while it reports THRE acknowledges that interrupt.
    pub fn read(&mut self, offset: u32) -> u8 {
        let v = self.peek(offset);
        match offset {
            UART_RBR if !self.dlab() => {
                self.rx.pop_front();
            }
            UART_IIR if v as u32 & 0xf == UART_IIR_THRI => self.thr_pending = false,
            _ => {}
        }
        v
    }

    /// Register write; a THR write sends the byte to `console`.
    pub fn write(&mut self, offset: u32, v: u8, console: &mut Console) {
        match offset {
            UART_THR if self.dlab() => self.dll = v,
            UART_THR => {
                console.put(v);
                // transmitted at once: THR is empty again
                self.thr_pending = true;
            }
            UART_IER if self.dlab() => self.dlm = v,
            UART_IER => {
                let was = self.ier as u32 & UART_IER_THRI;
                self.ier = v & 0x0f;
                // enabling THRI while THR is empty raises it (16550 behaviour)
                if was == 0 && v as u32 & UART_IER_THRI != 0 {
                    self.thr_pending = true;
                }
            }
            UART_FCR => self.fifo_enabled = v as u32 & UART_FCR_ENABLE != 0,
            UART_LCR => self.lcr = v,
            UART_MCR => self.mcr = v & 0x1f,
            UART_SCR => self.scr = v,
            // LSR and MSR are read-only
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thr_output_and_interrupts() {
        let mut con = Console::new(ConsoleSink::Buffer);
        let mut u = Uart16550::default();
        assert_eq!(u.read(UART_LSR) as u32 & (UART_LSR_THRE | UART_LSR_TEMT), UART_LSR_THRE | UART_LSR_TEMT);
        u.write(UART_THR, b'h', &mut con);
        u.write(UART_THR, b'i', &mut con);
        assert_eq!(con.output(), b"hi");
        assert!(!u.irq(), "no interrupt while IER is 0");
        assert_eq!(u.read(UART_IIR) as u32, UART_IIR_NO_INT);
        u.write(UART_IER, UART_IER_THRI as u8, &mut con);
        assert!(u.irq());
        assert_eq!(u.read(UART_IIR) as u32, UART_IIR_THRI);
        assert!(!u.irq(), "reading IIR acknowledges THRE");
        u.write(UART_THR, b'!', &mut con);
        assert!(u.irq());
        // receive path
        u.rx.push_back(b'x');
        u.write(UART_IER, (UART_IER_RDI | UART_IER_THRI) as u8, &mut con);
        assert_eq!(u.read(UART_IIR) as u32, UART_IIR_RDI, "RDI has priority");
        assert_eq!(u.read(UART_LSR) as u32 & UART_LSR_DR, UART_LSR_DR);
        assert_eq!(u.read(UART_RBR), b'x');
        assert_eq!(u.read(UART_LSR) as u32 & UART_LSR_DR, 0);
        // divisor latch
        u.write(UART_LCR, UART_LCR_DLAB as u8, &mut con);
        u.write(UART_DLL, 0x12, &mut con);
        u.write(UART_DLM, 0x34, &mut con);
        assert_eq!((u.read(UART_DLL), u.read(UART_DLM)), (0x12, 0x34));
        assert_eq!(con.output(), b"hi!", "DLL writes are not output");
    }
}

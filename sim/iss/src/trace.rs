//! The retirement record and its one-line text form, which the RTL
//! co-simulation compares line by line (format in docs/ISS.md).

use std::fmt;

/// What one [`crate::Machine::step`] did.
///
/// A step either executes one instruction (which may fault: `exception`
/// is then the vector it raised) or takes one interrupt without executing
/// anything (`interrupt` is true, `insn` is 0, `pc` is the address of the
/// instruction that was not executed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Retired {
    /// address of the instruction (virtual)
    pub pc: u32,
    /// the instruction word (0 for an interrupt or an instruction-fetch fault)
    pub insn: u32,
    /// GPR written and its new value (writes to r0 are not reported)
    pub rd: Option<(u8, u32)>,
    /// SR[F] after the step
    pub flag: bool,
    /// SR after the step (after exception entry when one was taken)
    pub sr: u32,
    /// store performed: (physical address, size in bytes, value)
    pub mem_write: Option<(u32, u8, u32)>,
    /// exception vector taken by this step (before any EPH relocation)
    pub exception: Option<u32>,
    /// the step took an interrupt (tick or external) instead of executing
    pub interrupt: bool,
}

/// Appends `digits` lower-case hex digits of `v`.
fn hex(out: &mut Vec<u8>, v: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(b"0123456789abcdef"[((v >> (4 * i)) & 15) as usize]);
    }
}

impl Retired {
    /// Appends the trace line (without newline) to `out`. Hand-formatted:
    /// the trace is written for every step, `format!` would dominate.
    pub fn write_line(&self, out: &mut Vec<u8>) {
        hex(out, self.pc, 8);
        if self.interrupt {
            out.extend_from_slice(b" --------");
        } else {
            out.push(b' ');
            hex(out, self.insn, 8);
        }
        out.extend_from_slice(b" sr=");
        hex(out, self.sr, 8);
        if let Some((r, v)) = self.rd {
            out.extend_from_slice(b" r");
            if r >= 10 {
                out.push(b'0' + r / 10);
            }
            out.push(b'0' + r % 10);
            out.push(b'=');
            hex(out, v, 8);
        }
        if let Some((a, s, v)) = self.mem_write {
            out.extend_from_slice(b" m");
            out.push(b'0' + s);
            out.push(b'[');
            hex(out, a, 8);
            out.extend_from_slice(b"]=");
            hex(out, v, 2 * s as u32);
        }
        if let Some(v) = self.exception {
            out.extend_from_slice(if self.interrupt { b" int=" } else { b" exc=" });
            hex(out, v, if v > 0xfff { 8 } else { 3 });
        }
    }
}

impl fmt::Display for Retired {
    /// `PC INSN sr=SR [rN=VAL] [mS[ADDR]=VAL] [exc=VEC|int=VEC]`, all hex.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut line = Vec::with_capacity(64);
        self.write_line(&mut line);
        f.write_str(std::str::from_utf8(&line).expect("ASCII"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_format() {
        let r = Retired { pc: 0x100, insn: 0x9c210004, rd: Some((1, 0x10)), sr: 0x8001, ..Default::default() };
        assert_eq!(r.to_string(), "00000100 9c210004 sr=00008001 r1=00000010");
        let r = Retired {
            pc: 0x104,
            insn: 0xd8011000,
            sr: 0x8201,
            flag: true,
            mem_write: Some((0x2000, 1, 0x5a)),
            ..Default::default()
        };
        assert_eq!(r.to_string(), "00000104 d8011000 sr=00008201 m1[00002000]=5a");
        let r = Retired { pc: 0x108, insn: 0xfc000000, sr: 0x8001, exception: Some(0x700), ..Default::default() };
        assert_eq!(r.to_string(), "00000108 fc000000 sr=00008001 exc=700");
        let r = Retired { pc: 0x10c, sr: 0x8001, exception: Some(0x500), interrupt: true, ..Default::default() };
        assert_eq!(r.to_string(), "0000010c -------- sr=00008001 int=500");
        let r = Retired { pc: 0x110, insn: 0x9fe00001, rd: Some((31, 1)), mem_write: Some((4, 4, 0xdeadbeef)), ..Default::default() };
        assert_eq!(r.to_string(), "00000110 9fe00001 sr=00000000 r31=00000001 m4[00000004]=deadbeef");
        let r = Retired { mem_write: Some((6, 2, 0xbeef)), ..Default::default() };
        assert_eq!(r.to_string(), "00000000 00000000 sr=00000000 m2[00000006]=beef");
    }
}

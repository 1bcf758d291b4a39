//! ORBIS32 instruction decoder (the OR1200 subset).
//!
//! Decoding is a pure function of the 32-bit word so that the executor, the
//! disassembler of the trace and the unit tests all agree. Don't-care bits
//! are ignored where QEMU 7.2's decoder ignores them; instructions outside
//! OR1200's set (l.muld, l.macu, l.adrp, floating point, ...) decode to
//! [`Insn::Illegal`].

use or1k_arch::*;

/// Register-register ALU operations (opcode `OP_ALU`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Addc,
    Sub,
    And,
    Or,
    Xor,
    Mul,
    Mulu,
    Div,
    Divu,
    Sll,
    Srl,
    Sra,
    Ror,
    Exths,
    Extbs,
    Exthz,
    Extbz,
    Extws,
    Extwz,
    Cmov,
    Ff1,
    Fl1,
}

/// Set-flag comparisons (l.sf* and l.sf*i).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    Eq,
    Ne,
    Gtu,
    Geu,
    Ltu,
    Leu,
    Gts,
    Ges,
    Lts,
    Les,
}

impl Cond {
    fn from_bits(bits: u32) -> Option<Cond> {
        Some(match bits {
            SF_EQ => Cond::Eq,
            SF_NE => Cond::Ne,
            SF_GTU => Cond::Gtu,
            SF_GEU => Cond::Geu,
            SF_LTU => Cond::Ltu,
            SF_LEU => Cond::Leu,
            SF_GTS => Cond::Gts,
            SF_GES => Cond::Ges,
            SF_LTS => Cond::Lts,
            SF_LES => Cond::Les,
            _ => return None,
        })
    }

    /// Evaluates the comparison `a <cond> b`.
    #[inline]
    pub fn eval(self, a: u32, b: u32) -> bool {
        let (sa, sb) = (a as i32, b as i32);
        match self {
            Cond::Eq => a == b,
            Cond::Ne => a != b,
            Cond::Gtu => a > b,
            Cond::Geu => a >= b,
            Cond::Ltu => a < b,
            Cond::Leu => a <= b,
            Cond::Gts => sa > sb,
            Cond::Ges => sa >= sb,
            Cond::Lts => sa < sb,
            Cond::Les => sa <= sb,
        }
    }
}

/// Kinds of load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadKind {
    Wz,
    Ws,
    Bz,
    Bs,
    Hz,
    Hs,
}

impl LoadKind {
    /// Access size in bytes.
    #[inline]
    pub fn size(self) -> u32 {
        match self {
            LoadKind::Wz | LoadKind::Ws => 4,
            LoadKind::Hz | LoadKind::Hs => 2,
            LoadKind::Bz | LoadKind::Bs => 1,
        }
    }
}

/// One decoded instruction. Register fields are GPR numbers, immediates are
/// already sign- or zero-extended as the instruction defines; branch
/// offsets are in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insn {
    J { off: i32 },
    Jal { off: i32 },
    Bnf { off: i32 },
    Bf { off: i32 },
    Jr { b: u8 },
    Jalr { b: u8 },
    Nop { k: u32 },
    Movhi { d: u8, k: u32 },
    Macrc { d: u8 },
    Sys,
    Trap,
    /// l.msync, l.psync, l.csync: no-ops without caches and store buffers
    Sync,
    Rfe,
    Maci { a: u8, i: i32 },
    Mac { a: u8, b: u8 },
    Msb { a: u8, b: u8 },
    Lwa { d: u8, a: u8, i: i32 },
    Swa { a: u8, b: u8, i: i32 },
    Load { kind: LoadKind, d: u8, a: u8, i: i32 },
    /// size in bytes: 1, 2 or 4
    Store { size: u8, a: u8, b: u8, i: i32 },
    Addi { d: u8, a: u8, i: i32 },
    Addic { d: u8, a: u8, i: i32 },
    Andi { d: u8, a: u8, k: u32 },
    Ori { d: u8, a: u8, k: u32 },
    Xori { d: u8, a: u8, i: i32 },
    Muli { d: u8, a: u8, i: i32 },
    /// l.slli/srli/srai/rori; `op` is a SHIFT_* code
    ShiftI { op: u8, d: u8, a: u8, l: u8 },
    Mfspr { d: u8, a: u8, k: u32 },
    Mtspr { a: u8, b: u8, k: u32 },
    Alu { op: AluOp, d: u8, a: u8, b: u8 },
    Sf { cond: Cond, a: u8, b: u8 },
    Sfi { cond: Cond, a: u8, i: i32 },
    /// l.smc (docs/VIRT.md; an illegal instruction without virtualization)
    Smc,
    /// l.vmcall
    Vmcall,
    /// l.vmenter rA, rB
    Vmenter { a: u8, b: u8 },
    Illegal,
}

#[inline]
fn rd(w: u32) -> u8 {
    ((w >> 21) & 31) as u8
}
#[inline]
fn ra(w: u32) -> u8 {
    ((w >> 16) & 31) as u8
}
#[inline]
fn rb(w: u32) -> u8 {
    ((w >> 11) & 31) as u8
}
#[inline]
fn simm16(w: u32) -> i32 {
    w as u16 as i16 as i32
}
/// The split 16-bit immediate of stores and l.mtspr: bits 25..21 and 10..0.
#[inline]
fn split_imm(w: u32) -> u32 {
    (((w >> 21) & 31) << 11) | (w & 0x7ff)
}
#[inline]
fn branch_off(w: u32) -> i32 {
    (((w & 0x03ff_ffff) << 6) as i32 >> 6) << 2
}

/// Decodes one instruction word.
pub fn decode(w: u32) -> Insn {
    let op = w >> 26;
    match op {
        OP_J => Insn::J { off: branch_off(w) },
        OP_JAL => Insn::Jal { off: branch_off(w) },
        OP_BNF => Insn::Bnf { off: branch_off(w) },
        OP_BF => Insn::Bf { off: branch_off(w) },
        OP_NOP if (w >> 24) & 3 == 1 => Insn::Nop { k: w & 0xffff },
        OP_MOVHI => {
            if w & (1 << 16) == 0 {
                Insn::Movhi { d: rd(w), k: w & 0xffff }
            } else if w & 0xffff == 0 {
                Insn::Macrc { d: rd(w) }
            } else {
                Insn::Illegal
            }
        }
        OP_SYSTRAP => match (w >> 16) & 0x3ff {
            SYS_SYS => Insn::Sys,
            SYS_TRAP => Insn::Trap,
            SYS_MSYNC | SYS_PSYNC | SYS_CSYNC if w & 0xffff == 0 => Insn::Sync,
            _ => Insn::Illegal,
        },
        OP_RFE => Insn::Rfe,
        OP_CUST1 => match w & VMX_FUNC_MASK {
            VMX_SMC if w == SMC_INSN => Insn::Smc,
            VMX_VMCALL if w == VMCALL_INSN => Insn::Vmcall,
            VMX_VMENTER if w & !(0x1f << 16 | 0x1f << 11) == VMENTER_INSN => Insn::Vmenter { a: ra(w), b: rb(w) },
            _ => Insn::Illegal,
        },
        OP_JR => Insn::Jr { b: rb(w) },
        OP_JALR => Insn::Jalr { b: rb(w) },
        OP_MACI => Insn::Maci { a: ra(w), i: simm16(w) },
        OP_LWA => Insn::Lwa { d: rd(w), a: ra(w), i: simm16(w) },
        OP_LWZ | OP_LWS | OP_LBZ | OP_LBS | OP_LHZ | OP_LHS => {
            let kind = match op {
                OP_LWZ => LoadKind::Wz,
                OP_LWS => LoadKind::Ws,
                OP_LBZ => LoadKind::Bz,
                OP_LBS => LoadKind::Bs,
                OP_LHZ => LoadKind::Hz,
                _ => LoadKind::Hs,
            };
            Insn::Load { kind, d: rd(w), a: ra(w), i: simm16(w) }
        }
        OP_ADDI => Insn::Addi { d: rd(w), a: ra(w), i: simm16(w) },
        OP_ADDIC => Insn::Addic { d: rd(w), a: ra(w), i: simm16(w) },
        OP_ANDI => Insn::Andi { d: rd(w), a: ra(w), k: w & 0xffff },
        OP_ORI => Insn::Ori { d: rd(w), a: ra(w), k: w & 0xffff },
        OP_XORI => Insn::Xori { d: rd(w), a: ra(w), i: simm16(w) },
        OP_MULI => Insn::Muli { d: rd(w), a: ra(w), i: simm16(w) },
        OP_MFSPR => Insn::Mfspr { d: rd(w), a: ra(w), k: w & 0xffff },
        OP_SHIFTI => Insn::ShiftI { op: ((w >> 6) & 3) as u8, d: rd(w), a: ra(w), l: (w & 0x3f) as u8 },
        OP_SFI => match Cond::from_bits((w >> 21) & 31) {
            Some(cond) => Insn::Sfi { cond, a: ra(w), i: simm16(w) },
            None => Insn::Illegal,
        },
        OP_MTSPR => Insn::Mtspr { a: ra(w), b: rb(w), k: split_imm(w) },
        OP_MAC => match w & 0xf {
            MAC_MAC => Insn::Mac { a: ra(w), b: rb(w) },
            MAC_MSB => Insn::Msb { a: ra(w), b: rb(w) },
            _ => Insn::Illegal,
        },
        OP_SWA => Insn::Swa { a: ra(w), b: rb(w), i: split_imm(w) as u16 as i16 as i32 },
        OP_SW | OP_SB | OP_SH => {
            let size = match op {
                OP_SW => 4,
                OP_SH => 2,
                _ => 1,
            };
            Insn::Store { size, a: ra(w), b: rb(w), i: split_imm(w) as u16 as i16 as i32 }
        }
        OP_ALU => decode_alu(w),
        OP_SF => match Cond::from_bits((w >> 21) & 31) {
            Some(cond) => Insn::Sf { cond, a: ra(w), b: rb(w) },
            None => Insn::Illegal,
        },
        _ => Insn::Illegal,
    }
}

fn decode_alu(w: u32) -> Insn {
    let (d, a, b) = (rd(w), ra(w), rb(w));
    // bits 9..8 ("op2") separate e.g. l.add (00) from l.mul (11);
    // bits 9..6 select the shift kind and the l.ext* variant.
    let op2 = (w >> 8) & 3;
    let sel = (w >> 6) & 0xf;
    let op = match (w & 0xf, op2) {
        (ALU_ADD, 0) => AluOp::Add,
        (ALU_ADDC, 0) => AluOp::Addc,
        (ALU_SUB, 0) => AluOp::Sub,
        (ALU_AND, 0) => AluOp::And,
        (ALU_OR, 0) => AluOp::Or,
        (ALU_XOR, 0) => AluOp::Xor,
        (ALU_CMOV, 0) => AluOp::Cmov,
        (ALU_MUL, 3) => AluOp::Mul,
        (ALU_MULU, 3) => AluOp::Mulu,
        (ALU_DIV, 3) => AluOp::Div,
        (ALU_DIVU, 3) => AluOp::Divu,
        (ALU_FFL1, 0) => AluOp::Ff1,
        (ALU_FFL1, 1) => AluOp::Fl1,
        (ALU_SHIFT, 0) => match sel {
            SHIFT_SLL => AluOp::Sll,
            SHIFT_SRL => AluOp::Srl,
            SHIFT_SRA => AluOp::Sra,
            _ => AluOp::Ror,
        },
        (ALU_EXTHB, 0) => match sel {
            EXT_HS => AluOp::Exths,
            EXT_BS => AluOp::Extbs,
            EXT_HZ => AluOp::Exthz,
            _ => AluOp::Extbz,
        },
        (ALU_EXTW, _) if sel == EXT_WS => AluOp::Extws,
        (ALU_EXTW, _) if sel == EXT_WZ => AluOp::Extwz,
        _ => return Insn::Illegal,
    };
    Insn::Alu { op, d, a, b }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_known_words() {
        // Words taken from or1k-elf-objdump output.
        assert_eq!(decode(0x9c21fffc), Insn::Addi { d: 1, a: 1, i: -4 });
        assert_eq!(decode(0x15000001), Insn::Nop { k: 1 });
        assert_eq!(decode(0x44004800), Insn::Jr { b: 9 });
        assert_eq!(decode(0xd7e10ffc), Insn::Store { size: 4, a: 1, b: 1, i: -4 });
        assert_eq!(decode(0xe0632306), Insn::Alu { op: AluOp::Mul, d: 3, a: 3, b: 4 });
        assert_eq!(decode(0xe0632000), Insn::Alu { op: AluOp::Add, d: 3, a: 3, b: 4 });
        assert_eq!(decode(0xe0632088), Insn::Alu { op: AluOp::Sra, d: 3, a: 3, b: 4 });
        assert_eq!(decode(0xe063004c), Insn::Alu { op: AluOp::Extbs, d: 3, a: 3, b: 0 });
        assert_eq!(decode(0xe063010f), Insn::Alu { op: AluOp::Fl1, d: 3, a: 3, b: 0 });
        assert_eq!(decode(0x18610000), Insn::Macrc { d: 3 });
        assert_eq!(decode(0x18600001), Insn::Movhi { d: 3, k: 1 });
        assert_eq!(decode(0x20000000), Insn::Sys);
        assert_eq!(decode(0x21000000), Insn::Trap);
        assert_eq!(decode(0x24000000), Insn::Rfe);
        assert_eq!(decode(0xe4031000), Insn::Sf { cond: Cond::Eq, a: 3, b: 2 });
        assert_eq!(decode(0xbc23ffff), Insn::Sfi { cond: Cond::Ne, a: 3, i: -1 });
        assert_eq!(decode(0x03ffffff), Insn::J { off: -4 });
        // l.muld (not OR1200), l.sf with an undefined condition, opcode 0x3f
        assert_eq!(decode(0xe0032307), Insn::Illegal);
        assert_eq!(decode(0xe4e31000), Insn::Illegal);
        assert_eq!(decode(0xfc000000), Insn::Illegal);
    }
}

//! The generator's operand and operation tables: edge values, the ALU
//! forms with their flag effects, branch conditions, load/store widths,
//! and the vectors and SPRs the random code may raise, read and write.

use super::*;

/// Vectors the generated code raises on purpose; any other vector ends the
/// run with its number as the exit code.
pub(super) const EXPECTED: [u32; 7] = crate::coverage::EXPECTED_VECTORS;

pub(super) const ALL_VECTORS: [u32; 14] = [
    VEC_BUS_ERROR,
    VEC_DPAGE_FAULT,
    VEC_IPAGE_FAULT,
    VEC_TICK,
    VEC_ALIGN,
    VEC_ILLEGAL,
    VEC_EXTERNAL,
    VEC_DTLB_MISS,
    VEC_ITLB_MISS,
    VEC_RANGE,
    VEC_SYSCALL,
    VEC_FLOAT,
    VEC_TRAP,
    0xf00,
];

pub(super) const EDGE: [u32; 20] = [
    0,
    1,
    2,
    0xffff_ffff,
    0xffff_fffe,
    0x8000_0000,
    0x8000_0001,
    0x7fff_ffff,
    0x7fff_fffe,
    0x0000_8000,
    0x0000_7fff,
    0xffff_8000,
    0x0000_ffff,
    0x0001_0000,
    31,
    32,
    33,
    0x5555_5555,
    0xaaaa_aaaa,
    0x0000_00ff,
];
pub(super) const EDGE16: [u32; 8] = [0, 1, 0xffff, 0x7fff, 0x8000, 0xfffe, 0x8001, 0x00ff];

/// Register-register ALU forms: (sub-opcode, op2, selector, uses rB, may raise range).
pub(super) const ALU_RR: [(u32, u32, u32, bool, bool); 23] = [
    (ALU_ADD, 0, 0, true, true),
    (ALU_ADDC, 0, 0, true, true),
    (ALU_SUB, 0, 0, true, true),
    (ALU_AND, 0, 0, true, false),
    (ALU_OR, 0, 0, true, false),
    (ALU_XOR, 0, 0, true, false),
    (ALU_MUL, ALU_OP2_MULDIV, 0, true, true),
    (ALU_MULU, ALU_OP2_MULDIV, 0, true, true),
    (ALU_DIV, ALU_OP2_MULDIV, 0, true, true),
    (ALU_DIVU, ALU_OP2_MULDIV, 0, true, true),
    (ALU_SHIFT, 0, SHIFT_SLL, true, false),
    (ALU_SHIFT, 0, SHIFT_SRL, true, false),
    (ALU_SHIFT, 0, SHIFT_SRA, true, false),
    (ALU_SHIFT, 0, SHIFT_ROR, true, false),
    (ALU_EXTHB, 0, EXT_HS, false, false),
    (ALU_EXTHB, 0, EXT_BS, false, false),
    (ALU_EXTHB, 0, EXT_HZ, false, false),
    (ALU_EXTHB, 0, EXT_BZ, false, false),
    (ALU_EXTW, 0, EXT_WS, false, false),
    (ALU_EXTW, 0, EXT_WZ, false, false),
    (ALU_CMOV, 0, 0, true, false),
    (ALU_FFL1, 0, 0, false, false),
    (ALU_FFL1, ALU_OP2_FL1, 0, false, false),
];
/// Immediate ALU forms: (opcode, may raise range).
pub(super) const ALU_RI: [(u32, bool); 6] = [
    (OP_ADDI, true),
    (OP_ADDIC, true),
    (OP_ANDI, false),
    (OP_ORI, false),
    (OP_XORI, false),
    (OP_MULI, true),
];
pub(super) const CONDS: [u32; 10] = [
    SF_EQ, SF_NE, SF_GTU, SF_GEU, SF_LTU, SF_LEU, SF_GTS, SF_GES, SF_LTS, SF_LES,
];
/// Loads: (opcode, size).
pub(super) const LOADS: [(u32, u32); 6] = [
    (OP_LWZ, 4),
    (OP_LWS, 4),
    (OP_LBZ, 1),
    (OP_LBS, 1),
    (OP_LHZ, 2),
    (OP_LHS, 2),
];
pub(super) const STORES: [(u32, u32); 3] = [(OP_SW, 4), (OP_SH, 2), (OP_SB, 1)];
/// SPRs whose value is architecturally determined at every instruction
/// boundary (not TTCR/TTMR: when a timer counts is implementation timing).
pub(super) const READ_SPRS: [u32; 12] = [
    SPR_SR,
    SPR_EPCR0,
    SPR_EEAR0,
    SPR_ESR0,
    SPR_MACLO,
    SPR_MACHI,
    SPR_PICMR,
    SPR_VR,
    SPR_UPR,
    SPR_CPUCFGR,
    SPR_DMMUCFGR,
    SPR_IMMUCFGR,
];
/// SPRs the body may overwrite with anything: exception entry rewrites
/// EPCR/EEAR/ESR before any l.rfe reads them, and SR[IEE] stays clear so
/// PICMR enables nothing.
pub(super) const WRITE_SPRS: [u32; 6] = [
    SPR_EPCR0, SPR_EEAR0, SPR_ESR0, SPR_MACLO, SPR_MACHI, SPR_PICMR,
];

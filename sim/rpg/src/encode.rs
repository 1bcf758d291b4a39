//! ORBIS32 instruction encoders built only from `or1k-arch` constants, so
//! the generator, the ISS decoder and the RTL share one definition of every
//! field. Each function returns one instruction word; register numbers are
//! checked (a generator bug must not silently encode another register).

use or1k_arch::*;

fn reg(r: u8) -> u32 {
    assert!(r < 32, "register r{r} does not exist");
    r as u32
}

fn op(opcode: u32) -> u32 {
    opcode << INSN_OPCODE_SHIFT
}

/// rD/rA/rB form.
fn drab(opcode: u32, d: u8, a: u8, b: u8) -> u32 {
    op(opcode) | (reg(d) << INSN_RD_SHIFT) | (reg(a) << INSN_RA_SHIFT) | (reg(b) << INSN_RB_SHIFT)
}

/// rD, rA, 16-bit immediate (the low 16 bits of `imm`, sign or zero as the
/// instruction defines).
pub fn dai(opcode: u32, d: u8, a: u8, imm: u32) -> u32 {
    op(opcode) | (reg(d) << INSN_RD_SHIFT) | (reg(a) << INSN_RA_SHIFT) | (imm & INSN_IMM_MASK)
}

/// rA, rB and a split 16-bit immediate (stores, l.swa, l.mtspr).
fn split(opcode: u32, a: u8, b: u8, imm: u32) -> u32 {
    let imm = imm & INSN_IMM_MASK;
    op(opcode)
        | ((imm >> INSN_SPLIT_HI_SHIFT) << INSN_RD_SHIFT)
        | (reg(a) << INSN_RA_SHIFT)
        | (reg(b) << INSN_RB_SHIFT)
        | (imm & INSN_SPLIT_LO_MASK)
}

/// Register-register ALU instruction: sub-opcode (bits 3..0), op2 (bits
/// 9..8) and selector (bits 9..6, shifts and l.ext*).
pub fn alu(sub: u32, op2: u32, sel: u32, d: u8, a: u8, b: u8) -> u32 {
    drab(OP_ALU, d, a, b) | (op2 << INSN_ALU_OP2_SHIFT) | (sel << INSN_ALU_SEL_SHIFT) | sub
}

/// l.sf<cond> rA, rB
pub fn sf(cond: u32, a: u8, b: u8) -> u32 {
    drab(OP_SF, 0, a, b) | (cond << INSN_RD_SHIFT)
}

/// l.sf<cond>i rA, imm
pub fn sfi(cond: u32, a: u8, imm: u32) -> u32 {
    dai(OP_SFI, 0, a, imm) | (cond << INSN_RD_SHIFT)
}

/// l.slli/l.srli/l.srai/l.rori rD, rA, amount
pub fn shifti(code: u32, d: u8, a: u8, amount: u32) -> u32 {
    dai(OP_SHIFTI, d, a, 0) | (code << INSN_ALU_SEL_SHIFT) | (amount & 0x3f)
}

/// l.j/l.jal/l.bf/l.bnf with a byte offset from the instruction.
pub fn branch(opcode: u32, byte_off: i32) -> u32 {
    assert!(
        byte_off % 4 == 0,
        "branch offset {byte_off} is not a multiple of 4"
    );
    let words = byte_off >> 2;
    assert!(
        (-(1 << 25)..(1 << 25)).contains(&words),
        "branch offset {byte_off} out of range"
    );
    op(opcode) | (words as u32 & INSN_BRANCH_OFF_MASK)
}

pub fn jr(b: u8) -> u32 {
    drab(OP_JR, 0, 0, b)
}

pub fn jalr(b: u8) -> u32 {
    drab(OP_JALR, 0, 0, b)
}

pub fn nop(k: u32) -> u32 {
    op(OP_NOP) | INSN_NOP_TAG | (k & INSN_IMM_MASK)
}

pub fn movhi(d: u8, k: u32) -> u32 {
    dai(OP_MOVHI, d, 0, k)
}

pub fn macrc(d: u8) -> u32 {
    op(OP_MOVHI) | (reg(d) << INSN_RD_SHIFT) | INSN_MACRC
}

/// l.sys/l.trap/l.msync/l.psync/l.csync (`code` is a SYS_* constant).
pub fn systrap(code: u32, k: u32) -> u32 {
    op(OP_SYSTRAP) | (code << INSN_SYS_SHIFT) | (k & INSN_IMM_MASK)
}

pub fn rfe() -> u32 {
    op(OP_RFE)
}

pub fn maci(a: u8, imm: u32) -> u32 {
    dai(OP_MACI, 0, a, imm)
}

/// l.mac (MAC_MAC) / l.msb (MAC_MSB)
pub fn mac(sub: u32, a: u8, b: u8) -> u32 {
    drab(OP_MAC, 0, a, b) | sub
}

/// Loads: l.lwz/lws/lbz/lbs/lhz/lhs and l.lwa, rD = mem[rA + imm].
pub fn load(opcode: u32, d: u8, a: u8, imm: u32) -> u32 {
    dai(opcode, d, a, imm)
}

/// Stores: l.sw/sh/sb and l.swa, mem[rA + imm] = rB.
pub fn store(opcode: u32, a: u8, b: u8, imm: u32) -> u32 {
    split(opcode, a, b, imm)
}

/// l.mfspr rD, rA, k
pub fn mfspr(d: u8, a: u8, k: u32) -> u32 {
    dai(OP_MFSPR, d, a, k)
}

/// l.mtspr rA, rB, k
pub fn mtspr(a: u8, b: u8, k: u32) -> u32 {
    split(OP_MTSPR, a, b, k)
}

/// l.vmenter rA, rB (docs/VIRT.md: enter VM rA, rB answers its last hypercall).
pub fn vmenter(a: u8, b: u8) -> u32 {
    VMENTER_INSN | (reg(a) << INSN_RA_SHIFT) | (reg(b) << INSN_RB_SHIFT)
}

/// l.movhi + l.ori loading the 32-bit constant `v` into `d`.
pub fn load32(d: u8, v: u32) -> [u32; 2] {
    [movhi(d, v >> 16), dai(OP_ORI, d, d, v & 0xffff)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words from `or1k-elf-objdump -d` of the same assembly, so the
    /// encoder is checked against the real toolchain, not against itself.
    #[test]
    fn matches_binutils() {
        assert_eq!(dai(OP_ADDI, 1, 1, (-4i32) as u32), 0x9c21fffc); // l.addi r1,r1,-4
        assert_eq!(nop(1), 0x15000001);
        assert_eq!(jr(9), 0x44004800);
        assert_eq!(store(OP_SW, 1, 1, (-4i32) as u32), 0xd7e10ffc); // l.sw -4(r1),r1
        assert_eq!(alu(ALU_MUL, ALU_OP2_MULDIV, 0, 3, 3, 4), 0xe0632306); // l.mul r3,r3,r4
        assert_eq!(alu(ALU_ADD, 0, 0, 3, 3, 4), 0xe0632000);
        assert_eq!(alu(ALU_SHIFT, 0, SHIFT_SRA, 3, 3, 4), 0xe0632088); // l.sra
        assert_eq!(alu(ALU_EXTHB, 0, EXT_BS, 3, 3, 0), 0xe063004c); // l.extbs
        assert_eq!(alu(ALU_FFL1, ALU_OP2_FL1, 0, 3, 3, 0), 0xe063010f); // l.fl1
        assert_eq!(macrc(3), 0x18610000);
        assert_eq!(movhi(3, 1), 0x18600001);
        assert_eq!(systrap(SYS_SYS, 0), 0x20000000);
        assert_eq!(systrap(SYS_TRAP, 0), 0x21000000);
        assert_eq!(rfe(), 0x24000000);
        assert_eq!(sf(SF_EQ, 3, 2), 0xe4031000);
        assert_eq!(sfi(SF_NE, 3, 0xffff), 0xbc23ffff);
        assert_eq!(branch(OP_J, -4), 0x03ffffff);
        assert_eq!(mtspr(0, 3, SPR_SR), 0xc0001811); // l.mtspr r0,r3,0x11
        assert_eq!(mfspr(3, 0, SPR_EPCR0), 0xb4600020); // l.mfspr r3,r0,0x20
        assert_eq!(shifti(SHIFT_ROR, 3, 4, 7), 0xb86400c7); // l.rori r3,r4,7
        assert_eq!(store(OP_SB, 28, 5, 0x1234), 0xd85c2a34); // l.sb 0x1234(r28),r5
        assert_eq!(store(OP_SWA, 28, 5, 0x1234), 0xcc5c2a34);
        assert_eq!(load(OP_LWA, 3, 4, (-8i32) as u32), 0x6c64fff8);
        assert_eq!(maci(3, (-2i32) as u32), 0x4c03fffe);
        assert_eq!(mac(MAC_MSB, 3, 4), 0xc4032002);
        assert_eq!(mac(MAC_MAC, 3, 4), 0xc4032001);
        assert_eq!(alu(ALU_FFL1, 0, 0, 3, 4, 0), 0xe064000f); // l.ff1
        assert_eq!(alu(ALU_CMOV, 0, 0, 3, 4, 5), 0xe064280e);
        assert_eq!(alu(ALU_EXTW, 0, EXT_WS, 3, 4, 0), 0xe064000d);
        assert_eq!(alu(ALU_EXTW, 0, EXT_WZ, 3, 4, 0), 0xe064004d);
        assert_eq!(alu(ALU_EXTHB, 0, EXT_HZ, 3, 4, 0), 0xe064008c);
        assert_eq!(alu(ALU_DIVU, ALU_OP2_MULDIV, 0, 3, 4, 5), 0xe0642b0a);
        assert_eq!(alu(ALU_MULU, ALU_OP2_MULDIV, 0, 3, 4, 5), 0xe0642b0b);
        assert_eq!(alu(ALU_ADDC, 0, 0, 3, 4, 5), 0xe0642801);
        assert_eq!(sfi(SF_GES, 3, 0xffff), 0xbd63ffff); // l.sfgesi r3,-1
        assert_eq!(systrap(SYS_MSYNC, 0), 0x22000000);
        assert_eq!(systrap(SYS_PSYNC, 0), 0x22800000);
        assert_eq!(systrap(SYS_CSYNC, 0), 0x23000000);
        assert_eq!(jalr(5), 0x48002800);
    }
}

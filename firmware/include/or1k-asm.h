/* Assembly helpers for VMSP firmware (.S files, after or1k-sprs.h). */
#ifndef OR1K_ASM_H
#define OR1K_ASM_H

#include "or1k.h"

/* reg = 32-bit constant (two instructions). */
#define LOAD32(reg, val) l.movhi reg, hi(val); l.ori reg, reg, lo(val)

/* Place code at exception vector `vec` inside a test's own `.vectors`
 * section (which the linker puts at 0x200, so vector V is at offset
 * V - 0x200). Tests that define `.section .vectors` are linked without the
 * runtime's default vectors (see firmware/Makefile). */
#define VECTOR_ORG(vec) .org (vec) - VEC_BUS_ERROR

/* Check that register `reg` (not r30/r31) holds the 32-bit value `val` and
 * count the check in test_checks; on mismatch call
 * or1k_asm_check_fail(name, got, expected), which prints and exits(1).
 * Clobbers r30, r31 and the flag (and, on failure, r3..r5). */
.macro CHECK_EQ reg, val, name
    LOAD32(r31, \val)
    l.sfeq \reg, r31
    l.bf 8888f
    l.or r4, \reg, r0
    l.or r5, r31, r0
    LOAD32(r3, 8889f)
    l.jal or1k_asm_check_fail
    l.nop
    .pushsection .rodata.checks, "a"
8889: .asciz "\name"
    .popsection
8888:
    LOAD32(r31, test_checks)
    l.lwz r30, 0(r31)
    l.addi r30, r30, 1
    l.sw 0(r31), r30
.endm

/* Check that the SR bits in `mask` equal `val` (both constants). Clobbers
 * r29, r30, r31 and the flag. */
.macro CHECK_SR mask, val, name
    l.mfspr r29, r0, SPR_SR
    LOAD32(r31, \mask)
    l.and r29, r29, r31
    CHECK_EQ r29, \val, "\name"
.endm

#endif /* OR1K_ASM_H */

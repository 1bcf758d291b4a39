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

/* A reset entry's first steps: SR = SR_RESET (supervisor, fixed-one;
 * interrupts, MMUs and caches off), r1 = `stack`, r2 = 0, and the .bss
 * (__bss_start..__bss_end of the linker script) cleared. Registers are
 * not assumed zero; uses r3 and r4. The caller goes on to its main. */
.macro RESET_CLEAR_BSS stack
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_SR
    LOAD32(r1, \stack)
    l.or    r2, r0, r0
    LOAD32(r3, __bss_start)
    LOAD32(r4, __bss_end)
8870: l.sfltu r3, r4
    l.bnf   8871f
    l.nop
    l.sw    0(r3), r0
    l.j     8870b
    l.addi  r3, r3, 4
8871:
.endm

/* An exception's way into C and back with a struct or1k_frame (or1k.h) at
 * r1. The vector's stub has opened the frame, saved r3 at 12(r1) and put
 * the vector in r3; FRAME_SAVE_CALL saves r2 and r4..r31, then the
 * interrupted r1, which the instruction `old_sp` puts into r2, then EPCR,
 * EEAR and ESR, and calls handler(vector, frame). FRAME_RESTORE_RFE writes
 * the (possibly changed) frame back, r1 last, and l.rfe's. */
.macro FRAME_SAVE_CALL handler, old_sp:vararg
    .irp n, 2,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (4*\n)(r1), r\n
    .endr
    \old_sp
    l.sw    4(r1), r2
    l.mfspr r2, r0, SPR_EPCR0
    l.sw    OR1K_FRAME_EPCR(r1), r2
    l.mfspr r2, r0, SPR_EEAR0
    l.sw    OR1K_FRAME_EEAR(r1), r2
    l.mfspr r2, r0, SPR_ESR0
    l.sw    OR1K_FRAME_ESR(r1), r2
    l.jal   \handler                /* r3 = vector */
    l.or    r4, r1, r0              /* r4 = frame */
.endm
.macro FRAME_RESTORE_RFE
    l.lwz   r2, OR1K_FRAME_EPCR(r1)
    l.mtspr r0, r2, SPR_EPCR0
    l.lwz   r2, OR1K_FRAME_EEAR(r1)
    l.mtspr r0, r2, SPR_EEAR0
    l.lwz   r2, OR1K_FRAME_ESR(r1)
    l.mtspr r0, r2, SPR_ESR0
    .irp n, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.lwz   r\n, (4*\n)(r1)
    .endr
    l.lwz   r1, 4(r1)
    l.rfe
    l.nop                           /* l.rfe has no delay slot; never executed */
.endm

/* What a routine that comes back by way of an exception vector (an
 * l.rfe, not its own l.jr r9) keeps for its C caller: r1, r2, r9, r10 and
 * the callee-saved r14..r30, KEPT_BYTES at `base`(`at`) (lo() of it: an
 * absolute address below 0x8000 with at = r0, or an offset). `KEPT_REGS
 * SW_TO, ...` stores them, `KEPT_REGS LWZ_FROM, ...` reloads them. */
#define KEPT_BYTES (4 * 13)
.macro KEPT_REGS op, at, base=0
    \op     lo(\base + 0)(\at), r1
    \op     lo(\base + 4)(\at), r2
    \op     lo(\base + 8)(\at), r9
    \op     lo(\base + 12)(\at), r10
    .irp n, 14,16,18,20,22,24,26,28,30
    \op     lo(\base + 16 + 2 * (\n - 14))(\at), r\n
    .endr
.endm
.macro SW_TO addr, reg
    l.sw    \addr, \reg
.endm
.macro LWZ_FROM addr, reg
    l.lwz   \reg, \addr
.endm

#endif /* OR1K_ASM_H */

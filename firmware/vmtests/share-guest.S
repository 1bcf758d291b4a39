/* The shared-page tests' guest (share-guest.c has the rest): reset and
 * exception vectors at guest-physical 0, MMU and caches off at reset.
 *
 * Every vector saves the interrupted r1 in a scratch word at gPA 0 (an
 * r0-relative store: no register is free yet), switches to the top of
 * the stack and calls sg_exception(vector, frame) with the struct
 * or1k_frame of or1k.h, which reports the exception and resumes at
 * sg_abort (the command ends there) with a fresh stack. */
#include "or1k-asm.h"

    .section .low, "aw"
saved_sp:
    .word   0

    .section .reset, "ax"
    .global _sg_reset
    .type _sg_reset, @function
_sg_reset:
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_SR
    LOAD32(r1, __stack_top)
    l.or    r2, r0, r0
    LOAD32(r3, __bss_start)
    LOAD32(r4, __bss_end)
1:  l.sfltu r3, r4
    l.bnf   2f
    l.nop
    l.sw    0(r3), r0
    l.j     1b
    l.addi  r3, r3, 4
2:  l.jal   sg_main             /* does not return */
    l.nop
3:  l.j     3b
    l.nop
    .size _sg_reset, . - _sg_reset

    .macro GSTUB vec
    VECTOR_ORG(\vec)
    l.sw    lo(saved_sp)(r0), r1
    LOAD32(r1, __stack_top - OR1K_FRAME_SIZE)
    l.sw    12(r1), r3
    l.j     sg_exc_common
    l.ori   r3, r0, \vec
    .endm

    .section .vectors, "ax"
    GSTUB VEC_BUS_ERROR
    GSTUB VEC_DPAGE_FAULT
    GSTUB VEC_IPAGE_FAULT
    GSTUB VEC_TICK
    GSTUB VEC_ALIGN
    GSTUB VEC_ILLEGAL
    GSTUB VEC_EXTERNAL
    GSTUB VEC_DTLB_MISS
    GSTUB VEC_ITLB_MISS
    GSTUB VEC_RANGE
    GSTUB VEC_SYSCALL
    GSTUB VEC_FLOAT
    GSTUB VEC_TRAP

    .text
    .type sg_exc_common, @function
sg_exc_common:
    .irp n, 2,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (4*\n)(r1), r\n
    .endr
    l.lwz   r2, lo(saved_sp)(r0)
    l.sw    4(r1), r2
    l.mfspr r2, r0, SPR_EPCR0
    l.sw    OR1K_FRAME_EPCR(r1), r2
    l.mfspr r2, r0, SPR_EEAR0
    l.sw    OR1K_FRAME_EEAR(r1), r2
    l.mfspr r2, r0, SPR_ESR0
    l.sw    OR1K_FRAME_ESR(r1), r2
    l.jal   sg_exception            /* r3 = vector */
    l.or    r4, r1, r0              /* r4 = frame */
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
    .size sg_exc_common, . - sg_exc_common

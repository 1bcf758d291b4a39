/* Default exception vectors 0x200..0xF00. Each stub is four instructions:
 * it opens a frame (struct or1k_frame) below a red zone on the current
 * stack, saves r3, and jumps to common code with r3 = the vector; the
 * common code saves the other GPRs and EPCR/EEAR/ESR, calls
 * or1k_exception(vector, frame), writes the (possibly modified) frame back
 * and returns with l.rfe. A test that provides its own `.vectors` section
 * is linked without this file. */
#include "or1k-asm.h"

#define FRAME_BYTES (OR1K_FRAME_SIZE + OR1K_REDZONE)

    .macro STUB vec
    VECTOR_ORG(\vec)
    l.addi  r1, r1, -FRAME_BYTES
    l.sw    12(r1), r3
    l.j     _or1k_exception_common
    l.ori   r3, r0, \vec
    .endm

    .section .vectors, "ax"
    .global _or1k_vectors
_or1k_vectors:
    STUB VEC_BUS_ERROR
    STUB VEC_DPAGE_FAULT
    STUB VEC_IPAGE_FAULT
    STUB VEC_TICK
    STUB VEC_ALIGN
    STUB VEC_ILLEGAL
    STUB VEC_EXTERNAL
    STUB VEC_DTLB_MISS
    STUB VEC_ITLB_MISS
    STUB VEC_RANGE
    STUB VEC_SYSCALL
    STUB VEC_FLOAT
    STUB VEC_TRAP
    /* A hypervisor defines OR1K_OWN_VMEXIT and brings its own code for
     * 0xF00 (firmware/demo/hv-vectors.S): a VM exit zeroes every GPR, r1
     * included, so this stub's frame cannot work there. */
#ifndef OR1K_OWN_VMEXIT
    STUB 0xf00
#endif

    .text
    .global _or1k_exception_common
    .type _or1k_exception_common, @function
_or1k_exception_common:
    .irp n, 2,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (4*\n)(r1), r\n
    .endr
    l.addi  r2, r1, FRAME_BYTES         /* the interrupted r1 */
    l.sw    4(r1), r2
    l.mfspr r2, r0, SPR_EPCR0
    l.sw    OR1K_FRAME_EPCR(r1), r2
    l.mfspr r2, r0, SPR_EEAR0
    l.sw    OR1K_FRAME_EEAR(r1), r2
    l.mfspr r2, r0, SPR_ESR0
    l.sw    OR1K_FRAME_ESR(r1), r2
    l.jal   or1k_exception              /* r3 = vector */
    l.or    r4, r1, r0                  /* r4 = frame */
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
    l.nop                               /* l.rfe has no delay slot; never executed */
    .size _or1k_exception_common, . - _or1k_exception_common

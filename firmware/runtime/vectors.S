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
    FRAME_SAVE_CALL or1k_exception, l.addi r2, r1, FRAME_BYTES    /* r2 = the interrupted r1 */
    FRAME_RESTORE_RFE
    .size _or1k_exception_common, . - _or1k_exception_common

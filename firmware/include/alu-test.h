/* Inline-asm harness for the ALU tests: run one instruction with chosen
 * SR[CY]/SR[OV]/SR[F] inputs and return its result and the SR after it, so
 * C golden models can check both. */
#ifndef VMSP_ALU_TEST_H
#define VMSP_ALU_TEST_H

#include <stdint.h>
#include <stdlib.h>
#include "or1k.h"
#include "test.h"

#define FLAG_BITS (SR_CY | SR_OV | SR_F)

/* Values every binary operation is tried on (pairwise), then random pairs. */
static const uint32_t alu_edges[] = {
    0x00000000, 0x00000001, 0x00000002, 0x0000001f, 0x00000020, 0x00007fff, 0x00008000,
    0x0000ffff, 0x00010000, 0x12345678, 0x7ffffffe, 0x7fffffff, 0x80000000, 0x80000001,
    0xfffe0000, 0xfffffffe, 0xffffffff, 0xdeadbeef,
};
#define N_EDGES (sizeof alu_edges / sizeof alu_edges[0])

static inline uint32_t rand32(void)
{
    return ((uint32_t)rand() << 17) ^ ((uint32_t)rand() << 6) ^ (uint32_t)rand();
}

/* SR before the instruction = current SR with FLAG_BITS replaced by flags_in. */
#define RUN_RR(insn, a, b, flags_in, res, sr)                                                      \
    __asm__ volatile("l.mfspr %1,r0,%4\n\t"                                                        \
                     "l.and %1,%1,%5\n\t"                                                          \
                     "l.or %1,%1,%6\n\t"                                                           \
                     "l.mtspr r0,%1,%4\n\t" insn " %0,%2,%3\n\t"                                   \
                     "l.mfspr %1,r0,%4"                                                            \
                     : "=&r"(res), "=&r"(sr)                                                       \
                     : "r"(a), "r"(b), "K"(SPR_SR), "r"(~(uint32_t)FLAG_BITS), "r"(flags_in))

/* insn rD,rA,IMM with a compile-time immediate. */
#define RUN_RI(insn, a, imm, flags_in, res, sr)                                                    \
    __asm__ volatile("l.mfspr %1,r0,%3\n\t"                                                        \
                     "l.and %1,%1,%4\n\t"                                                          \
                     "l.or %1,%1,%5\n\t"                                                           \
                     "l.mtspr r0,%1,%3\n\t" insn " %0,%2,%6\n\t"                                   \
                     "l.mfspr %1,r0,%3"                                                            \
                     : "=&r"(res), "=&r"(sr)                                                       \
                     : "r"(a), "K"(SPR_SR), "r"(~(uint32_t)FLAG_BITS), "r"(flags_in), "n"(imm))

/* insn rD,rA (one source). */
#define RUN_R(insn, a, res) __asm__ volatile(insn " %0,%1" : "=r"(res) : "r"(a))

/* Set-flag instruction: returns SR[F] after `insn rA,rB`. */
#define RUN_SF(insn, a, b, f)                                                                      \
    do {                                                                                           \
        uint32_t sr_;                                                                              \
        __asm__ volatile(insn " %1,%2\n\tl.mfspr %0,r0,%3" : "=r"(sr_) : "r"(a), "r"(b), "K"(SPR_SR)); \
        (f) = (sr_ & SR_F) != 0;                                                                   \
    } while (0)

#define RUN_SFI(insn, a, imm, f)                                                                   \
    do {                                                                                           \
        uint32_t sr_;                                                                              \
        __asm__ volatile(insn " %1,%2\n\tl.mfspr %0,r0,%3" : "=r"(sr_) : "r"(a), "n"(imm), "K"(SPR_SR)); \
        (f) = (sr_ & SR_F) != 0;                                                                   \
    } while (0)

#endif

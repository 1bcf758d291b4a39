/* The sealing tests' guest (seal.c embeds it; seal.h): one 16 KiB image at
 * guest-physical 0, MMU off, its own vectors (any exception of its own is
 * a failure it reports). After reset it asks for a command (HC_READY) and
 * does it:
 *
 * CMD_MARK: the marker loop. Every GPR but r3..r8 and r11, EPCR, EEAR,
 * ESR, MACLO, MACHI and TTCR hold SG_MARKER (its timer disabled, so TTCR
 * holds still), SR has F clear and CY, OV set; it makes the hypercall
 * HC_MARK with r4..r8 = 0 and r11 = 0 (the host answers 0), so its whole
 * state is the same at every exit. After each resumption it checks every
 * one of them (SR first, before any instruction changed a flag), counts
 * the resumption and goes round again; SG_STOP ends the loop (HC_DONE, r4 =
 * the resumptions checked).
 *
 * CMD_COMPLETE | n << 8: the completeness loop, n iterations. It puts
 * distinct values (seal.h SG_VA) in r1..r31, its SR flags F, CY, OV, EPCR,
 * EEAR, ESR, MACLO, MACHI (through l.mac) and its tick timer (continuous
 * mode without interrupt: TTCR counts on) and then alternates between two
 * states, A and B. A half-iteration: a hold stretch (every GPR stored to
 * memory), then a check of the whole state against the state's table in
 * memory (r31 and r30 parked in memory first, then they are the scratch
 * registers: SR as found, r31, r30, r1..r29, EPCR, EEAR, ESR, MACLO, MACHI,
 * TTMR; TTCR above the last check's value by at most SG_TTCR_SPAN), an
 * l.lwa / l.swa increment (retried when the l.swa fails: every exit
 * takes the reservation), then the move to the other state: the SPRs
 * toggled in place (l.xori, l.mac / l.msb), SR's flags flipped, r30 and
 * r31 reloaded, and every GPR l.xori'd in place. Nothing is ever
 * rewritten from scratch, so a register an exit damaged after its check
 * is still wrong at the next one. The host interrupts it with host tick
 * exits at arbitrary instructions (seal.c); when the count is reached it
 * reports HC_DONE (r4 = iterations, r5 = l.swa that failed, r6 = l.swa
 * that succeeded, twice the iterations), or HC_BAD at the first check
 * that fails. */
#include "or1k-asm.h"
#include "seal.h"

#define VMCALL .word VMCALL_INSN
/* a 16-bit value as l.xori takes it (sign-extended) */
#define SIMM(v) ((((v) & 0xffff) ^ 0x8000) - 0x8000)

    .section .image, "ax"
    .global _start
_start:
    .org    VEC_RESET
    l.j     main
    l.nop

    /* its own exceptions: HC_BAD SG_BAD_EXC, r5 = vector, r6 = EEAR, r7 = EPCR */
    .irp vec, 0x200,0x300,0x400,0x500,0x600,0x700,0x800,0x900,0xa00,0xb00,0xc00,0xd00,0xe00,0xf00
    .org    \vec
    l.ori   r5, r0, \vec
    l.mfspr r6, r0, SPR_EEAR0
    l.j     exc_bad
    l.mfspr r7, r0, SPR_EPCR0
    .endr

    .org    0x1000
main:
    l.ori   r3, r0, HC_READY
    .irp n, 4,5,6,7,8
    l.or    r\n, r0, r0
    .endr
    VMCALL
cmd_next:                           /* r11 = the command */
    l.andi  r12, r11, 0xff
    l.sfeqi r12, CMD_MARK
    l.bf    c_mark
    l.nop
    l.sfeqi r12, CMD_COMPLETE
    l.bf    c_complete
    l.nop
    l.or    r6, r11, r0
    l.j     report_bad
    l.ori   r4, r0, SG_BAD_CMD

exc_bad:
    l.ori   r4, r0, SG_BAD_EXC
report_bad:                         /* r4..r8 as they are */
    l.ori   r3, r0, HC_BAD
    VMCALL
    l.j     report_bad              /* never answered: ask again */
    l.nop

/* ---- CMD_MARK ---------------------------------------------------------- */

/* found in `f`, expected in `e` (neither r5, r6, r7 unless f = r5, e = r6):
 * HC_BAD SG_BAD_MARK, r5 = idx, r6 = found, r7 = expected */
.macro MARK_CHK f, e, idx
    l.sfne  \f, \e
    l.bnf   8801f
    l.nop
    l.or    r7, \e, r0
    l.or    r6, \f, r0
    l.j     mark_bad
    l.ori   r5, r0, \idx
8801:
.endm

/* SPR `spr` must hold r6 */
.macro MARK_SPR spr, idx
    l.mfspr r5, r0, \spr
    MARK_CHK r5, r6, \idx
.endm

c_mark:
    l.sw    SG_MARKS(r0), r0
    LOAD32(r4, SG_MARKER)
    l.mtspr r0, r4, SPR_EPCR0
    l.mtspr r0, r4, SPR_EEAR0
    l.mtspr r0, r4, SPR_ESR0
    l.mtspr r0, r4, SPR_MACLO
    l.mtspr r0, r4, SPR_MACHI
    l.mtspr r0, r0, SPR_TTMR        /* disabled: TTCR holds still */
    l.mtspr r0, r4, SPR_TTCR
    l.mfspr r5, r0, SPR_SR
    l.ori   r5, r5, SR_F | SR_CY | SR_OV
    l.xori  r5, r5, SR_F
    l.mtspr r0, r5, SPR_SR          /* F clear, CY and OV set */
    l.mfspr r5, r0, SPR_SR
    l.sw    SG_SSR(r0), r5          /* the SR of every HC_MARK */
    .irp n, 1,2,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.or    r\n, r4, r0
    .endr
    l.or    r11, r0, r0
    l.ori   r3, r0, HC_MARK
    .irp n, 4,5,6,7,8
    l.or    r\n, r0, r0
    .endr
mark_loop:
    VMCALL
    /* SR as resumed, before anything changes a flag */
    l.mfspr r5, r0, SPR_SR
    l.lwz   r6, SG_SSR(r0)
    MARK_CHK r5, r6, SG_CHK_SR
    LOAD32(r4, SG_MARKER)
    .irp n, 1,2,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    MARK_CHK r\n, r4, \n
    .endr
    l.ori   r6, r0, HC_MARK
    MARK_CHK r3, r6, 3
    l.or    r6, r4, r0
    MARK_SPR SPR_EPCR0, SG_CHK_EPCR
    MARK_SPR SPR_EEAR0, SG_CHK_EEAR
    MARK_SPR SPR_ESR0, SG_CHK_ESR
    MARK_SPR SPR_MACLO, SG_CHK_MACLO
    MARK_SPR SPR_MACHI, SG_CHK_MACHI
    MARK_SPR SPR_TTCR, SG_CHK_TTCR
    l.mfspr r5, r0, SPR_TTMR
    l.or    r6, r0, r0
    MARK_CHK r5, r6, SG_CHK_TTMR
    l.lwz   r5, SG_MARKS(r0)
    l.addi  r5, r5, 1
    l.sw    SG_MARKS(r0), r5
    /* the answer: 0 goes round, SG_STOP ends */
    l.sfeqi r11, SG_STOP
    l.bf    mark_stop
    l.nop
    l.sfnei r11, 0
    l.bnf   1f
    l.nop
    l.or    r6, r11, r0
    l.j     report_bad
    l.ori   r4, r0, SG_BAD_ANSWER
1:  .irp n, 4,5,6,7,8
    l.or    r\n, r0, r0
    .endr
    l.lwz   r5, SG_SSR(r0)
    l.mtspr r0, r5, SPR_SR          /* every flag as at the first HC_MARK */
    l.j     mark_loop
    l.or    r5, r0, r0

mark_stop:
    l.ori   r3, r0, HC_DONE
    l.lwz   r4, SG_MARKS(r0)
    .irp n, 5,6,7,8
    l.or    r\n, r0, r0
    .endr
    VMCALL
    l.j     cmd_next
    l.nop

mark_bad:
    l.ori   r4, r0, SG_BAD_MARK
    l.j     report_bad
    l.or    r8, r0, r0

/* ---- CMD_COMPLETE -------------------------------------------------------- */

/* found `f`, expected `e`, r8 = state: HC_BAD SG_BAD_COMPLETE, r5 = idx */
.macro C_CHK f, e, idx, st
    l.sfne  \f, \e
    l.bnf   8802f
    l.nop
    l.or    r6, \f, r0
    l.or    r7, \e, r0
    l.ori   r8, r0, \st
    l.j     complete_bad
    l.ori   r5, r0, \idx
8802:
.endm

/* SPR `spr` against word `idx` of table `tbl` (r30, r31 scratch) */
.macro C_SPR spr, idx, tbl, st
    l.mfspr r30, r0, \spr
    l.lwz   r31, (\tbl + 4 * \idx)(r0)
    C_CHK   r30, r31, \idx, \st
.endm

/* every GPR to memory: an instruction for each, nothing changed */
.macro HOLD
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (SG_HOLD + 4 * \n)(r0), r\n
    .endr
.endm

/* the check of state `tbl` (st: 0 = A, 1 = B), then the move to the other
 * state, in place; `macop` (l.mac from A, l.msb from B) moves MAC */
.macro CHECK_AND_MOVE tbl, st, macop
    l.sw    SG_S31(r0), r31
    l.mfspr r31, r0, SPR_SR         /* as found: nothing has changed a flag */
    l.sw    SG_SSR(r0), r31
    l.sw    SG_S30(r0), r30
    l.lwz   r31, SG_S31(r0)
    l.lwz   r30, (\tbl + 4 * 31)(r0)
    C_CHK   r31, r30, 31, \st
    l.lwz   r31, SG_S30(r0)
    l.lwz   r30, (\tbl + 4 * 30)(r0)
    C_CHK   r31, r30, 30, \st
    l.lwz   r31, SG_SSR(r0)
    l.lwz   r30, (\tbl + 4 * SG_CHK_SR)(r0)
    C_CHK   r31, r30, SG_CHK_SR, \st
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29
    l.lwz   r31, (\tbl + 4 * \n)(r0)
    l.sfne  r\n, r31
    l.bf    complete_bad_gpr_\st
    l.ori   r30, r0, \n
    .endr
    C_SPR   SPR_EPCR0, SG_CHK_EPCR, \tbl, \st
    C_SPR   SPR_EEAR0, SG_CHK_EEAR, \tbl, \st
    C_SPR   SPR_ESR0, SG_CHK_ESR, \tbl, \st
    C_SPR   SPR_MACLO, SG_CHK_MACLO, \tbl, \st
    C_SPR   SPR_MACHI, SG_CHK_MACHI, \tbl, \st
    C_SPR   SPR_TTMR, SG_CHK_TTMR, \tbl, \st
    /* TTCR: counted on since the last check, by 1 .. SG_TTCR_SPAN */
    l.mfspr r30, r0, SPR_TTCR
    l.lwz   r31, SG_LASTTCR(r0)
    l.sw    SG_LASTTCR(r0), r30
    l.sub   r31, r30, r31
    l.addi  r31, r31, -1            /* below SPAN when it counted 1 .. SPAN (0: 0xffffffff) */
    l.movhi r30, hi(SG_TTCR_SPAN)
    l.sfltu r31, r30
    l.bf    8803f
    l.nop
    l.or    r6, r31, r0
    l.or    r7, r30, r0
    l.ori   r8, r0, \st
    l.j     complete_bad
    l.ori   r5, r0, SG_CHK_TTCR
8803:
    /* an atomic increment: an exit between l.lwa and l.swa takes the reservation */
8804:
    l.lwa   r31, SG_ATOM(r0)
    l.addi  r31, r31, 1
    l.swa   SG_ATOM(r0), r31
    l.bf    8805f
    l.nop
    l.lwz   r30, SG_SWAFAIL(r0)
    l.addi  r30, r30, 1
    l.sw    SG_SWAFAIL(r0), r30
    l.j     8804b
    l.nop
8805:
    .if \st
    /* a whole iteration done: the count, and the l.swa count against it */
    l.lwz   r30, SG_ITER(r0)
    l.addi  r30, r30, 1
    l.sw    SG_ITER(r0), r30
    l.add   r30, r30, r30
    l.lwz   r31, SG_ATOM(r0)
    C_CHK   r31, r30, SG_CHK_ATOMIC, \st
    l.lwz   r30, SG_ITER(r0)
    l.lwz   r31, SG_TARGET(r0)
    l.sfeq  r30, r31
    l.bf    complete_done
    l.nop
    .endif
    /* SR's other bits are still as found */
    l.lwz   r31, SG_SSR(r0)
    l.mfspr r30, r0, SPR_SR
    l.xor   r30, r30, r31
    l.ori   r30, r30, SG_FLAG_BITS
    l.xori  r30, r30, SG_FLAG_BITS
    C_CHK   r30, r0, SG_CHK_SR_LIVE, \st
    /* the SPRs to the other state, in place */
    .irp spr, SPR_EPCR0, SPR_EEAR0, SPR_ESR0
    l.mfspr r31, r0, \spr
    l.xori  r31, r31, SG_K_SPR
    l.mtspr r0, r31, \spr
    .endr
    l.mfspr r31, r0, SPR_TTMR
    l.xori  r31, r31, SG_K_TTMR
    l.mtspr r0, r31, SPR_TTMR
    LOAD32(r30, SG_MAC_F1)
    LOAD32(r31, SG_MAC_F2)
    \macop  r30, r31
    /* SR last (l.mac sets OV): as found, F, CY and OV flipped */
    l.lwz   r31, SG_SSR(r0)
    l.xori  r31, r31, SG_FLAG_BITS
    l.mtspr r0, r31, SPR_SR
    /* r30, r31 back, then every GPR to the other state (no flag changes) */
    l.lwz   r30, (\tbl + 4 * 30)(r0)
    l.lwz   r31, (\tbl + 4 * 31)(r0)
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.xori  r\n, r\n, SIMM(SG_K(\n))
    .endr
.endm

c_complete:
    l.srli  r12, r11, 8
    l.sw    SG_TARGET(r0), r12
    l.sw    SG_ITER(r0), r0
    l.sw    SG_ATOM(r0), r0
    l.sw    SG_SWAFAIL(r0), r0
    /* SPRs: state A */
    LOAD32(r12, SG_EPCR_A)
    l.mtspr r0, r12, SPR_EPCR0
    LOAD32(r12, SG_EEAR_A)
    l.mtspr r0, r12, SPR_EEAR0
    LOAD32(r12, SG_ESR_A)
    l.mtspr r0, r12, SPR_ESR0
    l.mtspr r0, r0, SPR_TTMR
    LOAD32(r12, SG_TTCR_0)
    l.mtspr r0, r12, SPR_TTCR
    l.sw    SG_LASTTCR(r0), r12
    LOAD32(r12, SG_TTMR_A)
    l.mtspr r0, r12, SPR_TTMR       /* counts from SG_TTCR_0, never interrupts */
    /* MAC: A, and B = A + F1 * F2 as l.mac makes it */
    LOAD32(r12, SG_MACHI_A)
    l.mtspr r0, r12, SPR_MACHI
    LOAD32(r12, SG_MACLO_A)
    l.mtspr r0, r12, SPR_MACLO
    LOAD32(r13, SG_MAC_F1)
    LOAD32(r14, SG_MAC_F2)
    l.mac   r13, r14
    l.mfspr r12, r0, SPR_MACLO
    l.sw    (SG_TBL_B + 4 * SG_CHK_MACLO)(r0), r12
    l.mfspr r12, r0, SPR_MACHI
    l.sw    (SG_TBL_B + 4 * SG_CHK_MACHI)(r0), r12
    l.msb   r13, r14
    l.mfspr r12, r0, SPR_MACLO
    l.lwz   r15, (SG_TBL_A + 4 * SG_CHK_MACLO)(r0)
    C_CHK   r12, r15, SG_CHK_MACLO, 0
    l.mfspr r12, r0, SPR_MACHI
    l.lwz   r15, (SG_TBL_A + 4 * SG_CHK_MACHI)(r0)
    C_CHK   r12, r15, SG_CHK_MACHI, 0
    /* SR: caches on, flags A; its tables */
    l.mfspr r12, r0, SPR_SR
    l.ori   r12, r12, SR_DCE | SR_ICE | SG_FLAG_BITS
    l.xori  r12, r12, SG_FLAG_BITS ^ SG_FLAGS_A
    l.mtspr r0, r12, SPR_SR
    l.mfspr r12, r0, SPR_SR
    l.sw    (SG_TBL_A + 4 * SG_CHK_SR)(r0), r12
    l.xori  r12, r12, SG_FLAG_BITS
    l.sw    (SG_TBL_B + 4 * SG_CHK_SR)(r0), r12
    /* the GPRs: state A (no flag changes from here) */
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    LOAD32(r\n, SG_VA(\n))
    .endr
complete_loop:
    HOLD
    CHECK_AND_MOVE SG_TBL_A, 0, l.mac
    HOLD
    CHECK_AND_MOVE SG_TBL_B, 1, l.msb
    l.j     complete_loop
    l.nop

complete_done:
    l.mtspr r0, r0, SPR_TTMR
    l.ori   r3, r0, HC_DONE
    l.lwz   r4, SG_ITER(r0)
    l.lwz   r5, SG_SWAFAIL(r0)
    l.lwz   r6, SG_ATOM(r0)
    l.or    r7, r0, r0
    l.or    r8, r0, r0
    VMCALL
    l.j     cmd_next
    l.nop

    /* a GPR check failed: r30 = its number, r31 = the value expected */
complete_bad_gpr_0:
    l.j     1f
    l.ori   r8, r0, 0
complete_bad_gpr_1:
    l.ori   r8, r0, 1
1:  .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (SG_DUMP + 4 * \n)(r0), r\n
    .endr
    l.or    r5, r30, r0
    l.slli  r6, r30, 2
    l.lwz   r6, SG_DUMP(r6)
    l.or    r7, r31, r0
complete_bad:
    l.j     report_bad
    l.ori   r4, r0, SG_BAD_COMPLETE

/* ---- data ------------------------------------------------------------------ */

    .org    SG_TBL_A
    .word   0
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .word   SG_VA(\n)
    .endr
    .word   0                       /* SG_CHK_SR: at CMD_COMPLETE */
    .word   SG_EPCR_A, SG_EEAR_A, SG_ESR_A, SG_MACLO_A, SG_MACHI_A, SG_TTMR_A

    .org    SG_TBL_B
    .word   0
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .word   SG_VA(\n) ^ SIMM(SG_K(\n))
    .endr
    .word   0                       /* SG_CHK_SR: at CMD_COMPLETE */
    .word   SG_EPCR_A ^ SG_K_SPR, SG_EEAR_A ^ SG_K_SPR, SG_ESR_A ^ SG_K_SPR
    .word   0, 0                    /* SG_CHK_MACLO, MACHI: at CMD_COMPLETE */
    .word   SG_TTMR_A ^ SG_K_TTMR

    .org    SG_IMAGE_BYTES

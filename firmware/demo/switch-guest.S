/* switchbench's guest (switchbench.h; the kernel is switch-guest.c): reset,
 * vectors, the workload's entry and exit, and the templates of the code it
 * writes into its work area.
 *
 * The kernel runs at guest-physical 0 with its MMUs off; only the workload
 * runs with SR[DME] and SR[IME] set (identity mapping). Its TLB misses are
 * reloaded here, at 0x900 and 0xA00, untranslated (exception entry clears
 * DME/IME, l.rfe restores them), and counted in r30 (DTLB) and r31 (ITLB),
 * which the workload keeps for them. Every other exception halts the VM
 * with r3 = the vector.
 *
 * A run's window: work_run reads the guest's TTCR (which counts only while
 * this guest runs: clock cycles on the RTL, retired instructions on the ISS)
 * into r20 just before its l.rfe into the workload, the workload ends with
 * l.sys, and the syscall vector's first instruction reads TTCR into r21.
 * Everything retired in between is straight-line code of a known length
 * (the symbols below), so switch-guest.c computes the run's instruction
 * count exactly: the ISS alone (TTCR = instructions) gives CPI 1 exactly. */
#include "guest-asm.h"
#include "switchbench.h"

    .section .low, "aw"
    .balign 4
    /* the TLB-miss handlers' scratch registers */
sv_r3:  .word 0
sv_r4:  .word 0
    /* work_run's caller's registers (every GPR the workload may change
     * that the ABI has a caller keep: KEPT_REGS of or1k-asm.h) */
work_saved:
    .space KEPT_BYTES
    /* the last run: TTCR at its start and end, DTLB and ITLB misses */
    .global sb_res_t0, sb_res_t1, sb_res_dm, sb_res_im
sb_res_t0: .word 0
sb_res_t1: .word 0
sb_res_dm: .word 0
sb_res_im: .word 0

    /* the kernel's reset (guest-asm.h) */
    GUEST_RESET guest_main, __kstack_top

    /* an exception nobody expects: halt with r3 = the vector */
    .macro HALT_VEC vec
    VECTOR_ORG(\vec)
    l.ori   r3, r0, \vec
    l.nop   NOP_EXIT
    l.j     .-4
    l.nop
    .endm

    /* TLB reload, identity: set (EEAR >> 13) & (sets - 1) gets MR = the
     * page | V and TR = the page | the permissions (cached). */
    .macro TLB_RELOAD mr, tr, perms, counter
    l.sw    lo(sv_r3)(r0), r3
    l.sw    lo(sv_r4)(r0), r4
    l.mfspr r3, r0, SPR_EEAR0
    l.srli  r3, r3, PAGE_SHIFT
    l.andi  r4, r3, (1 << TLB_SETS_LOG2) - 1
    l.slli  r3, r3, PAGE_SHIFT
    l.ori   r3, r3, TLB_MR_V
    l.mtspr r4, r3, \mr
    l.xori  r3, r3, TLB_MR_V | \perms
    l.mtspr r4, r3, \tr
    l.addi  \counter, \counter, 1
    l.lwz   r3, lo(sv_r3)(r0)
    l.lwz   r4, lo(sv_r4)(r0)
    l.rfe
    .endm

    .section .vectors, "ax"
    HALT_VEC VEC_BUS_ERROR
    HALT_VEC VEC_DPAGE_FAULT
    HALT_VEC VEC_IPAGE_FAULT
    HALT_VEC VEC_TICK
    HALT_VEC VEC_ALIGN
    HALT_VEC VEC_ILLEGAL
    HALT_VEC VEC_EXTERNAL

    VECTOR_ORG(VEC_DTLB_MISS)
    .global sb_dtlb_miss, sb_dtlb_miss_end
sb_dtlb_miss:
    TLB_RELOAD SPR_DTLBW0MR0, SPR_DTLBW0TR0, DTLB_TR_SRE | DTLB_TR_SWE, r30
sb_dtlb_miss_end:
    l.nop                       /* l.rfe has no delay slot; never executed */

    VECTOR_ORG(VEC_ITLB_MISS)
    .global sb_itlb_miss, sb_itlb_miss_end
sb_itlb_miss:
    TLB_RELOAD SPR_ITLBW0MR0, SPR_ITLBW0TR0, ITLB_TR_SXE, r31
sb_itlb_miss_end:
    l.nop

    HALT_VEC VEC_RANGE

    /* The workload's l.sys: the window closes, the results go to .low and
     * work_run returns to its caller (MMUs off, as exception entry left SR). */
    VECTOR_ORG(VEC_SYSCALL)
    l.mfspr r21, r0, SPR_TTCR
    l.sw    lo(sb_res_t0)(r0), r20
    l.sw    lo(sb_res_t1)(r0), r21
    l.sw    lo(sb_res_dm)(r0), r30
    l.sw    lo(sb_res_im)(r0), r31
    KEPT_REGS LWZ_FROM, r0, work_saved  /* r0-relative: .low lies below 0x100 */
    l.jr    r9
    l.nop

    HALT_VEC VEC_FLOAT
    HALT_VEC VEC_TRAP

    .text
    /* void work_run(uint32_t entry, uint32_t rounds): runs the workload
     * from chunk 0 at gVA `entry`, translated, for `rounds` rounds (>= 1);
     * the results are in sb_res_*. */
    .global work_run, sb_window, sb_window_end
    .type work_run, @function
work_run:
    KEPT_REGS SW_TO, r0, work_saved
    l.or    r13, r4, r0             /* the rounds left */
    l.mtspr r0, r3, SPR_EPCR0
    l.mfspr r5, r0, SPR_SR
    l.ori   r5, r5, SR_DME | SR_IME
    l.mtspr r0, r5, SPR_ESR0
    l.ori   r30, r0, 0              /* DTLB misses */
    l.ori   r31, r0, 0              /* ITLB misses */
sb_window:
    l.mfspr r20, r0, SPR_TTCR       /* the window opens */
    l.rfe                           /* to chunk 0 with both MMUs on */
sb_window_end:
    l.nop
    .size work_run, . - work_run

    /* The templates switch-guest.c copies into the work area, one per code
     * page: it ORs in the data addresses (r4: this chunk's data page,
     * r5: its partner's) and the branch offsets. r3 carries a value from
     * chunk to chunk; r6..r8 are scratch; r13 counts the rounds. */
    .macro LINE a, b
    l.lwz   r6, \a(r4)
    l.lwz   r7, \b + 4(r5)
    l.add   r3, r3, r6
    l.xor   r8, r7, r3
    l.sw    \a(r4), r8
    l.rori  r3, r3, 7
    .endm
    .macro BODY
    l.movhi r4, 0
    l.ori   r4, r4, 0
    l.movhi r5, 0
    l.ori   r5, r5, 0
    LINE 0, 16
    LINE 16, 32
    LINE 32, 48
    LINE 48, 0
    .endm

    .section .rodata.sbtmpl, "a"
    .balign 4
    .global sb_chunk, sb_chunk_jump, sb_chunk_end
sb_chunk:
    BODY
sb_chunk_jump:
    l.j     .                       /* the next chunk */
    l.nop
sb_chunk_end:

    .global sb_last, sb_last_branch, sb_last_end
sb_last:
    BODY
    l.sfgtsi r13, 1                 /* another round? */
sb_last_branch:
    l.bf    .                       /* chunk 0 */
    l.addi  r13, r13, -1            /* (delay slot: never misses, as no exit comes between it and its branch) */
    l.sys   1                       /* the run ends: the syscall vector */
sb_last_end:

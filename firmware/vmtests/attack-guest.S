/* The attack tests' guest (attacks.c embeds it): one 8 KiB image at
 * guest-physical 0, MMU and caches off, its own vectors. It does what the
 * host tells it, one command at a time (attack.h): every hypercall's
 * answer is the next command or its argument. Each of its own exceptions
 * is reported by hypercall (HC_EXC) and the command then ends as usual
 * (HC_DONE), so the host sees whether an attacked instruction trapped and
 * what its destination register held after it.
 *
 * Registers: r20 = the argument, r21 = AG_STORE_VALUE, r22 = the attacked
 * destination (AG_SENTINEL before), r23 = the command, r24 = a vector,
 * r25 = the attacked instruction's address. */
#include "or1k-asm.h"
#include "attack.h"

#define VMCALL .word VMCALL_INSN

    .section .image, "ax"
    .global _start
_start:
    .org VEC_RESET
    l.j     main
    l.nop

    .irp vec, 0x200,0x300,0x400,0x500,0x600,0x700,0x800,0x900,0xa00,0xb00,0xc00,0xd00,0xe00,0xf00
    .org    \vec
    l.ori   r24, r0, \vec
    l.j     exc_common
    l.nop
    .endr

    .org    0x1000
main:
    l.ori   r3, r0, HC_READY
    .irp n, 4,5,6,7,8
    l.or    r\n, r0, r0
    .endr
    VMCALL
next:                               /* r11 = the command */
    l.or    r23, r11, r0
    l.ori   r3, r0, HC_ARG
    l.or    r4, r23, r0
    VMCALL
    l.or    r20, r11, r0
    LOAD32(r22, AG_SENTINEL)
    LOAD32(r21, AG_STORE_VALUE)
    l.or    r25, r0, r0
    .macro DISPATCH cmd, label
    l.sfeqi r23, \cmd
    l.bf    \label
    l.nop
    .endm
    DISPATCH CMD_LOAD, c_LOAD
    DISPATCH CMD_LOADB, c_LOADB
    DISPATCH CMD_STORE, c_STORE
    DISPATCH CMD_STOREB, c_STOREB
    DISPATCH CMD_EXEC, c_EXEC
    DISPATCH CMD_MFSPR, c_MFSPR
    DISPATCH CMD_MTSPR, c_MTSPR
    DISPATCH CMD_VMENTER, c_VMENTER
    DISPATCH CMD_USER, c_USER
    DISPATCH CMD_SUM, c_SUM
    DISPATCH CMD_DIRTY, c_DIRTY
    DISPATCH CMD_READBACK, c_READBACK
    DISPATCH CMD_SECRET, c_SECRET
    DISPATCH CMD_MMU_LOAD, c_MMU_LOAD
    l.j     exc_common              /* an unknown command: "vector 0" */
    l.or    r24, r0, r0

c_LOAD:
    LOAD32(r25, 1f)
1:  l.lwz   r22, 0(r20)
    l.j     done
    l.nop
c_LOADB:
    LOAD32(r25, 1f)
1:  l.lbz   r22, 0(r20)
    l.j     done
    l.nop
c_STORE:
    LOAD32(r25, 1f)
1:  l.sw    0(r20), r21
    l.j     done
    l.nop
c_STOREB:
    LOAD32(r25, 1f)
1:  l.sb    0(r20), r21
    l.j     done
    l.nop
c_EXEC:
    LOAD32(r25, 1f)
    l.or    r11, r22, r0
1:  l.jalr  r20
    l.nop
    l.j     done
    l.or    r22, r11, r0            /* what the code there returned, if it ran */
c_MFSPR:
    LOAD32(r25, 1f)
1:  l.mfspr r22, r20, 0
    l.j     done
    l.nop
c_MTSPR:
    LOAD32(r25, 1f)
1:  l.mtspr r20, r21, 0
    l.j     done
    l.nop
c_VMENTER:
    LOAD32(r25, 1f)
1:  .word   VMENTER_INSN | (20 << INSN_RA_SHIFT) | (0 << INSN_RB_SHIFT)   /* l.vmenter r20, r0 */
    l.j     done
    l.or    r22, r11, r0            /* a refusal's code, if it was not illegal */

    /* user mode: l.rfe to the instruction with SR = FO (SM clear); if it
     * does not trap, the l.sys after it does (the guest's 0xC00) */
c_USER:
    LOAD32(r25, u_smc)
    l.sfeqi r20, USER_VMCALL
    l.bnf   1f
    l.nop
    LOAD32(r25, u_vmcall)
1:  l.sfeqi r20, USER_VMENTER
    l.bnf   2f
    l.nop
    LOAD32(r25, u_vmenter)
2:  l.mtspr r0, r25, SPR_EPCR0
    l.ori   r3, r0, SR_FO
    l.mtspr r0, r3, SPR_ESR0
    l.ori   r3, r0, SMC_VERSION
    l.rfe
u_smc:
    .word   SMC_INSN
    l.sys   1
u_vmcall:
    .word   VMCALL_INSN
    l.sys   2
u_vmenter:
    .word   VMENTER_INSN | (20 << INSN_RA_SHIFT) | (0 << INSN_RB_SHIFT)
    l.sys   3

    /* Fletcher sums of [AG_SUM_START, AG_SIZE): r12, r13 (clobbers r3, r10) */
sum:
    l.ori   r10, r0, AG_SUM_START
    l.or    r12, r0, r0
    l.or    r13, r0, r0
1:  l.lwz   r3, 0(r10)
    l.add   r12, r12, r3
    l.add   r13, r13, r12
    l.addi  r10, r10, 4
    l.sfltui r10, AG_SIZE
    l.bf    1b
    l.nop
    l.jr    r9
    l.nop

c_SUM:
    l.mfspr r3, r0, SPR_SR
    l.ori   r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.jal   sum
    l.nop
    l.or    r14, r12, r0
    l.or    r15, r13, r0
    l.ori   r10, r0, 0
1:  l.mtspr r0, r10, SPR_DCBFR
    l.addi  r10, r10, CACHE_LINE_BYTES
    l.sfltui r10, AG_SIZE
    l.bf    1b
    l.nop
    l.mfspr r3, r0, SPR_SR
    l.xori  r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.jal   sum
    l.nop
    l.ori   r3, r0, HC_DONE
    l.or    r4, r14, r0
    l.or    r5, r15, r0
    l.or    r6, r12, r0
    l.or    r7, r13, r0
    l.or    r8, r0, r0
    VMCALL
    l.j     next
    l.nop

    /* AG_DIRTY = ~arg in memory, = arg in a dirty D-cache line */
c_DIRTY:
    l.mfspr r3, r0, SPR_SR
    l.ori   r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.xori  r4, r20, -1
    l.sw    AG_DIRTY(r0), r4
    l.ori   r5, r0, AG_DIRTY
    l.mtspr r0, r5, SPR_DCBFR
    l.lwz   r22, AG_DIRTY(r0)       /* the line comes back clean: ~arg */
    l.sw    AG_DIRTY(r0), r20       /* and turns dirty: arg */
    l.xori  r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.j     done
    l.nop

c_READBACK:
    l.lwz   r24, AG_DIRTY(r0)       /* D-cache off: memory, under any dirty line */
    l.mfspr r3, r0, SPR_SR
    l.ori   r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.lwz   r22, AG_DIRTY(r0)
    l.ori   r5, r0, AG_DIRTY
    l.mtspr r0, r5, SPR_DCBFR
    l.xori  r3, r3, SR_DCE
    l.mtspr r0, r3, SPR_SR
    l.lwz   r21, AG_DIRTY(r0)
    l.ori   r3, r0, HC_DONE
    l.or    r4, r22, r0
    l.or    r5, r21, r0
    l.or    r6, r24, r0
    l.or    r7, r23, r0
    l.or    r8, r0, r0
    VMCALL
    l.j     next
    l.nop

    /* its DMMU maps AG_VA's page (DTLB set 0) to arg's page: translate
     * register first (an entry translates only once both its registers
     * are this world's, docs/VIRT.md) */
c_MMU_LOAD:
    LOAD32(r4, TLB_TR_PPN_MASK)
    l.and   r4, r20, r4
    l.ori   r4, r4, DTLB_TR_SRE | DTLB_TR_SWE
    l.mtspr r0, r4, SPR_DTLBW0TR0
    LOAD32(r3, AG_VA | TLB_MR_V)
    l.mtspr r0, r3, SPR_DTLBW0MR0
    l.andi  r5, r20, PAGE_SIZE - 1
    LOAD32(r6, AG_VA)
    l.or    r6, r6, r5
    l.mfspr r3, r0, SPR_SR
    l.ori   r3, r3, SR_DME
    l.mtspr r0, r3, SPR_SR
    LOAD32(r25, 1f)
1:  l.lwz   r22, 0(r6)
    l.xori  r3, r3, SR_DME
    l.mtspr r0, r3, SPR_SR
    l.j     done
    l.nop

    /* Secrets in every register the exit could leave behind: its SPRs
     * (read back to AG_SAVE_SPR as they are), SR flags and caches, a
     * DTLB entry, then the GPRs; r3..r8 are the hypercall's. */
    .macro SAVE_SPR spr, slot
    l.mfspr r3, r0, \spr
    l.sw    (AG_SAVE_SPR + 4 * \slot)(r0), r3
    .endm
    .macro CMP_SPR spr, slot
    l.mfspr r3, r0, \spr
    l.lwz   r4, (AG_SAVE_SPR + 4 * \slot)(r0)
    l.sfne  r3, r4
    l.bnf   1f
    l.nop
    l.ori   r5, r5, 1 << \slot
1:
    .endm
    /* r4 |= 1 << n if the saved rn is not AG_SECRET_GPR(n) (AG_PAY(n) with
     * pay = 1, HC_SECRET with pay = 2) */
    .macro CMP_GPR n, pay=0
    l.lwz   r3, (AG_SAVE + 4 * \n)(r0)
    .if \pay == 2
    LOAD32(r6, HC_SECRET)
    .elseif \pay == 1
    LOAD32(r6, AG_PAY(\n))
    .else
    LOAD32(r6, AG_SECRET_GPR(\n))
    .endif
    l.sfne  r3, r6
    l.bnf   1f
    l.nop
    LOAD32(r6, 1 << \n)
    l.or    r4, r4, r6
1:
    .endm
c_SECRET:
    LOAD32(r3, AG_SECRET_TTMR)
    l.mtspr r0, r3, SPR_TTMR
    LOAD32(r3, AG_SECRET_TTCR)
    l.mtspr r0, r3, SPR_TTCR
    LOAD32(r3, AG_SECRET_MACLO)
    l.mtspr r0, r3, SPR_MACLO
    LOAD32(r3, AG_SECRET_MACHI)
    l.mtspr r0, r3, SPR_MACHI
    LOAD32(r3, AG_SECRET_EPCR)
    l.mtspr r0, r3, SPR_EPCR0
    LOAD32(r3, AG_SECRET_EEAR)
    l.mtspr r0, r3, SPR_EEAR0
    LOAD32(r3, AG_SECRET_ESR)
    l.mtspr r0, r3, SPR_ESR0
    /* a DTLB entry with a secret page (set 5, V set) */
    LOAD32(r3, (AG_SECRET_GPR(0x1e) & TLB_TR_PPN_MASK) | DTLB_TR_SRE)
    l.mtspr r0, r3, SPR_DTLBW0TR0 + 5
    LOAD32(r3, (AG_SECRET_GPR(0x1f) & TLB_MR_VPN_MASK) | TLB_MR_V)
    l.mtspr r0, r3, SPR_DTLBW0MR0 + 5
    l.mfspr r3, r0, SPR_SR
    l.ori   r3, r3, AG_SECRET_SR_BITS
    l.mtspr r0, r3, SPR_SR
    /* from here to the l.vmcall nothing changes a flag */
    SAVE_SPR SPR_SR, AG_SPR_SR
    SAVE_SPR SPR_EPCR0, AG_SPR_EPCR
    SAVE_SPR SPR_EEAR0, AG_SPR_EEAR
    SAVE_SPR SPR_ESR0, AG_SPR_ESR
    SAVE_SPR SPR_MACLO, AG_SPR_MACLO
    SAVE_SPR SPR_MACHI, AG_SPR_MACHI
    SAVE_SPR SPR_TTMR, AG_SPR_TTMR
    SAVE_SPR SPR_TTCR, AG_SPR_TTCR
    .irp n, 1,2,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    LOAD32(r\n, AG_SECRET_GPR(\n))
    .endr
    .irp n, 4,5,6,7,8
    LOAD32(r\n, AG_PAY(\n))
    .endr
    l.ori   r3, r0, HC_SECRET
    VMCALL
    /* back (r11 = the answer): every register as it was? */
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (AG_SAVE + 4 * \n)(r0), r\n
    .endr
    l.or    r5, r0, r0
    CMP_SPR SPR_SR, AG_SPR_SR       /* first: before any l.sf */
    CMP_SPR SPR_EPCR0, AG_SPR_EPCR
    CMP_SPR SPR_EEAR0, AG_SPR_EEAR
    CMP_SPR SPR_ESR0, AG_SPR_ESR
    CMP_SPR SPR_MACLO, AG_SPR_MACLO
    CMP_SPR SPR_MACHI, AG_SPR_MACHI
    CMP_SPR SPR_TTMR, AG_SPR_TTMR
    CMP_SPR SPR_TTCR, AG_SPR_TTCR
    l.or    r4, r0, r0
    .irp n, 1,2,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    CMP_GPR \n
    .endr
    CMP_GPR 3, 2
    .irp n, 4,5,6,7,8
    CMP_GPR \n, 1
    .endr
    l.lwz   r6, (AG_SAVE + 4 * 11)(r0)
    /* back to a plain guest: caches and flags off, timer stopped */
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_SR
    l.mtspr r0, r0, SPR_TTMR
    l.mtspr r0, r0, SPR_TTCR
    l.ori   r3, r0, HC_DONE
    l.or    r7, r0, r0
    l.or    r8, r0, r0
    VMCALL
    l.j     next
    l.nop

    /* its own exception (r24 = vector): report, then end the command in
     * supervisor mode with SR_RESET */
exc_common:
    l.ori   r3, r0, HC_EXC
    l.or    r4, r24, r0
    l.mfspr r5, r0, SPR_EPCR0
    l.mfspr r6, r0, SPR_ESR0
    l.mfspr r7, r0, SPR_EEAR0
    l.or    r8, r22, r0
    VMCALL
    LOAD32(r3, done)
    l.mtspr r0, r3, SPR_EPCR0
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_ESR0
    l.rfe

done:
    l.ori   r3, r0, HC_DONE
    l.or    r4, r22, r0
    l.or    r5, r25, r0
    l.or    r6, r23, r0
    l.or    r7, r20, r0
    l.or    r8, r0, r0
    VMCALL
    l.j     next
    l.nop

    /* what a host fetch from this page would run */
    .org    AG_PROBE
    l.jr    r9
    l.ori   r11, r0, AG_EXEC_MARK

    .org    AG_SECRET
    .set    i, 0
    .rept   AG_NSECRET
    .word   AG_SECRET_WORD(i)
    .set    i, i + 1
    .endr
    .org    AG_SIZE

/* What the attack tests' host (attacks.c) and their guest
 * (attack-guest.S) agree on: the guest's layout, its hypercalls and the
 * commands the host gives it. Included from C and from assembly. */
#ifndef VMSP_ATTACK_H
#define VMSP_ATTACK_H

/* The guest: one region of AG_SIZE at gPA 0 (the whole image). */
#define AG_SIZE 0x2000           /* VM_REGION_MIN: two MEASURE_PAGE pages */
#define AG_SAVE_SPR 0x20         /* AG_NSPR words: its SPRs right before the secret exit */
#define AG_DIRTY 0x40            /* the word of the dirty-line attack (its own cache line) */
#define AG_SAVE 0x80             /* 32 words: its GPRs right after the secret exit */
#define AG_SUM_START 0x100       /* the checksum covers [AG_SUM_START, AG_SIZE) */
#define AG_PROBE 0x1f00          /* l.jr r9; l.ori r11, r0, AG_EXEC_MARK: what a host fetch would run */
#define AG_SECRET 0x1f80         /* AG_NSECRET words AG_SECRET_WORD(i) */
#define AG_NSECRET 32
#define AG_SECRET_WORD(i) (0xd47a0000 + (i) * 0x0101)
#define AG_EXEC_MARK 0x6e6e      /* r11 of a host that ran the guest's probe */
#define AG_SENTINEL 0x5e471e11   /* the guest's r22 before each attacked instruction */
#define AG_STORE_VALUE 0x0bad0bad /* what its attacked stores write */
#define AG_VA 0x40000000         /* CMD_MMU_LOAD's virtual page (DTLB set 0) */

/* Hypercalls (r3; the other registers as said) */
#define HC_READY 0x100  /* after reset: the answer is the first command */
#define HC_ARG 0x101    /* r4 = the command: the answer is its argument */
#define HC_DONE 0x102   /* r4 = r22 (the attacked destination), r5 = the attacked instruction's gPA,
                           r6 = the command, r7 = the argument; the answer is the next command */
#define HC_EXC 0x103    /* its own exception: r4 = vector, r5 = EPCR, r6 = ESR, r7 = EEAR, r8 = r22;
                           the answer is ignored and it goes on to HC_DONE */
#define HC_SECRET 0x104 /* r4..r8 = AG_PAY(4..8), every other register a secret */

/* Commands (the answer to HC_READY/HC_DONE), each followed by HC_ARG */
#define CMD_LOAD 1      /* l.lwz r22, 0(arg) */
#define CMD_STORE 2     /* l.sw 0(arg), AG_STORE_VALUE */
#define CMD_EXEC 3      /* l.jalr arg */
#define CMD_MFSPR 4     /* l.mfspr r22, arg */
#define CMD_MTSPR 5     /* l.mtspr arg, AG_STORE_VALUE */
#define CMD_VMENTER 6   /* l.vmenter rA = arg, rB = r0 */
#define CMD_USER 7      /* in user mode: arg = USER_SMC, USER_VMCALL or USER_VMENTER */
#define CMD_SUM 8       /* HC_DONE r4, r5 = Fletcher sums of [AG_SUM_START, AG_SIZE) with its
                           D-cache on; r6, r7 = the same with it off, after its DCBFR of every line */
#define CMD_DIRTY 9     /* AG_DIRTY = ~arg, written back; then arg, left dirty in the D-cache */
#define CMD_READBACK 10 /* HC_DONE r4 = AG_DIRTY with the D-cache on; r5 = the same from memory
                           after its DCBFR; r6 = from memory before (D-cache off) */
#define CMD_SECRET 11   /* secrets everywhere, HC_SECRET; at re-entry HC_DONE r4 = mask of GPRs
                           changed (bit n = rn), r5 = mask of SPRs changed (AG_SPR_* order), r6 = r11 */
#define CMD_MMU_LOAD 12 /* DTLB maps AG_VA to arg's page, DME on, l.lwz r22 from arg's offset */
#define CMD_LOADB 13    /* l.lbz r22, 0(arg) */
#define CMD_STOREB 14   /* l.sb 0(arg), AG_STORE_VALUE */

#define USER_SMC 0
#define USER_VMCALL 1
#define USER_VMENTER 2

/* CMD_SECRET: the guest's registers while it exits */
#define AG_SECRET_GPR(n) (0x5ec00000 + (n) * 0x0101) /* r1, r2, r9..r31 */
#define AG_PAY(n) (0x0a110000 + (n))                  /* r4..r8: what VMEXINFO1..5 may show */
#define AG_SECRET_ANSWER 0x600d                       /* the host's answer to HC_SECRET */
#define AG_SECRET_SR_BITS (SR_F | SR_CY | SR_OV | SR_DCE | SR_ICE)
#define AG_SECRET_EPCR 0x5ec0e9c0
#define AG_SECRET_EEAR 0x5ec0eea0
#define AG_SECRET_ESR (SR_FO | SR_SM | SR_F | SR_CY | SR_OV | SR_DCE | SR_ICE | SR_LEE)
#define AG_SECRET_MACLO 0x5ec0ac10
#define AG_SECRET_MACHI 0x5ec0ac41
#define AG_SECRET_TTMR 0x05ec0123 /* mode disabled: the guest's timer holds still */
#define AG_SECRET_TTCR 0x5ec077c0
/* AG_SAVE_SPR slots, the bits of CMD_SECRET's SPR mask */
#define AG_SPR_SR 0
#define AG_SPR_EPCR 1
#define AG_SPR_EEAR 2
#define AG_SPR_ESR 3
#define AG_SPR_MACLO 4
#define AG_SPR_MACHI 5
#define AG_SPR_TTMR 6
#define AG_SPR_TTCR 7
#define AG_NSPR 8

#endif

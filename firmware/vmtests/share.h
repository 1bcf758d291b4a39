/* What the shared-page tests' host (sharing.c) and their guest
 * (share-guest.c, share-guest.S) agree on: the guest's hypercalls, the
 * commands the host gives it and the TLB patterns both compute. Included
 * from C and from assembly. */
#ifndef VMSP_SHARE_H
#define VMSP_SHARE_H

/* The guest's image: region 0 at gPA 0 (reset 0x100, vectors, code and
 * data from 0x1000, its stack at the top). */
#define SG_CODE_SIZE 0x4000

/* Hypercalls (r3) */
#define SHC_READY 0x200  /* after reset: the answer is the first command */
#define SHC_ARG 0x201    /* r4 = n (0..SG_NARGS-1), r5 = the command: the answer is its argument n */
#define SHC_RESULT 0x202 /* r4..r7 = its results, r8 = exceptions taken (| SG_CUT): the answer is the next command */
#define SHC_EXC 0x203    /* its own exception: r4 = vector, r5 = EPCR, r6 = EEAR, r7 = ESR; the command ends there */
#define SG_NARGS 4
#define SG_CUT 0x80000000 /* SHC_RESULT r8: an exception ended the command (results 0) */

/* Commands (a0..a3 its arguments, r0..r3 its results) */
#define SG_LOAD 1      /* r0 = the word at a0 */
#define SG_STORE 2     /* the word at a0 = a1 */
#define SG_SR 3        /* SR = (SR & ~a0) | a1; r0 = SR before */
#define SG_MFSPR 4     /* r0 = SPR a0 */
#define SG_MTSPR 5     /* SPR a0 = a1 */
#define SG_SMC 6       /* l.smc with r3 = a0, r4..r6 = a1..a3; r0 = r11 */
#define SG_TLB_WRITE 7 /* a0 = 0 (DTLB) or 1 (ITLB): for each set in the mask a1 (sets 0..31), a2
                          (32..63) its translate register then its match register = SG_TR/SG_MR(a3) */
#define SG_TLB_CHECK 8 /* a0 = DTLB/ITLB: r0, r1 = the sets (0..31, 32..63) whose match and translate
                          registers read SG_MR/SG_TR(a3); r2, r3 = the sets whose both read 0 */
#define SG_CALL 9      /* r0 = r11 of a call to a0 */
#define SG_MMU_LOAD 10 /* r0 = the word at virtual a0, loaded with SR[DME] on */
#define SG_FILL 11     /* the a1 words from a0 = SG_WORD(a2, i) */
#define SG_CHECK 12    /* r0 = how many of the a1 words from a0 differ from SG_WORD(a2, i) */
#define SG_LOAD_MEM 13 /* r0 = the word at a0 loaded with SR[DCE] off: memory, under any line of its own
                          (a guest has no uncached alias: bit 31 of a gPA is outside its regions) */

/* The TLB registers' values a writer with `seed` gives set `set`: a valid
 * entry whose VPN indexes that set, and a translate register with only the
 * fields every implementation keeps (PPN, the permission bits). */
#define SG_MR(seed, set) \
    (((((seed) * 0x9e5u + (set) * 0x2bu) & 0x1fffu) << 19) | ((set) << 13) | TLB_MR_V)
#define SG_TR(which, seed, set) \
    (((((seed) * 0x3c1u + (set) * 0x101u) & 0x7ffffu) << 13) | ((which) ? ITLB_TR_SXE : DTLB_TR_SRE | DTLB_TR_SWE))
#define SG_WORD(seed, i) ((seed) * 0x01000193u ^ ((i) * 0x9e3779b9u))

#endif

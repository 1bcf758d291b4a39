/* What the sealing tests' host (seal.c) and their guest (seal-guest.S)
 * agree on: the guest's layout, its hypercalls, the commands the host gives
 * it and the values it keeps in its registers. Included from C and from
 * assembly. */
#ifndef VMSP_SEAL_H
#define VMSP_SEAL_H

/* The guest: one region of SG_REGION at gPA 0; its image (code from
 * 0x1000, then its data) is the first pages of it. */
#define SG_REGION 0x4000

/* Hypercalls (r3; r4..r8 as said; the answer in r11) */
#define HC_READY 0x300 /* after reset: the answer is the first command */
#define HC_MARK 0x301  /* CMD_MARK's loop: r4..r8 = 0, r11 = the last answer (0), every other GPR
                          and EPCR, EEAR, ESR, MACLO, MACHI, TTCR = SG_MARKER; SR = F clear, CY and
                          OV set; its timer disabled. Answer 0: go round again (it checks every
                          register first), SG_STOP: HC_DONE */
#define HC_DONE 0x302  /* a command is done: CMD_MARK r4 = the resumptions it checked; CMD_COMPLETE
                          r4 = iterations, r5 = failed l.swa, r6 = l.swa that succeeded. The
                          answer is the next command */
#define HC_BAD 0x303   /* a check failed (or an exception): r4 = SG_BAD_*, r5 = what
                          (a GPR number or SG_CHK_*; the vector), r6 = the value found, r7 =
                          the one expected (EPCR), r8 = the state (0 = A, 1 = B). Not answered */

/* Commands (the answer to HC_READY / HC_DONE) */
#define CMD_MARK 1     /* the marker loop (HC_MARK) */
#define CMD_COMPLETE 2 /* | iterations << 8: the completeness loop, then HC_DONE */
#define SG_STOP 0x5709 /* the answer to HC_MARK that ends the loop */

#define SG_MARKER 0x6d61726b /* "mark": what no blob may show */

/* HC_BAD r4 */
#define SG_BAD_MARK 1     /* CMD_MARK: a register changed across an exit (r5 = which, SG_CHK_*) */
#define SG_BAD_COMPLETE 2 /* CMD_COMPLETE: a register or SPR changed (r5 = which) */
#define SG_BAD_EXC 3      /* its own exception: r5 = vector, r6 = EEAR, r7 = EPCR */
#define SG_BAD_CMD 4      /* an unknown command (r6) */
#define SG_BAD_ANSWER 5   /* HC_MARK answered other than 0 or SG_STOP (r6) */
/* HC_BAD r5 beyond the GPR numbers 1..31 */
#define SG_CHK_SR 32
#define SG_CHK_EPCR 33
#define SG_CHK_EEAR 34
#define SG_CHK_ESR 35
#define SG_CHK_MACLO 36
#define SG_CHK_MACHI 37
#define SG_CHK_TTMR 38
#define SG_CHK_TTCR 39
#define SG_CHK_ATOMIC 40  /* the l.swa count is not twice the iterations */
#define SG_CHK_SR_LIVE 41 /* SR's bits other than F, CY, OV changed */

/* CMD_COMPLETE: the two states the guest alternates between; every GPR
 * rn (1..31) holds SG_VA(n) in state A and SG_VA(n) ^ sext(SG_K(n)) in
 * state B (an l.xori), the SPRs likewise; SR's F, CY, OV are SG_FLAGS_A
 * in A and the other three in B. */
#define SG_VA(n) (0x3c000000 + (n) * 0x01010101)
#define SG_K(n) ((((n) * 0x0457 + 0x1111) & 0x7fff) | (((n) & 1) << 15)) /* odd n: the upper half too */
#define SG_FLAGS_A (0x0200 | 0x0800) /* SR_F | SR_OV (CY clear) */
#define SG_FLAG_BITS 0x0e00          /* SR_F | SR_CY | SR_OV */
#define SG_EPCR_A 0x0e9c0a5a
#define SG_EEAR_A 0x0eea0a5a
#define SG_ESR_A 0x0e5a8001
#define SG_MACLO_A 0x0ac10a5a
#define SG_MACHI_A 0x0ac40a5a
#define SG_K_SPR 0x5a5a     /* EPCR, EEAR, ESR: A ^ this is B */
#define SG_MAC_F1 0x07654321 /* B = A + F1 * F2 (l.mac), back with l.msb */
#define SG_MAC_F2 0x00123457
#define SG_TTMR_A 0xc0000e11 /* continuous mode, no interrupt (IE clear), TP 0xe11 */
#define SG_K_TTMR 0x0ace      /* B's TP */
#define SG_TTCR_0 0x40000000  /* TTCR counts on from here; each check wants it above the last */
#define SG_TTCR_SPAN 0x100000 /* and by at most this (guest cycles on the RTL) */

/* Data (r0-relative words; the image's last page) */
#define SG_DATA 0x3000
#define SG_TBL_A (SG_DATA + 0x000) /* 48 words: [n] = rn, then [SG_CHK_*] */
#define SG_TBL_B (SG_DATA + 0x100)
#define SG_S30 (SG_DATA + 0x200) /* r30, r31 parked while they are scratch */
#define SG_S31 (SG_DATA + 0x204)
#define SG_SSR (SG_DATA + 0x208) /* SR as the check found it */
#define SG_LASTTCR (SG_DATA + 0x20c)
#define SG_ATOM (SG_DATA + 0x210)    /* l.lwa / l.swa: incremented once a check */
#define SG_SWAFAIL (SG_DATA + 0x214) /* l.swa that failed (an exit took the reservation) */
#define SG_ITER (SG_DATA + 0x218)
#define SG_TARGET (SG_DATA + 0x21c)
#define SG_MARKS (SG_DATA + 0x220) /* CMD_MARK's resumptions */
#define SG_HOLD (SG_DATA + 0x300)  /* 32 words the hold stretch stores r1..r31 to */
#define SG_DUMP (SG_DATA + 0x380)  /* 32 words: every GPR at a failed check */
#define SG_IMAGE_BYTES 0x4000      /* the whole region is image (four pages) */

#endif

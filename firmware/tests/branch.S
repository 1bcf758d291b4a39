/* l.j/l.jal/l.jr/l.jalr/l.bf/l.bnf: targets, link register (r9 = the
 * branch + 8) and the delay slot, which always executes. */
#include "or1k-asm.h"

    .text
    .global main
main:
    l.addi  r1, r1, -8
    l.sw    0(r1), r9
    LOAD32(r3, name)
    l.jal   test_begin
    l.nop

    /* l.j: the delay slot executes, the fall-through does not */
    l.ori   r4, r0, 0
    l.j     1f
    l.addi  r4, r4, 1           /* delay slot */
    l.addi  r4, r4, 100         /* skipped */
1:  CHECK_EQ r4, 1, "l.j delay slot"

    /* l.jal: r9 = address of the l.jal + 8 */
    l.ori   r4, r0, 0
jal_site:
    l.jal   2f
    l.addi  r4, r4, 1
    l.j     3f                  /* r9 points here: the callee returns here */
    l.nop
2:  LOAD32(r5, jal_site + 8)
    CHECK_EQ r4, 1, "l.jal delay slot"
    l.sfeq  r9, r5
    l.bnf   fail_link
    l.nop
    l.jr    r9                  /* l.jr back to after the delay slot */
    l.addi  r4, r4, 10          /* delay slot of l.jr */
3:  CHECK_EQ r4, 11, "l.jr return and delay slot"

    /* l.jalr: r9 = l.jalr + 8; target from a register */
    LOAD32(r6, 4f)
    l.ori   r4, r0, 0
jalr_site:
    l.jalr  r6
    l.addi  r4, r4, 2
    l.j     5f
    l.nop
4:  LOAD32(r5, jalr_site + 8)
    l.sfeq  r9, r5
    l.bnf   fail_link
    l.nop
    l.jr    r9
    l.nop
5:  CHECK_EQ r4, 2, "l.jalr delay slot"

    /* l.bf taken / not taken, l.bnf taken / not taken; delay slot always runs */
    l.ori   r4, r0, 0
    l.sfeqi r0, 0               /* F = 1 */
    l.bf    6f
    l.addi  r4, r4, 1
    l.addi  r4, r4, 100
6:  l.bnf   7f                  /* F = 1: not taken */
    l.addi  r4, r4, 2
    l.addi  r4, r4, 4           /* falls through here */
7:  l.sfnei r0, 0               /* F = 0 */
    l.bf    8f                  /* not taken */
    l.addi  r4, r4, 8
    l.addi  r4, r4, 16
8:  l.bnf   9f                  /* taken */
    l.addi  r4, r4, 32
    l.addi  r4, r4, 100
9:  CHECK_EQ r4, 63, "l.bf/l.bnf taken and not taken"

    /* backward branch: a counted loop */
    l.ori   r4, r0, 0
    l.ori   r5, r0, 10
10: l.addi  r5, r5, -1
    l.sfnei r5, 0
    l.bf    10b
    l.addi  r4, r4, 3           /* delay slot runs every iteration */
    CHECK_EQ r4, 30, "backward l.bf loop"

    /* a delay slot that changes the flag does not change the branch taken */
    l.ori   r4, r0, 0
    l.sfeqi r0, 0               /* F = 1 */
    l.bf    11f
    l.sfnei r0, 0               /* delay slot clears F */
    l.ori   r4, r0, 99
11: CHECK_SR SR_F, 0, "F after delay slot"
    CHECK_EQ r4, 0, "flag written in the delay slot"

    /* a delay slot that writes the register l.jr uses: the old value counts */
    LOAD32(r6, 12f)
    LOAD32(r7, 13f)
    l.jr    r6
    l.or    r6, r7, r0
13: l.j     fail_jr
    l.nop
12: CHECK_EQ r6, 13b - 0, "delay slot write of the l.jr register"

    /* l.jal in a loop of calls: r9 survives nothing, computes a sum */
    l.ori   r4, r0, 0
    l.jal   add5
    l.nop
    l.jal   add5
    l.nop
    CHECK_EQ r4, 10, "two l.jal calls"

    l.jal   test_end
    l.nop
    l.lwz   r9, 0(r1)
    l.jr    r9
    l.addi  r1, r1, 8

add5:
    l.jr    r9
    l.addi  r4, r4, 5

fail_link:
    LOAD32(r3, msg_link)
    l.or    r4, r9, r0
    l.jal   or1k_asm_check_fail
    l.or    r5, r5, r0
fail_jr:
    LOAD32(r3, msg_jr)
    l.or    r4, r0, r0
    l.jal   or1k_asm_check_fail
    l.or    r5, r0, r0

    .section .rodata
name:     .asciz "branch"
msg_link: .asciz "link register r9"
msg_jr:   .asciz "l.jr went to the delay slot's new target"

/* A pure-assembly test with its own exception vectors (linked without the
 * runtime's vectors.o because it defines `.section .vectors`): l.sys and
 * l.trap go straight to the code placed here, which marks r20/r21 and
 * returns with l.rfe (EPCR of l.trap is the trap itself: skip it). */
#include "or1k-asm.h"

    .section .vectors, "ax"
    VECTOR_ORG(VEC_SYSCALL)
    l.addi  r20, r20, 1
    l.mfspr r22, r0, SPR_EPCR0
    l.rfe
    l.nop
    VECTOR_ORG(VEC_TRAP)
    l.addi  r21, r21, 1
    l.mfspr r23, r0, SPR_EPCR0
    l.addi  r23, r23, 4
    l.mtspr r0, r23, SPR_EPCR0
    l.rfe
    l.nop

    .text
    .global main
main:
    l.addi  r1, r1, -8
    l.sw    0(r1), r9
    LOAD32(r3, name)
    l.jal   test_begin
    l.nop
    l.ori   r20, r0, 0
    l.ori   r21, r0, 0
sys_site:
    l.sys   1
    CHECK_EQ r20, 1, "own syscall vector ran"
    CHECK_EQ r22, sys_site + 4, "EPCR of l.sys"
trap_site:
    l.trap  0
    CHECK_EQ r21, 1, "own trap vector ran"
    CHECK_EQ r23, trap_site + 4, "EPCR of l.trap + 4"
    l.jal   test_end
    l.nop
    l.lwz   r9, 0(r1)
    l.jr    r9
    l.addi  r1, r1, 8

    .section .rodata
name: .asciz "ownvec"

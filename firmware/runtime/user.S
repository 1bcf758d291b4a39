/* or1k_call_user(fn, arg): run fn(arg) in user mode and come back (see
 * or1k.h). The caller's r1, r2, r9, r10 and callee-saved registers are kept
 * in _or1k_user_save; the dispatcher (exception.c) restores them when the
 * l.sys at _or1k_user_exit arrives. */
#include "or1k-asm.h"

    .text
    .global or1k_call_user
    .type or1k_call_user, @function
or1k_call_user:
    LOAD32(r5, _or1k_user_save)
    l.sw    0(r5), r1
    l.sw    4(r5), r2
    l.sw    8(r5), r9
    l.sw    12(r5), r10
    .irp n, 14,16,18,20,22,24,26,28,30
    l.sw    (16 + 2*(\n - 14))(r5), r\n
    .endr
    l.mfspr r6, r0, SPR_SR
    l.sw    OR1K_USER_SAVE_SR(r5), r6
    l.addi  r7, r0, ~SR_SM
    l.and   r6, r6, r7
    l.mtspr r0, r6, SPR_ESR0            /* the caller's SR without SM */
    l.mtspr r0, r3, SPR_EPCR0
    l.or    r3, r4, r0
    LOAD32(r9, _or1k_user_exit)
    l.rfe
    l.nop

    .global _or1k_user_exit
_or1k_user_exit:                        /* fn returns here, in user mode */
    l.sys   OR1K_SYS_RETURN_TO_SUPERVISOR
    l.nop
1:  l.j     1b                          /* not reached: the dispatcher resumes below */
    l.nop

    .global _or1k_user_resume
_or1k_user_resume:                      /* supervisor again, caller's registers back */
    l.jr    r9
    l.nop
    .size or1k_call_user, . - or1k_call_user

    .bss
    .align 4
    .global _or1k_user_save
_or1k_user_save:
    .space OR1K_USER_SAVE_SIZE

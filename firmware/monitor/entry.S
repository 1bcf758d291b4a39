/* Security monitor entries (docs/MONITOR.md, docs/VIRT.md):
 *   SM_ROM_BASE + VEC_RESET  reset: SRAM set-up, sm_init(), start the host
 *   SM_CALL_ENTRY            l.smc: save the caller's GPRs, sm_call(), l.rfe
 * Both run in the monitor world with SR = SM | FO: interrupts, MMUs and
 * caches off. Nothing here may fault (a fault in the monitor world stops
 * the machine). */
#include "or1k-asm.h"

    .section .sm_reset, "ax"
    .global sm_reset
    .type sm_reset, @function
sm_reset:
    LOAD32(r1, __sm_stack_top)
    l.or    r2, r0, r0
    /* .data: load image in ROM -> SRAM */
    LOAD32(r3, __sm_data_load)
    LOAD32(r4, __sm_data_start)
    LOAD32(r5, __sm_data_end)
1:  l.sfltu r4, r5
    l.bnf   2f
    l.nop
    l.lwz   r6, 0(r3)
    l.sw    0(r4), r6
    l.addi  r3, r3, 4
    l.j     1b
    l.addi  r4, r4, 4
2:  LOAD32(r4, __sm_bss_start)
    LOAD32(r5, __sm_bss_end)
3:  l.sfltu r4, r5
    l.bnf   4f
    l.nop
    l.sw    0(r4), r0
    l.j     3b
    l.addi  r4, r4, 4
4:  l.jal   sm_init
    l.nop
    /* Start the host as a bare OR1200 would: 0x100, SR_RESET, every GPR
     * zero (SMEVMCR already says host: hardware set it at reset). */
    l.ori   r3, r0, VEC_RESET
    l.mtspr r0, r3, SPR_SMEPCR
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_SMESR
    .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.or    r\n, r0, r0
    .endr
    l.rfe
    .size sm_reset, . - sm_reset

    .section .sm_call, "ax"
    .global sm_call_entry
    .type sm_call_entry, @function
sm_call_entry:
    /* The caller's r11 is dead (it receives the status), so it is the one
     * register free to address the save area. */
    LOAD32(r11, sm_saved_gprs)
    .irp n, 1,2,3,4,5,6,7,8,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.sw    (4*\n)(r11), r\n
    .endr
    LOAD32(r1, __sm_stack_top)
    l.or    r2, r0, r0
    /* D-cache on for our run: our RAM accesses then see (and leave) what a
     * cached host sees; ROM, SRAM and the secure unit have address bit 31
     * set and stay uncached. l.rfe restores the caller's SR. */
    l.mfspr r8, r0, SPR_SR
    l.ori   r8, r8, SR_DCE
    l.mtspr r0, r8, SPR_SR
    /* sm_call(fn = r3, a = r4, b = r5, c = r6, d = r7, caller VMCR) */
    l.jal   sm_call
    l.mfspr r8, r0, SPR_SMEVMCR
    LOAD32(r3, sm_saved_gprs)
    l.sw    (4*11)(r3), r11
    l.or    r11, r3, r0
    .irp n, 1,2,3,4,5,6,7,8,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    l.lwz   r\n, (4*\n)(r11)
    .endr
    l.lwz   r11, (4*11)(r11)        /* the status */
    l.rfe
    .size sm_call_entry, . - sm_call_entry

    .bss
    .balign 4
    .global sm_saved_gprs
sm_saved_gprs:
    .space 4 * 32                   /* r0..r31 of the caller (r0 unused) */

/* Reset entry (_start at VEC_RESET, the ELF entry point): supervisor mode,
 * stack at the top of RAM, .bss cleared, _or1k_variant_init() (the build
 * variant's set-up: nothing, caches on, or caches and MMUs on; see
 * variant_*.c), main(), exit(main's result).
 * Registers are not assumed zero (QEMU passes a device-tree address in r3). */
#include "or1k-asm.h"

    .section .reset, "ax"
    .global _start
    .type _start, @function
_start:
    /* SR_RESET: supervisor, fixed-one; interrupts, MMUs and caches off. */
    l.ori   r3, r0, SR_RESET
    l.mtspr r0, r3, SPR_SR
    LOAD32(r1, __stack_top)
    l.or    r2, r0, r0
    LOAD32(r3, __bss_start)
    LOAD32(r4, __bss_end)
1:  l.sfltu r3, r4
    l.bnf   2f
    l.nop
    l.sw    0(r3), r0
    l.j     1b
    l.addi  r3, r3, 4
2:  l.jal   _or1k_variant_init
    l.nop
    l.jal   main
    l.nop
    l.jal   exit
    l.or    r3, r11, r0
3:  l.j     3b          /* exit does not return */
    l.nop
    .size _start, . - _start

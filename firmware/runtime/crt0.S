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
    RESET_CLEAR_BSS __stack_top
    l.jal   _or1k_variant_init
    l.nop
    l.jal   main
    l.nop
    l.jal   exit
    l.or    r3, r11, r0
3:  l.j     3b          /* exit does not return */
    l.nop
    .size _start, . - _start

/* meebench's guests (meebench.c): every benchmark's guest image, flat
 * (objcopy -O binary) from gPA 0, each starting on a page and zero-padded
 * to whole pages for SMC_VM_ADD_PAGE, and a table of them, {name, image,
 * bytes} (struct mb_image of meebench.c) from meebench_table to
 * meebench_table_end. runtime/link.ld, which the guests are linked with,
 * puts nothing below the reset vector, so a flat image starts at 0x100:
 * the IMAGE macro puts the VEC_RESET bytes of gPA 0..0xFF (zero) before
 * it. The Makefile writes the list (images.inc, one `IMAGE name` a
 * benchmark) and passes its directory, where the .bin files are, with
 * -Wa,-I. */
#include "or1k-sprs.h"

    .macro IMAGE name
    .section .rodata.guests, "a"
    .balign MEASURE_PAGE
8870:
    .space  VEC_RESET, 0
    .incbin "\name\().bin"
    .balign MEASURE_PAGE, 0
8871:
    .section .rodata.meebench_names, "a"
8872:
    .asciz  "\name"
    .section .rodata.meebench_table, "a"
    .word   8872b, 8870b, 8871b - 8870b
    .endm

    .section .rodata.meebench_table, "a"
    .balign 4
    .global meebench_table
meebench_table:
    .include "images.inc"
    .section .rodata.meebench_table, "a"
    .global meebench_table_end
meebench_table_end:

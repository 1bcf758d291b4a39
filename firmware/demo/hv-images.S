/* The two guest images (guest.c) embedded in the hypervisor: flat binaries
 * from gPA 0, each starting on a page and zero-padded to a whole page,
 * because SMC_VM_ADD_PAGE copies (and measures) whole MEASURE_PAGE pages
 * from a page-aligned host address. The Makefile passes the build
 * directory with -Wa,-I so .incbin finds guest-a.bin and guest-b.bin. */
#include "or1k-sprs.h"

    .macro IMAGE name, file
    .section .rodata.guests, "a"
    .balign MEASURE_PAGE
    .global \name\()_start
\name\()_start:
    .incbin "\file"
\name\()_end:
    .balign MEASURE_PAGE, 0
    .section .rodata
    .balign 4
    .global \name\()_size
\name\()_size:
    .word   \name\()_end - \name\()_start
    .endm

    IMAGE guest_a, "guest-a.bin"
    IMAGE guest_b, "guest-b.bin"

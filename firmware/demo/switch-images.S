/* switchbench's guest image (switch-guest.c, switch-guest.S) embedded in
 * the hypervisor, as hv-images.S embeds the demo's: a flat binary from
 * gPA 0, starting on a page and zero-padded to a whole page for
 * SMC_VM_ADD_PAGE. The Makefile passes the build directory with -Wa,-I so
 * .incbin finds switch-guest.bin. Both VMs are built from it. */
#include "or1k-sprs.h"

    .section .rodata.guests, "a"
    .balign MEASURE_PAGE
    .global switch_guest_start
switch_guest_start:
    .incbin "switch-guest.bin"
switch_guest_end:
    .balign MEASURE_PAGE, 0
    .section .rodata
    .balign 4
    .global switch_guest_size
switch_guest_size:
    .word   switch_guest_end - switch_guest_start

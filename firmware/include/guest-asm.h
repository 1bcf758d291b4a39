/* A guest kernel's reset and exception entry/exit (.S files of the guests
 * embedded in the demo and the VM tests: demo/guest.S, demo/switch-guest.S,
 * vmtests/share-guest.S). The guest runs at guest-physical 0 with its MMU
 * off, as a bare OR1200 program would; its linker script puts .low (0x0..
 * 0xFF, reached r0-relative), .reset at 0x100 and .vectors at 0x200 and
 * defines the stack top and __bss_start/__bss_end. */
#ifndef GUEST_ASM_H
#define GUEST_ASM_H

#include "or1k-asm.h"

/* _guest_reset, the ELF entry at 0x100: RESET_CLEAR_BSS with the stack at
 * `stack`, then `main` (which does not return). */
.macro GUEST_RESET main, stack
    .section .reset, "ax"
    .global _guest_reset
    .type _guest_reset, @function
_guest_reset:
    RESET_CLEAR_BSS \stack
    l.jal   \main                   /* does not return */
    l.nop
8872: l.j   8872b
    l.nop
    .size _guest_reset, . - _guest_reset
.endm

/* Every vector 0x200..0xE00 into C: handler(vector, frame) with the struct
 * or1k_frame of or1k.h just below `stack`, and back with the frame as the
 * handler left it. A stub saves the interrupted r1 in a scratch word in
 * .low (an r0-relative store: no register is free yet), switches to the
 * stack and jumps to guest_exc_common with r3 = the vector. The kernel
 * runs with interrupts off (exception entry clears SR[TEE]), so it is
 * never re-entered except by its own bug. guest_exc_return (a label of
 * the file) is the way back alone: r1 = a frame. */
.macro GUEST_STUB vec, stack
    VECTOR_ORG(\vec)
    l.sw    lo(guest_saved_sp)(r0), r1
    LOAD32(r1, \stack - OR1K_FRAME_SIZE)
    l.sw    12(r1), r3
    l.j     guest_exc_common
    l.ori   r3, r0, \vec
.endm

.macro GUEST_FRAME_VECTORS handler, stack
    .section .low, "aw"
    /* the interrupted r1 while guest_exc_common saves the rest */
guest_saved_sp:
    .word   0

    .section .vectors, "ax"
    .irp v, VEC_BUS_ERROR, VEC_DPAGE_FAULT, VEC_IPAGE_FAULT, VEC_TICK, VEC_ALIGN, VEC_ILLEGAL, \
            VEC_EXTERNAL, VEC_DTLB_MISS, VEC_ITLB_MISS, VEC_RANGE, VEC_SYSCALL, VEC_FLOAT, VEC_TRAP
    GUEST_STUB \v, \stack
    .endr

    .text
    .type guest_exc_common, @function
guest_exc_common:
    FRAME_SAVE_CALL \handler, l.lwz r2, lo(guest_saved_sp)(r0)
guest_exc_return:
    FRAME_RESTORE_RFE
    .size guest_exc_common, . - guest_exc_common
.endm

#endif /* GUEST_ASM_H */

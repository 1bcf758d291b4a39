/* A demo guest's reset, exception vectors and kernel entry/exit (guest.c
 * has the rest), from guest-asm.h. It runs at guest-physical 0 with its
 * MMU off, exactly as a bare OR1200 program would: the hypervisor is not
 * involved in any of its exceptions.
 *
 * The reset calls guest_kernel_main on the kernel stack; every vector
 * calls guest_exception(vector, frame) with the struct or1k_frame of
 * or1k.h on that stack. */
#include "guest-asm.h"

    GUEST_RESET guest_kernel_main, __kstack_top
    GUEST_FRAME_VECTORS guest_exception, __kstack_top

    /* guest_enter_user(frame): starts user mode from a frame the kernel
     * filled in (pc in EPCR, SR in ESR, r1 = the user stack), through the
     * same return path as an exception. */
    .text
    .global guest_enter_user
    .type guest_enter_user, @function
guest_enter_user:
    l.j     guest_exc_return
    l.or    r1, r3, r0
    .size guest_enter_user, . - guest_enter_user

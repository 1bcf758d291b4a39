/* The shared-page tests' guest (share-guest.c has the rest): reset and
 * exception vectors at guest-physical 0 (guest-asm.h), MMU and caches off
 * at reset.
 *
 * The reset calls sg_main on the stack at __stack_top; every vector calls
 * sg_exception(vector, frame) with the struct or1k_frame of or1k.h below
 * it, which reports the exception and resumes at sg_abort (the command
 * ends there) with a fresh stack. */
#include "guest-asm.h"

    GUEST_RESET sg_main, __stack_top
    GUEST_FRAME_VECTORS sg_exception, __stack_top

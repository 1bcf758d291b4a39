/* switchbench's vectors: the runtime's, with the VM-exit vector and hv_run
 * of demo/hv-vectors.S (as sb_enter), both inside the vector page at
 * 0xF00..0xFFF, so their I-cache lines are known (switchbench.h): the
 * hypervisor's exit path stays out of the lines of the guests' code. The
 * registers sb_enter keeps across the guest live at sb_hot + 0x100
 * (switchbench.c). */
#define OR1K_OWN_VMEXIT
#include "../runtime/vectors.S"

#include "host-regs.S"
#include "vmsave.h"

    .section .vectors, "ax"
    VECTOR_ORG(VEC_VMEXIT)
    LOAD32(r3, sb_hot + 0x100)
    HOST_REGS LWZ_FROM
    l.ori   r11, r0, 0              /* sb_enter's answer: the VM exited */
    l.rfe                           /* to the l.vmenter + 4 with the host's SR */
    l.nop

    /* uint32_t sb_enter(uint32_t vmid, uint32_t answer): hv_run (enters VM
     * vmid, its r11 gets `answer` after a hypercall; 0 at its exit, the
     * cause in SPR_VMEXIT, or the l.vmenter's refusal) */
    .global sb_enter
    .type sb_enter, @function
sb_enter:
    l.or    r6, r3, r0
    SET_SAVE_AREA r6, r5, r7        /* SPR_VMSAVE = its save area (vmsave.h) */
    LOAD32(r3, sb_hot + 0x100)
    HOST_REGS SW_TO
    l.ori   r11, r0, 0
    .word   VMENTER_INSN | (6 << INSN_RA_SHIFT) | (4 << INSN_RB_SHIFT)   /* l.vmenter r6, r4 */
    l.jr    r9
    l.nop
    .global sb_enter_end
sb_enter_end:
    .size sb_enter, . - sb_enter

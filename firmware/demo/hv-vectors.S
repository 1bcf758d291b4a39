/* The hypervisor's vectors: the runtime's (runtime/vectors.S, every
 * exception of the host reported as in any test) but its own VM-exit
 * vector at 0xF00, and hv_run, the l.vmenter that vector returns to.
 *
 * At a VM exit every GPR is zero, EPCR = the l.vmenter's pc + 4 and ESR =
 * the host's SR at the l.vmenter (docs/VIRT.md). So hv_run keeps what its
 * caller needs (r1, r2, r9, r10 and the callee-saved r14..r30) in hv_saved
 * before entering, and the 0xF00 code reloads it by absolute address and
 * l.rfe's back: a setjmp/longjmp around the guest. */
#define OR1K_OWN_VMEXIT
#include "../runtime/vectors.S"

#include "host-regs.S"
#include "vmsave.h"

    .section .bss
    .balign 4
hv_saved:
    .space  HOST_SAVED_BYTES
    .size hv_saved, . - hv_saved

    .section .vectors, "ax"
    VECTOR_ORG(VEC_VMEXIT)
    LOAD32(r3, hv_saved)
    HOST_REGS LWZ_FROM
    l.ori   r11, r0, 0              /* hv_run's answer: the VM exited */
    l.rfe                           /* to the l.vmenter + 4 with the host's SR */
    l.nop

    .text
    /* uint32_t hv_run(uint32_t vmid, uint32_t answer): enters VM vmid (its
     * sealed context in its save area, vmsave.h: SPR_VMSAVE is set here
     * before every entry; its r11 gets `answer` if it last exited on a
     * hypercall) and returns when
     * it exits: 0, the cause in SPR_VMEXIT; or the l.vmenter's refusal
     * (VMENTER_ERR_*, the guest never ran). */
    .global hv_run
    .type hv_run, @function
hv_run:
    l.or    r6, r3, r0
    SET_SAVE_AREA r6, r5, r7        /* SPR_VMSAVE = its save area (vmsave.h) */
    LOAD32(r3, hv_saved)
    HOST_REGS SW_TO
    l.ori   r11, r0, 0
    .word   VMENTER_INSN | (6 << INSN_RA_SHIFT) | (4 << INSN_RB_SHIFT)   /* l.vmenter r6, r4 */
    /* a refusal goes on here with r11 = VMENTER_ERR_*; an exit l.rfe's here with r11 = 0 */
    l.jr    r9
    l.nop
    .size hv_run, . - hv_run

/* vmbench's vectors: the runtime's, with a minimal VM-exit handler at
 * 0xF00 that re-enters VM 1 until vb_count runs out, then returns from
 * bench_run (the setjmp/longjmp of demo/hv-vectors.S): the shortest host
 * side of a hypercall round trip, so the figure is the hardware's. */
#define OR1K_OWN_VMEXIT
#include "../runtime/vectors.S"

#include "host-regs.S"
#include "vmsave.h"

    .section .bss
    .balign 4
vb_saved:
    .space  HOST_SAVED_BYTES
vb_count:
    .space  4

    .section .vectors, "ax"
    VECTOR_ORG(VEC_VMEXIT)
    LOAD32(r3, vb_count)
    l.lwz   r4, 0(r3)
    l.addi  r4, r4, -1
    l.sw    0(r3), r4
    l.sfeqi r4, 0
    l.bnf   1f
    l.ori   r5, r0, 1               /* VM 1 */
    LOAD32(r3, vb_saved)
    HOST_REGS LWZ_FROM
    /* EPCR is the last l.vmenter's (this handler's) + 4: return to bench_run's */
    LOAD32(r4, vb_back)
    l.mtspr r0, r4, SPR_EPCR0
    l.rfe                           /* r11 = 0 */
    l.nop
    /* SPR_VMSAVE still names VM 1's save area: bench_run set it, and an
     * exit does not change it (docs/SEALING.md), so the shortest host
     * side stays an l.vmenter alone */
1:  .word   VMENTER_INSN | (5 << INSN_RA_SHIFT)   /* l.vmenter r5, r0 */
    l.j     1b                      /* refused: try again (never: VM 1 is launched) */
    l.nop

    .text
    /* uint32_t bench_run(uint32_t vmid, uint32_t n): n round trips of VM
     * vmid (each exit re-enters at once, with the save area bench_run
     * put in SPR_VMSAVE); returns 0, or the refusal. */
    .global bench_run
    .type bench_run, @function
bench_run:
    l.or    r6, r3, r0
    SET_SAVE_AREA r6, r5, r7        /* SPR_VMSAVE = its save area (vmsave.h); an exit leaves it */
    LOAD32(r3, vb_count)
    l.sw    0(r3), r4
    LOAD32(r3, vb_saved)
    HOST_REGS SW_TO
    l.ori   r11, r0, 0
    .word   VMENTER_INSN | (6 << INSN_RA_SHIFT)   /* l.vmenter r6, r0 */
vb_back:
    l.jr    r9
    l.nop
    .size bench_run, . - bench_run

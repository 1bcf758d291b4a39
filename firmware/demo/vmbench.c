/* vmbench: the cost of the protected-VM operations, timed with the host's
 * tick timer (TTCR counts clock cycles on the RTL, retired instructions on
 * the ISS; in lock-step the ISS reads the RTL's count). `make bench-vm`
 * runs it on the RTL and docs/PERFORMANCE.md keeps the figures.
 *
 * The guest is one page: at its reset vector `l.vmcall; l.j .-4`, so each
 * round trip is: exit (the sequencer stores and clears the registers), the
 * host's shortest 0xF00 handler (demo/vmbench-vectors.S: count, re-enter),
 * entry (the sequencer restores them), one guest instruction. */
#include <stdint.h>
#include "or1k.h"
#include "smc.h"
#include "stdio.h"

#define ROUNDS 200

extern uint32_t bench_run(uint32_t vmid, uint32_t n);

static uint32_t page[MEASURE_PAGE / 4] __attribute__((aligned(MEASURE_PAGE)));
static uint32_t desc[VMC_BYTES / 4];
static int failed;

static uint32_t timed(const char *what, unsigned fn, unsigned a, unsigned b, unsigned c)
{
    uint32_t t0 = mfspr(SPR_TTCR);
    unsigned st = smc(fn, a, b, c, 0);
    uint32_t t1 = mfspr(SPR_TTCR);
    printf("vmbench: %-44s %6lu ticks (status %u)\n", what, (unsigned long)(t1 - t0), st);
    if (st != SM_OK)
        failed = 1;
    return t1 - t0;
}

int main(void)
{
    /* continuous count, no interrupt */
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);

    page[VEC_RESET / 4] = VMCALL_INSN;
    page[VEC_RESET / 4 + 1] = (OP_J << INSN_OPCODE_SHIFT) | (INSN_BRANCH_OFF_MASK & (uint32_t)-1); /* l.j .-4 */
    page[VEC_RESET / 4 + 2] = NOP_INSN;
    desc[VMC_POLICY / 4] = 0;
    desc[VMC_REGIONS / 4 + 0] = 0;                  /* gPA */
    desc[VMC_REGIONS / 4 + 1] = VM_REGION_MIN;      /* size */
    desc[VMC_REGIONS / 4 + 2] = 0x100000;           /* hPA */

    timed("monitor call (SMC_VERSION, round trip)", SMC_VERSION, 0, 0, 0);
    timed("create (8 KiB region: keys, scrub, M0)", SMC_VM_CREATE, 1, (unsigned)desc, 0);
    timed("add page (4 KiB: copy, write-back, measure)", SMC_VM_ADD_PAGE, 1, 0, (unsigned)page);
    timed("launch", SMC_VM_LAUNCH, 1, 0, 0);

    bench_run(1, 1); /* the first entry starts the guest at reset */
    uint32_t t0 = mfspr(SPR_TTCR);
    uint32_t st = bench_run(1, ROUNDS);
    uint32_t t1 = mfspr(SPR_TTCR);
    printf("vmbench: %-44s %6lu ticks each (%u round trips)\n", "hypercall round trip (l.vmcall..guest)",
           (unsigned long)((t1 - t0) / ROUNDS), ROUNDS);
    if (st != 0 || (mfspr(SPR_VMEXIT) & 0xff) != EXIT_VMCALL)
        failed = 1;

    timed("destroy (scrub 8 KiB, zero keys)", SMC_VM_DESTROY, 1, 0, 0);
    printf("vmbench: %s\n", failed ? "FAILED" : "done");
    return failed;
}

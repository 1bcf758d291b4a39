/* switchbench's guest kernel (switchbench.h; reset, vectors and templates
 * in switch-guest.S). One image serves both VMs: it asks the hypervisor
 * for commands (HC_SB_NEXT) and
 *   SB_CMD_PREPARE: writes the workload into the work area at the gVA the
 *                   command gives (chunk templates patched with their data
 *                   addresses and branch offsets, then written back and the
 *                   I-cache lines invalidated, as self-modifying code must);
 *   SB_CMD_RUN:     runs it SB_RUNS times with both MMUs on, reporting each
 *                   run (HC_SB_REPORT): its guest cycles, its TLB misses and
 *                   the instructions it retired (HC_SB_INFO first: how
 *                   that count is made);
 *   SB_CMD_DONE:    HC_SB_DONE.
 * The kernel itself runs with its MMUs off and its caches on. */
#include <stdint.h>
#include "or1k.h"
#include "smc.h"
#include "switchbench.h"

extern const uint32_t sb_chunk[], sb_chunk_jump[], sb_chunk_end[];
extern const uint32_t sb_last[], sb_last_branch[], sb_last_end[];
extern const uint32_t sb_dtlb_miss[], sb_dtlb_miss_end[], sb_itlb_miss[], sb_itlb_miss_end[];
extern const uint32_t sb_window[], sb_window_end[];
extern volatile uint32_t sb_res_t0, sb_res_t1, sb_res_dm, sb_res_im;
void work_run(uint32_t entry, uint32_t rounds);
void guest_main(void) __attribute__((noreturn));

#define WORDS(from, to) ((uint32_t)((to) - (from)))

static uint32_t code_addr(uint32_t base, int high, unsigned i)
{
    return base + i * SB_PAGE + SB_CODE_OFF(high) + i * SB_CODE_STRIDE;
}

static uint32_t data_addr(uint32_t base, int high, unsigned i)
{
    return base + (SB_CHUNKS + i) * SB_PAGE + SB_DATA_OFF(high) + i * SB_DATA_STRIDE;
}

static void prepare(uint32_t base, int high)
{
    for (unsigned i = 0; i < SB_CHUNKS; i++) {
        int last = i == SB_CHUNKS - 1;
        const uint32_t *t = last ? sb_last : sb_chunk;
        uint32_t n = last ? WORDS(sb_last, sb_last_end) : WORDS(sb_chunk, sb_chunk_end);
        uint32_t br = last ? WORDS(sb_last, sb_last_branch) : WORDS(sb_chunk, sb_chunk_jump);
        uint32_t *dst = (uint32_t *)code_addr(base, high, i);
        for (uint32_t k = 0; k < n; k++)
            dst[k] = t[k];
        uint32_t a = data_addr(base, high, i), b = data_addr(base, high, (i + SB_PARTNER) % SB_CHUNKS);
        dst[0] |= a >> 16;
        dst[1] |= a & 0xffff;
        dst[2] |= b >> 16;
        dst[3] |= b & 0xffff;
        uint32_t target = code_addr(base, high, last ? 0 : i + 1);
        dst[br] |= ((target - (uint32_t)&dst[br]) >> 2) & INSN_BRANCH_OFF_MASK;
        /* to memory, and out of the I-cache (16-byte lines) */
        for (uint32_t k = 0; k < n; k += 4) {
            mtspr(SPR_DCBFR, (uint32_t)&dst[k]);
            mtspr(SPR_ICBIR, (uint32_t)&dst[k]);
        }
    }
}

/* The instructions a run retires between its two TTCR reads: the window's
 * opening (the first l.mfspr and the l.rfe), every round's chunks (all
 * straight-line; the last chunk's l.sys is an exception, not a retirement,
 * and the syscall vector reads TTCR first), and each TLB miss's handler
 * (straight-line up to its l.rfe; the instruction that missed retires once,
 * when it runs again). No delay slot misses (it lies in its branch's page,
 * and no exit comes between a branch and its delay slot; loads and stores
 * are never in one), so no branch runs twice. */
static uint32_t run_insns(uint32_t rounds, uint32_t dmiss, uint32_t imiss)
{
    uint32_t round = (SB_CHUNKS - 1) * WORDS(sb_chunk, sb_chunk_end) + WORDS(sb_last, sb_last_end) - 1;
    return WORDS(sb_window, sb_window_end) + rounds * round + dmiss * WORDS(sb_dtlb_miss, sb_dtlb_miss_end) +
           imiss * WORDS(sb_itlb_miss, sb_itlb_miss_end);
}

static void run(uint32_t base, int high)
{
    if (vmcall(HC_SB_INFO, run_insns(SB_ROUNDS, 0, 0), WORDS(sb_dtlb_miss, sb_dtlb_miss_end),
                  WORDS(sb_itlb_miss, sb_itlb_miss_end), 0, 0) != 0)
        guest_halt(0x1000 | HC_SB_INFO);
    for (uint32_t r = 0; r < SB_RUNS; r++) {
        work_run(code_addr(base, high, 0), SB_ROUNDS);
        uint32_t dm = sb_res_dm, im = sb_res_im;
        if (vmcall(HC_SB_REPORT, r, sb_res_t1 - sb_res_t0, dm, im, run_insns(SB_ROUNDS, dm, im)) != 0)
            guest_halt(0x1000 | HC_SB_REPORT);
    }
}

void guest_main(void)
{
    mtspr(SPR_SR, mfspr(SPR_SR) | SR_DCE | SR_ICE);
    /* the handlers' set arithmetic: one way, 1 << TLB_SETS_LOG2 sets */
    if (mfspr(SPR_DMMUCFGR) != MMUCFGR_VALUE || mfspr(SPR_IMMUCFGR) != MMUCFGR_VALUE)
        guest_halt(0x2000);
    /* counting, no interrupt */
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);
    for (;;) {
        uint32_t cmd = vmcall(HC_SB_NEXT, 0, 0, 0, 0, 0);
        uint32_t base = cmd & SB_CMD_BASE_MASK;
        int high = (cmd & SB_HALF_HIGH) != 0;
        switch (cmd & SB_CMD_KIND_MASK) {
        case SB_CMD_PREPARE:
            prepare(base, high);
            break;
        case SB_CMD_RUN:
            run(base, high);
            break;
        case SB_CMD_DONE:
            vmcall(HC_SB_DONE, 0, 0, 0, 0, 0);
            guest_halt(0x3000); /* entered again */
        default:
            guest_halt(0x4000);
        }
    }
}

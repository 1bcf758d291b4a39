/* switchbench (make bench-switch): what the hypervisor (switchbench.c) and
 * its benchmark guest (switch-guest.c, switch-guest.S) agree on.
 *
 * The guest's workload is code it writes into its own memory: SB_CHUNKS
 * code pages and SB_CHUNKS data pages of 8 KiB (one TLB set each), a work
 * area of SB_AREA bytes at a gVA the hypervisor chooses, run with both of
 * the guest's MMUs on (identity mapping, gVA = gPA; the guest's own
 * DTLB/ITLB-miss handlers reload the TLBs). One round runs every chunk once:
 * chunk i (in code page i) loads from and stores to data pages i and
 * (i + SB_PARTNER) % SB_CHUNKS, then jumps to chunk i + 1; the last chunk
 * counts the rounds down and branches back to chunk 0. No branch depends on
 * data, so a run retires a fixed number of instructions plus a fixed number
 * per TLB miss (switch-guest.c counts them exactly). */
#ifndef VMSP_SWITCHBENCH_H
#define VMSP_SWITCHBENCH_H

#include "or1k-sprs.h"

/* ---- hypercalls (l.vmcall: r3 = function, r4..r8 = arguments, answer in r11) ---- */

/* The guest waits for its next command; the answer is one (SB_CMD_*). The
 * hypervisor does not enter a waiting guest until it answers. */
#define HC_SB_NEXT 16
/* r4 = run (0 = the warm-up run), r5 = guest cycles of the run (its TTCR),
 * r6 = DTLB misses, r7 = ITLB misses, r8 = instructions it retired. */
#define HC_SB_REPORT 17
/* The guest is finished (the hypervisor does not enter it again). */
#define HC_SB_DONE 18
/* Before its first run: r4 = the instructions a run retires without a TLB
 * miss, r5 = those of the DTLB-miss handler, r6 = the ITLB-miss handler's
 * (each miss adds its handler's, switch-guest.c). */
#define HC_SB_INFO 19

/* A command: the work area's gVA (SB_AREA-aligned) | SB_HALF_HIGH | kind. */
#define SB_CMD_KIND_MASK 0x3
#define SB_CMD_PREPARE 1 /* write the workload into the work area */
#define SB_CMD_RUN 2     /* run the workload there SB_RUNS times, reporting each run */
#define SB_CMD_DONE 3    /* HC_SB_DONE */
#define SB_HALF_HIGH 0x4 /* its hot lines at SB_CODE_OFF(1), SB_DATA_OFF(1) (below), else at (0) */
#define SB_CMD_BASE_MASK (~(SB_AREA - 1))

/* ---- the workload ---- */

#define SB_PAGE (1u << PAGE_SHIFT)    /* 8 KiB: an MMU page, a TLB set */
#define SB_CHUNKS 16                  /* code pages = data pages */
#define SB_AREA (2 * SB_CHUNKS * SB_PAGE) /* 256 KiB: code pages, then data pages */
#define SB_PARTNER 5                  /* chunk i also touches data page i + 5 */
#define SB_ROUNDS 32                  /* rounds per run */
#define SB_RUNS 9                     /* runs per command: the warm-up run, then 8 measured */

/* Where the hot lines sit inside their pages. The caches are 8 KiB,
 * direct-mapped and indexed by the page offset (bits 12..4), so code or
 * data at the same offsets in two worlds evicts each other. The guests'
 * chunks take the upper 4 KiB of the I-cache's index space, 2 KiB each;
 * below lie the guest kernel's vectors (its TLB-miss handlers at 0x900 and
 * 0xA00) and its code (at gPA 0x2000), and the hypervisor's exit path (its
 * 0xF00 vector and l.vmenter in the vector page, run_vms at a page's
 * start). Their data take 1 KiB each of the D-cache's, away from the
 * hypervisor's (sb_hot from a page's start + 0x100, its stack at the top
 * of RAM) and the guest kernel's (the handlers' scratch words at gPA 0, its
 * stack at 0x4000). switchbench.c checks the hypervisor's side at its start. So the
 * two guests and the hypervisor do not evict each other's hot lines, and
 * the difference between phases is the TLBs' alone. Chunk i sits at
 * code-page offset SB_CODE_OFF(half) + i * SB_CODE_STRIDE (a chunk is at
 * most SB_CODE_STRIDE bytes), its data at data-page offset
 * SB_DATA_OFF(half) + i * SB_DATA_STRIDE (four cache lines). */
#define SB_CODE_STRIDE 0x80
#define SB_CODE_OFF(high) ((high) ? 0x1800 : 0x1000)
#define SB_DATA_STRIDE 0x40
#define SB_DATA_OFF(high) ((high) ? 0x1000 : 0x0800)

#endif

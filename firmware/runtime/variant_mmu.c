/* The "tests-mmu" build: caches and both MMUs on from before main, with
 * default DTLB/ITLB-miss handlers that reload identity mappings, so an
 * unmodified test runs translated. Exception entry turns SR[DME]/SR[IME]
 * off, so handlers (and this reload) run untranslated; l.rfe restores them
 * from ESR. Devices (physical bit 31 set: the uncached RAM alias, UART,
 * finisher, unmapped space) get TLB_TR_CI, so they stay uncached exactly
 * as without the MMU. A test that installs its own miss handlers (mmu.c)
 * replaces these. */
#include <stdio.h>
#include <stdlib.h>
#include "or1k.h"

#define DATA_ALL (DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE)
#define INSN_ALL (ITLB_TR_SXE | ITLB_TR_UXE)

static uint32_t dsets, isets;

/* Identity translate-register value for the page of `ea`. */
static uint32_t identity_tr(uint32_t ea, uint32_t perms)
{
    return (ea & TLB_TR_PPN_MASK) | perms | ((ea & 0x80000000u) ? TLB_TR_CI : 0);
}

static void dtlb_reload(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    uint32_t set = (f->eear >> PAGE_SHIFT) & (dsets - 1);
    mtspr(SPR_DTLBW0MR0 + set, (f->eear & TLB_MR_VPN_MASK) | TLB_MR_V);
    mtspr(SPR_DTLBW0TR0 + set, identity_tr(f->eear, DATA_ALL));
}

static void itlb_reload(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    uint32_t set = (f->eear >> PAGE_SHIFT) & (isets - 1);
    mtspr(SPR_ITLBW0MR0 + set, (f->eear & TLB_MR_VPN_MASK) | TLB_MR_V);
    mtspr(SPR_ITLBW0TR0 + set, identity_tr(f->eear, INSN_ALL));
}

void _or1k_variant_init(void)
{
    uint32_t upr = mfspr(SPR_UPR);
    if ((upr & (UPR_DMP | UPR_IMP)) != (UPR_DMP | UPR_IMP)) {
        /* a tests-mmu program on a core without MMUs proves nothing */
        printf("tests-mmu: the core has no DMMU/IMMU (UPR=%08lx)\n", (unsigned long)upr);
        exit(OR1K_EXIT_ABORT);
    }
    dsets = 1u << ((mfspr(SPR_DMMUCFGR) >> MMUCFGR_NTS_SHIFT) & 7);
    isets = 1u << ((mfspr(SPR_IMMUCFGR) >> MMUCFGR_NTS_SHIFT) & 7);
    for (uint32_t s = 0; s < dsets; s++)
        mtspr(SPR_DTLBW0MR0 + s, 0);
    for (uint32_t s = 0; s < isets; s++)
        mtspr(SPR_ITLBW0MR0 + s, 0);
    or1k_set_handler(VEC_DTLB_MISS, dtlb_reload);
    or1k_set_handler(VEC_ITLB_MISS, itlb_reload);
    or1k_sr_set(SR_ICE | SR_DCE | SR_DME | SR_IME);
}

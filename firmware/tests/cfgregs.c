/* Configuration registers of the VMSP core (OR1200 configuration): VR =
 * VR_VALUE; UPR has the units present (UP, PIC, tick timer, and DMMU/IMMU
 * when the core has them); CPUCFGR has ORBIS32; DMMUCFGR/IMMUCFGR say one
 * way and 64 sets (the software-reloaded TLBs) when UPR lists that MMU and
 * read 0 otherwise; DCCFGR/ICCFGR read DCCFGR_VALUE/ICCFGR_VALUE when UPR
 * lists that cache (tests/cache.c decodes them). QEMU 7.2 models 128 TLB
 * sets (qemu-gaps.txt). */
#include "or1k.h"
#include "test.h"

#define NTW(cfg) (((cfg) >> MMUCFGR_NTW_SHIFT) & 3)
#define NTS(cfg) (((cfg) >> MMUCFGR_NTS_SHIFT) & 7)

int main(void)
{
    test_begin("cfgregs");
    uint32_t upr = mfspr(SPR_UPR), cpucfgr = mfspr(SPR_CPUCFGR);
    uint32_t dmmu = mfspr(SPR_DMMUCFGR), immu = mfspr(SPR_IMMUCFGR);
    printf("  VR=%08lx UPR=%08lx CPUCFGR=%08lx DMMUCFGR=%08lx IMMUCFGR=%08lx\n", (unsigned long)mfspr(SPR_VR),
           (unsigned long)upr, (unsigned long)cpucfgr, (unsigned long)dmmu, (unsigned long)immu);
    CHECK_EQ("VR", mfspr(SPR_VR), VR_VALUE);
    const uint32_t units = UPR_UP | UPR_PICP | UPR_TTP;
    CHECK_EQ("UPR: UP, PIC, tick timer present", upr & units, units);
    /* the positions themselves, from the architecture manual (and Linux's
     * spr_defs.h), not from or1k-arch: PICP is bit 8, PMP bit 9 (no power
     * management unit), TTP bit 10 */
    CHECK_EQ("UPR bits 10..8: timer, no power management, PIC", upr & 0x700, 0x500);
    CHECK_EQ("CPUCFGR: ORBIS32", cpucfgr & CPUCFGR_OB32S, CPUCFGR_OB32S);
    CHECK_EQ("CPUCFGR: no ORBIS64", cpucfgr & CPUCFGR_OB64S, 0);
    if (upr & UPR_DMP) {
        CHECK_EQ("DMMUCFGR: one way", NTW(dmmu), 0);
        CHECK_EQ("DMMUCFGR: 64 sets", 1u << NTS(dmmu), 64);
    } else {
        printf("  no DMMU\n");
        CHECK_EQ("DMMUCFGR reads 0 without a DMMU", dmmu, 0);
    }
    if (upr & UPR_IMP) {
        CHECK_EQ("IMMUCFGR: one way", NTW(immu), 0);
        CHECK_EQ("IMMUCFGR: 64 sets", 1u << NTS(immu), 64);
    } else {
        printf("  no IMMU\n");
        CHECK_EQ("IMMUCFGR reads 0 without an IMMU", immu, 0);
    }
    if (upr & UPR_DCP)
        CHECK_EQ("DCCFGR", mfspr(SPR_DCCFGR), DCCFGR_VALUE);
    else
        printf("  no D-cache\n");
    if (upr & UPR_ICP)
        CHECK_EQ("ICCFGR", mfspr(SPR_ICCFGR), ICCFGR_VALUE);
    else
        printf("  no I-cache\n");
    /* config registers are read-only */
    mtspr(SPR_VR, 0);
    mtspr(SPR_DMMUCFGR, 0);
    CHECK_EQ("VR is read-only", mfspr(SPR_VR), VR_VALUE);
    CHECK_EQ("DMMUCFGR is read-only", mfspr(SPR_DMMUCFGR), dmmu);
    return test_end();
}

/* MMU: software-reloaded 1-way DTLB/ITLB with 8 KiB pages in OR1200's
 * match/translate layout. DTLB/ITLB miss handlers (0x900/0xA00) refill from
 * a small page table (identity for RAM and devices plus test pages); the
 * number of sets comes from DMMUCFGR/IMMUCFGR, so the same program runs on
 * the 64-set VMSP core and on QEMU's 128 sets. Checked: translation through
 * an alias, set conflicts, supervisor and user protection faults (0x300,
 * EEAR = the address), an instruction page fault (0x400) in user mode,
 * misses for unmapped pages, SR[DME]/SR[IME] cleared in the handlers.
 * A core without DMMU and IMMU (UPR) skips the test and passes. */
#include <string.h>
#include "exc-test.h"

#define VA_BASE 0x40000000u /* test pages: not RAM, only reachable through the TLB */
#define VA(n) (VA_BASE + (n) * PAGE_SIZE)
#define DATA_RW (DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE)

extern char __ram_size[];

static uint8_t pages[4][PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

/* Test mappings: virtual page -> DTLB/ITLB translate register value. */
struct pte {
    uint32_t va;
    uint32_t dtr;
    uint32_t itr;
};
static struct pte table[8];
static unsigned ntable;

static unsigned nsets_d, nsets_i;
static volatile unsigned dmiss, imiss, unmapped, dfaults, ifaults;
static volatile uint32_t fault_eear, fault_epcr, fault_sr, miss_sr;

static void map(uint32_t va, const void *pa, uint32_t dperm, uint32_t iperm)
{
    table[ntable].va = va;
    table[ntable].dtr = dperm ? ((uint32_t)pa & TLB_TR_PPN_MASK) | dperm : 0;
    table[ntable].itr = iperm ? ((uint32_t)pa & TLB_TR_PPN_MASK) | iperm : 0;
    ntable++;
}

/* The translate register for va, or 0 if unmapped. */
static uint32_t lookup(uint32_t va, int insn)
{
    uint32_t page = va & TLB_MR_VPN_MASK;
    for (unsigned i = 0; i < ntable; i++)
        if (table[i].va == page)
            return insn ? table[i].itr : table[i].dtr;
    if (page < (uint32_t)__ram_size) /* identity map of RAM */
        return page | (insn ? ITLB_TR_SXE | ITLB_TR_UXE : DATA_RW);
    if (!insn && (page == (UART_BASE & TLB_MR_VPN_MASK) || page == FINISHER_BASE))
        return page | TLB_TR_CI | DTLB_TR_SRE | DTLB_TR_SWE;
    return 0;
}

static void refill(struct or1k_frame *f, int insn)
{
    uint32_t va = f->eear, tr = lookup(va, insn);
    miss_sr = mfspr(SPR_SR);
    if (!tr) {
        unmapped++;
        f->epcr += 4; /* skip the access (data only: tests never fetch unmapped) */
        return;
    }
    uint32_t set = (va >> PAGE_SHIFT) & ((insn ? nsets_i : nsets_d) - 1);
    mtspr((insn ? SPR_ITLBW0MR0 : SPR_DTLBW0MR0) + set, (va & TLB_MR_VPN_MASK) | TLB_MR_V);
    mtspr((insn ? SPR_ITLBW0TR0 : SPR_DTLBW0TR0) + set, tr);
}

static void dtlb_miss(unsigned v, struct or1k_frame *f) { (void)v; dmiss++; refill(f, 0); }
static void itlb_miss(unsigned v, struct or1k_frame *f) { (void)v; imiss++; refill(f, 1); }

static void dpage_fault(unsigned v, struct or1k_frame *f)
{
    (void)v;
    dfaults++;
    fault_eear = f->eear;
    fault_epcr = f->epcr;
    fault_sr = mfspr(SPR_SR);
    f->epcr += 4; /* skip the access */
}

static void ipage_fault(unsigned v, struct or1k_frame *f)
{
    (void)v;
    ifaults++;
    fault_eear = f->eear;
    fault_epcr = f->epcr;
    f->r[11] = 0xfa017; /* "return" 0xfa017 to the caller at r9 */
    f->epcr = f->r[9];
}

static void flush_tlbs(void)
{
    for (unsigned s = 0; s < nsets_d; s++)
        mtspr(SPR_DTLBW0MR0 + s, 0);
    for (unsigned s = 0; s < nsets_i; s++)
        mtspr(SPR_ITLBW0MR0 + s, 0);
}

static uint32_t user_load(uint32_t va) { return *(volatile uint32_t *)va; }
static uint32_t user_store(uint32_t va) { *(volatile uint32_t *)va = 0x5eed; return 1; }

/* A leaf that fits in one aligned block, executed through an alias page. */
__attribute__((noinline, aligned(32))) static uint32_t plus_one(uint32_t x) { return x + 1; }

int main(void)
{
    test_begin("mmu");
    uint32_t upr = mfspr(SPR_UPR);
    if ((upr & (UPR_DMP | UPR_IMP)) != (UPR_DMP | UPR_IMP)) {
        printf("  SKIP: no DMMU/IMMU (UPR=%08lx)\n", (unsigned long)upr);
        return test_end();
    }
    nsets_d = 1u << ((mfspr(SPR_DMMUCFGR) >> MMUCFGR_NTS_SHIFT) & 7);
    nsets_i = 1u << ((mfspr(SPR_IMMUCFGR) >> MMUCFGR_NTS_SHIFT) & 7);

    or1k_set_handler(VEC_DTLB_MISS, dtlb_miss);
    or1k_set_handler(VEC_ITLB_MISS, itlb_miss);
    or1k_set_handler(VEC_DPAGE_FAULT, dpage_fault);
    or1k_set_handler(VEC_IPAGE_FAULT, ipage_fault);

    map(VA(0), pages[0], DATA_RW, 0);
    map(VA(nsets_d), pages[1], DATA_RW, 0);          /* same DTLB set as VA(0) */
    map(VA(2), pages[2], DTLB_TR_SRE, 0);            /* supervisor read-only */
    map(VA(3), pages[3], DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE, 0); /* user read-only */
    map(VA(4), pages[3], DTLB_TR_SRE | DTLB_TR_SWE, 0);              /* supervisor only */
    uint32_t code_page = (uint32_t)plus_one & TLB_MR_VPN_MASK;
    map(VA(5), (void *)code_page, 0, ITLB_TR_SXE);   /* supervisor-execute alias */
    uint32_t plus_one_alias = VA(5) + ((uint32_t)plus_one - code_page);

    memset(pages, 0, sizeof pages);
    ((uint32_t *)pages[2])[2] = 0x0badf00d;
    ((uint32_t *)pages[3])[0] = 0x600dcafe;

    /* match register read-back */
    mtspr(SPR_DTLBW0MR0 + 1, VA(1) | TLB_MR_V);
    CHECK_EQ("DTLBW0MR read-back", mfspr(SPR_DTLBW0MR0 + 1) & (TLB_MR_VPN_MASK | TLB_MR_V), VA(1) | TLB_MR_V);
    mtspr(SPR_DTLBW0TR0 + 1, (uint32_t)pages[0] | DATA_RW);
    CHECK_EQ("DTLBW0TR read-back", mfspr(SPR_DTLBW0TR0 + 1) & (TLB_TR_PPN_MASK | DATA_RW),
             (uint32_t)pages[0] | DATA_RW);
    flush_tlbs();

    or1k_sr_set(SR_DME | SR_IME);
    CHECK_EQ("SR[DME|IME] on", mfspr(SPR_SR) & (SR_DME | SR_IME), SR_DME | SR_IME);
    CHECK(dmiss > 0);
    CHECK(imiss > 0);
    CHECK_EQ("DME/IME clear in the miss handler", miss_sr & (SR_DME | SR_IME), 0);

    /* translation through the alias */
    volatile uint32_t *a0 = (uint32_t *)VA(0), *a1 = (uint32_t *)VA(nsets_d);
    a0[5] = 0xa0a0a0a0;
    a1[5] = 0xa1a1a1a1;
    for (int i = 0; i < 4; i++) { /* alternate: the two pages evict each other */
        CHECK_EQ("alias page 0 (set conflict)", a0[5], 0xa0a0a0a0);
        CHECK_EQ("alias page 1 (set conflict)", a1[5], 0xa1a1a1a1);
    }
    or1k_sr_clear(SR_DME | SR_IME);
    CHECK_EQ("physical page 0 holds the alias write", ((uint32_t *)pages[0])[5], 0xa0a0a0a0);
    CHECK_EQ("physical page 1 holds the alias write", ((uint32_t *)pages[1])[5], 0xa1a1a1a1);
    or1k_sr_set(SR_DME | SR_IME);

    /* supervisor protection: read-only page */
    volatile uint32_t *ro = (uint32_t *)VA(2);
    CHECK_EQ("supervisor read of an SRE page", ro[2], 0x0badf00d);
    dfaults = 0;
    ro[2] = 1;
    CHECK_EQ("supervisor write to a read-only page faults", dfaults, 1);
    CHECK_EQ("EEAR = the written address", fault_eear, VA(2) + 8);
    CHECK_EQ("DME clear in the page-fault handler", fault_sr & SR_DME, 0);
    CHECK_EQ("the faulting store wrote nothing", ro[2], 0x0badf00d);

    /* unmapped page: a DTLB miss the page table cannot satisfy */
    unmapped = 0;
    (void)*(volatile uint32_t *)VA(7);
    CHECK_EQ("unmapped page reaches the miss handler", unmapped, 1);

    /* user protection */
    dfaults = 0;
    CHECK_EQ("user read of a URE page", or1k_call_user(user_load, VA(3)), 0x600dcafe);
    CHECK_EQ("no fault on a permitted user read", dfaults, 0);
    or1k_call_user(user_store, VA(3) + 4);
    CHECK_EQ("user write to a page without UWE faults", dfaults, 1);
    CHECK_EQ("EEAR = the user store's address", fault_eear, VA(3) + 4);
    or1k_call_user(user_load, VA(4) + 8);
    CHECK_EQ("user read of a page without URE faults", dfaults, 2);
    CHECK_EQ("EEAR = the user load's address", fault_eear, VA(4) + 8);
    CHECK_EQ("user store wrote nothing", ((volatile uint32_t *)VA(3))[1], 0);
    CHECK_EQ("user mode still sees DME after l.rfe", mfspr(SPR_SR) & SR_DME, SR_DME);

    /* execute through an alias: allowed in supervisor (SXE), faults in user (no UXE) */
    uint32_t (*alias_fn)(uint32_t) = (uint32_t (*)(uint32_t))plus_one_alias;
    CHECK_EQ("supervisor call through an SXE alias", alias_fn(41), 42);
    ifaults = 0;
    CHECK_EQ("user call through an alias without UXE", or1k_call_user(alias_fn, 41), 0xfa017);
    CHECK_EQ("instruction page fault taken", ifaults, 1);
    CHECK_EQ("IPF: EPCR = the fetched address", fault_epcr, plus_one_alias);
    CHECK_EQ("IPF: EEAR = the fetched address", fault_eear, plus_one_alias);

    or1k_sr_clear(SR_DME | SR_IME);
    printf("  %u DTLB misses, %u ITLB misses\n", dmiss, imiss);
    return test_end();
}

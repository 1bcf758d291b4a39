/* An ITLB write to the page being executed takes effect at the very next
 * instruction (l.mtspr refills the pipeline; the IMMU's micro-TLB must not
 * keep the old entry). A virtual page maps physical code page 0, whose code
 * rewrites that page's translate register to point at code page 1 and then
 * runs on: the instructions after the l.mtspr must come from page 1.
 *
 * Only the IMMU is on (an identity-reloading ITLB-miss handler for RAM, the
 * test page's entry written directly). Not comparable on QEMU: its
 * translated blocks keep running the old page's code (qemu-gaps.txt). */
#include "exc-test.h"

#define VA_CODE 0x40050000u /* not RAM; its ITLB set is far from the program's */

static uint32_t code_pages[2][PAGE_SIZE / 4] __attribute__((aligned(PAGE_SIZE)));
static unsigned nsets;
static volatile unsigned misses;

static void itlb_miss(unsigned v, struct or1k_frame *f)
{
    (void)v;
    misses++;
    uint32_t set = (f->eear >> PAGE_SHIFT) & (nsets - 1);
    mtspr(SPR_ITLBW0MR0 + set, (f->eear & TLB_MR_VPN_MASK) | TLB_MR_V);
    mtspr(SPR_ITLBW0TR0 + set, (f->eear & TLB_TR_PPN_MASK) | ITLB_TR_SXE | ITLB_TR_UXE);
}

/* `l.mtspr r3,r4,0; 6 x l.ori r11,r0,k; l.jr r9; l.ori r11,r0,k`, pushed
 * past the caches. The l.ori run keeps fetch inside the page until the
 * l.mtspr commits, so no jump target reloads the micro-TLB first. */
static void put_remap_code(uint32_t *code, uint32_t k)
{
    uint32_t ori = (OP_ORI << INSN_OPCODE_SHIFT) | (11 << INSN_RD_SHIFT) | (k & INSN_IMM_MASK);
    code[0] = (OP_MTSPR << INSN_OPCODE_SHIFT) | (3 << INSN_RA_SHIFT) | (4 << INSN_RB_SHIFT);
    for (int i = 1; i <= 6; i++)
        code[i] = ori;
    code[7] = (OP_JR << INSN_OPCODE_SHIFT) | (9 << INSN_RB_SHIFT);
    code[8] = ori;
    for (int i = 0; i <= 8; i += 4) {
        mtspr(SPR_DCBFR, (uint32_t)&code[i]);
        mtspr(SPR_ICBIR, (uint32_t)&code[i]);
    }
}

int main(void)
{
    test_begin("itlbremap");
    if (!(mfspr(SPR_UPR) & UPR_IMP)) {
        printf("  SKIP: no IMMU\n");
        return test_end();
    }
    nsets = 1u << ((mfspr(SPR_IMMUCFGR) >> MMUCFGR_NTS_SHIFT) & 7);
    or1k_set_handler(VEC_ITLB_MISS, itlb_miss);
    put_remap_code(code_pages[0], 1);
    put_remap_code(code_pages[1], 2);

    uint32_t set = (VA_CODE >> PAGE_SHIFT) & (nsets - 1);
    uint32_t tr[2];
    for (int p = 0; p < 2; p++)
        tr[p] = ((uint32_t)code_pages[p] & TLB_TR_PPN_MASK) | ITLB_TR_SXE;
    mtspr(SPR_ITLBW0MR0 + set, (VA_CODE & TLB_MR_VPN_MASK) | TLB_MR_V);
    mtspr(SPR_ITLBW0TR0 + set, tr[0]);

    uint32_t (*remap)(uint32_t, uint32_t) = (uint32_t (*)(uint32_t, uint32_t))VA_CODE;
    or1k_sr_set(SR_IME);
    uint32_t got = remap(SPR_ITLBW0TR0 + set, tr[1]);
    uint32_t again = remap(SPR_ITLBW0TR0 + set, tr[0]); /* now runs page 1, maps page 0 back */
    uint32_t third = remap(SPR_ITLBW0TR0 + set, tr[1]);
    or1k_sr_clear(SR_IME);

    CHECK_EQ("after the l.mtspr, fetch runs from the new page", got, 2);
    CHECK_EQ("mapped back: page 1's code continues in page 0", again, 1);
    CHECK_EQ("and once more", third, 2);
    printf("  %u ITLB misses\n", misses);
    return test_end();
}

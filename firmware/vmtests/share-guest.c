/* The shared-page tests' guest (sharing.c embeds it; share-guest.S has its
 * vectors): it does what the host tells it, one command at a time
 * (share.h). Each command arrives as the answer to its last hypercall,
 * its arguments as the answers to SHC_ARG, and it reports its results
 * with SHC_RESULT, whose answer is the next command. An exception of its
 * own is reported (SHC_EXC) and ends the command: SHC_RESULT then says so
 * (SG_CUT). Its MMU is off except for SG_MMU_LOAD's one load; its caches
 * are what SG_SR makes them. */
#include <stdint.h>
#include "or1k.h"
#include "smc.h"
#include "share.h"

void sg_main(void) __attribute__((noreturn));
void sg_abort(void) __attribute__((noreturn));
void sg_exception(unsigned vector, struct or1k_frame *f);

extern char __stack_top[];

static volatile uint32_t excs; /* this command's exceptions */

static void tlb_write(uint32_t which, uint32_t lo, uint32_t hi, uint32_t seed)
{
    uint32_t mr = which ? SPR_ITLBW0MR0 : SPR_DTLBW0MR0, tr = which ? SPR_ITLBW0TR0 : SPR_DTLBW0TR0;
    for (uint32_t set = 0; set < TLB_SETS; set++) {
        if (!((set < 32 ? lo >> set : hi >> (set - 32)) & 1))
            continue;
        mtspr(tr + set, SG_TR(which, seed, set));
        mtspr(mr + set, SG_MR(seed, set));
    }
}

static void tlb_check(uint32_t which, uint32_t seed, uint32_t r[4])
{
    uint32_t mr = which ? SPR_ITLBW0MR0 : SPR_DTLBW0MR0, tr = which ? SPR_ITLBW0TR0 : SPR_DTLBW0TR0;
    for (uint32_t set = 0; set < TLB_SETS; set++) {
        uint32_t m = mfspr(mr + set), t = mfspr(tr + set), bit = 1u << (set & 31), hi = set >= 32;
        if (m == SG_MR(seed, set) && t == SG_TR(which, seed, set))
            r[hi] |= bit;
        if (m == 0 && t == 0)
            r[2 + hi] |= bit;
    }
}

/* One load with SR[DME] on: nothing else runs translated. */
static uint32_t mmu_load(uint32_t va)
{
    uint32_t v = 0, sr, t;
    __asm__ volatile("l.mfspr %1,r0," STR(SPR_SR) "\n\t"
                     "l.ori   %2,%1," STR(SR_DME) "\n\t"
                     "l.mtspr r0,%2," STR(SPR_SR) "\n\t"
                     "l.lwz   %0,0(%3)\n\t"
                     "l.mtspr r0,%1," STR(SPR_SR)
                     : "+&r"(v), "=&r"(sr), "=&r"(t)
                     : "r"(va)
                     : "memory");
    return v;
}

/* One load with SR[DCE] off. */
static uint32_t mem_load(uint32_t a)
{
    uint32_t v = 0, sr, t;
    __asm__ volatile("l.mfspr %1,r0," STR(SPR_SR) "\n\t"
                     "l.addi  %2,r0,~" STR(SR_DCE) "\n\t"
                     "l.and   %2,%1,%2\n\t"
                     "l.mtspr r0,%2," STR(SPR_SR) "\n\t"
                     "l.lwz   %0,0(%3)\n\t"
                     "l.mtspr r0,%1," STR(SPR_SR)
                     : "+&r"(v), "=&r"(sr), "=&r"(t)
                     : "r"(a)
                     : "memory");
    return v;
}

static uint32_t run(uint32_t cmd)
{
    uint32_t a[SG_NARGS], r[4] = {0, 0, 0, 0};
    for (uint32_t i = 0; i < SG_NARGS; i++)
        a[i] = vmcall(SHC_ARG, i, cmd, 0, 0, 0);
    excs = 0;
    switch (cmd) {
    case SG_LOAD:
        r[0] = *(volatile uint32_t *)a[0];
        break;
    case SG_STORE:
        *(volatile uint32_t *)a[0] = a[1];
        break;
    case SG_SR:
        r[0] = mfspr(SPR_SR);
        mtspr(SPR_SR, (r[0] & ~a[0]) | a[1]);
        break;
    case SG_MFSPR:
        r[0] = mfspr(a[0]);
        break;
    case SG_MTSPR:
        mtspr(a[0], a[1]);
        break;
    case SG_SMC:
        r[0] = smc(a[0], a[1], a[2], a[3], 0);
        break;
    case SG_TLB_WRITE:
        tlb_write(a[0], a[1], a[2], a[3]);
        break;
    case SG_TLB_CHECK:
        tlb_check(a[0], a[3], r);
        break;
    case SG_CALL:
        r[0] = ((uint32_t(*)(void))a[0])();
        break;
    case SG_LOAD_MEM:
        r[0] = mem_load(a[0]);
        break;
    case SG_MMU_LOAD:
        r[0] = mmu_load(a[0]);
        break;
    case SG_FILL:
        for (uint32_t i = 0; i < a[1]; i++)
            ((volatile uint32_t *)a[0])[i] = SG_WORD(a[2], i);
        break;
    case SG_CHECK:
        for (uint32_t i = 0; i < a[1]; i++)
            r[0] += ((volatile uint32_t *)a[0])[i] != SG_WORD(a[2], i);
        break;
    default:
        r[0] = 0xbadc0de;
        break;
    }
    return vmcall(SHC_RESULT, r[0], r[1], r[2], r[3], excs);
}

void sg_main(void)
{
    uint32_t cmd = vmcall(SHC_READY, 0, 0, 0, 0, 0);
    for (;;)
        cmd = run(cmd);
}

/* Where an exception's command ends (sg_exception's resume point). */
void sg_abort(void)
{
    uint32_t cmd = vmcall(SHC_RESULT, 0, 0, 0, 0, excs | SG_CUT);
    for (;;)
        cmd = run(cmd);
}

void sg_exception(unsigned vector, struct or1k_frame *f)
{
    excs = excs + 1;
    vmcall(SHC_EXC, vector, f->epcr, f->eear, f->esr, 0);
    /* on at sg_abort in supervisor mode, translation off, a fresh stack */
    f->epcr = (uint32_t)sg_abort;
    f->esr = (f->esr | SR_SM) & ~(uint32_t)(SR_DME | SR_IME | SR_IEE | SR_TEE | SR_DSX);
    f->r[1] = (uint32_t)__stack_top;
}

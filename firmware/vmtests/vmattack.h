/* What the attacking hosts (attacks.c, sharing.c) share: checks that name
 * the attack under way, the VM exit's registers, the host's exception and
 * TLB-miss handlers (an identity mapping but for one page, HOST_VA, that
 * it points where it likes), its loads, stores and fetches along a path
 * (MMU off or on, cached or the uncached alias), and what a refused one
 * must look like. Header-only, like vmtest.h. */
#ifndef VMSP_VMATTACK_H
#define VMSP_VMATTACK_H

#include "vmtest.h"

#define HOST_VA 0x40050000u       /* the host's one non-identity page (DTLB/ITLB set 40) */
#define HOST_SET ((HOST_VA >> PAGE_SHIFT) & (TLB_SETS - 1))
#define SENT 0x5e471e11u          /* a host load's destination before the load */
#define FETCH_REFUSED 0xfe7c4ed0u /* r11 of a host fetch the bus error handler ended */
#define PROBE_MARK 0x1234         /* r11 of probe_code (below) */

/* ---- checks with context ---- */

/* The attack under way, printed if a check fails: formatted (CONTEXT), or
 * for the loops over thousands of addresses a label and an address
 * (QUICK_CONTEXT), which costs no formatting. */
static char ctx[160] __attribute__((unused));
static const char *ctx_what __attribute__((unused));
static uint32_t ctx_addr __attribute__((unused));

static inline void print_context(void)
{
    if (ctx_what)
        printf("while: %s (0x%08lx)\n", ctx_what, (unsigned long)ctx_addr);
    else
        printf("while: %s\n", ctx);
}

/* CHECK_EQ that prints the context when it fails */
#define CHK(what, got, expected)                                                                   \
    do {                                                                                           \
        uint32_t got_ = (uint32_t)(got), exp_ = (uint32_t)(expected);                              \
        test_checks++;                                                                             \
        if (got_ != exp_) {                                                                        \
            print_context();                                                                       \
            test_fail_eq(what, got_, exp_, __FILE__, __LINE__);                                    \
        }                                                                                          \
    } while (0)

#define CONTEXT(...) (ctx_what = 0, snprintf(ctx, sizeof ctx, __VA_ARGS__))
#define QUICK_CONTEXT(what, addr) (ctx_what = (what), ctx_addr = (addr))

/* ---- VMs ---- */

/* The last exit: SPR_VMEXIT, SPR_VMEXINFO0..5 */
static uint32_t xcause __attribute__((unused)), xinfo[VMEXINFO_COUNT] __attribute__((unused));

static inline void read_exit(void)
{
    xcause = mfspr(SPR_VMEXIT);
    for (uint32_t i = 0; i < VMEXINFO_COUNT; i++)
        xinfo[i] = mfspr(SPR_VMEXINFO0 + i);
}

/* SMC_VM_CREATE of `vmid` from desc, then SMC_VM_ADD_PAGE of every page
 * of the image (`bytes`, whole pages) from gPA 0; not launched. */
static inline void vm_load(uint32_t vmid, const struct vmc *desc, const uint8_t *image, uint32_t bytes)
{
    CHK("SMC_VM_CREATE (needs --ram-size 4M or more)", smc(SMC_VM_CREATE, vmid, (uint32_t)desc, 0, 0), SM_OK);
    for (uint32_t off = 0; off < bytes; off += MEASURE_PAGE)
        CHK("SMC_VM_ADD_PAGE", smc(SMC_VM_ADD_PAGE, vmid, off, (uint32_t)image + off, 0), SM_OK);
}

/* ---- the host's exception handlers and MMU ---- */

static volatile int fetch_mode;
static volatile unsigned dtlb_misses __attribute__((unused));
static uint32_t map_pa, map_flags; /* HOST_VA's page maps here with these TR bits (TLB_TR_CI or 0) */
static uint32_t map_perms = DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE; /* and these data rights */

/* Bus errors, page faults, illegal instructions: recorded in exc and
 * skipped (exc_record_handler: EPCR += exc.skip); a fetch (an l.jalr to
 * the address, in fetch_mode) returns instead, with r11 = FETCH_REFUSED. */
static inline void host_exc(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    if (fetch_mode && vector == VEC_BUS_ERROR) {
        f->epcr = f->r[9];
        f->r[11] = FETCH_REFUSED;
    }
}

/* An identity page's translate register: every right in `perms`, cache
 * inhibited in the uncached space */
static inline uint32_t identity_tr(uint32_t page, uint32_t perms)
{
    return page | perms | ((page & UNCACHED_ADDR_MASK) ? TLB_TR_CI : 0);
}

/* TLB misses: identity (every right), except HOST_VA's page */
static inline void dtlb_miss(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    uint32_t page = f->eear & TLB_MR_VPN_MASK, set = (f->eear >> PAGE_SHIFT) & (TLB_SETS - 1);
    dtlb_misses++;
    mtspr(SPR_DTLBW0TR0 + set,
          page == HOST_VA ? map_pa | map_flags | map_perms
                          : identity_tr(page, DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE));
    mtspr(SPR_DTLBW0MR0 + set, page | TLB_MR_V);
}

static inline void itlb_miss(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    uint32_t page = f->eear & TLB_MR_VPN_MASK, set = (f->eear >> PAGE_SHIFT) & (TLB_SETS - 1);
    mtspr(SPR_ITLBW0TR0 + set, page == HOST_VA ? map_pa | map_flags | ITLB_TR_SXE | ITLB_TR_UXE
                                               : identity_tr(page, ITLB_TR_SXE | ITLB_TR_UXE));
    mtspr(SPR_ITLBW0MR0 + set, page | TLB_MR_V);
}

/* HOST_VA's page -> pa's page, with `flags`; its stale entries dropped */
static inline void map_host_va(uint32_t pa, uint32_t flags)
{
    map_pa = pa & TLB_TR_PPN_MASK;
    map_flags = flags;
    mtspr(SPR_DTLBW0MR0 + HOST_SET, 0);
    mtspr(SPR_ITLBW0MR0 + HOST_SET, 0);
}

/* The handlers above for bus errors, illegal instructions and TLB misses,
 * the TLBs empty, exc.skip = 4. */
static inline void host_setup(void)
{
    or1k_set_handler(VEC_BUS_ERROR, host_exc);
    or1k_set_handler(VEC_ILLEGAL, host_exc);
    or1k_set_handler(VEC_DTLB_MISS, dtlb_miss);
    or1k_set_handler(VEC_ITLB_MISS, itlb_miss);
    for (uint32_t s = 0; s < TLB_SETS; s++) {
        mtspr(SPR_DTLBW0MR0 + s, 0);
        mtspr(SPR_ITLBW0MR0 + s, 0);
    }
    exc_reset(4);
}

/* ---- host accesses ---- */

enum kind { K_LW, K_LBZ, K_SW, K_SB, K_FETCH, K_N };
static const char *const kind_name[K_N] = {"load word", "load byte", "store word", "store byte", "fetch"};

/* The load or store `insn` at addr (a store: of val) from a known
 * address, which goes into p: in a function with the uint32_t variables
 * addr, val, p and (a load's destination, kept if the load does not
 * complete) out, like host_access. */
#define HOST_LOAD(insn)                                                                            \
    __asm__ volatile("l.movhi %1,hi(1f)\n\tl.ori %1,%1,lo(1f)\n1:\t" insn " %0,0(%2)"                \
                     : "+r"(out), "=&r"(p)                                                         \
                     : "r"(addr)                                                                   \
                     : "memory")
#define HOST_STORE(insn)                                                                           \
    __asm__ volatile("l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n1:\t" insn " 0(%1),%2"                \
                     : "=&r"(p)                                                                    \
                     : "r"(addr), "r"(val)                                                         \
                     : "memory")

/* One access of `kind` at `addr` (a store: of `val`) with SR | srbits;
 * exc records what it raised. Returns a load's destination register (SENT
 * before it), or what a fetched function returned; *pc = the instruction
 * (a fetch: addr). */
static inline uint32_t host_access(int kind, uint32_t addr, uint32_t val, uint32_t srbits, uint32_t *pc)
{
    uint32_t out = SENT, p = addr;
    exc_reset(4);
    fetch_mode = kind == K_FETCH;
    uint32_t sr = mfspr(SPR_SR);
    mtspr(SPR_SR, sr | srbits);
    switch (kind) {
    case K_LW:
        HOST_LOAD("l.lwz");
        break;
    case K_LBZ:
        HOST_LOAD("l.lbz");
        break;
    case K_SW:
        HOST_STORE("l.sw");
        break;
    case K_SB:
        HOST_STORE("l.sb");
        break;
    case K_FETCH:
        out = ((uint32_t(*)(void))addr)();
        break;
    }
    mtspr(SPR_SR, sr);
    fetch_mode = 0;
    *pc = p;
    return out;
}

/* The access must work: a load's value (a fetch: what it returned). */
static inline uint32_t host_ok(int kind, uint32_t addr, uint32_t val, uint32_t srbits)
{
    uint32_t pc, out = host_access(kind, addr, val, srbits, &pc);
    CHK("the host's access: no exception", exc.count, 0);
    return out;
}

/* The access must be a bus error at it with EEAR = addr that returns or
 * runs nothing (`not_run`: the name of that check for a fetch). */
static inline void host_refused_as(int kind, uint32_t addr, uint32_t val, uint32_t srbits, const char *not_run)
{
    uint32_t pc, out = host_access(kind, addr, val, srbits, &pc);
    CHK("one exception", exc.count, 1);
    CHK("a bus error", exc.vector, VEC_BUS_ERROR);
    CHK("EPCR = the access", exc.epcr, pc);
    CHK("EEAR = the address", exc.eear, addr);
    if (kind == K_FETCH)
        CHK(not_run, out, FETCH_REFUSED);
    else if (kind == K_LW || kind == K_LBZ)
        CHK("nothing returned: the destination kept", out, SENT);
}

static inline void host_refused(int kind, uint32_t addr, uint32_t val, uint32_t srbits)
{
    host_refused_as(kind, addr, val, srbits, "nothing ran");
}

/* How the host reaches a physical address */
struct path {
    const char *name;
    int mmu;        /* through HOST_VA (DMMU/IMMU on for the access) */
    int alias;      /* the uncached alias RAM_UNCACHED_ALIAS | hPA */
    uint32_t flags; /* TR bits of HOST_VA's page */
};

/* The address the access uses for physical `pa` on path p (mapping
 * HOST_VA), and the SR bits it needs. */
static inline uint32_t path_addr(const struct path *p, uint32_t pa, uint32_t *srbits)
{
    uint32_t target = p->alias ? (RAM_UNCACHED_ALIAS | pa) : pa;
    *srbits = 0;
    if (!p->mmu)
        return target;
    map_host_va(target, p->flags);
    *srbits = SR_DME | SR_IME;
    return HOST_VA | (pa & (PAGE_SIZE - 1));
}

/* The cache block registers the host aims at a guest's lines */
static const struct {
    uint32_t spr;
    const char *name;
} block_ops[] = {{SPR_DCBIR, "DCBIR"}, {SPR_DCBFR, "DCBFR"}, {SPR_DCBWR, "DCBWR"}, {SPR_ICBIR, "ICBIR"}};
#define NBLOCK_OPS (sizeof block_ops / sizeof block_ops[0])

/* A function the host plants in a page (two words): returns PROBE_MARK */
__asm__(".section .rodata\n.balign 4\n.global probe_code\nprobe_code:\n"
        "  l.jr r9\n  l.ori r11, r0, " STR(PROBE_MARK) "\n.text\n");
extern const uint32_t probe_code[2];

#endif

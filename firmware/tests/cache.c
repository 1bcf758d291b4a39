/* Caches (cache spec, issue 4): DCCFGR/ICCFGR decode to the VMSP geometry
 * (one way, 512 sets, 16-byte lines, write-back D-cache with DCBIR/DCBFR/
 * DCBWR, ICBIR) and UPR lists DCP/ICP. With SR[DCE] on, a store through a
 * cached address is not visible through the uncached alias
 * (RAM_UNCACHED_ALIAS | address) until DCBWR (the line stays valid) or DCBFR
 * (the line is invalidated); DCBIR discards a dirty line; a conflicting
 * access (same set, + cache size) writes the dirty line back; a disabled
 * D-cache keeps its lines. Self-modifying code: instructions written to a
 * RAM buffer run after DCBFR + ICBIR, and without ICBIR the I-cache keeps
 * running the old ones.
 *
 * The scenarios are leaf functions that touch nothing but the line under
 * test (no stack, no globals: see cache.dis), so no other access can
 * evict it; the lines used are chosen in sets that the stack (D) and this
 * file's code (I) do not use. They run with SR[DME]/SR[IME] off (a TLB miss
 * handler would run cached code and stack in the middle); a last check
 * runs with translation on when the build turned it on (tests-mmu): the
 * runtime maps the alias with TLB_TR_CI, so it is uncached there too.
 * The caches stay on at the end: turning DCE off would expose the dirty
 * stack lines' stale memory. A core without caches (UPR, e.g. QEMU) skips
 * the test and passes. */
#include "or1k.h"
#include "test.h"

#define ALIAS(p) ((volatile uint32_t *)((uint32_t)(p) | RAM_UNCACHED_ALIAS))
#define CACHE_BYTES(sets_log2) ((1u << (sets_log2)) * CACHE_LINE_BYTES)
#define DCACHE_BYTES CACHE_BYTES(DCACHE_SETS_LOG2)
#define ICACHE_BYTES CACHE_BYTES(ICACHE_SETS_LOG2)

/* Room for two lines one D-cache size apart, at any set. */
static uint32_t dbuf[(3 * DCACHE_BYTES) / 4] __attribute__((aligned(CACHE_LINE_BYTES)));
/* Code buffer: a line at any I-cache set. */
static uint32_t ibuf[(2 * ICACHE_BYTES) / 4] __attribute__((aligned(CACHE_LINE_BYTES)));

static inline void dcbfr(volatile uint32_t *p) { mtspr(SPR_DCBFR, (uint32_t)p); }
static inline void dcbir(volatile uint32_t *p) { mtspr(SPR_DCBIR, (uint32_t)p); }
static inline void dcbwr(volatile uint32_t *p) { mtspr(SPR_DCBWR, (uint32_t)p); }
static inline void icbir(volatile uint32_t *p) { mtspr(SPR_ICBIR, (uint32_t)p); }

static uint32_t set_of(uint32_t addr, unsigned sets_log2)
{
    return (addr / CACHE_LINE_BYTES) & ((1u << sets_log2) - 1);
}

/* The first line from `base` on whose set no address in [lo, hi) uses: a
 * line nothing else there can evict. 0 if [lo, hi) spans the whole cache. */
static uint32_t *line_outside(uint32_t *base, uint32_t lo, uint32_t hi, unsigned sets_log2)
{
    uint32_t bytes = CACHE_BYTES(sets_log2);
    lo &= ~(CACHE_LINE_BYTES - 1);
    if (hi - lo >= bytes)
        return 0;
    uint32_t a = (uint32_t)base;
    while (((a - lo) & (bytes - 1)) < hi - lo)
        a += CACHE_LINE_BYTES;
    return (uint32_t *)a;
}

/* Memory (and nothing in the cache) holds v at p. */
static void prime(volatile uint32_t *p, uint32_t v)
{
    *p = v;
    dcbfr(p);
}

struct wb_result {
    uint32_t alias_before, cached, alias_after_wr, cached_after_wr, alias_after_fr, cached_after_fr;
};

/* store NEW; alias (old); cached (new); DCBWR; alias (new); alias write
 * STALE, cached still NEW (the line stayed valid and clean); store NEW2;
 * DCBFR; alias (new2); alias write FRESH; cached reads FRESH (invalidated). */
__attribute__((noinline)) static void wb_scenario(volatile uint32_t *p, struct wb_result *r)
{
    volatile uint32_t *u = ALIAS(p);
    uint32_t a, b, c, d, e, f;
    *p = 0x11110001;
    a = *u;
    b = *p;
    dcbwr(p);
    c = *u;
    *u = 0x5a5a5a5a;
    d = *p;
    *p = 0x11110002;
    dcbfr(p);
    e = *u;
    *u = 0xf7e5f7e5;
    f = *p;
    r->alias_before = a, r->cached = b, r->alias_after_wr = c;
    r->cached_after_wr = d, r->alias_after_fr = e, r->cached_after_fr = f;
}

/* store NEW; DCBIR; cached and alias reads both see memory's value. */
__attribute__((noinline)) static uint32_t dcbir_scenario(volatile uint32_t *p, uint32_t *alias_val)
{
    *p = 0xdead0001;
    dcbir(p);
    uint32_t c = *p;
    *alias_val = *ALIAS(p);
    return c;
}

/* store NEW to p (dirty); alias of p (old); load q (same set: evicts p);
 * alias of p (new, written back); out[3] = q's value. */
__attribute__((noinline)) static void evict_scenario(volatile uint32_t *p, volatile uint32_t *q, uint32_t *out)
{
    volatile uint32_t *u = ALIAS(p);
    *p = 0xe0e00001;
    uint32_t a = *u;
    uint32_t b = *q;
    uint32_t c = *u;
    uint32_t d = *p;
    out[0] = a, out[1] = b, out[2] = c, out[3] = d;
}

/* store NEW (dirty); DCE off: the cached address reads memory (old), the
 * line is untouched; DCE on: NEW again. Registers only while DCE is off. */
__attribute__((noinline)) static void disabled_scenario(volatile uint32_t *p, uint32_t sr, uint32_t *out)
{
    *p = 0xd15a0001;
    mtspr(SPR_SR, sr & ~SR_DCE);
    uint32_t a = *p;
    mtspr(SPR_SR, sr | SR_DCE);
    uint32_t b = *p;
    out[0] = a, out[1] = b;
}

/* Writes `l.jr r9; l.ori r11,r0,k` at code, optionally DCBFR + ICBIR. */
__attribute__((noinline)) static void put_code(volatile uint32_t *code, uint32_t k, int flush, int inval)
{
    code[0] = (OP_JR << INSN_OPCODE_SHIFT) | (9 << INSN_RB_SHIFT);
    code[1] = (OP_ORI << INSN_OPCODE_SHIFT) | (11 << INSN_RD_SHIFT) | (k & INSN_IMM_MASK);
    if (flush)
        dcbfr(code);
    if (inval)
        icbir(code);
}

static uint32_t call_code(uint32_t *code)
{
    uint32_t (*fn)(void) = (uint32_t (*)(void))code;
    return fn();
}

static void check_config(uint32_t upr)
{
    uint32_t d = mfspr(SPR_DCCFGR), i = mfspr(SPR_ICCFGR);
    printf("  UPR=%08lx DCCFGR=%08lx ICCFGR=%08lx\n", (unsigned long)upr, (unsigned long)d, (unsigned long)i);
    CHECK_EQ("UPR: D-cache and I-cache present", upr & (UPR_DCP | UPR_ICP), UPR_DCP | UPR_ICP);
    CHECK_EQ("DCCFGR: one way", (d >> CCFGR_NCW_SHIFT) & 7, 0);
    CHECK_EQ("DCCFGR: sets", 1u << ((d >> CCFGR_NCS_SHIFT) & 15), 1u << DCACHE_SETS_LOG2);
    CHECK_EQ("DCCFGR: 16-byte lines", (d & CCFGR_CBS) ? 32 : 16, CACHE_LINE_BYTES);
    CHECK_EQ("DCCFGR: write-back", d & CCFGR_CWS, CCFGR_CWS);
    CHECK_EQ("DCCFGR: DCBIR/DCBFR/DCBWR", d & (CCFGR_CBIRI | CCFGR_CBFRI | CCFGR_CBWBRI),
             CCFGR_CBIRI | CCFGR_CBFRI | CCFGR_CBWBRI);
    CHECK_EQ("DCCFGR value", d, DCCFGR_VALUE);
    CHECK_EQ("ICCFGR: one way", (i >> CCFGR_NCW_SHIFT) & 7, 0);
    CHECK_EQ("ICCFGR: sets", 1u << ((i >> CCFGR_NCS_SHIFT) & 15), 1u << ICACHE_SETS_LOG2);
    CHECK_EQ("ICCFGR: 16-byte lines", (i & CCFGR_CBS) ? 32 : 16, CACHE_LINE_BYTES);
    CHECK_EQ("ICCFGR: ICBIR", i & CCFGR_CBIRI, CCFGR_CBIRI);
    CHECK_EQ("ICCFGR value", i, ICCFGR_VALUE);
    mtspr(SPR_DCCFGR, 0);
    mtspr(SPR_ICCFGR, 0);
    CHECK_EQ("DCCFGR is read-only", mfspr(SPR_DCCFGR), d);
    CHECK_EQ("ICCFGR is read-only", mfspr(SPR_ICCFGR), i);
}

int main(void)
{
    test_begin("cache");
    uint32_t upr = mfspr(SPR_UPR);
    if ((upr & (UPR_DCP | UPR_ICP)) == 0) {
        printf("  SKIP: no caches (UPR=%08lx)\n", (unsigned long)upr);
        return test_end();
    }
    check_config(upr);

    uint32_t sr0 = mfspr(SPR_SR);
    uint32_t sp = (uint32_t)__builtin_frame_address(0);
    /* scenarios run untranslated (see the top comment); caches on */
    mtspr(SPR_SR, (sr0 & ~(SR_DME | SR_IME)) | SR_DCE | SR_ICE);
    uint32_t sr = mfspr(SPR_SR);

    /* away from the stack (a TLB-miss handler's frames go below sp) */
    volatile uint32_t *p = line_outside(dbuf, sp - 3072, sp + 1024, DCACHE_SETS_LOG2);
    CHECK(p != 0);
    volatile uint32_t *q = p + DCACHE_BYTES / 4; /* same set, other tag */
    CHECK_EQ("conflicting line: same set", set_of((uint32_t)q, DCACHE_SETS_LOG2), set_of((uint32_t)p, DCACHE_SETS_LOG2));

    puts("  store invisible through the alias until DCBWR / DCBFR");
    struct wb_result r;
    prime(p, 0x01d0001);
    wb_scenario(p, &r);
    CHECK_EQ("alias before write-back: memory's old value", r.alias_before, 0x01d0001);
    CHECK_EQ("cached read: the store", r.cached, 0x11110001);
    CHECK_EQ("alias after DCBWR: written back", r.alias_after_wr, 0x11110001);
    CHECK_EQ("cached after DCBWR + alias write: line still valid", r.cached_after_wr, 0x11110001);
    CHECK_EQ("alias after DCBFR: written back", r.alias_after_fr, 0x11110002);
    CHECK_EQ("cached after DCBFR + alias write: line invalidated", r.cached_after_fr, 0xf7e5f7e5);

    puts("  DCBIR discards a dirty line");
    uint32_t alias_val;
    prime(p, 0x01d0002);
    CHECK_EQ("cached read after DCBIR: memory's value", dcbir_scenario(p, &alias_val), 0x01d0002);
    CHECK_EQ("alias after DCBIR: the store never reached memory", alias_val, 0x01d0002);

    puts("  eviction by a conflicting line writes the dirty line back");
    uint32_t ev[4];
    prime(p, 0x01d0003);
    prime(q, 0x0e0e0e0e);
    evict_scenario(p, q, ev);
    CHECK_EQ("alias before the conflict: old", ev[0], 0x01d0003);
    CHECK_EQ("conflicting line's value", ev[1], 0x0e0e0e0e);
    CHECK_EQ("alias after the conflict: written back", ev[2], 0xe0e00001);
    CHECK_EQ("cached read after the conflict: refilled", ev[3], 0xe0e00001);

    puts("  a disabled D-cache keeps its lines");
    uint32_t dis[2];
    prime(p, 0x01d0004);
    disabled_scenario(p, sr, dis);
    CHECK_EQ("DCE off: memory's value", dis[0], 0x01d0004);
    CHECK_EQ("DCE on again: the dirty line", dis[1], 0xd15a0001);
    dcbfr(p);
    CHECK_EQ("DCBFR wrote the kept line back", *ALIAS(p), 0xd15a0001);

    puts("  self-modifying code: DCBFR + ICBIR");
    /* away from this file's code, which runs between the calls */
    uint32_t fns[] = { (uint32_t)main, (uint32_t)put_code, (uint32_t)call_code, (uint32_t)check_config };
    uint32_t lo = fns[0], hi = fns[0];
    for (unsigned n = 1; n < sizeof fns / sizeof fns[0]; n++) {
        lo = fns[n] < lo ? fns[n] : lo;
        hi = fns[n] > hi ? fns[n] : hi;
    }
    uint32_t *code = line_outside(ibuf, lo, hi + 1024, ICACHE_SETS_LOG2);
    CHECK(code != 0);
    put_code(code, 0x1234, 1, 1);
    CHECK_EQ("new code runs", call_code(code), 0x1234);
    put_code(code, 0x4321, 1, 1);
    CHECK_EQ("changed code runs after DCBFR + ICBIR", call_code(code), 0x4321);
    put_code(code, 0x5678, 1, 0);
    CHECK_EQ("without ICBIR the I-cache keeps the old code", call_code(code), 0x4321);
    icbir(code);
    CHECK_EQ("after ICBIR the new code runs", call_code(code), 0x5678);
    put_code(code, 0x6789, 0, 1);
    CHECK_EQ("without DCBFR the fetch sees memory's (old) code", call_code(code), 0x5678);
    dcbfr(code);
    icbir(code);
    CHECK_EQ("after DCBFR + ICBIR the new code runs", call_code(code), 0x6789);

    if (sr0 & SR_DME) {
        puts("  translated: the alias is mapped uncached (TLB_TR_CI)");
        prime(p, 0x01d0005);
        mtspr(SPR_SR, sr0 | SR_DCE | SR_ICE);
        *p = 0x7777;
        /* the alias's DTLB set is p's: this miss evicts p's entry, whose
         * handler runs far from p's cache set */
        CHECK_EQ("alias with DME: memory's value", *ALIAS(p), 0x01d0005);
        CHECK_EQ("cached with DME: the store", *p, 0x7777);
        dcbfr(p);
        CHECK_EQ("alias with DME after DCBFR", *ALIAS(p), 0x7777);
    }
    mtspr(SPR_SR, sr0 | SR_DCE | SR_ICE);
    return test_end();
}

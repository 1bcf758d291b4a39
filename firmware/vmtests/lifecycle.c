/* The security monitor's calls from the host (docs/MONITOR.md): every
 * status code, the checking order (function, caller, VMID, state, then the
 * arguments), that a failing call changes nothing, that l.smc keeps every
 * GPR but r11 (and SR), the launch measurement against a software SHA-256,
 * the host shut out of a VM's regions (bus error) until destroy, which
 * leaves them zeroed, and destroy then re-create.
 * Run: vmsp-iss run --monitor build/firmware/monitor/sm.elf lifecycle.elf
 * (with or without --caches). The program's RAM is its link.ld's 1 MiB;
 * "outside RAM" uses addresses above SIM_RAM_MAX, beyond any RAM size. */
#include "vmtest.h"

#define RGN 0x10000u /* the regions below: 64 KiB */
#define OUTSIDE SIM_RAM_MAX
#define MIN VM_REGION_MIN /* the smallest region */

/* VMs live in the heap (link.ld's free RAM between .bss and the stack):
 * six 64 KiB blocks from a 256 KiB boundary (so the 128 and 256 KiB blocks
 * that hold them exist too). */
extern char __heap_start[], __heap_end[];
static uint32_t vmbase;
#define BLK(i) (vmbase + (i) * RGN)

static uint8_t src[2][MEASURE_PAGE] __attribute__((aligned(MEASURE_PAGE)));

static struct vmc desc;
static uint32_t meas[8 + 2]; /* 32 bytes and two guard words */

/* ---- l.smc ------------------------------------------------------------- */

/* Only r11 is an output: the monitor keeps every other register (the
 * compiler relies on that here, and smc_preserves_regs checks it). */

/* smc_preserves_regs(fn, a, b, c, d, expect): l.smc with r3..r7 = fn,
 * a..d, r8 = expect, every other GPR (r1 and r2 included) holding a
 * distinct pattern, and the flag set. Returns 0 if r11 = expect and every
 * other GPR and the flag came back, else 100 (status), 99 (flag) or the
 * number of the first register that changed. */
#define PAT(n) (0xa5000000 + ((n) << 16) + (n) * 0x0101)
__asm__(".text\n"
        ".global smc_preserves_regs\n"
        "smc_preserves_regs:\n"
        "  l.movhi r13, hi(regs_save)\n"
        "  l.ori   r13, r13, lo(regs_save)\n"
        "  .irp n, 1,2,3,4,5,6,7,8,9,10,14,16,18,20,22,24,26,28,30\n"
        "  l.sw    (4*\\n)(r13), r\\n\n"
        "  .endr\n"
        "  .irp n, 1,2,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  l.movhi r\\n, hi(" STR(PAT(\\n)) ")\n"
        "  l.ori   r\\n, r\\n, lo(" STR(PAT(\\n)) ")\n"
        "  .endr\n"
        "  l.sfeq  r0, r0\n"
        "  .word " STR(SMC_INSN) "\n"
        "  l.bnf   8f\n"
        "  l.nop\n"
        "  l.sfne  r11, r8\n"
        "  l.bf    7f\n"
        "  l.nop\n"
        "  .irp n, 1,2,9,10,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  l.movhi r11, hi(" STR(PAT(\\n)) ")\n"
        "  l.ori   r11, r11, lo(" STR(PAT(\\n)) ")\n"
        "  l.sfne  r\\n, r11\n"
        "  l.bf    9f\n"
        "  l.ori   r11, r0, \\n\n" /* delay slot: the register's number */
        "  .endr\n"
        /* r3..r8 against their saved values; r13 is checked and free now */
        "  l.movhi r13, hi(regs_save)\n"
        "  l.ori   r13, r13, lo(regs_save)\n"
        "  .irp n, 3,4,5,6,7,8\n"
        "  l.lwz   r12, (4*\\n)(r13)\n"
        "  l.sfne  r\\n, r12\n"
        "  l.bf    9f\n"
        "  l.ori   r11, r0, \\n\n"
        "  .endr\n"
        "  l.j     9f\n"
        "  l.ori   r11, r0, 0\n"
        "7: l.j    9f\n"
        "  l.ori   r11, r0, 100\n"
        "8: l.ori  r11, r0, 99\n"
        "9: l.movhi r13, hi(regs_save)\n"
        "  l.ori   r13, r13, lo(regs_save)\n"
        "  .irp n, 1,2,9,10,14,16,18,20,22,24,26,28,30\n"
        "  l.lwz   r\\n, (4*\\n)(r13)\n"
        "  .endr\n"
        "  l.jr    r9\n"
        "  l.nop\n"
        ".bss\n"
        ".balign 4\n"
        "regs_save: .space 4*32\n"
        ".text\n");
unsigned smc_preserves_regs(unsigned fn, unsigned a, unsigned b, unsigned c, unsigned d, unsigned expect);
#define SMC_KEEPS_REGS(what, fn, a, b, c, d, expect)                                               \
    CHECK_EQ("GPRs and flag kept: " what, smc_preserves_regs(fn, a, b, c, d, expect), 0)

/* run_guest(vmid, answer) and its 0xF00 code run_guest_exit (vmtest.h) */
VMTEST_RUN_GUEST;

/* The guest (copied to offset 0x100 of its first page; it starts there
 * with SR_RESET): four monitor calls, their statuses passed out through a
 * hypercall (VMEXINFO0..5 = r3..r8). r24 checks the guest's own GPRs
 * survive its calls. */
__asm__(".section .rodata\n"
        ".balign 4\n"
        "guest_code:\n"
        "  l.ori   r24, r0, 0x1234\n"
        "  l.ori   r3, r0, 0x55\n"
        "  .word " STR(SMC_INSN) "\n"
        "  l.or    r20, r11, r0\n"
        "  l.ori   r3, r0, " STR(SMC_VERSION) "\n"
        "  .word " STR(SMC_INSN) "\n"
        "  l.or    r21, r11, r0\n"
        "  l.ori   r3, r0, " STR(SMC_VM_CREATE) "\n"
        "  l.ori   r4, r0, 5\n"
        "  l.ori   r5, r0, 0x2000\n"
        "  .word " STR(SMC_INSN) "\n"
        "  l.or    r22, r11, r0\n"
        "  l.ori   r3, r0, " STR(SMC_VM_DESTROY) "\n"
        "  l.ori   r4, r0, 0\n"
        "  .word " STR(SMC_INSN) "\n"
        "  l.or    r23, r11, r0\n"
        "  l.or    r3, r20, r0\n"
        "  l.or    r4, r21, r0\n"
        "  l.or    r5, r22, r0\n"
        "  l.or    r6, r23, r0\n"
        "  l.or    r7, r24, r0\n"
        "  l.ori   r8, r0, 0x4321\n"
        "  .word " STR(VMCALL_INSN) "\n"
        "1: l.j    1b\n"
        "  l.nop\n"
        "guest_code_end:\n"
        ".text\n");
extern const uint32_t guest_code[], guest_code_end[];

#include "swsha.h"

/* M0 of a descriptor (unused regions measured as zero). */
static void expect_create(uint32_t m[8], const struct vmc *d)
{
    struct sw_sha s;
    sw_init(&s);
    sw_word(&s, MEASURE_TAG_CREATE);
    sw_word(&s, d->policy);
    for (int i = 0; i < VM_REGIONS; i++) {
        sw_word(&s, d->r[i].size ? d->r[i].gpa : 0);
        sw_word(&s, d->r[i].size);
    }
    sw_final(&s, m);
}

/* Mi from M(i-1) and a page. */
static void expect_page(uint32_t m[8], uint32_t gpa, const uint8_t *page)
{
    uint32_t ph[8];
    struct sw_sha s;
    sw_init(&s);
    for (unsigned i = 0; i < MEASURE_PAGE / 4; i++)
        sw_word(&s, ((const uint32_t *)page)[i]);
    sw_final(&s, ph);
    sw_init(&s);
    for (int i = 0; i < 8; i++)
        sw_word(&s, m[i]);
    sw_word(&s, MEASURE_TAG_PAGE);
    sw_word(&s, gpa);
    sw_word(&s, 0);
    for (int i = 0; i < 8; i++)
        sw_word(&s, ph[i]);
    sw_final(&s, m);
}

/* ---- helpers ----------------------------------------------------------- */

static void set_desc(uint32_t policy)
{
    memset(&desc, 0, sizeof desc);
    desc.policy = policy;
}

static void set_rgn(int i, uint32_t gpa, uint32_t size, uint32_t hpa)
{
    desc.r[i].gpa = gpa;
    desc.r[i].size = size;
    desc.r[i].hpa = hpa;
}

static unsigned create(unsigned vmid) { return smc(SMC_VM_CREATE, vmid, (uint32_t)&desc, 0, 0); }

static unsigned state_of(unsigned vmid)
{
    /* what the hardware says: l.vmenter's refusal for free / created */
    return vmenter_refusal(vmid);
}

static int store_faults(uint32_t addr, uint32_t v)
{
    uint32_t pc, out;
    exc_reset(4);
    AT_PC(pc, out, "l.sw 0(%2),%3", addr, v);
    (void)out;
    if (exc.count == 0)
        return 0;
    CHECK_EQ("store: bus error", exc.vector, VEC_BUS_ERROR);
    CHECK_EQ("store: EPCR = the store", exc.epcr, pc);
    return 1;
}

/* The host reaches [addr, addr + len): a word per KiB loads without fault. */
static void check_reachable(const char *what, uint32_t addr, uint32_t len)
{
    printf("  %s\n", what);
    for (uint32_t a = addr; a < addr + len; a += 0x400)
        CHECK_EQ("host load outside every VM: no fault", load_faults(a), 0);
}

static void check_zero(const char *what, uint32_t addr, uint32_t len)
{
    printf("  %s\n", what);
    for (uint32_t a = addr; a < addr + len; a += 4)
        if (*(volatile uint32_t *)a != 0)
            CHECK_EQ("scrubbed word", *(volatile uint32_t *)a, 0);
    test_checks++;
}

static void fill(uint32_t addr, uint32_t len, uint32_t seed)
{
    for (uint32_t a = addr; a < addr + len; a += 4)
        *(volatile uint32_t *)a = seed ^ a;
}

static void check_meas(const char *what, unsigned vmid, const uint32_t want[8])
{
    for (int i = 0; i < 10; i++)
        meas[i] = 0xeeeeeeee;
    CHECK_EQ(what, smc(SMC_VM_MEASUREMENT, vmid, (uint32_t)meas, 0, 0), SM_OK);
    for (int i = 0; i < 8; i++)
        CHECK_EQ("measurement word", meas[i], want[i]);
    CHECK_EQ("guard word after the 32 bytes", meas[8], 0xeeeeeeee);
}

/* ---- the test ---------------------------------------------------------- */

int main(void)
{
    test_begin("lifecycle");
    vmbase = ((uint32_t)__heap_start + 4 * RGN - 1) & ~(4 * RGN - 1);
    CHECK(vmbase + 6 * RGN <= (uint32_t)__heap_end);
    or1k_set_handler(VEC_BUS_ERROR, exc_record_handler);

    /* the reference SHA-256 itself: FIPS 180-2's "abc" */
    {
        struct sw_sha s;
        uint32_t d[8];
        sw_init(&s);
        /* "abc" padded by hand: not a whole number of words */
        s.w[0] = 0x61626380;
        for (int i = 1; i < 15; i++)
            s.w[i] = 0;
        s.w[15] = 24;
        sw_block(&s);
        for (int i = 0; i < 8; i++)
            d[i] = s.h[i];
        CHECK_EQ("sha256(abc)[0]", d[0], 0xba7816bf);
        CHECK_EQ("sha256(abc)[7]", d[7], 0xf20015ad);
    }

    printf("version, functions, register preservation\n");
    /* (the flag is compared in between: smc_preserves_regs checks it) */
    const uint32_t sr_mask = ~(uint32_t)(SR_F | SR_CY | SR_OV);
    uint32_t sr = mfspr(SPR_SR);
    CHECK_EQ("SMC_VERSION", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHECK_EQ("SR unchanged by l.smc (DCE back to the caller's)", mfspr(SPR_SR) & sr_mask, sr & sr_mask);
    CHECK_EQ("an unknown function", smc(SMC_MEASURE_HV + 1, 1, 0, 0, 0), SM_ERR_FUNC);
    CHECK_EQ("SMC_PAGE_ATTR from the host (a guest's call)", smc(SMC_PAGE_ATTR, 0, 1, VMPTE_HR, 0),
             SM_ERR_UNSUPPORTED);
    SMC_KEEPS_REGS("SMC_PAGE_ATTR from the host", SMC_PAGE_ATTR, 0, 1, VMPTE_HR | VMPTE_HW, 0, SM_ERR_UNSUPPORTED);
    CHECK_EQ("function 0x100", smc(0x100, 1, 0, 0, 0), SM_ERR_FUNC);
    CHECK_EQ("function -1 (before the VMID check)", smc(0xffffffff, 0, 0, 0, 0), SM_ERR_FUNC);
    SMC_KEEPS_REGS("SMC_VERSION", SMC_VERSION, 0, 0, 0, 0, SM_OK);
    SMC_KEEPS_REGS("unknown function", 0x55, 1, 2, 3, 4, SM_ERR_FUNC);
    SMC_KEEPS_REGS("create, bad descriptor", SMC_VM_CREATE, 6, PAT(5), PAT(6), PAT(7), SM_ERR_ADDR);
    SMC_KEEPS_REGS("measurement of a free slot", SMC_VM_MEASUREMENT, 3, 0, 0, 0, SM_ERR_STATE);

    printf("VMIDs and states of free slots\n");
    static const unsigned bad_ids[] = {0, VM_SLOTS + 1, 0xffffffff};
    for (unsigned i = 0; i < 3; i++) {
        unsigned v = bad_ids[i];
        CHECK_EQ("create: bad VMID", smc(SMC_VM_CREATE, v, 0xffffffff, 0, 0), SM_ERR_VMID);
        CHECK_EQ("add page: bad VMID", smc(SMC_VM_ADD_PAGE, v, 1, 1, 1), SM_ERR_VMID);
        CHECK_EQ("launch: bad VMID", smc(SMC_VM_LAUNCH, v, 0, 0, 0), SM_ERR_VMID);
        CHECK_EQ("destroy: bad VMID", smc(SMC_VM_DESTROY, v, 0, 0, 0), SM_ERR_VMID);
        CHECK_EQ("measurement: bad VMID", smc(SMC_VM_MEASUREMENT, v, 0xffffffff, 0, 0), SM_ERR_VMID);
    }
    for (unsigned v = 1; v <= VM_SLOTS; v++) {
        CHECK_EQ("free at boot (hardware)", state_of(v), VMENTER_ERR_FREE);
        CHECK_EQ("add page: free slot", smc(SMC_VM_ADD_PAGE, v, 1, 1, 1), SM_ERR_STATE);
        CHECK_EQ("launch: free slot", smc(SMC_VM_LAUNCH, v, 0, 0, 0), SM_ERR_STATE);
        CHECK_EQ("destroy: free slot", smc(SMC_VM_DESTROY, v, 0, 0, 0), SM_ERR_STATE);
        CHECK_EQ("measurement: free slot", smc(SMC_VM_MEASUREMENT, v, 1, 0, 0), SM_ERR_STATE);
    }
    CHECK_EQ("vmenter VMID 0", state_of(0), VMENTER_ERR_VMID);

    /* Memory the VMs will get holds a pattern the scrub must erase. */
    fill(BLK(0), 6 * RGN, 0x5a5a5a5a);
    for (unsigned i = 0; i < MEASURE_PAGE; i++) {
        src[0][i] = (uint8_t)(i * 7 + 1);
        src[1][i] = (uint8_t)(0xff - i);
    }

    printf("create: malformed descriptors and regions (VM 1)\n");
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(0));
    CHECK_EQ("descriptor +1", smc(SMC_VM_CREATE, 1, (uint32_t)&desc + 1, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("descriptor +2", smc(SMC_VM_CREATE, 1, (uint32_t)&desc + 2, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("descriptor above RAM", smc(SMC_VM_CREATE, 1, OUTSIDE, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("descriptor in the uncached alias",
             smc(SMC_VM_CREATE, 1, RAM_UNCACHED_ALIAS | (uint32_t)&desc, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("descriptor wrapping at 2^32", smc(SMC_VM_CREATE, 1, 0xfffffffc, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("descriptor in the monitor's SRAM", smc(SMC_VM_CREATE, 1, SM_SRAM_BASE, 0, 0), SM_ERR_ADDR);

    set_desc(1u << 2); /* POLICY_DEBUG and POLICY_NO_ENC are bits 0 and 1 */
    set_rgn(0, 0, RGN, BLK(0));
    CHECK_EQ("policy bit 2", create(1), SM_ERR_PARAM);
    desc.policy = POLICY_DEBUG | POLICY_NO_ENC | 1u << 2;
    CHECK_EQ("policy bits 0..2", create(1), SM_ERR_PARAM);
    desc.policy = 0x80000000;
    CHECK_EQ("policy bit 31", create(1), SM_ERR_PARAM);

    const struct {
        const char *what;
        uint32_t gpa, size, hpa;
    } bad[] = {
        {"size not a power of two", 0, 0x3000, BLK(0)},
        {"size below VM_REGION_MIN", 0, VM_REGION_MIN / 2, BLK(0)},
        {"size 2^31 + 4 KiB", 0, 0x80001000, 0},
        {"gPA misaligned", 0x1000, RGN, BLK(0)},
        {"hPA misaligned", 0, RGN, BLK(0) + 0x1000},
        {"hPA above RAM", 0, RGN, OUTSIDE},
        {"hPA in the uncached alias", 0, RGN, RAM_UNCACHED_ALIAS},
        {"hPA in the monitor's ROM", 0, RGN, SM_ROM_BASE},
        {"size beyond RAM (2 GiB at 0)", 0, 0x80000000, 0},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        printf("  %s\n", bad[i].what);
        set_desc(0);
        set_rgn(0, 0x200000, MIN, BLK(5)); /* a good region besides */
        set_rgn(2, bad[i].gpa, bad[i].size, bad[i].hpa);
        CHECK_EQ(bad[i].what, create(1), SM_ERR_REGION);
    }
    set_desc(0);
    CHECK_EQ("no region used", create(1), SM_ERR_REGION);
    set_desc(0);
    set_rgn(3, 0x5000, 0, BLK(0)); /* size 0 is unused, whatever else it says */
    CHECK_EQ("only an unused region with fields", create(1), SM_ERR_REGION);
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(0));
    set_rgn(1, 0x8000, MIN, BLK(1));
    CHECK_EQ("gPA ranges nested", create(1), SM_ERR_REGION);
    set_rgn(1, 0, RGN, BLK(1));
    CHECK_EQ("gPA ranges equal", create(1), SM_ERR_REGION);
    set_rgn(1, 0u - MIN, MIN, BLK(1));
    set_rgn(2, 0xffff0000, RGN, BLK(2));
    CHECK_EQ("gPA ranges at the top of the space", create(1), SM_ERR_REGION);
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(0));
    set_rgn(1, 0x100000, MIN, BLK(0) + 2 * MIN);
    CHECK_EQ("hPA ranges of one VM overlap", create(1), SM_ERR_OVERLAP);
    set_rgn(1, 0x100000, RGN, BLK(0));
    CHECK_EQ("hPA ranges of one VM equal", create(1), SM_ERR_OVERLAP);
    /* a REGION fault comes before an OVERLAP one */
    set_rgn(2, 0x3000, 0x3000, BLK(3));
    CHECK_EQ("malformed and overlapping: REGION", create(1), SM_ERR_REGION);

    printf("  nothing changed: slot 1 free, its memory the host's\n");
    CHECK_EQ("slot 1 still free (hardware)", state_of(1), VMENTER_ERR_FREE);
    check_reachable("host reaches the proposed regions", BLK(0), 2 * RGN);
    CHECK_EQ("pattern intact", *(volatile uint32_t *)(BLK(0) + 0x100), 0x5a5a5a5a ^ (BLK(0) + 0x100));

    printf("create VM 2 (policy 0, one 64 KiB region at BLK(2))\n");
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(2));
    struct vmc vm2 = desc;
    CHECK_EQ("create VM 2", create(2), SM_OK);
    CHECK_EQ("VM 2 created (hardware)", state_of(2), VMENTER_ERR_UNLAUNCHED);
    CHECK_EQ("create VM 2 again", create(2), SM_ERR_STATE);
    CHECK_EQ("create VM 2 again, bad descriptor: STATE first", smc(SMC_VM_CREATE, 2, 1, 0, 0), SM_ERR_STATE);

    printf("the host is out of VM 2's region\n");
    CHECK_EQ("load at its base", load_faults(BLK(2)), 1);
    CHECK_EQ("load at its last word", load_faults(BLK(2) + RGN - 4), 1);
    CHECK_EQ("load through the uncached alias", load_faults(RAM_UNCACHED_ALIAS | (BLK(2) + 0x40)), 1);
    CHECK_EQ("store", store_faults(BLK(2) + 0x80, 0x12345678), 1);
    CHECK_EQ("load just below it", load_faults(BLK(2) - 4), 0);
    CHECK_EQ("load just above it", load_faults(BLK(2) + RGN), 0);

    printf("host buffers inside VM 2\n");
    CHECK_EQ("create: descriptor in VM 2", smc(SMC_VM_CREATE, 1, BLK(2) + 0x100, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("create: descriptor straddling into VM 2", smc(SMC_VM_CREATE, 1, BLK(2) - 8, 0, 0), SM_ERR_ADDR);
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(2));
    CHECK_EQ("create: hPA = VM 2's", create(1), SM_ERR_OVERLAP);
    set_rgn(0, 0, 2 * RGN, BLK(2));
    CHECK_EQ("create: hPA covering VM 2's", create(1), SM_ERR_OVERLAP);
    set_rgn(0, 0, 4 * RGN, BLK(0));
    CHECK_EQ("create: 256 KiB covering VM 2's", create(1), SM_ERR_OVERLAP);
    set_desc(0);
    set_rgn(0, 0, RGN, BLK(0));
    set_rgn(1, 0x40000, MIN, BLK(2) + 2 * MIN);
    CHECK_EQ("create: the smallest region inside VM 2's", create(1), SM_ERR_OVERLAP);
    CHECK_EQ("slot 1 still free", state_of(1), VMENTER_ERR_FREE);

    printf("create VM 1 (debug policy, 64 KiB at gPA 0, the smallest region at gPA 0x100000)\n");
    set_desc(POLICY_DEBUG);
    set_rgn(0, 0, RGN, BLK(0));
    set_rgn(2, 0x100000, MIN, BLK(1) + 2 * MIN);
    desc.r[3].gpa = 0x777000; /* unused (size 0): ignored, measured as 0 */
    desc.r[3].hpa = 0x1234;
    struct vmc vm1 = desc;
    CHECK_EQ("create VM 1", create(1), SM_OK);
    CHECK_EQ("VM 1 created (hardware)", state_of(1), VMENTER_ERR_UNLAUNCHED);
    CHECK_EQ("load in region 0", load_faults(BLK(0) + 0x2000), 1);
    CHECK_EQ("load in region 2", load_faults(BLK(1) + 3 * MIN - 4), 1);
    CHECK_EQ("load next to region 2", load_faults(BLK(1) + 2 * MIN - 4), 0);
    CHECK_EQ("load next to region 2", load_faults(BLK(1) + 3 * MIN), 0);
    uint32_t m1[8];
    expect_create(m1, &vm1);

    printf("measurement before launch\n");
    CHECK_EQ("measurement: created, not launched", smc(SMC_VM_MEASUREMENT, 1, (uint32_t)meas, 0, 0),
             SM_ERR_STATE);

    printf("add page: bad arguments\n");
    CHECK_EQ("gPA misaligned", smc(SMC_VM_ADD_PAGE, 1, 0x800, (uint32_t)src[0], 0), SM_ERR_PARAM);
    CHECK_EQ("gPA past region 0", smc(SMC_VM_ADD_PAGE, 1, RGN, (uint32_t)src[0], 0), SM_ERR_PARAM);
    CHECK_EQ("gPA past region 2", smc(SMC_VM_ADD_PAGE, 1, 0x100000 + MIN, (uint32_t)src[0], 0), SM_ERR_PARAM);
    CHECK_EQ("gPA of the unused region", smc(SMC_VM_ADD_PAGE, 1, 0x777000, (uint32_t)src[0], 0),
             SM_ERR_PARAM);
    CHECK_EQ("attributes 1", smc(SMC_VM_ADD_PAGE, 1, 0, (uint32_t)src[0], 1), SM_ERR_PARAM);
    CHECK_EQ("attributes 2^31", smc(SMC_VM_ADD_PAGE, 1, 0, (uint32_t)src[0], 0x80000000), SM_ERR_PARAM);
    CHECK_EQ("source misaligned", smc(SMC_VM_ADD_PAGE, 1, 0, (uint32_t)src[0] + 0x10, 0), SM_ERR_ADDR);
    CHECK_EQ("source above RAM", smc(SMC_VM_ADD_PAGE, 1, 0, OUTSIDE, 0), SM_ERR_ADDR);
    CHECK_EQ("source in the uncached alias",
             smc(SMC_VM_ADD_PAGE, 1, 0, RAM_UNCACHED_ALIAS | (uint32_t)src[0], 0), SM_ERR_ADDR);
    CHECK_EQ("source in VM 1", smc(SMC_VM_ADD_PAGE, 1, 0, BLK(0) + 0x1000, 0), SM_ERR_ADDR);
    CHECK_EQ("source in VM 2", smc(SMC_VM_ADD_PAGE, 1, 0, BLK(2), 0), SM_ERR_ADDR);
    CHECK_EQ("add page to VM 3 (free)", smc(SMC_VM_ADD_PAGE, 3, 0, (uint32_t)src[0], 0), SM_ERR_STATE);

    printf("add pages (with failing calls between: they change nothing)\n");
    CHECK_EQ("page gPA 0x3000", smc(SMC_VM_ADD_PAGE, 1, 0x3000, (uint32_t)src[0], 0), SM_OK);
    expect_page(m1, 0x3000, src[0]);
    CHECK_EQ("bad attributes", smc(SMC_VM_ADD_PAGE, 1, 0x4000, (uint32_t)src[1], 7), SM_ERR_PARAM);
    CHECK_EQ("page gPA 0x100000", smc(SMC_VM_ADD_PAGE, 1, 0x100000, (uint32_t)src[1], 0), SM_OK);
    expect_page(m1, 0x100000, src[1]);
    CHECK_EQ("bad source", smc(SMC_VM_ADD_PAGE, 1, 0x4000, BLK(2), 0), SM_ERR_ADDR);
    CHECK_EQ("page gPA 0x3000 again", smc(SMC_VM_ADD_PAGE, 1, 0x3000, (uint32_t)src[1], 0), SM_OK);
    expect_page(m1, 0x3000, src[1]);
    CHECK_EQ("source page unchanged", src[0][5], (uint8_t)(5 * 7 + 1));
    CHECK_EQ("launch VM 3 (free)", smc(SMC_VM_LAUNCH, 3, 0, 0, 0), SM_ERR_STATE);

    printf("launch\n");
    CHECK_EQ("launch VM 1", smc(SMC_VM_LAUNCH, 1, 0, 0, 0), SM_OK);
    CHECK_EQ("launch VM 1 twice", smc(SMC_VM_LAUNCH, 1, 0, 0, 0), SM_ERR_STATE);
    CHECK_EQ("add page after launch", smc(SMC_VM_ADD_PAGE, 1, 0x3000, (uint32_t)src[0], 0), SM_ERR_STATE);
    CHECK_EQ("add page after launch, bad gPA: STATE first", smc(SMC_VM_ADD_PAGE, 1, 1, 1, 1), SM_ERR_STATE);
    CHECK_EQ("create a launched slot", create(1), SM_ERR_STATE);
    CHECK_EQ("host still out of VM 1", load_faults(BLK(0)), 1);

    printf("measurement\n");
    for (int i = 0; i < 10; i++)
        meas[i] = 0xeeeeeeee;
    CHECK_EQ("buffer +2", smc(SMC_VM_MEASUREMENT, 1, (uint32_t)meas + 2, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("buffer above RAM", smc(SMC_VM_MEASUREMENT, 1, OUTSIDE, 0, 0), SM_ERR_ADDR);
    CHECK_EQ("buffer in the uncached alias", smc(SMC_VM_MEASUREMENT, 1, RAM_UNCACHED_ALIAS | (uint32_t)meas, 0, 0),
             SM_ERR_ADDR);
    CHECK_EQ("buffer in VM 1", smc(SMC_VM_MEASUREMENT, 1, BLK(0), 0, 0), SM_ERR_ADDR);
    CHECK_EQ("buffer straddling into VM 2", smc(SMC_VM_MEASUREMENT, 1, BLK(2) - 16, 0, 0), SM_ERR_ADDR);
    for (int i = 0; i < 10; i++)
        CHECK_EQ("failed calls wrote nothing", meas[i], 0xeeeeeeee);
    check_meas("VM 1's measurement", 1, m1);
    check_meas("read twice: the same", 1, m1);
    CHECK_EQ("measurement of VM 2 (created)", smc(SMC_VM_MEASUREMENT, 2, (uint32_t)meas, 0, 0), SM_ERR_STATE);
    CHECK_EQ("launch VM 2 (no pages)", smc(SMC_VM_LAUNCH, 2, 0, 0, 0), SM_OK);
    uint32_t m2[8];
    expect_create(m2, &vm2);
    check_meas("VM 2's measurement (M0 only)", 2, m2);

    printf("a guest's calls: SM_ERR_FUNC first, then SM_ERR_UNSUPPORTED\n");
    {
        /* page: l.nop NOP_EXIT everywhere (a guest exception halts it), the
         * code at 0x100 */
        uint32_t *pg = (uint32_t *)src[1];
        for (unsigned i = 0; i < MEASURE_PAGE / 4; i++)
            pg[i] = NOP_INSN | NOP_EXIT;
        for (unsigned i = 0; guest_code + i < guest_code_end; i++)
            pg[VEC_RESET / 4 + i] = guest_code[i];
        set_desc(0);
        set_rgn(0, 0, RGN, BLK(4));
        CHECK_EQ("create VM 4", create(4), SM_OK);
        CHECK_EQ("add the guest's page", smc(SMC_VM_ADD_PAGE, 4, 0, (uint32_t)src[1], 0), SM_OK);
        CHECK_EQ("run VM 4 before launch: refused", run_guest(4, 0), VMENTER_ERR_UNLAUNCHED);
        CHECK_EQ("launch VM 4", smc(SMC_VM_LAUNCH, 4, 0, 0, 0), SM_OK);
        uint32_t old[VMEXIT_VECTOR_WORDS];
        uint32_t n = vmexit_vector_install(run_guest_exit, run_guest_exit_end, old);
        CHECK_EQ("run VM 4: it exits", run_guest(4, 0), 0);
        vmexit_vector_copy(old, n, NULL);
        CHECK_EQ("exit: hypercall of VM 4", mfspr(SPR_VMEXIT), EXIT_VMCALL | 4 << VMEXIT_VMID_SHIFT);
        CHECK_EQ("guest: unknown function", mfspr(SPR_VMEXINFO0 + 0), SM_ERR_FUNC);
        CHECK_EQ("guest: SMC_VERSION", mfspr(SPR_VMEXINFO0 + 1), SM_ERR_UNSUPPORTED);
        CHECK_EQ("guest: create", mfspr(SPR_VMEXINFO0 + 2), SM_ERR_UNSUPPORTED);
        CHECK_EQ("guest: destroy VMID 0 (caller before VMID)", mfspr(SPR_VMEXINFO0 + 3), SM_ERR_UNSUPPORTED);
        CHECK_EQ("guest: its r24 kept", mfspr(SPR_VMEXINFO0 + 4), 0x1234);
        CHECK_EQ("guest: r8", mfspr(SPR_VMEXINFO0 + 5), 0x4321);
        CHECK_EQ("slot 5 still free (the guest's create did nothing)", state_of(5), VMENTER_ERR_FREE);
        CHECK_EQ("destroy VM 4", smc(SMC_VM_DESTROY, 4, 0, 0, 0), SM_OK);
        check_zero("VM 4's region zeroed", BLK(4), RGN);
    }

    printf("destroy\n");
    CHECK_EQ("destroy VM 1", smc(SMC_VM_DESTROY, 1, 0, 0, 0), SM_OK);
    CHECK_EQ("VM 1 free (hardware)", state_of(1), VMENTER_ERR_FREE);
    CHECK_EQ("destroy VM 1 twice", smc(SMC_VM_DESTROY, 1, 0, 0, 0), SM_ERR_STATE);
    CHECK_EQ("measurement of a destroyed VM", smc(SMC_VM_MEASUREMENT, 1, (uint32_t)meas, 0, 0), SM_ERR_STATE);
    check_reachable("the host has VM 1's regions back", BLK(0), RGN);
    check_zero("region 0 zeroed (pages and scrub)", BLK(0), RGN);
    check_zero("region 2 zeroed", BLK(1) + 2 * MIN, MIN);
    CHECK_EQ("next to region 2: the host's pattern", *(volatile uint32_t *)(BLK(1) + 2 * MIN - 4),
             0x5a5a5a5a ^ (BLK(1) + 2 * MIN - 4));
    CHECK_EQ("next to region 2: the host's pattern", *(volatile uint32_t *)(BLK(1) + 3 * MIN),
             0x5a5a5a5a ^ (BLK(1) + 3 * MIN));
    CHECK_EQ("VM 2 untouched: host still out", load_faults(BLK(2)), 1);
    check_meas("VM 2's measurement unchanged", 2, m2);

    printf("destroy then re-create (without encryption: POLICY_NO_ENC, measured)\n");
    fill(BLK(0), RGN, 0x3c3c3c3c);
    desc = vm1;
    desc.policy = POLICY_NO_ENC;
    /* the calls that do the most work, with every GPR checked */
    SMC_KEEPS_REGS("re-create VM 1", SMC_VM_CREATE, 1, (uint32_t)&desc, 0, 0, SM_OK);
    CHECK_EQ("VM 1 created again (hardware)", state_of(1), VMENTER_ERR_UNLAUNCHED);
    CHECK_EQ("host out again", load_faults(BLK(0) + 0x40), 1);
    SMC_KEEPS_REGS("add a page", SMC_VM_ADD_PAGE, 1, 0xf000, (uint32_t)src[0], 0, SM_OK);
    SMC_KEEPS_REGS("launch", SMC_VM_LAUNCH, 1, 0, 0, 0, SM_OK);
    expect_create(m1, &desc);
    expect_page(m1, 0xf000, src[0]);
    SMC_KEEPS_REGS("measurement", SMC_VM_MEASUREMENT, 1, (uint32_t)meas, 0, 0, SM_OK);
    check_meas("re-created VM 1's measurement", 1, m1);
    SMC_KEEPS_REGS("destroy VM 1", SMC_VM_DESTROY, 1, 0, 0, 0, SM_OK);
    check_zero("the host's pattern scrubbed at create", BLK(0), RGN);

    printf("the same regions in another slot once free; every slot usable\n");
    for (unsigned v = 1; v <= VM_SLOTS; v++) {
        if (v == 2)
            continue;
        set_desc(0);
        set_rgn(1, 0x10000000, MIN, BLK(0) + MIN * v);
        CHECK_EQ("create", create(v), SM_OK);
    }
    set_desc(0);
    set_rgn(0, 0, MIN, BLK(0) + MIN * 3);
    CHECK_EQ("VM 2 still launched", create(2), SM_ERR_STATE);
    CHECK_EQ("destroy VM 2", smc(SMC_VM_DESTROY, 2, 0, 0, 0), SM_OK);
    CHECK_EQ("VM 3's region taken", create(2), SM_ERR_OVERLAP);
    for (unsigned v = 1; v <= VM_SLOTS; v++)
        if (v != 2)
            CHECK_EQ("destroy", smc(SMC_VM_DESTROY, v, 0, 0, 0), SM_OK);
    for (unsigned v = 1; v <= VM_SLOTS; v++)
        CHECK_EQ("all free (hardware)", state_of(v), VMENTER_ERR_FREE);
    check_reachable("all of the VMs' memory is the host's", BLK(0), 6 * RGN);
    SMC_KEEPS_REGS("destroy of a free slot", SMC_VM_DESTROY, 3, 0, 0, 0, SM_ERR_STATE);
    return test_end();
}

/* Attacks on shared pages, page attributes and the VM-tagged caches and
 * TLBs (docs/MONITOR.md SMC_PAGE_ATTR, docs/VIRT.md; issue 14). A host
 * creates three VMs (share-guest.c, which does what it is told one command
 * at a time, share.h; C without encryption, POLICY_NO_ENC) and tries everything the page attributes must keep
 * from it; each attack must fail. The program checks each outcome and how
 * it happened, prints "attack N: <what>: refused (<how>)" (or, for what
 * the attributes allow, "allowed (<why>)"), and exits non-zero at the
 * first check that fails.
 *
 *   1  host load, store and fetch of a guest page for every valid
 *      attribute set (none, ENC, HR, ENC|HR, HW, HR|HW), through the
 *      D-cache, the uncached alias and the DMMU/IMMU: a load works iff HR
 *      (and returns what the guest stored, its dirty line written back by
 *      the host's miss), a store iff HW (the guest then reads the host's
 *      value; else the guest's is intact), a fetch never
 *   2  SMC_PAGE_ATTR with another VM's gPA range or hPA, gPAs beyond,
 *      between or past the regions, misaligned gPAs, zero or huge counts,
 *      a count running past a region's end, HW with ENC, unknown and owner
 *      bits: SM_ERR_PARAM and no page changed (the host still gets bus
 *      errors); SMC_PAGE_ATTR from the host: SM_ERR_UNSUPPORTED; the VM
 *      management calls from a guest: SM_ERR_UNSUPPORTED
 *   3  revocation: the host has a shared page's line in its D-cache and a
 *      DTLB entry for it; the guest revokes HR / HW; the host's next load /
 *      store of the same address (cached, alias, DMMU) is a bus error
 *   4  a host user program: through a DMMU mapping without user
 *      permission a page fault; with user permission a private page is a
 *      bus error; with its MMU off the same (the attributes are per world)
 *   5  caches: guest A, guest B, the host and the monitor in one D-cache
 *      set with dirty and clean lines; the host and a guest on one line of
 *      a shared page; the host's DCBIR/DCBFR/DCBWR/ICBIR on a guest's lines
 *      (shared and private): nobody reads another's stale or foreign line,
 *      the block operations do nothing to the guest's lines
 *   6  TLBs: the host reads a guest's entries (0), overwrites some; the
 *      guest reads 0 there and its own values elsewhere; another guest
 *      reads none of either; neither translates through the other's entry;
 *      after destroy and re-create of the same VMID the new guest reads 0
 *      everywhere (the monitor's overwrite)
 *   7  a VM without encryption (POLICY_NO_ENC, guest C): created and
 *      running with every page private (the host's load a bus error);
 *      SMC_PAGE_ATTR with ENC from it: SM_ERR_PARAM, no page changed; with
 *      HR the host reads its plaintext, where it reads guest A's ENC|HR
 *      page as ciphertext (with ENC_ENGINE); HR|HW is a shared page
 *
 * With --caches the cache and TLB attacks meet the tagged lines; without,
 * the checks that need a D-cache or I-cache (a line still dirty, a stale
 * instruction line) accept the uncached answer and say so.
 *
 * Host memory: this program's 1 MiB (link.ld), then the VMs' regions and
 * host pages from 2 MiB: run with --ram-size 4M or more (the scripts use
 * 16M): vmsp-iss run --monitor build/firmware/monitor/sm.elf --ram-size 16M
 * [--caches] sharing.elf, or on the RTL in lock-step (scripts/vm-check.sh). */
#include "vmattack.h"
#include "share.h"

/* ---- the plan ---------------------------------------------------------- */

#define A_ID 1
#define B_ID 2
#define RGN 0x4000u      /* every region: 16 KiB */
#define A0_HPA 0x200000u /* A: code at gPA 0 */
#define A1_GPA 0x10000u  /* A: test pages, two regions back to back */
#define A1_HPA 0x204000u
#define A2_GPA 0x14000u
#define A2_HPA 0x208000u
#define B0_HPA 0x210000u /* B: code at gPA 0 */
#define B1_GPA 0x20000u  /* B: test pages */
#define B1_HPA 0x214000u
#define C_ID 3
#define C0_HPA 0x218000u /* C (POLICY_NO_ENC): code at gPA 0 */
#define C1_GPA 0x30000u  /* C: test pages */
#define C1_HPA 0x21c000u
#define D_ID 4
#define D0_HPA 0x220000u /* D: the cold-DRAM pattern (ENC), still running at the end */
#define D1_GPA 0x10000u
#define D1_HPA 0x224000u
#define E_ID 5
#define E0_HPA 0x228000u /* E: the same pattern's twin, POLICY_NO_ENC: the control */
#define E1_HPA 0x22c000u
#define HOST_PG 0x240000u /* the host's own pages */
#define PG 0x1000u        /* a page of the page table (SMC_PAGE_ATTR's unit) */
#define ALL 0xffffffffu
/* The machine encrypts ENC pages (the monitor SoC's engine, vmsp-iss
 * --mee; docs/MEE.md): the host's read of an ENC|HR page must be
 * ciphertext, not the guest's value. -DENC_ENGINE=0 for vmsp-iss without
 * --mee, where the raw bytes are the plaintext and attack 1 says so. */
#ifndef ENC_ENGINE
#define ENC_ENGINE 1
#endif
#define ENC VMPTE_ENC
#define HR VMPTE_HR
#define HW VMPTE_HW

_Static_assert(A1_GPA + RGN == A2_GPA, "A's test regions are back to back");
_Static_assert((A0_HPA | A1_HPA | A2_HPA | B0_HPA | B1_HPA | C0_HPA | C1_HPA) % RGN == 0, "regions aligned");
_Static_assert(C1_HPA + RGN <= D0_HPA && E1_HPA + RGN <= HOST_PG, "the VMs below the host's pages");
_Static_assert((A1_HPA ^ B1_HPA ^ HOST_PG) % (CACHE_LINE_BYTES << DCACHE_SETS_LOG2) == 0,
               "the test pages' offsets share the D-cache sets");

struct vm {
    uint32_t id, code_hpa;
    const char *name;
    uint32_t rgn[3][3]; /* gPA, size, hPA */
    uint32_t policy;    /* its create descriptor's */
};
static struct vm A = {A_ID, A0_HPA, "A", {{0, RGN, A0_HPA}, {A1_GPA, RGN, A1_HPA}, {A2_GPA, RGN, A2_HPA}}, 0};
static struct vm B = {B_ID, B0_HPA, "B", {{0, RGN, B0_HPA}, {B1_GPA, RGN, B1_HPA}, {0, 0, 0}}, 0};
static struct vm C = {C_ID, C0_HPA, "C", {{0, RGN, C0_HPA}, {C1_GPA, RGN, C1_HPA}, {0, 0, 0}}, POLICY_NO_ENC};
static struct vm D = {D_ID, D0_HPA, "D", {{0, RGN, D0_HPA}, {D1_GPA, RGN, D1_HPA}, {0, 0, 0}}, 0};
static struct vm E = {E_ID, E0_HPA, "E", {{0, RGN, E0_HPA}, {D1_GPA, RGN, E1_HPA}, {0, 0, 0}}, POLICY_NO_ENC};

static int have_dc, have_ic;

/* ---- the guest image (share-guest.{S,c}, flattened, zero-padded to a page) */

VMTEST_GUEST_IMAGE("share-guest.bin");

/* ---- entering a VM --------------------------------------------------------- */

VMTEST_RUN_GUEST;

static void enter(const struct vm *vm, uint32_t answer)
{
    CHK("l.vmenter accepted", run_guest(vm->id, answer), 0);
    read_exit();
    CHK("the exit: a hypercall of this VM (VMEXIT)", xcause, EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT);
}

struct gres {
    unsigned excs;                    /* its own exceptions (SHC_EXC) */
    uint32_t vector, epcr, eear, esr; /* the last one */
    uint32_t r[4], flags;             /* its SHC_RESULT */
};

/* A command to a guest that waits for one (after SHC_READY or SHC_RESULT). */
static struct gres gcmd(const struct vm *vm, uint32_t cmd, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3)
{
    const uint32_t a[SG_NARGS] = {a0, a1, a2, a3};
    struct gres g;
    memset(&g, 0, sizeof g);
    enter(vm, cmd);
    for (uint32_t i = 0; i < SG_NARGS; i++) {
        CHK("the guest asks for an argument", xinfo[0], SHC_ARG);
        CHK("its number", xinfo[1], i);
        CHK("of this command", xinfo[2], cmd);
        enter(vm, a[i]);
    }
    while (xinfo[0] == SHC_EXC && g.excs < 4) {
        g.excs++;
        g.vector = xinfo[1];
        g.epcr = xinfo[2];
        g.eear = xinfo[3];
        g.esr = xinfo[4];
        enter(vm, 0);
    }
    CHK("the guest's result", xinfo[0], SHC_RESULT);
    for (int i = 0; i < 4; i++)
        g.r[i] = xinfo[1 + i];
    g.flags = xinfo[5];
    CHK("its count of exceptions", g.flags & ~SG_CUT, g.excs);
    return g;
}

/* A command that must not raise anything in the guest; its r0. */
static uint32_t gok(const struct vm *vm, uint32_t cmd, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3)
{
    struct gres g = gcmd(vm, cmd, a0, a1, a2, a3);
    CHK("no exception in the guest", g.excs, 0);
    return g.r[0];
}
#define g_load(vm, a) gok(vm, SG_LOAD, a, 0, 0, 0)
#define g_load_mem(vm, a) gok(vm, SG_LOAD_MEM, a, 0, 0, 0) /* memory, under its D-cache */
#define g_store(vm, a, v) gok(vm, SG_STORE, a, v, 0, 0)
#define g_mtspr(vm, spr, v) gok(vm, SG_MTSPR, spr, v, 0, 0)
#define g_attr(vm, gpa, n, attr) gok(vm, SG_SMC, SMC_PAGE_ATTR, gpa, n, attr)
#define g_caches(vm) gok(vm, SG_SR, 0, SR_DCE | SR_ICE, 0, 0)

/* A guest's page to `attr` (the call must succeed). */
static void set_attr(const struct vm *vm, uint32_t gpa, uint32_t n, uint32_t attr)
{
    CHK("SMC_PAGE_ATTR from the guest", g_attr(vm, gpa, n, attr), SM_OK);
}

/* ---- creating VMs ------------------------------------------------------------ */

static struct vmc desc;

static void vm_create(const struct vm *vm)
{
    CONTEXT("creating VM %s (slot %lu)", vm->name, (unsigned long)vm->id);
    memset(&desc, 0, sizeof desc);
    desc.policy = vm->policy;
    for (int i = 0; i < 3; i++) {
        desc.r[i].gpa = vm->rgn[i][0];
        desc.r[i].size = vm->rgn[i][1];
        desc.r[i].hpa = vm->rgn[i][2];
    }
    vm_load(vm->id, &desc, guest_image, guest_image_bytes);
    CHK("SMC_VM_LAUNCH", smc(SMC_VM_LAUNCH, vm->id, 0, 0, 0), SM_OK);
    enter(vm, 0);
    CHK("the guest is ready", xinfo[0], SHC_READY);
    g_caches(vm);
}

/* ---- host accesses ---------------------------------------------------------- */

/* the host's caches are on throughout; the D-cache path comes first (its
 * miss is what writes a guest's dirty line back) */
static const struct path paths[] = {
    {"D-cache", 0, 0, 0},
    {"uncached alias", 0, 1, 0},
    {"DMMU/IMMU, cacheable page", 1, 0, 0},
    {"DMMU/IMMU, cache-inhibited page", 1, 0, TLB_TR_CI},
};
#define NPATHS (sizeof paths / sizeof paths[0])

static void host_cached_refused(uint32_t pa) { host_refused(K_LW, pa, 0, 0); }

/* ---- control: the host's own page ------------------------------------------ */

static void control(void)
{
    uint32_t base = HOST_PG;
    *(volatile uint32_t *)(base + 0x300) = probe_code[0];
    *(volatile uint32_t *)(base + 0x304) = probe_code[1];
    mtspr(SPR_DCBFR, base + 0x300);
    mtspr(SPR_ICBIR, base + 0x300);
    for (unsigned p = 0; p < NPATHS; p++) {
        uint32_t srbits, addr;
        CONTEXT("control: the host's own page, %s", paths[p].name);
        addr = path_addr(&paths[p], base + 0x200 + 0x10 * p, &srbits);
        host_ok(K_SW, addr, 0xc0de0000 + p, srbits);
        CHK("control: the word stored and loaded", host_ok(K_LW, addr, 0, srbits), 0xc0de0000 + p);
        addr = path_addr(&paths[p], base + 0x300, &srbits);
        CHK("control: the probe ran", host_ok(K_FETCH, addr, 0, srbits), PROBE_MARK);
        printf("control: %s: the host's own page answers loads, stores and fetches\n", paths[p].name);
    }
}

/* ---- attack 1: every attribute set ---------------------------------------------- */

static const char *attr_name(uint32_t attr)
{
    static char buf[16];
    static const struct {
        uint32_t bit;
        const char *name;
    } bits[] = {{ENC, "ENC"}, {HR, "HR"}, {HW, "HW"}};
    char *p = buf;
    for (unsigned i = 0; i < 3; i++)
        if (attr & bits[i].bit)
            p += snprintf(p, buf + sizeof buf - p, "%s%s", p == buf ? "" : "|", bits[i].name);
    return p == buf ? "no attributes" : buf;
}

#define M_LOAD 0x100  /* the word the host loads (left dirty in the guest's D-cache) */
#define M_STORE 0x200 /* + 0x10 * path: the words the host stores */
#define M_PROBE 0x300 /* the probe the host fetches */

static void attribute_matrix(void)
{
    static const uint32_t sets[] = {0, ENC, HR, ENC | HR, HW, HR | HW};
    const uint32_t gpa = A1_GPA, hpa = A1_HPA;
    for (unsigned s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        uint32_t attr = sets[s], vload = 0x11000000 + (s << 8), vg[NPATHS], vh[NPATHS];
        CONTEXT("attack 1: guest A's page with %s", attr_name(attr));
        set_attr(&A, gpa, 1, attr);
        /* the guest's words: the stored-to ones and the probe written
         * back (its own DCBFR), the loaded one left dirty */
        for (unsigned p = 0; p < NPATHS; p++) {
            vg[p] = 0x22000000 + (s << 8) + p;
            vh[p] = 0x33000000 + (s << 8) + p;
            g_store(&A, gpa + M_STORE + 0x10 * p, vg[p]);
            g_mtspr(&A, SPR_DCBFR, gpa + M_STORE + 0x10 * p);
        }
        g_store(&A, gpa + M_PROBE, probe_code[0]);
        g_store(&A, gpa + M_PROBE + 4, probe_code[1]);
        g_mtspr(&A, SPR_DCBFR, gpa + M_PROBE);
        g_store(&A, gpa + M_LOAD, vload);

        for (unsigned p = 0; p < NPATHS; p++) {
            uint32_t srbits, addr = path_addr(&paths[p], hpa + M_LOAD, &srbits);
            CONTEXT("attack 1: host load of guest A's page (%s) via %s", attr_name(attr), paths[p].name);
            if ((attr & HR) && (attr & ENC) && ENC_ENGINE)
                CHK("ENC|HR: the raw bytes are not the plaintext", host_ok(K_LW, addr, 0, srbits) != vload, 1);
            else if (attr & HR)
                CHK("HR: the guest's value (ENC: the raw bytes, plaintext until issue 15)",
                    host_ok(K_LW, addr, 0, srbits), vload);
            else
                host_refused(K_LW, addr, 0, srbits);
        }
        for (unsigned p = 0; p < NPATHS; p++) {
            uint32_t srbits, addr = path_addr(&paths[p], hpa + M_STORE + 0x10 * p, &srbits);
            CONTEXT("attack 1: host store to guest A's page (%s) via %s", attr_name(attr), paths[p].name);
            if (attr & HW)
                host_ok(K_SW, addr, vh[p], srbits);
            else
                host_refused(K_SW, addr, vh[p], srbits);
        }
        for (unsigned p = 0; p < NPATHS; p++) {
            uint32_t srbits, addr = path_addr(&paths[p], hpa + M_PROBE, &srbits);
            CONTEXT("attack 1: host fetch from guest A's page (%s) via %s", attr_name(attr), paths[p].name);
            host_refused(K_FETCH, addr, 0, srbits);
        }
        CONTEXT("attack 1: guest A checks its page (%s)", attr_name(attr));
        CHK("the loaded word unchanged", g_load(&A, gpa + M_LOAD), vload);
        for (unsigned p = 0; p < NPATHS; p++)
            CHK(attr & HW ? "HW: the host's value" : "no HW: the guest's value",
                g_load(&A, gpa + M_STORE + 0x10 * p), attr & HW ? vh[p] : vg[p]);
        CHK("the probe intact", g_load(&A, gpa + M_PROBE), probe_code[0]);
        printf("attack 1: guest page with %s: host loads %s, host stores %s, host fetches refused (bus error) on "
               "all %u paths; the guest's page %s\n",
               attr_name(attr),
               attr & HR ? (attr & ENC ? (ENC_ENGINE ? "allowed (the raw bytes in RAM: ciphertext)"
                                                     : "allowed (the raw bytes in RAM: still the plaintext; the "
                                                       "ciphertext check is open until the encryption engine, "
                                                       "issue 15)")
                                       : "allowed (the guest's value, its dirty line written back)")
                         : "refused (bus error, destination kept)",
               attr & HW ? "allowed (the guest reads them)" : "refused (bus error)", (unsigned)NPATHS,
               attr & HW ? "has the host's words" : "unchanged");
    }
    set_attr(&A, gpa, 1, ENC);
}

/* ---- attack 2: bad calls ----------------------------------------------------------- */

/* Every page of A, B and C: private (the host's load a bus error). */
static void all_private(const char *when)
{
    static const uint32_t bases[] = {A0_HPA, A1_HPA, A2_HPA, B0_HPA, B1_HPA, C0_HPA, C1_HPA};
    for (unsigned i = 0; i < sizeof bases / sizeof bases[0]; i++)
        for (uint32_t off = 0; off < RGN; off += PG) {
            CONTEXT("attack 2: %s: the host loads hPA 0x%08lx", when, (unsigned long)(bases[i] + off));
            host_cached_refused(bases[i] + off + 0x40);
        }
}

static void bad_calls(void)
{
    static const struct {
        const char *what;
        uint32_t gpa, n, attr;
    } bad[] = {
        {"a page of guest B's gPA range", B1_GPA, 1, HR | HW},
        {"guest B's hPA as a gPA", B1_HPA, 1, HR},
        {"guest B's code hPA as a gPA", B0_HPA, 4, HR},
        {"its own test page's hPA as a gPA", A1_HPA, 1, HR},
        {"a gPA just past its last region", A2_GPA + RGN, 1, HR},
        {"a gPA between its regions", RGN, 1, HR},
        {"a gPA far beyond its regions", 0x40000000, 1, HR},
        {"its own page through the uncached alias bit", RAM_UNCACHED_ALIAS | A1_GPA, 1, HR},
        {"a gPA misaligned by a word", A1_GPA + 4, 1, HR},
        {"a gPA misaligned by half a page", A1_GPA + 0x800, 1, HR},
        {"a count running past its last region's end", A2_GPA + RGN - PG, 2, HR},
        {"a count running from its code region into the gap", RGN - PG, 2, HR},
        {"a count of all its test pages plus one", A1_GPA, 2 * RGN / PG + 1, HR},
        {"a count of 0", A1_GPA, 0, HR},
        {"a count above VMPT_PAGES", A1_GPA, VMPT_PAGES + 1, HR},
        {"a count of 2^31", A1_GPA, 0x80000000u, HR},
        {"a range that wraps past 2^32 onto gPA 0", 0u - PG, 2, HR},
        {"HW with ENC", A1_GPA, 1, HW | ENC},
        {"HR, HW and ENC", A1_GPA, 1, HR | HW | ENC},
        {"an unknown attribute bit (0x80)", A1_GPA, 1, HR | 0x80},
        {"an unknown attribute bit (bit 31)", A1_GPA, 1, HR | 0x80000000u},
        {"owner bits (guest B's VMID) in the attributes", A1_GPA, 1, HR | B_ID},
        {"owner bits (0xf) in the attributes", A1_GPA, 1, HR | HW | VMPTE_OWNER_MASK},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CONTEXT("attack 2: guest A sets attributes 0x%lx on %s (gPA 0x%08lx, %lu pages)", (unsigned long)bad[i].attr,
                bad[i].what, (unsigned long)bad[i].gpa, (unsigned long)bad[i].n);
        CHK("SM_ERR_PARAM", g_attr(&A, bad[i].gpa, bad[i].n, bad[i].attr), SM_ERR_PARAM);
        /* the pages it named that are A's or B's: unchanged */
        host_cached_refused(A1_HPA);
        host_cached_refused(A2_HPA + RGN - PG);
        host_cached_refused(A0_HPA + RGN - PG);
        host_cached_refused(B1_HPA);
        host_cached_refused(B0_HPA);
        printf("attack 2: guest A sets attributes 0x%lx on %s: refused (SM_ERR_PARAM, no page opened)\n",
               (unsigned long)bad[i].attr, bad[i].what);
    }
    CONTEXT("attack 2: guest B names guest A's test pages");
    CHK("SM_ERR_PARAM", g_attr(&B, A1_GPA, 1, HR | HW), SM_ERR_PARAM);
    CHK("SM_ERR_PARAM", g_attr(&B, A1_HPA, 1, HR | HW), SM_ERR_PARAM);
    host_cached_refused(A1_HPA);
    printf("attack 2: guest B sets attributes on guest A's gPA and hPA: refused (SM_ERR_PARAM, no page opened)\n");

    CONTEXT("attack 2: the host calls SMC_PAGE_ATTR");
    CHK("by gPA: SM_ERR_UNSUPPORTED", smc(SMC_PAGE_ATTR, A1_GPA, 1, HR | HW, 0), SM_ERR_UNSUPPORTED);
    CHK("by hPA: SM_ERR_UNSUPPORTED", smc(SMC_PAGE_ATTR, A1_HPA, 1, HR | HW, 0), SM_ERR_UNSUPPORTED);
    CHK("VMID in r4: SM_ERR_UNSUPPORTED", smc(SMC_PAGE_ATTR, A_ID, A1_GPA, 1, HR), SM_ERR_UNSUPPORTED);
    host_cached_refused(A1_HPA);
    printf("attack 2: the host calls SMC_PAGE_ATTR on guest A's pages: refused (SM_ERR_UNSUPPORTED, no page "
           "opened)\n");

    CONTEXT("attack 2: guest A makes the host's calls");
    static uint32_t meas[8];
    CHK("SMC_VM_DESTROY of B", gok(&A, SG_SMC, SMC_VM_DESTROY, B_ID, 0, 0), SM_ERR_UNSUPPORTED);
    CHK("SMC_VM_CREATE", gok(&A, SG_SMC, SMC_VM_CREATE, 5, 0, 0), SM_ERR_UNSUPPORTED);
    CHK("SMC_VM_MEASUREMENT", gok(&A, SG_SMC, SMC_VM_MEASUREMENT, B_ID, 0x100, 0), SM_ERR_UNSUPPORTED);
    CHK("SMC_VERSION", gok(&A, SG_SMC, SMC_VERSION, 0, 0, 0), SM_ERR_UNSUPPORTED);
    CHK("an unknown function", gok(&A, SG_SMC, SMC_MEASURE_HV + 1, A1_GPA, 1, HR), SM_ERR_FUNC);
    CHK("B still launched (its measurement)", smc(SMC_VM_MEASUREMENT, B_ID, (uint32_t)meas, 0, 0), SM_OK);
    g_store(&B, B1_GPA + 0x10, 0xb0070001);
    CHK("B still runs", g_load(&B, B1_GPA + 0x10), 0xb0070001);
    printf("attack 2: guest A calls SMC_VM_DESTROY/CREATE/MEASUREMENT/VERSION: refused (SM_ERR_UNSUPPORTED; B "
           "intact)\n");

    /* controls: good calls do take effect (one spanning A's two regions) */
    CONTEXT("attack 2: control: a range over both of A's test regions");
    set_attr(&A, A2_GPA - PG, 2, HR);
    g_store(&A, A2_GPA - PG, 0x5a4e0001);
    g_store(&A, A2_GPA, 0x5a4e0002);
    CHK("the last page of region 1 readable", host_ok(K_LW, A1_HPA + RGN - PG, 0, 0), 0x5a4e0001);
    CHK("the first page of region 2 readable", host_ok(K_LW, A2_HPA, 0, 0), 0x5a4e0002);
    set_attr(&A, A2_GPA - PG, 2, ENC);
    all_private("after the bad calls");
    printf("control: a good call over both of guest A's test regions opens both pages; every page of A and B is "
           "private again after ENC\n");
}

/* ---- attack 3: revocation --------------------------------------------------------------- */

static void revocation(void)
{
    const uint32_t gpa = A1_GPA, hpa = A1_HPA;
    const struct path *mmu = &paths[2];
    uint32_t srbits, va;

    CONTEXT("attack 3: the host reads, then guest A revokes HR");
    set_attr(&A, gpa, 1, HR | HW);
    g_store(&A, gpa + 0x400, 0x7e500001);
    CHK("the host reads it (D-cache)", host_ok(K_LW, hpa + 0x400, 0, 0), 0x7e500001);
    va = path_addr(mmu, hpa + 0x400, &srbits);
    CHK("the host reads it (DMMU)", host_ok(K_LW, va, 0, srbits), 0x7e500001);
    set_attr(&A, gpa, 1, ENC);
    host_refused(K_LW, hpa + 0x400, 0, 0);
    host_refused(K_LW, va, 0, srbits); /* its DTLB entry still there */
    host_refused(K_LW, RAM_UNCACHED_ALIAS | (hpa + 0x400), 0, 0);
    printf("attack 3: host load of a page whose line sits in its D-cache (and in its DTLB) after the guest "
           "revoked HR: refused (bus error, destination kept)\n");

    CONTEXT("attack 3: the host writes, then guest A revokes HW");
    set_attr(&A, gpa, 1, HR | HW);
    host_ok(K_SW, hpa + 0x410, 0x7e500002, 0); /* a dirty host line */
    va = path_addr(mmu, hpa + 0x420, &srbits);
    host_ok(K_SW, va, 0x7e500003, srbits);
    set_attr(&A, gpa, 1, HR);
    host_refused(K_SW, hpa + 0x410, 0x7e50dead, 0);
    host_refused(K_SW, va, 0x7e50dead, srbits);
    host_refused(K_SW, RAM_UNCACHED_ALIAS | (hpa + 0x410), 0x7e50dead, 0);
    CHK("HR still: the host reads its last permitted write", host_ok(K_LW, hpa + 0x410, 0, 0), 0x7e500002);
    CHK("the guest reads the permitted write", g_load(&A, gpa + 0x410), 0x7e500002);
    CHK("the guest reads the permitted write (DMMU)", g_load(&A, gpa + 0x420), 0x7e500003);
    CHK("and in memory", g_load_mem(&A, gpa + 0x410), 0x7e500002);
    set_attr(&A, gpa, 1, ENC);
    host_refused(K_LW, hpa + 0x410, 0, 0);
    printf("attack 3: host store to a page whose dirty line sits in its D-cache (and DTLB) after the guest "
           "revoked HW: refused (bus error; the guest has the writes from before, none after)\n");
}

/* ---- attack 4: a host user program ---------------------------------------------------- */

static uint32_t user_pc;

static uint32_t user_lw(uint32_t addr)
{
    uint32_t out = SENT, p;
    HOST_LOAD("l.lwz");
    user_pc = p;
    return out;
}

static uint32_t user_sw(uint32_t addr)
{
    uint32_t p, val = 0x05e7dead;
    HOST_STORE("l.sw");
    user_pc = p;
    return 0;
}

/* fn(addr) in user mode with SR | srbits; exc records what it raised */
static uint32_t user_run(uint32_t (*fn)(uint32_t), uint32_t addr, uint32_t srbits)
{
    uint32_t sr = mfspr(SPR_SR);
    exc_reset(4);
    mtspr(SPR_SR, sr | srbits);
    uint32_t out = or1k_call_user(fn, addr);
    mtspr(SPR_SR, sr);
    return out;
}

static void user_expect(const char *what, uint32_t (*fn)(uint32_t), uint32_t addr, uint32_t srbits, unsigned vector)
{
    CONTEXT("attack 4: host user mode: %s", what);
    uint32_t out = user_run(fn, addr, srbits);
    CHK("one exception", exc.count, 1);
    CHK("the vector", exc.vector, vector);
    CHK("EPCR = the access", exc.epcr, user_pc);
    CHK("EEAR = the address", exc.eear, addr);
    CHK("in user mode", exc.esr & SR_SM, 0);
    if (fn == user_lw)
        CHK("nothing returned", out, SENT);
    printf("attack 4: host user mode, %s: refused (%s)\n", what,
           vector == VEC_DPAGE_FAULT ? "page fault: its DTLB entry has no user permission, checked first"
                                     : "bus error: the page table refuses it, whatever the mode");
}

static void user_mode(void)
{
    const uint32_t gpa = A1_GPA, hpa = A1_HPA;
    set_attr(&A, gpa, 1, HR | HW);
    g_store(&A, gpa + 0x500, 0x05e70001);

    /* DMMU on, HOST_VA -> the shared page, supervisor rights only */
    map_perms = DTLB_TR_SRE | DTLB_TR_SWE;
    map_host_va(hpa, 0);
    CONTEXT("attack 4: control: supervisor load through the same mapping");
    CHK("the supervisor reads the shared page", host_ok(K_LW, HOST_VA + 0x500, 0, SR_DME), 0x05e70001);
    user_expect("load of the shared page (HR|HW) through a supervisor-only DTLB entry", user_lw, HOST_VA + 0x500,
                SR_DME, VEC_DPAGE_FAULT);
    user_expect("store to the shared page through a supervisor-only DTLB entry", user_sw, HOST_VA + 0x500, SR_DME,
                VEC_DPAGE_FAULT);
    /* with user rights on a private page of A */
    map_perms = DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE;
    map_host_va(hpa + PG, 0);
    user_expect("load of a private page of guest A through a DTLB entry with user rights", user_lw,
                HOST_VA + PG + 0x500, SR_DME, VEC_BUS_ERROR);
    user_expect("store to a private page of guest A through a DTLB entry with user rights", user_sw,
                HOST_VA + PG + 0x500, SR_DME, VEC_BUS_ERROR);
    /* MMU off in user mode: physical addresses, no MMU rights */
    user_expect("load of a private page of guest A with its MMU off", user_lw, hpa + PG + 0x500, 0, VEC_BUS_ERROR);
    user_expect("store to a private page of guest A with its MMU off", user_sw, hpa + PG + 0x500, 0, VEC_BUS_ERROR);
    set_attr(&A, gpa, 1, HR);
    user_expect("store to the read-only shared page (HR) with its MMU off", user_sw, hpa + 0x500, 0, VEC_BUS_ERROR);
    CONTEXT("attack 4: host user mode, MMU off, load of the shared page (HR)");
    CHK("the host world may read it", user_run(user_lw, hpa + 0x500, 0), 0x05e70001);
    CHK("no exception", exc.count, 0);
    CHK("the guest's page unchanged", g_load(&A, gpa + 0x500), 0x05e70001);
    printf("attack 4: host user mode, MMU off, load of the shared page (HR): allowed (the attributes open a page "
           "to the host world, its user mode included; the host kernel keeps its programs out with its MMU, as "
           "above)\n");
    set_attr(&A, gpa, 1, ENC);
}

/* ---- attack 5: caches ---------------------------------------------------------------------- */

#define SET_OFF 0x40   /* A1_HPA, B1_HPA, HOST_PG + SET_OFF: one D-cache set */
#define MEAS_OFF 0x2040 /* the monitor's measurement into HOST_PG + MEAS_OFF: the same set */

static void one_set(const uint32_t meas_a[8])
{
    volatile uint32_t *h = (volatile uint32_t *)(HOST_PG + SET_OFF);
    volatile uint32_t *m = (volatile uint32_t *)(HOST_PG + MEAS_OFF);
    CONTEXT("attack 5: guest A, guest B, the host and the monitor in one D-cache set");
    for (int i = 0; i < 8; i++)
        m[i] = 0;
    mtspr(SPR_DCBFR, (uint32_t)m);
    mtspr(SPR_DCBFR, (uint32_t)m + CACHE_LINE_BYTES);
    g_store(&A, A1_GPA + SET_OFF, 0x5e7a0001); /* dirty, A's */
    g_store(&B, B1_GPA + SET_OFF, 0x5e7b0001); /* dirty, B's: A's line out */
    *h = 0x5e7c0001;                           /* dirty, the host's: B's out */
    CHK("the monitor writes A's measurement there",
        smc(SMC_VM_MEASUREMENT, A_ID, HOST_PG + MEAS_OFF, 0, 0), SM_OK); /* the host's out */
    CHK("A reads its line", g_load(&A, A1_GPA + SET_OFF), 0x5e7a0001);
    CHK("B reads its line", g_load(&B, B1_GPA + SET_OFF), 0x5e7b0001);
    CHK("the host reads its line", *h, 0x5e7c0001);
    for (int i = 0; i < 8; i++)
        CHK("the host reads the monitor's words", m[i], meas_a[i]);
    CHK("A's line was written back (memory)", g_load_mem(&A, A1_GPA + SET_OFF), 0x5e7a0001);
    CHK("B's line was written back (memory)", g_load_mem(&B, B1_GPA + SET_OFF), 0x5e7b0001);
    CHK("the host's line was written back (memory)", *(volatile uint32_t *)(RAM_UNCACHED_ALIAS | (uint32_t)h),
        0x5e7c0001);
    /* clean lines now, each world after another's */
    for (int round = 0; round < 2; round++) {
        CHK("A (clean)", g_load(&A, A1_GPA + SET_OFF), 0x5e7a0001);
        CHK("the host (clean)", *h, 0x5e7c0001);
        CHK("B (clean)", g_load(&B, B1_GPA + SET_OFF), 0x5e7b0001);
        CHK("A (clean)", g_load(&A, A1_GPA + SET_OFF), 0x5e7a0001);
    }
    printf("attack 5: guests A and B, the host and the monitor with dirty and clean lines in one D-cache set: "
           "refused (each reads its own data; every evicted dirty line was written back)\n");
}

static void one_line(void)
{
    const uint32_t gpa = A1_GPA + 0x80, hpa = A1_HPA + 0x80;
    CONTEXT("attack 5: guest A and the host on one line of a shared page (HR|HW)");
    set_attr(&A, A1_GPA, 1, HR | HW);
    g_store(&A, gpa, 0x11ae0001); /* dirty, A's */
    CHK("the host reads A's dirty value (its miss wrote A's line back)", host_ok(K_LW, hpa, 0, 0), 0x11ae0001);
    g_store(&A, gpa, 0x11ae0002); /* A must not hit the host's clean line */
    CHK("the host reads A's new value, not its stale line", host_ok(K_LW, hpa, 0, 0), 0x11ae0002);
    host_ok(K_SW, hpa, 0x11ae0003, 0); /* dirty, the host's */
    CHK("A reads the host's dirty value", g_load(&A, gpa), 0x11ae0003);
    CHK("and memory has it", g_load_mem(&A, gpa), 0x11ae0003);
    CHK("the host reads it again", host_ok(K_LW, hpa, 0, 0), 0x11ae0003);
    CHK("A again", g_load(&A, gpa), 0x11ae0003);
    printf("attack 5: guest A and the host alternately load and store one line of a shared page: refused (no "
           "stale or foreign line is hit: each sees the other's last write)\n");
}

/* The guest leaves a dirty line at gpa over `before` in memory; whether
 * it is still dirty after a round trip through the host (with `op`, an
 * SPR the host writes with the line's hPA and its alias, or none). */
static int dirty_kept(const struct vm *vm, uint32_t gpa, uint32_t hpa, uint32_t op, uint32_t before, uint32_t now)
{
    g_store(vm, gpa, before);
    g_mtspr(vm, SPR_DCBFR, gpa); /* memory: before */
    g_store(vm, gpa, now);       /* its dirty line: now */
    exc_reset(4);
    if (op) {
        mtspr(op, hpa);
        mtspr(op, RAM_UNCACHED_ALIAS | hpa);
    }
    CHK("a block register write raises nothing", exc.count, 0);
    CHK("the guest's data survived", g_load(vm, gpa), now);
    uint32_t mem = g_load_mem(vm, gpa);
    g_mtspr(vm, SPR_DCBFR, gpa);
    CHK("the guest's own DCBFR writes it back", g_load_mem(vm, gpa), now);
    return mem == before;
}

/* A line of [gpa, gpa + 0x800) that stays in the cache over a round trip
 * through the host with nothing done to it (no other code or data of
 * either world maps to its set on the way), found by trying: kept(vm,
 * gpa, hpa) says whether it did. The first if there is no cache. */
static uint32_t quiet_line(const struct vm *vm, uint32_t gpa, uint32_t hpa, int have,
                           int (*kept)(const struct vm *, uint32_t, uint32_t))
{
    if (!have)
        return 0;
    for (uint32_t off = 0; off < 0x800; off += 0x40)
        if (kept(vm, gpa + off, hpa + off))
            return off;
    CHK("a line no other code or data evicts on a round trip", 0, 1);
    return 0;
}

static int dirty_kept_alone(const struct vm *vm, uint32_t gpa, uint32_t hpa)
{
    return dirty_kept(vm, gpa, hpa, 0, 0x0a0a0001, 0x0a0a0002);
}

/* Host block operations on a guest's dirty line: it must keep its data
 * and stay dirty (memory unwritten). */
static void block_ops_on(const struct vm *vm, uint32_t gpa, uint32_t hpa, const char *what)
{
    CONTEXT("attack 5: a quiet line of %s", what);
    uint32_t off = quiet_line(vm, gpa, hpa, have_dc, dirty_kept_alone);
    for (unsigned i = 0; i < NBLOCK_OPS; i++) {
        CONTEXT("attack 5: host %s on %s (gPA 0x%08lx)", block_ops[i].name, what, (unsigned long)(gpa + off));
        int kept =
            dirty_kept(vm, gpa + off, hpa + off, block_ops[i].spr, 0xb10c0000 + (i << 8), 0xb10c0001 + (i << 8));
        CHK("its line still dirty: memory has the old value (no D-cache: the new)", kept, have_dc);
        printf("attack 5: host %s of %s: refused (ignored: the guest's data kept%s)\n", block_ops[i].name, what,
               have_dc ? ", its line still dirty" : "; no D-cache here");
    }
}

/* The guest runs code at gpa (returns 1) from its I-cache, rewrites it in
 * memory behind the line (to return 2) and runs it again after a round
 * trip through the host (with an ICBIR of the line if `host_icbir`):
 * whether its cached code ran. */
static int iline_kept(const struct vm *vm, uint32_t gpa, uint32_t hpa, int host_icbir)
{
    g_store(vm, gpa, probe_code[0]);
    g_store(vm, gpa + 4, 0xa9600001); /* l.ori r11, r0, 1 */
    g_mtspr(vm, SPR_DCBFR, gpa);
    g_mtspr(vm, SPR_ICBIR, gpa);
    CHK("its code returns 1", gok(vm, SG_CALL, gpa, 0, 0, 0), 1);
    g_store(vm, gpa + 4, 0xa9600002); /* l.ori r11, r0, 2, in memory only */
    g_mtspr(vm, SPR_DCBFR, gpa);
    exc_reset(4);
    if (host_icbir) {
        mtspr(SPR_ICBIR, hpa);
        mtspr(SPR_ICBIR, RAM_UNCACHED_ALIAS | hpa);
    }
    CHK("no exception", exc.count, 0);
    uint32_t r = gok(vm, SG_CALL, gpa, 0, 0, 0);
    g_mtspr(vm, SPR_ICBIR, gpa);
    CHK("its own ICBIR drops it: the new code", gok(vm, SG_CALL, gpa, 0, 0, 0), 2);
    return r == 1;
}

static int iline_kept_alone(const struct vm *vm, uint32_t gpa, uint32_t hpa)
{
    return iline_kept(vm, gpa, hpa, 0);
}

static void icbir_on(const struct vm *vm, uint32_t gpa, uint32_t hpa, const char *what)
{
    CONTEXT("attack 5: a quiet instruction line of %s", what);
    uint32_t off = quiet_line(vm, gpa, hpa, have_ic, iline_kept_alone);
    CONTEXT("attack 5: host ICBIR on %s's instruction line (gPA 0x%08lx)", what, (unsigned long)(gpa + off));
    CHK("its instruction line survived (no I-cache: the new code ran)", iline_kept(vm, gpa + off, hpa + off, 1),
        have_ic);
    printf("attack 5: host ICBIR of %s's instruction line: refused (ignored: %s)\n", what,
           have_ic ? "it still runs its cached code" : "no I-cache here");
}

static void caches(void)
{
    static uint32_t meas_a[8];
    CHK("A's measurement", smc(SMC_VM_MEASUREMENT, A_ID, (uint32_t)meas_a, 0, 0), SM_OK);
    one_set(meas_a);
    one_line();
    set_attr(&A, A1_GPA, 1, HR | HW);
    set_attr(&A, A2_GPA, 1, HR | HW);
    block_ops_on(&A, A1_GPA + 0x800, A1_HPA + 0x800, "guest A's dirty line in a shared page (HR|HW)");
    block_ops_on(&B, B1_GPA + 0x800, B1_HPA + 0x800, "guest B's dirty line in a private page");
    icbir_on(&A, A2_GPA + 0x800, A2_HPA + 0x800, "guest A's code in a shared page (HR|HW)");
    icbir_on(&B, B1_GPA + 0x1800, B1_HPA + 0x1800, "guest B's code in a private page");
    /* control: the host's block operations act on its own lines */
    if (have_dc) {
        volatile uint32_t *w = (volatile uint32_t *)(HOST_PG + 0x800);
        CONTEXT("attack 5: control: the host's DCBIR on its own dirty line");
        *w = 0xc0de0001;
        mtspr(SPR_DCBFR, (uint32_t)w);
        *w = 0xc0de0002;
        mtspr(SPR_DCBIR, (uint32_t)w);
        CHK("its dirty line discarded", *w, 0xc0de0001);
        printf("control: the host's DCBIR discards its own dirty line\n");
    }
    set_attr(&A, A1_GPA, 1, ENC);
    set_attr(&A, A2_GPA, 1, ENC);
}

/* ---- attack 6: TLBs -------------------------------------------------------------------------- */

#define SEED_A 0x1a
#define SEED_H 0x4b
#define SEED_A2 0x2c
#define EVEN 0x55555555u
#define ODD 0xaaaaaaaau

static const char *const tlb_name[2] = {"DTLB", "ITLB"};

static uint32_t host_tlb_reg(int which, int tr, uint32_t set)
{
    return mfspr((which ? (tr ? SPR_ITLBW0TR0 : SPR_ITLBW0MR0) : (tr ? SPR_DTLBW0TR0 : SPR_DTLBW0MR0)) + set);
}

/* The host's reads: sets in `own` (0..31 and 32..63 alike) read its
 * `seed` values, the others 0. */
static void host_reads(uint32_t own, uint32_t seed, const char *what)
{
    for (int which = 0; which < 2; which++)
        for (uint32_t set = 0; set < TLB_SETS; set++) {
            int mine = (own >> (set & 31)) & 1;
            CONTEXT("attack 6: the host reads %s set %lu %s", tlb_name[which], (unsigned long)set, what);
            CHK("match register", host_tlb_reg(which, 0, set), mine ? SG_MR(seed, set) : 0);
            CHK("translate register", host_tlb_reg(which, 1, set), mine ? SG_TR(which, seed, set) : 0);
        }
}

/* The host writes its entries (seed's values, or 0 with clear) to the sets in mask. */
static void host_writes(uint32_t mask, uint32_t seed, int clear)
{
    for (int which = 0; which < 2; which++)
        for (uint32_t set = 0; set < TLB_SETS; set++)
            if ((mask >> (set & 31)) & 1) {
                mtspr((which ? SPR_ITLBW0TR0 : SPR_DTLBW0TR0) + set, clear ? 0 : SG_TR(which, seed, set));
                mtspr((which ? SPR_ITLBW0MR0 : SPR_DTLBW0MR0) + set, clear ? 0 : SG_MR(seed, set));
            }
}

/* A guest's reads: sets in `own` read its `seed` values, those in `zero` 0. */
static void guest_reads(const struct vm *vm, uint32_t seed, uint32_t own, uint32_t zero, const char *what)
{
    for (int which = 0; which < 2; which++) {
        CONTEXT("attack 6: guest %s reads its %s %s", vm->name, tlb_name[which], what);
        struct gres g = gcmd(vm, SG_TLB_CHECK, which, 0, 0, seed);
        CHK("no exception", g.excs, 0);
        CHK("sets 0..31 with the values", g.r[0], own);
        CHK("sets 32..63 with the values", g.r[1], own);
        CHK("sets 0..31 reading 0", g.r[2], zero);
        CHK("sets 32..63 reading 0", g.r[3], zero);
    }
}

static void guest_writes(const struct vm *vm, uint32_t seed)
{
    for (int which = 0; which < 2; which++)
        gok(vm, SG_TLB_WRITE, which, ALL, ALL, seed);
}

static void tlbs(void)
{
    CONTEXT("attack 6: the seeds' values differ");
    for (uint32_t set = 0; set < TLB_SETS; set++) {
        CHK("A's and the host's differ", SG_MR(SEED_A, set) != SG_MR(SEED_H, set), 1);
        CHK("A's and A2's differ", SG_MR(SEED_A, set) != SG_MR(SEED_A2, set), 1);
        CHK("no seed maps HOST_VA", (SG_MR(SEED_A, set) & TLB_MR_VPN_MASK) != HOST_VA, 1);
    }
    guest_writes(&A, SEED_A);
    guest_reads(&A, SEED_A, ALL, 0, "after writing every set (control)");
    host_reads(0, 0, "after guest A wrote every set");
    printf("attack 6: the host reads guest A's DTLB/ITLB entries (all %u sets, match and translate): refused "
           "(each reads 0)\n", TLB_SETS);
    host_writes(EVEN, SEED_H, 0);
    host_reads(EVEN, SEED_H, "after its writes to the even sets");
    guest_reads(&A, SEED_A, ODD, EVEN, "after the host overwrote the even sets");
    guest_reads(&A, SEED_H, 0, EVEN, "looking for the host's values");
    printf("attack 6: guest A reads the sets the host overwrote: refused (0; its own values in the others)\n");
    guest_reads(&B, SEED_A, 0, ALL, "looking for guest A's values");
    guest_reads(&B, SEED_H, 0, ALL, "looking for the host's values");
    printf("attack 6: guest B reads the TLBs holding guest A's and the host's entries: refused (every set reads 0)\n");
    host_writes(EVEN, 0, 1); /* its valid entries gone before its DMMU is on again */

    /* translation: nobody uses another's entry */
    CONTEXT("attack 6: the host's DMMU meets guest A's entry for HOST_VA");
    volatile uint32_t *hw = (volatile uint32_t *)(HOST_PG + 0x700);
    *hw = 0x40570001;
    g_store(&A, A1_GPA + 0x700, 0xa1570001);
    g_mtspr(&A, SPR_DTLBW0TR0 + HOST_SET, A1_GPA | DTLB_TR_SRE | DTLB_TR_SWE);
    g_mtspr(&A, SPR_DTLBW0MR0 + HOST_SET, HOST_VA | TLB_MR_V);
    CHK("control: A translates through its entry", gok(&A, SG_MMU_LOAD, HOST_VA + 0x700, 0, 0, 0), 0xa1570001);
    map_pa = HOST_PG; /* the host's handler maps HOST_VA here; A's entry left in place */
    map_flags = 0;
    map_perms = DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE;
    dtlb_misses = 0;
    CHK("the host reads its own page", host_ok(K_LW, HOST_VA + 0x700, 0, SR_DME), 0x40570001);
    CHK("after its own DTLB miss for HOST_VA (A's entry not used)", dtlb_misses >= 1, 1);
    printf("attack 6: the host's load through a VA guest A's DTLB entry maps: refused (the host took its own DTLB "
           "miss and read its own page)\n");
    CONTEXT("attack 6: guest A's DMMU meets the host's entry for HOST_VA");
    struct gres g = gcmd(&A, SG_MMU_LOAD, HOST_VA + 0x700, 0, 0, 0);
    CHK("A takes an exception", g.excs, 1);
    CHK("its own DTLB miss", g.vector, VEC_DTLB_MISS);
    CHK("at the VA", g.eear, HOST_VA + 0x700);
    printf("attack 6: guest A's load through a VA the host's DTLB entry maps: refused (its own DTLB miss)\n");

    /* destroy, re-create: the same VMID finds nothing */
    CONTEXT("attack 6: destroy and re-create guest A");
    guest_writes(&A, SEED_A2);
    guest_reads(&A, SEED_A2, ALL, 0, "before its destroy (control)");
    set_attr(&A, A1_GPA, 1, HR | HW);
    g_store(&A, A1_GPA + 0x80, 0xdead0001);
    CHK("the host has a clean line of A's shared page", host_ok(K_LW, A1_HPA + 0x80, 0, 0), 0xdead0001);
    CHK("destroy A", smc(SMC_VM_DESTROY, A_ID, 0, 0, 0), SM_OK);
    host_reads(0, 0, "after the destroy (the monitor's overwrite)");
    CHK("the host reads the page back zeroed (no stale line)", host_ok(K_LW, A1_HPA + 0x80, 0, 0), 0);
    vm_create(&A);
    guest_reads(&A, SEED_A2, 0, ALL, "after destroy and re-create of VMID 1 (the old guest's values)");
    guest_reads(&A, SEED_A, 0, ALL, "after destroy and re-create of VMID 1 (older values)");
    all_private("after re-create (the old HR|HW gone)");
    printf("attack 6: a re-created VM with the destroyed one's VMID reads its TLBs: refused (every set reads 0)\n");
}

/* ---- attack 7: a VM without encryption ------------------------------------------------ */

static void no_encryption(void)
{
    const uint32_t off = 0x100, va = 0x7c000001, vc = 0x7c000003;

    CONTEXT("attack 7: guest C (POLICY_NO_ENC) runs, its pages private");
    g_store(&C, C1_GPA + off, vc);
    CHK("guest C reads its store", g_load(&C, C1_GPA + off), vc);
    host_cached_refused(C0_HPA + 0x40);
    host_cached_refused(C1_HPA + off);
    host_refused(K_LW, RAM_UNCACHED_ALIAS | (C1_HPA + off), 0, 0);
    printf("attack 7: guest C, created with POLICY_NO_ENC, runs; the host loads its pages: refused (bus error: "
           "private without ENC too)\n");

    static const struct {
        const char *what;
        uint32_t gpa, n, attr;
    } bad[] = {
        {"ENC on its test page", C1_GPA, 1, ENC},
        {"ENC|HR on its test page", C1_GPA, 1, ENC | HR},
        {"ENC on its code page", 0, 1, ENC},
        {"ENC on all its test pages", C1_GPA, RGN / PG, ENC},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CONTEXT("attack 7: guest C (POLICY_NO_ENC) sets %s", bad[i].what);
        CHK("SM_ERR_PARAM", g_attr(&C, bad[i].gpa, bad[i].n, bad[i].attr), SM_ERR_PARAM);
        host_cached_refused(C1_HPA + off);
        host_cached_refused(C0_HPA + 0x40);
        printf("attack 7: guest C (POLICY_NO_ENC) sets %s: refused (SM_ERR_PARAM, no page changed)\n", bad[i].what);
    }

    /* the same word in guest A's ENC|HR page and guest C's HR page, left
     * dirty in their D-caches: the host's load writes it back first */
    CONTEXT("attack 7: the host reads guest A's ENC|HR page and guest C's HR page");
    set_attr(&A, A1_GPA, 1, ENC | HR);
    set_attr(&C, C1_GPA, 1, HR);
    g_store(&A, A1_GPA + off, va);
    g_store(&C, C1_GPA + off, vc);
    CHK("guest C's HR page: the plaintext", host_ok(K_LW, C1_HPA + off, 0, 0), vc);
    CHK("and through the uncached alias", host_ok(K_LW, RAM_UNCACHED_ALIAS | (C1_HPA + off), 0, 0), vc);
    if (ENC_ENGINE)
        CHK("guest A's ENC|HR page: not the plaintext", host_ok(K_LW, A1_HPA + off, 0, 0) != va, 1);
    else
        CHK("guest A's ENC|HR page: the raw bytes, plaintext until issue 15", host_ok(K_LW, A1_HPA + off, 0, 0),
            va);
    host_refused(K_SW, C1_HPA + off, 0x7c0dead0, 0);
    CHK("guest C's word kept", g_load(&C, C1_GPA + off), vc);
    printf("attack 7: the host reads guest C's HR page (POLICY_NO_ENC): allowed (the plaintext); guest A's "
           "ENC|HR page: %s; the host's store to C's HR page: refused (bus error)\n",
           ENC_ENGINE ? "the raw bytes are ciphertext" : "the raw bytes, still the plaintext until issue 15");

    CONTEXT("attack 7: guest C shares a page (HR|HW)");
    set_attr(&C, C1_GPA, 1, HR | HW);
    host_ok(K_SW, C1_HPA + off + 4, 0x7c000004, 0);
    mtspr(SPR_DCBFR, C1_HPA + off + 4);
    CHK("guest C reads the host's word", g_load(&C, C1_GPA + off + 4), 0x7c000004);
    set_attr(&C, C1_GPA, 1, 0);
    set_attr(&A, A1_GPA, 1, ENC);
    all_private("after guest C's and A's pages went private again");
    CHK("guest C's words kept", g_load(&C, C1_GPA + off), vc);
    CHK("guest A's word kept", g_load(&A, A1_GPA + off), va);
    printf("attack 7: guest C shares a page (HR|HW) and takes it back (attributes 0): allowed (the host's word "
           "reaches it; every page private again)\n");
}

/* Cold DRAM (docs/MEE.md): guest D writes a known 16-byte block many times
 * (cached and flushed, and uncached: the engine's read-modify-write), guest
 * E (POLICY_NO_ENC) its twin that differs in the last byte; both stay
 * running. scripts/vm-check.sh then searches the RTL's whole RAM
 * (vmsp-sim --forbid-block): D's block must be nowhere, E's is found (the
 * search can fail). The words are passed one by one (immediates), so the
 * host's own memory never holds the block. */
#define COLD_W0 0x564d5350u /* "VMSP cold DRAM " + 'D' or 'E' */
#define COLD_W1 0x20636f6cu
#define COLD_W2 0x64204452u
#define COLD_W3 0x414d2000u
#define COLD_BLOCKS 8

static void cold_store(const struct vm *vm, uint32_t gpa, uint32_t last)
{
    g_store(vm, gpa, COLD_W0);
    g_store(vm, gpa + 4, COLD_W1);
    g_store(vm, gpa + 8, COLD_W2);
    g_store(vm, gpa + 12, COLD_W3 | last);
}

static void cold_dram(void)
{
    static struct vm *const vms[] = {&D, &E};
    for (unsigned v = 0; v < 2; v++) {
        struct vm *vm = vms[v];
        const uint32_t last = vm == &D ? 'D' : 'E';
        vm_create(vm);
        CONTEXT("cold DRAM: guest %s writes its pattern", vm->name);
        for (uint32_t k = 0; k < COLD_BLOCKS; k++) {
            const uint32_t gpa = D1_GPA + 0x40 * k;
            cold_store(vm, gpa, last); /* through its D-cache, then flushed */
            g_mtspr(vm, SPR_DCBFR, gpa);
        }
        gok(vm, SG_SR, SR_DCE, 0, 0, 0); /* its D-cache off: stores go to RAM one by one */
        for (uint32_t k = 0; k < COLD_BLOCKS; k++)
            cold_store(vm, D1_GPA + 0x1000 + 0x40 * k, last);
        g_caches(vm);
        for (uint32_t k = 0; k < COLD_BLOCKS; k++) {
            CHK("the guest reads its pattern back", g_load_mem(vm, D1_GPA + 0x40 * k + 12), COLD_W3 | last);
            CHK("and the uncached copy", g_load_mem(vm, D1_GPA + 0x1000 + 0x40 * k), COLD_W0);
        }
        printf("cold DRAM: guest %s (%s) wrote its 16-byte pattern to %u blocks (cached and flushed, and "
               "uncached) and reads it back\n",
               vm->name, vm->policy ? "POLICY_NO_ENC" : "encrypted", 2 * COLD_BLOCKS);
    }
}

/* ---- the program --------------------------------------------------------------------------------- */

int main(void)
{
    test_begin("sharing");
    CONTEXT("set-up");
    host_setup();
    or1k_set_handler(VEC_DPAGE_FAULT, host_exc);
    or1k_set_handler(VEC_IPAGE_FAULT, host_exc);
    vmexit_vector_install(run_guest_exit, run_guest_exit_end, NULL);
    or1k_sr_set(SR_ICE | SR_DCE);
    have_dc = (mfspr(SPR_UPR) & UPR_DCP) != 0;
    have_ic = (mfspr(SPR_UPR) & UPR_ICP) != 0;
    printf("caches: D-cache %s, I-cache %s\n", have_dc ? "on" : "absent", have_ic ? "on" : "absent");
    CHK("a monitor answers", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("the guest image fits its region", guest_image_bytes <= SG_CODE_SIZE, 1);
    CHK("the host program below the VMs", (uint32_t)__builtin_frame_address(0) < A0_HPA, 1);

    control();
    vm_create(&A);
    vm_create(&B);
    vm_create(&C);
    all_private("at launch (create gives ENC; C's pages without it)");
    printf("control: every page of guests A, B and C is private after create\n");

    attribute_matrix();
    bad_calls();
    revocation();
    user_mode();
    caches();
    tlbs();
    no_encryption();
    cold_dram();

    CONTEXT("the end");
    CHK("destroy A", smc(SMC_VM_DESTROY, A_ID, 0, 0, 0), SM_OK);
    CHK("destroy B", smc(SMC_VM_DESTROY, B_ID, 0, 0, 0), SM_OK);
    CHK("destroy C", smc(SMC_VM_DESTROY, C_ID, 0, 0, 0), SM_OK);
    CHK("the host has A's test page back, zeroed", host_ok(K_LW, A1_HPA + 0x400, 0, 0), 0);
    CHK("and B's", host_ok(K_LW, B1_HPA + 0x40, 0, 0), 0);
    CHK("and C's", host_ok(K_LW, C1_HPA + 0x100, 0, 0), 0);
    return test_end();
}

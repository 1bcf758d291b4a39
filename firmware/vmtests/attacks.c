/* Attacks on protected VMs (docs/VIRT.md, docs/MONITOR.md, issue 13): a
 * host that creates VMs through the monitor and then tries every way it
 * (or a guest it runs) has to reach what is not its own. Every attack must
 * be refused; the program checks each refusal and how it happened, prints
 * "attack N: <what>: refused (<how>)", and exits non-zero at the first
 * attack that is not refused (or any other surprise). Each kind of host
 * access is first shown to work on a page the host owns (a control), so a
 * refusal is the region check's and not a broken path.
 *
 *   1  host loads, stores and fetches in a guest's page: MMU off with the
 *      caches off and on, through the uncached alias, through the
 *      DMMU/IMMU (cacheable and cache-inhibited pages, and mapped to the
 *      alias), the cache block registers on a dirty guest line; the guest
 *      then checks its memory (checksums, the dirty line)
 *   2  guest A loads, stores and jumps to guest B's memory and the host's
 *      (directly, via the alias, through its DMMU): EXIT_REGION with the
 *      gPA and the access kind; B's checksum and the host's word unchanged
 *   3  host and guest reach the monitor's ROM, SRAM and the secure unit:
 *      bus error / EXIT_REGION; the monitor's state (a measurement) intact
 *   4  a guest's host-only and monitor SPRs, its l.vmenter, its user-mode
 *      l.smc / l.vmcall / l.vmenter: its own illegal instruction; the
 *      host's user-mode l.smc / l.vmenter / l.vmcall, its l.vmcall, its
 *      monitor SPRs: illegal; its VMCR write: ignored
 *   5  l.vmenter of a created, a destroyed, a never-created slot and of
 *      VMIDs out of range: refused with the code, the guest never runs
 *   6  after a hypercall with secrets in every guest register, the host's
 *      GPRs (all zero at 0xF00), EPCR/EEAR/ESR/SR/MAC/TTMR/TTCR/VMCR hold
 *      host values only, VMEXINFO0..5 = r3..r8; the guest gets them back
 *   7  the secure unit (key block included): every word a bus error for
 *      the host, a region exit for the guest
 * and the TLB registers a guest wrote, read by the host after the exit and
 * by another guest: the TLBs are VM-tagged (entry and exit leave them
 * alone), so another world reads a guest's entries as zero
 * (firmware/vmtests/sharing.c attacks the tags further).
 *
 * Host memory: this program's 1 MiB (link.ld), then the VMs' regions and
 * a control page from 2 MiB, so it needs --ram-size 4M or more (the
 * scripts use 16M). Run: vmsp-iss run --monitor build/firmware/monitor/sm.elf
 * --ram-size 16M attacks.elf (also with --caches), or on the RTL in
 * lock-step with scripts/vm-check.sh. */
#include "vmattack.h"
#include "attack.h"

/* ---- the plan ---------------------------------------------------------- */

#define A_ID 1
#define B_ID 2
#define C_ID VM_SLOTS        /* created, never launched; then destroyed */
#define NEVER_ID 5           /* never created */
#define A_HPA 0x200000u
#define B_HPA 0x210000u
#define C_HPA 0x220000u
#define CTRL_HPA 0x230000u   /* the host's own page, laid out as a guest's */
#define STORE_VAL 0x0bad0badu
#define DIRTY_NEW 0xd1e7d1e7u
#define HOST_EEAR 0x0eea0001u /* the host's EEAR at its l.vmenter */
#define HOST_TTCR 0x00c0ffeeu /* the host's TTCR (timer disabled) at its l.vmenter */
#define SNAP 0x80            /* the 0xF00 code stores rn at SNAP + 4n (r0-relative) */

_Static_assert(SNAP + 4 * 32 <= VEC_RESET, "the exit snapshot fits below the reset vector");
_Static_assert(AG_SIZE == PAGE_SIZE && AG_SIZE == VM_REGION_MIN, "a guest is one MMU page, one region");

struct vm {
    uint32_t id, hpa;
    const char *name;
};
static struct vm A = {A_ID, A_HPA, "A"}, B = {B_ID, B_HPA, "B"}, C = {C_ID, C_HPA, "C"};

/* ---- the guest image (attack-guest.S, flattened) ------------------------- */

VMTEST_GUEST_IMAGE("attack-guest.bin");

/* ---- entering a VM; the VM-exit vector ------------------------------------ */

/* vm_run(vmid, answer): SPR_VMSAVE = the VM's save area (vmsave.h), then
 * l.vmenter r3, r4. Returns the refusal code, or 0
 * after the VM exited. Before the l.vmenter it clears the flag, carry and
 * overflow and keeps SR and EEAR in host_save[13], [14]: what the exit
 * must give back. The exit arrives at 0xF00 with every GPR zero: the code
 * copied there (vmexit_code) stores r1..r31 at SNAP + 4n with r0-relative
 * stores before anything else, then vmexit_rest keeps SR, EPCR, EEAR, ESR,
 * MACLO, MACHI, TTMR, TTCR and VMCR in exit_spr[] (SR first: nothing has
 * changed a flag yet), counts the exit, reloads the callee-saved
 * registers from host_save and l.rfe's to after the l.vmenter with
 * r11 = 0. */
#define HS_SR 13
#define HS_EEAR 14
enum { X_SR, X_EPCR, X_EEAR, X_ESR, X_MACLO, X_MACHI, X_TTMR, X_TTCR, X_VMCR, X_N };
__asm__(".text\n"
        ".global vm_run\n"
        "vm_run:\n"
        "  l.movhi r5, hi(host_save)\n"
        "  l.ori   r5, r5, lo(host_save)\n"
        "  l.sw    0(r5), r1\n"
        "  l.sw    4(r5), r2\n"
        "  l.sw    8(r5), r9\n"
        "  l.sw    12(r5), r10\n"
        "  .irp n, 14,16,18,20,22,24,26,28,30\n"
        "  l.sw    (16 + 2 * (\\n - 14))(r5), r\\n\n"
        "  .endr\n"
        SET_SAVE_AREA_ASM("r3", "r6", "r7")
        "  l.sfne  r0, r0\n"
        "  l.addi  r6, r0, 0\n"
        "  l.mfspr r6, r0, " STR(SPR_SR) "\n"
        "  l.sw    (4 * " STR(HS_SR) ")(r5), r6\n"
        "  l.mfspr r6, r0, " STR(SPR_EEAR0) "\n"
        "  l.sw    (4 * " STR(HS_EEAR) ")(r5), r6\n"
        "  l.ori   r11, r0, 0\n"
        ".global vm_run_vmenter\n"
        "vm_run_vmenter:\n"
        "  " VMENTER_R3_R4 "\n"
        "  l.jr    r9\n"
        "  l.nop\n"
        "vmexit_rest:\n"
        "  l.movhi r3, hi(exit_spr)\n"
        "  l.ori   r3, r3, lo(exit_spr)\n"
        "  l.mfspr r4, r0, " STR(SPR_SR) "\n"
        "  l.sw    0(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_EPCR0) "\n"
        "  l.sw    4(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_EEAR0) "\n"
        "  l.sw    8(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_ESR0) "\n"
        "  l.sw    12(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_MACLO) "\n"
        "  l.sw    16(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_MACHI) "\n"
        "  l.sw    20(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_TTMR) "\n"
        "  l.sw    24(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_TTCR) "\n"
        "  l.sw    28(r3), r4\n"
        "  l.mfspr r4, r0, " STR(SPR_VMCR) "\n"
        "  l.sw    32(r3), r4\n"
        "  l.movhi r3, hi(exit_count)\n"
        "  l.ori   r3, r3, lo(exit_count)\n"
        "  l.lwz   r4, 0(r3)\n"
        "  l.addi  r4, r4, 1\n"
        "  l.sw    0(r3), r4\n"
        "  l.movhi r5, hi(host_save)\n"
        "  l.ori   r5, r5, lo(host_save)\n"
        "  l.lwz   r1, 0(r5)\n"
        "  l.lwz   r2, 4(r5)\n"
        "  l.lwz   r9, 8(r5)\n"
        "  l.lwz   r10, 12(r5)\n"
        "  .irp n, 14,16,18,20,22,24,26,28,30\n"
        "  l.lwz   r\\n, (16 + 2 * (\\n - 14))(r5)\n"
        "  .endr\n"
        "  l.ori   r11, r0, 0\n"
        "  l.rfe\n"
        ".section .rodata\n"
        ".balign 4\n"
        "vmexit_code:\n"
        "  .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  l.sw    (" STR(SNAP) " + 4 * \\n)(r0), r\\n\n"
        "  .endr\n"
        "  l.movhi r3, hi(vmexit_rest)\n"
        "  l.ori   r3, r3, lo(vmexit_rest)\n"
        "  l.jr    r3\n"
        "  l.nop\n"
        "vmexit_code_end:\n"
        ".text\n");
uint32_t vm_run(uint32_t vmid, uint32_t answer);
extern const uint32_t vmexit_code[], vmexit_code_end[];
extern const char vm_run_vmenter[];
uint32_t host_save[16];
volatile uint32_t exit_spr[X_N];
volatile uint32_t exit_count;

/* A pointer to low memory (gcc takes constant addresses below 4 KiB for
 * null-based and warns). */
static volatile uint32_t *low(uint32_t addr)
{
    volatile uint32_t *p = (volatile uint32_t *)addr;
    __asm__("" : "+r"(p));
    return p;
}
#define snap() low(SNAP)

/* ---- paths ---------------------------------------------------------------- */

static const struct path paths_cold[] = {
    {"MMU off, caches off", 0, 0, 0},
    {"MMU off, uncached alias", 0, 1, 0},
    {"DMMU/IMMU to the hPA, caches off", 1, 0, 0},
    {"DMMU/IMMU to the hPA, cache-inhibited page", 1, 0, TLB_TR_CI},
    {"DMMU/IMMU to the alias of the hPA", 1, 1, TLB_TR_CI},
};
static const struct path paths_warm[] = {
    {"MMU off, caches on", 0, 0, 0},
    {"MMU off, uncached alias, caches on", 0, 1, 0},
    {"DMMU/IMMU to the hPA, caches on", 1, 0, 0},
    {"DMMU/IMMU to the hPA, caches on, cache-inhibited page", 1, 0, TLB_TR_CI},
    {"DMMU/IMMU to the alias of the hPA, caches on", 1, 1, TLB_TR_CI},
};
#define NPATHS (sizeof paths_cold / sizeof paths_cold[0])

/* Offsets in a guest-shaped page: each path and kind its own word. */
static uint32_t kind_offset(unsigned pathno, int kind)
{
    switch (kind) {
    case K_LW:
        return AG_SECRET + 4 * (4 * pathno);
    case K_LBZ:
        return AG_SECRET + 4 * (4 * pathno + 1) + 3;
    case K_SW:
        return AG_SECRET + 4 * (4 * pathno + 2);
    case K_SB:
        return AG_SECRET + 4 * (4 * pathno + 3) + 1;
    default:
        return AG_PROBE;
    }
}
_Static_assert(AG_NSECRET >= 4 * 5, "a secret word per path and data kind");

/* The control page: the guest's secret words inverted, and a probe that
 * returns PROBE_MARK. Written with the caches off. */
static void fill_host_page(uint32_t base)
{
    for (uint32_t i = 0; i < AG_NSECRET; i++)
        *(volatile uint32_t *)(base + AG_SECRET + 4 * i) = ~(uint32_t)AG_SECRET_WORD(i);
    *(volatile uint32_t *)(base + AG_PROBE) = probe_code[0];
    *(volatile uint32_t *)(base + AG_PROBE + 4) = probe_code[1];
    mtspr(SPR_DCBFR, base + AG_PROBE);
    mtspr(SPR_ICBIR, base + AG_PROBE);
}

/* Control: every kind works on the host's page at `base` along path p. */
static void control_path(const struct path *p, unsigned pathno, uint32_t base)
{
    for (int k = 0; k < K_N; k++) {
        uint32_t srbits, off = kind_offset(pathno, k);
        uint32_t addr = path_addr(p, base + off, &srbits);
        CONTEXT("control: host %s at 0x%08lx (%s, page 0x%08lx)", kind_name[k], (unsigned long)addr, p->name,
                (unsigned long)base);
        uint32_t out = host_ok(k, addr, STORE_VAL, srbits);
        uint32_t want = ~(uint32_t)AG_SECRET_WORD((off - AG_SECRET) / 4);
        if (k == K_LW)
            CHK("control: the word loaded", out, want);
        else if (k == K_LBZ)
            CHK("control: the byte loaded", out, want & 0xff);
        else if (k == K_SW)
            CHK("control: the word stored", host_ok(K_LW, addr, 0, srbits), STORE_VAL);
        else if (k == K_SB)
            CHK("control: the byte stored", host_ok(K_LW, addr & ~3u, 0, srbits),
                (want & 0xff00ffffu) | (STORE_VAL & 0xff) << 16);
        else
            CHK("control: the probe ran", out, PROBE_MARK);
    }
    printf("control: %s: the host's page at 0x%08lx answers loads, stores and fetches\n", p->name,
           (unsigned long)base);
}

/* Attack: every kind along path p on a guest's page is a bus error at the
 * host's 0x200 with EEAR = the address, and returns nothing. */
static void attack_path(const struct path *p, unsigned pathno, const struct vm *vm)
{
    for (int k = 0; k < K_N; k++) {
        uint32_t srbits, off = kind_offset(pathno, k);
        uint32_t addr = path_addr(p, vm->hpa + off, &srbits);
        CONTEXT("attack 1: host %s of guest %s's page at 0x%08lx (%s)", kind_name[k], vm->name,
                (unsigned long)addr, p->name);
        host_refused_as(k, addr, STORE_VAL, srbits, "the guest's code did not run");
        printf("attack 1: host %s of guest %s's page, %s: refused (bus error, EPCR 0x%08lx, EEAR 0x%08lx%s)\n",
               kind_name[k], vm->name, p->name, (unsigned long)exc.epcr, (unsigned long)exc.eear,
               k == K_FETCH ? ", the probe did not run"
               : (k == K_LW || k == K_LBZ) ? ", destination kept"
                                           : "");
    }
}

/* A host access that must be a bus error (attacks 3 and 7). */
static void expect_bus_error(int n, const char *what, int kind, uint32_t addr, uint32_t srbits, int quiet)
{
    if (quiet)
        QUICK_CONTEXT(what, addr);
    else
        CONTEXT("attack %d: %s (host %s at 0x%08lx)", n, what, kind_name[kind], (unsigned long)addr);
    host_refused(kind, addr, STORE_VAL, srbits);
    if (!quiet)
        printf("attack %d: %s: refused (bus error, EEAR 0x%08lx%s)\n", n, what, (unsigned long)addr,
               (kind == K_LW || kind == K_LBZ) ? ", destination kept" : "");
}

/* ---- guests ----------------------------------------------------------------- */

static struct vmc desc;

/* l.vmenter; the exit's cause and information in xcause, xinfo. */
static void enter(const struct vm *vm, uint32_t answer)
{
    uint32_t before = exit_count;
    uint32_t r = vm_run(vm->id, answer);
    CHK("l.vmenter accepted", r, 0);
    CHK("one VM exit", exit_count, before + 1);
    CHK("SPR_VMENTERR = 0 after an entry", mfspr(SPR_VMENTERR), 0);
    read_exit();
}

static void expect_hc(const struct vm *vm, uint32_t hc)
{
    CHK("the exit: a hypercall of this VM", xcause, EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT);
    CHK("the hypercall", xinfo[0], hc);
}

static void vm_create(const struct vm *vm)
{
    CONTEXT("creating VM %s (slot %lu, hPA 0x%08lx)", vm->name, (unsigned long)vm->id, (unsigned long)vm->hpa);
    memset(&desc, 0, sizeof desc);
    desc.r[0].gpa = 0;
    desc.r[0].size = AG_SIZE;
    desc.r[0].hpa = vm->hpa;
    vm_load(vm->id, &desc, guest_image, AG_SIZE);
}

/* create, add the image, launch, run to its HC_READY */
static void vm_build(const struct vm *vm)
{
    vm_create(vm);
    CHK("SMC_VM_LAUNCH", smc(SMC_VM_LAUNCH, vm->id, 0, 0, 0), SM_OK);
    enter(vm, 0);
    expect_hc(vm, HC_READY);
}

static void vm_destroy(const struct vm *vm)
{
    CHK("SMC_VM_DESTROY", smc(SMC_VM_DESTROY, vm->id, 0, 0, 0), SM_OK);
}

/* Gives a waiting guest `cmd` and `arg`; the exit that follows is in xcause/xinfo. */
static void give(const struct vm *vm, uint32_t cmd, uint32_t arg)
{
    enter(vm, cmd);
    expect_hc(vm, HC_ARG);
    CHK("the guest got the command", xinfo[1], cmd);
    enter(vm, arg);
}

struct gres {
    unsigned excs;                    /* its own exceptions on the way (HC_EXC) */
    uint32_t vector, epcr, esr, eear; /* the last one */
    uint32_t info[VMEXINFO_COUNT];    /* its HC_DONE */
};

/* A command that ends in HC_DONE. */
static struct gres run_cmd(const struct vm *vm, uint32_t cmd, uint32_t arg)
{
    struct gres g;
    memset(&g, 0, sizeof g);
    give(vm, cmd, arg);
    while (xcause == (EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT) && xinfo[0] == HC_EXC && g.excs < 3) {
        g.excs++;
        g.vector = xinfo[1];
        g.epcr = xinfo[2];
        g.esr = xinfo[3];
        g.eear = xinfo[4];
        enter(vm, 0);
    }
    expect_hc(vm, HC_DONE);
    for (uint32_t i = 0; i < VMEXINFO_COUNT; i++)
        g.info[i] = xinfo[i];
    return g;
}

/* The guest's Fletcher sums of [AG_SUM_START, AG_SIZE) as the image has them. */
static void image_sums(uint32_t *s1, uint32_t *s2)
{
    uint32_t a = 0, b = 0;
    for (uint32_t off = AG_SUM_START; off < AG_SIZE; off += 4) {
        a += *(const uint32_t *)(guest_image + off);
        b += a;
    }
    *s1 = a;
    *s2 = b;
}

/* The guest's memory is its image: sums with its D-cache on and off. */
static void check_guest_memory(const struct vm *vm, const char *when)
{
    uint32_t s1, s2;
    image_sums(&s1, &s2);
    CONTEXT("guest %s checks its memory %s", vm->name, when);
    struct gres g = run_cmd(vm, CMD_SUM, 0);
    CHK("no exception", g.excs, 0);
    CHK("sum 1 (D-cache on)", g.info[1], s1);
    CHK("sum 2 (D-cache on)", g.info[2], s2);
    CHK("sum 1 (memory)", g.info[3], s1);
    CHK("sum 2 (memory)", g.info[4], s2);
    printf("guest %s: its memory is its image %s (sums %08lx %08lx, cached and in memory)\n", vm->name, when,
           (unsigned long)s1, (unsigned long)s2);
}

/* Attacks 2, 3, 7 (guest side): a fresh A does one access that leaves its
 * region; it must exit EXIT_REGION with the gPA and kind, and is destroyed. */
static void guest_region_attack(int n, const char *what, uint32_t cmd, uint32_t arg, uint32_t gpa, uint32_t kind,
                                int quiet)
{
    static const char *const access_name[] = {"read", "write", "execute"};
    vm_build(&A);
    CONTEXT("attack %d: guest A: %s (command %lu, gPA 0x%08lx)", n, what, (unsigned long)cmd, (unsigned long)gpa);
    give(&A, cmd, arg);
    CHK("exit: EXIT_REGION of A", xcause, EXIT_REGION | A.id << VMEXIT_VMID_SHIFT);
    CHK("VMEXINFO0 = the gPA", xinfo[0], gpa);
    CHK("VMEXINFO1 = the access", xinfo[1], kind);
    for (uint32_t i = 2; i < VMEXINFO_COUNT; i++)
        CHK("VMEXINFO2..5 = 0", xinfo[i], 0);
    vm_destroy(&A);
    if (!quiet)
        printf("attack %d: guest A %s: refused (EXIT_REGION, VMEXINFO0 0x%08lx, %s)\n", n, what, (unsigned long)gpa,
               access_name[kind]);
}

/* Attack 4 (guest side): the instruction is the guest's own illegal instruction. */
static void guest_illegal(const char *what, uint32_t cmd, uint32_t arg, int user)
{
    CONTEXT("attack 4: guest A: %s", what);
    struct gres g = run_cmd(&A, cmd, arg);
    CHK("its own exception, once", g.excs, 1);
    CHK("its illegal instruction", g.vector, VEC_ILLEGAL);
    CHK("its EPCR = the instruction", g.epcr, g.info[2]);
    CHK("in the mode it ran", g.esr & SR_SM, user ? 0 : SR_SM);
    CHK("its destination kept", g.info[1], AG_SENTINEL);
    printf("attack 4: guest A %s: refused (its own illegal instruction at gPA 0x%08lx, %s mode)\n", what,
           (unsigned long)g.epcr, user ? "user" : "supervisor");
}

/* ---- attack 1 extras: the cache block registers ---------------------------- */

static void block_ops_on_dirty_line(void)
{
    CONTEXT("attack 1: host cache block writes on guest A's dirty line");
    struct gres g = run_cmd(&A, CMD_DIRTY, DIRTY_NEW);
    CHK("the dirty line: its clean value before", g.info[1], ~DIRTY_NEW);
    uint32_t line = A.hpa + AG_DIRTY;
    for (unsigned alias = 0; alias < 2; alias++) {
        for (unsigned i = 0; i < NBLOCK_OPS; i++) {
            uint32_t addr = alias ? (RAM_UNCACHED_ALIAS | line) : line;
            exc_reset(4);
            mtspr(block_ops[i].spr, addr);
            CHK("a block register write raises nothing", exc.count, 0);
            g = run_cmd(&A, CMD_READBACK, 0);
            CHK("the guest's dirty line survived (cached)", g.info[1], DIRTY_NEW);
            CHK("the guest's line written back by itself", g.info[2], DIRTY_NEW);
            /* memory under the line: the old value while the line was dirty
             * (a machine without a D-cache has the new one at once) */
            int dirty = g.info[3] == ~DIRTY_NEW;
            if (!dirty)
                CHK("memory under the line: old (D-cache) or new (none)", g.info[3], DIRTY_NEW);
            printf("attack 1: host %s of guest A's dirty line at 0x%08lx: refused (ignored; the guest reads its "
                   "value back%s)\n",
                   block_ops[i].name, (unsigned long)addr,
                   dirty ? ", the line was still dirty in the D-cache" : "; no D-cache here");
            g = run_cmd(&A, CMD_DIRTY, DIRTY_NEW);
            CHK("dirty again", g.info[1], ~DIRTY_NEW);
        }
    }
    g = run_cmd(&A, CMD_READBACK, 0);
    CHK("the dirty line at the end", g.info[1], DIRTY_NEW);
}

/* With the host's caches on: its cached load and store of a guest line that
 * is dirty in the D-cache. */
static void cached_access_to_dirty_line(void)
{
    uint32_t pc;
    CONTEXT("attack 1: host cached access to guest A's dirty line");
    struct gres g = run_cmd(&A, CMD_DIRTY, DIRTY_NEW ^ 0xffff);
    CHK("the dirty line: its clean value before", g.info[1], ~(DIRTY_NEW ^ 0xffff));
    uint32_t out = host_access(K_LW, A.hpa + AG_DIRTY, 0, 0, &pc);
    CHK("load: one bus error", exc.count == 1 && exc.vector == VEC_BUS_ERROR, 1);
    CHK("load: nothing returned", out, SENT);
    host_access(K_SW, A.hpa + AG_DIRTY, STORE_VAL, 0, &pc);
    CHK("store: one bus error", exc.count == 1 && exc.vector == VEC_BUS_ERROR, 1);
    g = run_cmd(&A, CMD_READBACK, 0);
    CHK("the guest's dirty value (cached)", g.info[1], DIRTY_NEW ^ 0xffff);
    CHK("the guest's value (memory)", g.info[2], DIRTY_NEW ^ 0xffff);
    printf("attack 1: host cached load and store of guest A's dirty D-cache line: refused (bus errors, "
           "destination kept, the guest's value intact)\n");
}

/* ---- attack 6 ------------------------------------------------------------- */

static int secretish(uint32_t v) { return (v >> 20) == (AG_SECRET_GPR(0) >> 20); }

static void exit_leaves_nothing(const char *how, uint32_t srbits)
{
    volatile uint32_t *s = snap();
    CONTEXT("attack 6: registers after guest A's exit (%s)", how);
    /* the host's own values where it can have any */
    mtspr(SPR_TTMR, 0);
    mtspr(SPR_TTCR, HOST_TTCR);
    mtspr(SPR_EEAR0, HOST_EEAR);
    for (int n = 0; n < 32; n++)
        s[n] = 0xffffffff;
    for (int i = 0; i < X_N; i++)
        exit_spr[i] = 0xffffffff;
    give(&A, CMD_SECRET, 0);
    uint32_t sr = mfspr(SPR_SR);
    /* (the SR at 0xF00 is from before this function changed nothing) */
    expect_hc(&A, HC_SECRET);
    for (int n = 1; n < 32; n++)
        CHK("GPR zero at 0xF00", s[n], 0);
    uint32_t hsr = host_save[HS_SR];
    CHK("the host SR at the l.vmenter has the expected MMU bits", hsr & (SR_DME | SR_IME), srbits & (SR_DME | SR_IME));
    CHK("SR at 0xF00: the host's, SM set, IEE/TEE/DME/IME/OVE/DSX clear", exit_spr[X_SR],
        (hsr | SR_SM) & ~(SR_IEE | SR_TEE | SR_DME | SR_IME | SR_OVE | SR_DSX));
    CHK("EPCR = the l.vmenter + 4", exit_spr[X_EPCR], (uint32_t)vm_run_vmenter + 4);
    CHK("ESR = the host's SR at the l.vmenter", exit_spr[X_ESR], hsr);
    /* (with the MMU on, the TLB misses after the first exit of give() changed it) */
    if (!(srbits & SR_DME))
        CHK("the host's EEAR at the l.vmenter", host_save[HS_EEAR], HOST_EEAR);
    CHK("EEAR = the host's at the l.vmenter", exit_spr[X_EEAR], host_save[HS_EEAR]);
    CHK("MACLO cleared", exit_spr[X_MACLO], 0);
    CHK("MACHI cleared", exit_spr[X_MACHI], 0);
    CHK("TTMR = the host's", exit_spr[X_TTMR], 0);
    CHK("TTCR = the host's (its timer disabled)", exit_spr[X_TTCR], HOST_TTCR);
    CHK("VMCR = host", exit_spr[X_VMCR], 0);
    for (int i = 0; i < X_N; i++)
        CHK("no SPR at 0xF00 holds a guest secret", secretish(exit_spr[i]), 0);
    CHK("SR now: the host's again", sr & ~(SR_F | SR_CY | SR_OV), hsr & ~(SR_F | SR_CY | SR_OV));
    static const uint32_t pay[VMEXINFO_COUNT] = {HC_SECRET, AG_PAY(4), AG_PAY(5), AG_PAY(6), AG_PAY(7), AG_PAY(8)};
    for (uint32_t i = 0; i < VMEXINFO_COUNT; i++)
        CHK("VMEXINFO0..5 = r3..r8", xinfo[i], pay[i]);
    printf("attack 6: guest registers after a hypercall exit (%s): refused (r1..r31 zero at 0xF00; SR, EPCR, "
           "EEAR, ESR, TTMR, TTCR the host's, MACLO/MACHI zero, VMCR host; only VMEXINFO0..5 = r3..r8)\n",
           how);

    /* Outside VIRT.md's list: the TLB entries the guest wrote (DTLB set
     * 5; a host with its MMU on has refilled its own by now, so only with
     * it off). The host's own entries from before stay valid: the TLBs
     * are VM-tagged, and the guest's read zero to it. */
    if (!(srbits & SR_DME)) {
        unsigned seen = 0;
        uint32_t first = 0;
        for (uint32_t set = 0; set < TLB_SETS; set++) {
            uint32_t v[4] = {mfspr(SPR_DTLBW0MR0 + set), mfspr(SPR_DTLBW0TR0 + set), mfspr(SPR_ITLBW0MR0 + set),
                             mfspr(SPR_ITLBW0TR0 + set)};
            for (int i = 0; i < 4; i++) {
                if (secretish(v[i]) && !seen++)
                    first = v[i];
                if (set == 5 && i < 2)
                    CHK("the guest's DTLB entry (set 5) reads 0 to the host", v[i], 0);
            }
        }
        CHK("no guest value in a TLB register after the exit", seen, 0);
        if (seen)
            printf("attack 6: the host reads %u TLB register(s) holding the guest's values after the exit "
                   "(e.g. 0x%08lx): NOT refused\n",
                   seen, (unsigned long)first);
        else
            printf("attack 6: guest TLB entries after the exit: refused (no guest value in DTLB/ITLB MR/TR)\n");
    }

    enter(&A, AG_SECRET_ANSWER);
    expect_hc(&A, HC_DONE);
    CHK("the guest got its GPRs back (mask of changed ones)", xinfo[1], 0);
    CHK("the guest got its SR, EPCR, EEAR, ESR, MAC, TTMR, TTCR back (mask)", xinfo[2], 0);
    CHK("the guest's r11 = the answer", xinfo[3], AG_SECRET_ANSWER);
    printf("guest A: every register back after the exit (r11 = the host's answer 0x%x)\n", AG_SECRET_ANSWER);
}

/* ---- attack 4, host side ------------------------------------------------------ */

static uint32_t user_pc;

static uint32_t user_smc(uint32_t vmid)
{
    register uint32_t r3 __asm__("r3") = SMC_VM_DESTROY;
    register uint32_t r4 __asm__("r4") = vmid;
    register uint32_t r11 __asm__("r11") = SENT;
    uint32_t pc;
    __asm__ volatile("l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n1:\t.word " STR(SMC_INSN)
                     : "=&r"(pc), "+r"(r11)
                     : "r"(r3), "r"(r4)
                     : "memory");
    user_pc = pc;
    return r11;
}

static uint32_t user_vmenter(uint32_t vmid)
{
    register uint32_t r3 __asm__("r3") = vmid;
    register uint32_t r4 __asm__("r4") = 0;
    register uint32_t r11 __asm__("r11") = SENT;
    uint32_t pc;
    __asm__ volatile("l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n1:\t" VMENTER_R3_R4
                     : "=&r"(pc), "+r"(r11)
                     : "r"(r3), "r"(r4)
                     : "memory");
    user_pc = pc;
    return r11;
}

static uint32_t vmcall_here(uint32_t unused)
{
    (void)unused;
    register uint32_t r3 __asm__("r3") = HC_READY;
    register uint32_t r11 __asm__("r11") = SENT;
    uint32_t pc;
    __asm__ volatile("l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n1:\t.word " STR(VMCALL_INSN)
                     : "=&r"(pc), "+r"(r11)
                     : "r"(r3)
                     : "memory");
    user_pc = pc;
    return r11;
}

static void host_illegal_insn(const char *what, uint32_t (*fn)(uint32_t), uint32_t arg, int user)
{
    CONTEXT("attack 4: host %s", what);
    exc_reset(4);
    uint32_t r11 = user ? or1k_call_user(fn, arg) : fn(arg);
    CHK("one exception", exc.count, 1);
    CHK("an illegal instruction", exc.vector, VEC_ILLEGAL);
    CHK("EPCR = the instruction", exc.epcr, user_pc);
    CHK("in the mode it ran", exc.esr & SR_SM, user ? 0 : SR_SM);
    CHK("r11 kept", r11, SENT);
    printf("attack 4: host %s: refused (illegal instruction at 0x%08lx)\n", what, (unsigned long)user_pc);
}

static uint32_t host_mfspr(uint32_t spr, uint32_t *pc)
{
    uint32_t out = SENT, p;
    exc_reset(4);
    __asm__ volatile("l.movhi %1,hi(1f)\n\tl.ori %1,%1,lo(1f)\n1:\tl.mfspr %0,%2,0"
                     : "+r"(out), "=&r"(p)
                     : "r"(spr)
                     : "memory");
    *pc = p;
    return out;
}

static void host_mtspr(uint32_t spr, uint32_t v, uint32_t *pc)
{
    uint32_t p;
    exc_reset(4);
    __asm__ volatile("l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n1:\tl.mtspr %1,%2,0"
                     : "=&r"(p)
                     : "r"(spr), "r"(v)
                     : "memory");
    *pc = p;
}

struct sprname {
    uint32_t spr;
    const char *name;
};
static const struct sprname monitor_sprs[] = {
    {SPR_SMEPCR, "SMEPCR"},
    {SPR_SMESR, "SMESR"},
    {SPR_SMEVMCR, "SMEVMCR"},
    {SPR_VMSEL, "VMSEL"},
    {SPR_VMSTATE, "VMSTATE"},
    {SPR_VMRGN0 + VMRGN_GPA, "VMRGN0.GPA"},
    {SPR_VMRGN0 + VMRGN_SIZE, "VMRGN0.SIZE"},
    {SPR_VMRGN0 + VMRGN_HPA, "VMRGN0.HPA"},
    {SPR_VMRGN0 + 3 * VMRGN_STRIDE + VMRGN_HPA, "VMRGN3.HPA"},
};
static const struct sprname host_only_sprs[] = {
    {SPR_VMEXIT, "VMEXIT"},   {SPR_VMEXINFO0, "VMEXINFO0"}, {SPR_VMEXINFO0 + 5, "VMEXINFO5"},
    {SPR_PICMR, "PICMR"},     {SPR_PICSR, "PICSR"},         {SPR_PMR, "PMR"},
    {SPR_VMSAVE, "VMSAVE"},   {SPR_VMENTERR, "VMENTERR"},
};

static void host_spr_attacks(void)
{
    uint32_t pc;
    for (unsigned i = 0; i < sizeof monitor_sprs / sizeof monitor_sprs[0]; i++) {
        CONTEXT("attack 4: host reads monitor SPR %s", monitor_sprs[i].name);
        uint32_t out = host_mfspr(monitor_sprs[i].spr, &pc);
        CHK("illegal", exc.count == 1 && exc.vector == VEC_ILLEGAL && exc.epcr == pc, 1);
        CHK("destination kept", out, SENT);
        CONTEXT("attack 4: host writes monitor SPR %s", monitor_sprs[i].name);
        /* what would hurt most: VMSEL = A, then VMSTATE = FREE / its region moved */
        host_mtspr(monitor_sprs[i].spr, monitor_sprs[i].spr == SPR_VMSEL ? A.id : 0, &pc);
        CHK("illegal", exc.count == 1 && exc.vector == VEC_ILLEGAL && exc.epcr == pc, 1);
        printf("attack 4: host l.mfspr/l.mtspr %s: refused (illegal instruction, destination kept)\n",
               monitor_sprs[i].name);
    }
    static const uint32_t ro[] = {SPR_VMEXIT, SPR_VMEXINFO0, SPR_VMEXINFO0 + 5};
    for (unsigned i = 0; i < sizeof ro / sizeof ro[0]; i++) {
        CONTEXT("attack 4: host writes SPR 0x%04lx", (unsigned long)ro[i]);
        uint32_t before = mfspr(ro[i]);
        host_mtspr(ro[i], 0x5a5a5a5a, &pc);
        CHK("illegal", exc.count == 1 && exc.vector == VEC_ILLEGAL && exc.epcr == pc, 1);
        CHK("unchanged", mfspr(ro[i]), before);
    }
    printf("attack 4: host l.mtspr VMEXIT/VMEXINFO0/VMEXINFO5: refused (illegal instruction, unchanged)\n");
    CONTEXT("attack 4: host writes VMCR");
    host_mtspr(SPR_VMCR, VMCR_MONITOR, &pc);
    CHK("VMCR write: no exception", exc.count, 0);
    CHK("VMCR still host", mfspr(SPR_VMCR), 0);
    expect_bus_error(4, "host load of the monitor's SRAM after writing VMCR_MONITOR to VMCR", K_LW, SM_SRAM_BASE, 0, 1);
    printf("attack 4: host l.mtspr VMCR = VMCR_MONITOR: refused (ignored: VMCR reads 0, SRAM still a bus error)\n");

    host_illegal_insn("user-mode l.smc (SMC_VM_DESTROY of A)", user_smc, A.id, 1);
    host_illegal_insn("user-mode l.vmenter (VM A)", user_vmenter, A.id, 1);
    host_illegal_insn("user-mode l.vmcall", vmcall_here, 0, 1);
    host_illegal_insn("supervisor l.vmcall", vmcall_here, 0, 0);
    /* A was not destroyed by the user-mode l.smc: still out of the host's reach */
    expect_bus_error(4, "A still created", K_LW, A.hpa + AG_SECRET, 0, 1);
}

/* ---- attack 4, guest side ----------------------------------------------------- */

static void guest_spr_attacks(void)
{
    const struct sprname *lists[2] = {host_only_sprs, monitor_sprs};
    unsigned counts[2] = {sizeof host_only_sprs / sizeof host_only_sprs[0],
                          sizeof monitor_sprs / sizeof monitor_sprs[0]};
    char what[96];
    for (int l = 0; l < 2; l++) {
        for (unsigned i = 0; i < counts[l]; i++) {
            snprintf(what, sizeof what, "l.mfspr %s (%s)", lists[l][i].name, l ? "monitor SPR" : "host-only SPR");
            guest_illegal(what, CMD_MFSPR, lists[l][i].spr, 0);
            snprintf(what, sizeof what, "l.mtspr %s (%s)", lists[l][i].name, l ? "monitor SPR" : "host-only SPR");
            guest_illegal(what, CMD_MTSPR, lists[l][i].spr, 0);
        }
    }
    guest_illegal("l.vmenter (of VM B)", CMD_VMENTER, B.id, 0);
    guest_illegal("user-mode l.smc", CMD_USER, USER_SMC, 1);
    guest_illegal("user-mode l.vmcall", CMD_USER, USER_VMCALL, 1);
    guest_illegal("user-mode l.vmenter", CMD_USER, USER_VMENTER, 1);
    CONTEXT("attack 4: guest A writes VMCR");
    struct gres g = run_cmd(&A, CMD_MTSPR, SPR_VMCR);
    CHK("VMCR write: no exception", g.excs, 0);
    g = run_cmd(&A, CMD_MFSPR, SPR_VMCR);
    CHK("VMCR read: no exception", g.excs, 0);
    CHK("VMCR still guest A", g.info[1], VMCR_GUEST | A.id << VMCR_VMID_SHIFT);
    printf("attack 4: guest A l.mtspr VMCR: refused (ignored: VMCR reads 0x%02lx)\n", (unsigned long)g.info[1]);
}

/* ---- attacks 3 and 7, host side ------------------------------------------------ */

static void host_monitor_attacks(const uint32_t meas_b[8])
{
    static const struct {
        const char *what;
        int kind;
        uint32_t addr;
    } hits[] = {
        {"host load of the monitor's ROM (its reset code)", K_LW, SM_ROM_BASE + VEC_RESET},
        {"host load of the monitor's ROM (its first word)", K_LW, SM_ROM_BASE},
        {"host load of the monitor's ROM (its last word)", K_LW, SM_ROM_BASE + SM_ROM_SIZE - 4},
        {"host byte load of the monitor's ROM", K_LBZ, SM_ROM_BASE + 0xc01},
        {"host store to the monitor's ROM", K_SW, SM_ROM_BASE + VEC_RESET},
        {"host fetch of the monitor's call entry (l.smc bypassed)", K_FETCH, SM_CALL_ENTRY},
        {"host fetch of the monitor's reset entry", K_FETCH, SM_ROM_BASE + VEC_RESET},
        {"host fetch from the monitor's SRAM", K_FETCH, SM_SRAM_BASE},
        {"host store to SU_KEY_CTRL", K_SW, SU_BASE + SU_KEY_CTRL},
        {"host store to SU_SHA_CTRL", K_SW, SU_BASE + SU_SHA_CTRL},
        {"host store to SU_SHA_DATA", K_SW, SU_BASE + SU_SHA_DATA},
        {"host byte store to SU_KEY_CTRL", K_SB, SU_BASE + SU_KEY_CTRL + 3},
        {"host load of SU_KEY_STATUS", K_LW, SU_BASE + SU_KEY_STATUS},
        {"host load of SU_TRNG_STATUS", K_LW, SU_BASE + SU_TRNG_STATUS},
        {"host load of SU_RAM_SIZE", K_LW, SU_BASE + SU_RAM_SIZE},
    };
    for (unsigned i = 0; i < sizeof hits / sizeof hits[0]; i++)
        expect_bus_error(3, hits[i].what, hits[i].kind, hits[i].addr, 0, 0);

    /* every word of the SRAM: loaded, then overwritten */
    for (uint32_t off = 0; off < SM_SRAM_SIZE; off += 4)
        expect_bus_error(3, "host load of the monitor's SRAM", K_LW, SM_SRAM_BASE + off, 0, 1);
    printf("attack 3: host loads of all %u words of the monitor's SRAM: refused (bus errors, destination kept)\n",
           SM_SRAM_SIZE / 4);
    for (uint32_t off = 0; off < SM_SRAM_SIZE; off += 4)
        expect_bus_error(3, "host store to the monitor's SRAM", K_SW, SM_SRAM_BASE + off, 0, 1);
    printf("attack 3: host stores to all %u words of the monitor's SRAM: refused (bus errors)\n", SM_SRAM_SIZE / 4);
    for (uint32_t off = 0; off < SM_ROM_SIZE; off += 64)
        expect_bus_error(3, "host load of the monitor's ROM", K_LW, SM_ROM_BASE + off, 0, 1);
    printf("attack 3: host loads of every 16th word of the monitor's ROM: refused (bus errors, destination kept)\n");

    /* through the DMMU/IMMU: HOST_VA mapped onto them */
    static const struct {
        const char *what;
        int kind;
        uint32_t pa, flags;
    } mapped[] = {
        {"host load of the monitor's SRAM through the DMMU", K_LW, SM_SRAM_BASE + 0x40, TLB_TR_CI},
        {"host load of the monitor's SRAM through the DMMU, cacheable page", K_LW, SM_SRAM_BASE + 0x40, 0},
        {"host store to the monitor's SRAM through the DMMU", K_SW, SM_SRAM_BASE + 0x80, TLB_TR_CI},
        {"host load of SU_KEY_STATUS through the DMMU", K_LW, SU_BASE + SU_KEY_STATUS, TLB_TR_CI},
        {"host load of SU_SHA_DIGEST through the DMMU, cacheable page", K_LW, SU_BASE + SU_SHA_DIGEST, 0},
        {"host fetch of the monitor's call entry through the IMMU", K_FETCH, SM_CALL_ENTRY, TLB_TR_CI},
        {"host fetch of the monitor's call entry through the IMMU, cacheable page", K_FETCH, SM_CALL_ENTRY, 0},
    };
    for (unsigned i = 0; i < sizeof mapped / sizeof mapped[0]; i++) {
        map_host_va(mapped[i].pa, mapped[i].flags);
        expect_bus_error(3, mapped[i].what, mapped[i].kind, HOST_VA | (mapped[i].pa & (PAGE_SIZE - 1)),
                         SR_DME | SR_IME, 0);
    }

    /* the monitor is intact: it answers, and B's measurement is unchanged */
    static uint32_t m[8];
    CONTEXT("attack 3: the monitor after the host's attacks");
    CHK("SMC_VERSION", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("SMC_VM_MEASUREMENT of B", smc(SMC_VM_MEASUREMENT, B.id, (uint32_t)m, 0, 0), SM_OK);
    for (int i = 0; i < 8; i++)
        CHK("B's measurement unchanged", m[i], meas_b[i]);
    printf("attack 3: the monitor still answers and VM B's measurement is unchanged after the host's writes\n");
}

static void host_key_attacks(void)
{
    for (uint32_t off = 0; off < SU_SIZE; off += 4)
        expect_bus_error(7, "host load of the secure unit", K_LW, SU_BASE + off, 0, 1);
    printf("attack 7: host loads of all %u words of the secure unit (keys filled for VMs A, B): refused (bus "
           "errors, destination kept)\n",
           SU_SIZE / 4);
    for (uint32_t off = 0; off < SU_SIZE; off += 4)
        expect_bus_error(7, "host byte load of the secure unit", K_LBZ, SU_BASE + off + 3, 0, 1);
    printf("attack 7: host byte loads of all %u words of the secure unit: refused (bus errors, destination kept)\n",
           SU_SIZE / 4);
    for (uint32_t off = SU_KEY_CTRL; off < SU_KEY_CTRL + 0x40; off += 4) {
        map_host_va(SU_BASE, TLB_TR_CI);
        expect_bus_error(7, "host load of the key block through the DMMU", K_LW, HOST_VA | off, SR_DME | SR_IME, 1);
    }
    printf("attack 7: host loads of the key block's words through the DMMU: refused (bus errors)\n");
}

/* ---- attack 5 ---------------------------------------------------------------- */

static void vmenter_refused(const char *what, uint32_t vmid, uint32_t code)
{
    CONTEXT("attack 5: l.vmenter %s (VMID 0x%lx)", what, (unsigned long)vmid);
    uint32_t before = exit_count, cause = mfspr(SPR_VMEXIT);
    uint32_t r = vm_run(vmid, 0);
    CHK("refused with the code", r, code);
    CHK("SPR_VMENTERR = the code", mfspr(SPR_VMENTERR), code);
    CHK("no VM exit: the guest never ran", exit_count, before);
    CHK("VMEXIT unchanged", mfspr(SPR_VMEXIT), cause);
    CHK("still the host", mfspr(SPR_VMCR), 0);
    printf("attack 5: l.vmenter %s (VMID 0x%lx): refused (r11 = %lu, no exit)\n", what, (unsigned long)vmid,
           (unsigned long)r);
}

/* ---- the program ---------------------------------------------------------------- */

static volatile uint32_t host_canary = 0xca7a3e11;
static void host_function(void) {}

int main(void)
{
    test_begin("attacks");
    CONTEXT("set-up");
    host_setup();
    vmexit_vector_install(vmexit_code, vmexit_code_end, NULL);
    CHK("a monitor answers", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("the guest image", guest_image_bytes, AG_SIZE);
    CHK("the host's word is outside A's gPA range", (uint32_t)&host_canary >= AG_SIZE, 1);
    CHK("the host's code is outside A's gPA range", (uint32_t)host_function >= AG_SIZE, 1);
    CHK("the host program below the VMs", (uint32_t)__builtin_frame_address(0) < A_HPA, 1);

    /* ---- controls, then the VMs ---- */
    fill_host_page(CTRL_HPA);
    fill_host_page(A_HPA);
    for (unsigned p = 0; p < NPATHS; p++) {
        control_path(&paths_cold[p], p, A_HPA);
        control_path(&paths_cold[p], p, CTRL_HPA);
    }
    vm_build(&B);
    vm_build(&A);
    static uint32_t meas_b[8];
    CHK("B's measurement", smc(SMC_VM_MEASUREMENT, B.id, (uint32_t)meas_b, 0, 0), SM_OK);
    check_guest_memory(&A, "at launch");
    check_guest_memory(&B, "at launch");

    /* ---- the host's caches off ---- */
    printf("-- the host's caches off\n");
    for (unsigned p = 0; p < NPATHS; p++) {
        control_path(&paths_cold[p], p, CTRL_HPA);
        attack_path(&paths_cold[p], p, &A);
    }
    check_guest_memory(&A, "after the host's attacks (caches off)");
    block_ops_on_dirty_line();
    check_guest_memory(&A, "after the block register attacks");
    exit_leaves_nothing("host MMU and caches off", 0);
    {
        /* B reads the TLB entry A left (outside VIRT.md's list) */
        CONTEXT("guest B reads DTLB set 5 after A's exit");
        struct gres g = run_cmd(&B, CMD_MFSPR, SPR_DTLBW0MR0 + 5);
        CHK("B may read its TLB", g.excs, 0);
        CHK("B reads none of A's TLB values", secretish(g.info[1]), 0);
        if (secretish(g.info[1]))
            printf("attack 6: guest B reads guest A's DTLB match register: 0x%08lx: NOT refused\n",
                   (unsigned long)g.info[1]);
        else
            printf("attack 6: guest B reads DTLB set 5 after guest A's exit: refused (0x%08lx, not A's)\n",
                   (unsigned long)g.info[1]);
    }
    host_spr_attacks();
    guest_spr_attacks();
    check_guest_memory(&A, "after attacks 4 and 6");

    /* ---- the host's caches on from here ---- */
    printf("-- the host's caches on\n");
    or1k_sr_set(SR_ICE | SR_DCE);
    for (unsigned p = 0; p < NPATHS; p++) {
        control_path(&paths_warm[p], p, CTRL_HPA);
        attack_path(&paths_warm[p], p, &A);
    }
    cached_access_to_dirty_line();
    check_guest_memory(&A, "after the host's attacks (caches on)");
    exit_leaves_nothing("host caches on, MMU off", 0);
    {
        uint32_t sr = mfspr(SPR_SR);
        mtspr(SPR_SR, sr | SR_DME | SR_IME);
        exit_leaves_nothing("host MMU and caches on", SR_DME | SR_IME);
        mtspr(SPR_SR, sr);
    }
    host_monitor_attacks(meas_b);
    host_key_attacks();

    /* ---- guest A leaves its region (a fresh A each time) ---- */
    vm_destroy(&A);
    static const struct {
        int n;
        const char *what;
        uint32_t cmd, arg, kind;
    } ra[] = {
        {2, "loads guest B's secret (gPA = B's hPA)", CMD_LOAD, B_HPA + AG_SECRET, EXIT_ACCESS_READ},
        {2, "byte-loads guest B's secret", CMD_LOADB, B_HPA + AG_SECRET + 5, EXIT_ACCESS_READ},
        {2, "stores into guest B's secret", CMD_STORE, B_HPA + AG_SECRET + 8, EXIT_ACCESS_WRITE},
        {2, "byte-stores into guest B's code", CMD_STOREB, B_HPA + 0x1001, EXIT_ACCESS_WRITE},
        {2, "jumps into guest B's code", CMD_EXEC, B_HPA + AG_PROBE, EXIT_ACCESS_EXECUTE},
        {2, "loads guest B's secret via the uncached alias", CMD_LOAD, RAM_UNCACHED_ALIAS | (B_HPA + AG_SECRET),
         EXIT_ACCESS_READ},
        {2, "stores into guest B via the uncached alias", CMD_STORE, RAM_UNCACHED_ALIAS | (B_HPA + AG_SECRET + 12),
         EXIT_ACCESS_WRITE},
        {2, "loads guest B's secret through its DMMU", CMD_MMU_LOAD, B_HPA + AG_SECRET + 16, EXIT_ACCESS_READ},
        {2, "loads just past its region", CMD_LOAD, AG_SIZE, EXIT_ACCESS_READ},
        {2, "loads the host's word", CMD_LOAD, (uint32_t)&host_canary, EXIT_ACCESS_READ},
        {2, "stores to the host's word", CMD_STORE, (uint32_t)&host_canary, EXIT_ACCESS_WRITE},
        {2, "jumps into the host's code", CMD_EXEC, (uint32_t)host_function, EXIT_ACCESS_EXECUTE},
        {2, "loads the host's word through its DMMU", CMD_MMU_LOAD, (uint32_t)&host_canary, EXIT_ACCESS_READ},
        {3, "loads the monitor's ROM", CMD_LOAD, SM_ROM_BASE + VEC_RESET, EXIT_ACCESS_READ},
        {3, "jumps to the monitor's call entry", CMD_EXEC, SM_CALL_ENTRY, EXIT_ACCESS_EXECUTE},
        {3, "loads the monitor's SRAM", CMD_LOAD, SM_SRAM_BASE, EXIT_ACCESS_READ},
        {3, "stores to the monitor's SRAM", CMD_STORE, SM_SRAM_BASE + 0x100, EXIT_ACCESS_WRITE},
        {3, "loads SU_KEY_STATUS", CMD_LOAD, SU_BASE + SU_KEY_STATUS, EXIT_ACCESS_READ},
        {3, "stores to SU_KEY_CTRL", CMD_STORE, SU_BASE + SU_KEY_CTRL, EXIT_ACCESS_WRITE},
    };
    for (unsigned i = 0; i < sizeof ra / sizeof ra[0]; i++)
        guest_region_attack(ra[i].n, ra[i].what, ra[i].cmd, ra[i].arg, ra[i].arg, ra[i].kind, 0);
    {
        static const uint32_t su[] = {SU_SHA_CTRL,       SU_SHA_STATUS,      SU_SHA_DATA,        SU_SHA_DATA + 60,
                                      SU_SHA_DIGEST,     SU_SHA_DIGEST + 4,  SU_SHA_DIGEST + 8,  SU_SHA_DIGEST + 12,
                                      SU_SHA_DIGEST + 16, SU_SHA_DIGEST + 20, SU_SHA_DIGEST + 24, SU_SHA_DIGEST + 28,
                                      SU_TRNG_STATUS,    SU_KEY_CTRL,        SU_KEY_STATUS,      SU_KEY_STATUS + 4,
                                      SU_RAM_SIZE,       SU_SIZE - 4};
        for (unsigned i = 0; i < sizeof su / sizeof su[0]; i++)
            guest_region_attack(7, "loads a secure-unit word", CMD_LOAD, SU_BASE + su[i], SU_BASE + su[i],
                                EXIT_ACCESS_READ, 1);
        printf("attack 7: guest A loads %u secure-unit words (SHA, TRNG, key block, RAM size): refused "
               "(EXIT_REGION each, VMEXINFO0 = the address, read)\n",
               (unsigned)(sizeof su / sizeof su[0]));
    }
    CONTEXT("attack 2: the victims afterwards");
    CHK("the host's word unchanged", host_canary, 0xca7a3e11);
    check_guest_memory(&B, "after guest A's attacks");

    /* ---- attack 5 ---- */
    vmenter_refused("of guest A, destroyed", A.id, VMENTER_ERR_FREE);
    vm_create(&C);
    vmenter_refused("of guest C, created but not launched", C.id, VMENTER_ERR_UNLAUNCHED);
    CHK("launch C", smc(SMC_VM_LAUNCH, C.id, 0, 0, 0), SM_OK);
    enter(&C, 0);
    expect_hc(&C, HC_READY);
    printf("control: guest C, once launched, runs (its HC_READY arrives)\n");
    vm_destroy(&C);
    vmenter_refused("of guest C, destroyed after running", C.id, VMENTER_ERR_FREE);
    vmenter_refused("of a slot never created", NEVER_ID, VMENTER_ERR_FREE);
    vm_build(&A);
    static const uint32_t bad[] = {0, VM_SLOTS + 1, 15, 16, 16 + A_ID, 0x100 + A_ID, 0x80000000u + A_ID, 0xffffffffu};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
        vmenter_refused("of a VMID out of range", bad[i], VMENTER_ERR_VMID);
    check_guest_memory(&A, "(rebuilt A: the control that it runs)");

    /* ---- the end: everything the host's again ---- */
    CONTEXT("the end");
    check_guest_memory(&B, "at the end");
    static uint32_t m[8];
    CHK("B's measurement", smc(SMC_VM_MEASUREMENT, B.id, (uint32_t)m, 0, 0), SM_OK);
    for (int i = 0; i < 8; i++)
        CHK("B's measurement unchanged", m[i], meas_b[i]);
    vm_destroy(&A);
    vm_destroy(&B);
    for (unsigned p = 0; p < NPATHS; p++) {
        uint32_t srbits, pc;
        uint32_t addr = path_addr(&paths_warm[p], A_HPA + AG_SECRET, &srbits);
        uint32_t out = host_access(K_LW, addr, 0, srbits, &pc);
        CHK("after destroy: the host reaches A's page again", exc.count, 0);
        CHK("after destroy: A's page zeroed", out, 0);
    }
    printf("control: after destroy the host reaches A's page again (zeroed) on every path\n");
    return test_end();
}

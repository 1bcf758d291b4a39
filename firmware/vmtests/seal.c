/* Attacks on context sealing (docs/SEALING.md, issue 16; invariant I3): a
 * host that creates VMs through the monitor, runs them with their sealed
 * contexts in its save areas (vmsave.h) and tries every way it has to
 * learn from, change, swap or replay a blob, or to make the hardware seal
 * where it should not. Each attack must fail, and after each the guest,
 * entered with its untouched blob, resumes intact (its guest, seal-guest.S,
 * checks every register at every resumption and says so by hypercall).
 * The program checks each outcome and how it happened, prints
 * "seal attack N: <what>: refused (<how>)", and exits non-zero at the
 * first check that fails.
 *
 *   1  save areas: no area (SPR_VMSAVE's reset value), misaligned, beyond
 *      RAM, past the page table, on the VM's own page, on another VM's,
 *      the monitor's SRAM, the secure unit, 0xffffffff: VMENTER_ERR_SAVE_AREA,
 *      for a fresh VM and for one with a blob; the same area through the
 *      uncached alias (bit 31) is accepted and the exit writes there
 *   2  the hypervisor's view: a guest with a marker value in every register
 *      it has (GPRs, EPCR, EEAR, ESR, MAC, TTCR): no blob holds the marker
 *      at any byte offset; three exits of identical guest state give three
 *      blobs whose counters count up by one and whose every ciphertext and
 *      tag word differ
 *   3  every bit of a real blob flipped in turn (208 * 8 entries):
 *      magic -> VMENTER_ERR_SEAL_FORMAT, VMID -> _SEAL_VMID, counter ->
 *      _SEAL_STALE, context and tag -> _SEAL_TAG, each with SPR_VMENTERR =
 *      r11, no exit and the host's own GPRs and SR intact; then the guest
 *      resumes from the untouched blob
 *   4  swaps and replays: VM A's blob in VM B's save area, B entered with
 *      A's area (_SEAL_VMID); B's blob relabelled as A's, VMID and counter
 *      (_SEAL_TAG); A's blob from before its last exit (_SEAL_STALE), the
 *      same with the current counter (_SEAL_TAG); truncated blobs (_SEAL_TAG),
 *      an empty one (_SEAL_FORMAT); blobs sealed before A was destroyed and
 *      created again: ignored by the new A's first (fresh) entry, then
 *      _SEAL_TAG (the same counter, old keys) and _SEAL_STALE
 *   5  completeness: the guest (CMD_COMPLETE) keeps distinct values in
 *      r1..r31, SR's F, CY and OV, EPCR, EEAR, ESR, MACLO, MACHI, its tick
 *      timer, runs l.lwa / l.swa, and checks all of it continually while
 *      the host's tick timer, with a period that changes at every entry,
 *      takes it out at hundreds of different instructions (VMEXIT_TICK;
 *      each entry unseals what the last exit sealed)
 *
 * Host memory: this program's 1 MiB (link.ld; its save areas in .vmsave),
 * then the VMs' regions from 2 MiB: run with --ram-size 4M or more (the
 * scripts use 16M): vmsp-iss run --monitor build/firmware/monitor/sm.elf
 * --mee --ram-size 16M [--caches] seal.elf, or on the RTL in lock-step
 * (scripts/vm-check.sh). Its caches are on from the start: the save areas
 * are reached only through the uncached alias. */
#include "vmattack.h"
#include "seal.h"

/* ---- the plan ---------------------------------------------------------- */

#define A_ID 1
#define B_ID 2
#define A_HPA 0x200000u
#define B_HPA 0x210000u
#define SNAP 0x80      /* after seal_enter's l.vmenter: SR at SNAP, rn at SNAP + 4n (r0-relative) */
#define SR_AT 0x78     /* the host's SR at seal_enter's l.vmenter */
#define EXITS 0x7c     /* the 0xF00 code counts the exits here */
#define PLANT(n) (0x4f500000u + (n) * 0x00010101u) /* the host's rn at seal_enter's l.vmenter */
#define ANSWER 0x600du /* seal_enter's rB where it must be refused */
#define BLOB_WORDS (SEAL_BLOB_BYTES / 4)
#define W_MAGIC (SEAL_OFF_MAGIC / 4)
#define W_VMID (SEAL_OFF_VMID / 4)
#define W_CTR (SEAL_OFF_CTR / 4) /* high word; W_CTR + 1 the low */
#define W_CTX (SEAL_OFF_CTX / 4)
#define W_TAG (SEAL_OFF_TAG / 4)
#define COMPLETE_ITERS 200      /* CMD_COMPLETE's iterations (about 560 guest instructions each) */
#define COMPLETE_MAX_EXITS 20000 /* a guest that makes no progress fails the run */

_Static_assert(SNAP + 4 * 32 <= VEC_RESET && EXITS + 4 <= SNAP && SR_AT + 4 <= EXITS, "low scratch words");
_Static_assert(SG_IMAGE_BYTES == SG_REGION && SG_REGION >= VM_REGION_MIN, "the guest is its region");
_Static_assert(BLOB_WORDS == 52 && W_TAG == W_CTX + SEAL_CTX_WORDS, "the blob layout (docs/SEALING.md)");

struct vm {
    uint32_t id, hpa;
    const char *name;
    uint32_t ctr; /* its seal counter as the host counts its exits */
};
static struct vm A = {A_ID, A_HPA, "A", 0}, B = {B_ID, B_HPA, "B", 0};

/* ---- the guest image (seal-guest.S, flattened) ---------------------------- */

VMTEST_GUEST_IMAGE("seal-guest.bin");

/* ---- entering ----------------------------------------------------------------- */

/* run_guest (vmtest.h): SPR_VMSAVE = the VM's save area, l.vmenter */
VMTEST_RUN_GUEST;

/* seal_enter(vmid, answer): l.vmenter r3, r4 with SPR_VMSAVE as the
 * caller left it, every other GPR of the host planted (PLANT(n)) and F, CY,
 * OV set in its SR (kept at SR_AT). Right after the l.vmenter (a refusal
 * goes on there; an exit comes back there through the 0xF00 code,
 * seal_exit_code: it counts the exit at EXITS and l.rfe's with every GPR
 * zero) it stores SR and r1..r31 r0-relative at SNAP before anything
 * else, then reloads what its C caller needs and returns r11. */
__asm__(".text\n"
        ".global seal_enter\n"
        "seal_enter:\n"
        "  l.movhi r5, hi(host_keep)\n"
        "  l.ori   r5, r5, lo(host_keep)\n"
        "  l.sw    0(r5), r1\n"
        "  l.sw    4(r5), r2\n"
        "  l.sw    8(r5), r9\n"
        "  l.sw    12(r5), r10\n"
        "  .irp n, 14,16,18,20,22,24,26,28,30\n"
        "  l.sw    (16 + 2 * (\\n - 14))(r5), r\\n\n"
        "  .endr\n"
        "  l.mfspr r6, r0, " STR(SPR_SR) "\n"
        "  l.ori   r6, r6, " STR(SR_F | SR_CY | SR_OV) "\n"
        "  l.mtspr r0, r6, " STR(SPR_SR) "\n"
        "  l.mfspr r6, r0, " STR(SPR_SR) "\n"
        "  l.sw    " STR(SR_AT) "(r0), r6\n"
        "  .irp n, 1,2,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  l.movhi r\\n, hi(0x4f500000 + \\n * 0x10101)\n"
        "  l.ori   r\\n, r\\n, lo(0x4f500000 + \\n * 0x10101)\n"
        "  .endr\n"
        "  " VMENTER_R3_R4 "\n"
        "  .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
        "  l.sw    (" STR(SNAP) " + 4 * \\n)(r0), r\\n\n"
        "  .endr\n"
        "  l.mfspr r5, r0, " STR(SPR_SR) "\n"
        "  l.sw    " STR(SNAP) "(r0), r5\n"
        "  l.movhi r5, hi(host_keep)\n"
        "  l.ori   r5, r5, lo(host_keep)\n"
        "  l.lwz   r1, 0(r5)\n"
        "  l.lwz   r2, 4(r5)\n"
        "  l.lwz   r9, 8(r5)\n"
        "  l.lwz   r10, 12(r5)\n"
        "  .irp n, 14,16,18,20,22,24,26,28,30\n"
        "  l.lwz   r\\n, (16 + 2 * (\\n - 14))(r5)\n"
        "  .endr\n"
        "  l.lwz   r11, (" STR(SNAP) " + 44)(r0)\n"
        "  l.jr    r9\n"
        "  l.nop\n"
        ".section .rodata\n"
        ".balign 4\n"
        "seal_exit_code:\n"
        "  l.lwz   r3, " STR(EXITS) "(r0)\n"
        "  l.addi  r3, r3, 1\n"
        "  l.sw    " STR(EXITS) "(r0), r3\n"
        "  l.ori   r3, r0, 0\n"
        "  l.rfe\n"
        "seal_exit_code_end:\n"
        ".text\n");
uint32_t seal_enter(uint32_t vmid, uint32_t answer);
extern const uint32_t seal_exit_code[], seal_exit_code_end[];
uint32_t host_keep[13];

/* A pointer to low memory (gcc takes constant addresses below 4 KiB for
 * null-based and warns). */
static volatile uint32_t *low(uint32_t addr)
{
    volatile uint32_t *p = (volatile uint32_t *)addr;
    __asm__("" : "+r"(p));
    return p;
}
#define exits (*low(EXITS))

/* The differing bits between the host's registers after seal_enter's
 * l.vmenter of `vmid` and what it planted (r11 aside: the code) */
static uint32_t host_regs_changed(uint32_t vmid)
{
    volatile uint32_t *s = low(SNAP);
    uint32_t d = s[0] ^ *low(SR_AT);
    for (uint32_t n = 1; n < 32; n++) {
        if (n == 11)
            continue;
        d |= s[n] ^ (n == 3 ? vmid : n == 4 ? ANSWER : PLANT(n));
    }
    return d;
}

/* seal_enter of `vm` with SPR_VMSAVE as it is: refused with `code` (r11
 * and SPR_VMENTERR), no exit, VMEXIT unchanged, the host's GPRs and SR as
 * they were. Quiet: the caller sets the context. */
static void refused_quiet(uint32_t vmid, uint32_t code)
{
    uint32_t before = exits, cause = mfspr(SPR_VMEXIT);
    uint32_t r = seal_enter(vmid, ANSWER);
    CHK("refused: r11 = the code", r, code);
    CHK("SPR_VMENTERR = r11", mfspr(SPR_VMENTERR), code);
    CHK("no VM exit: the guest did not run", exits, before);
    CHK("VMEXIT unchanged", mfspr(SPR_VMEXIT), cause);
    CHK("the host's GPRs and SR intact (changed bits)", host_regs_changed(vmid), 0);
}

static const char *code_name(uint32_t code)
{
    static const char *const n[] = {"0",         "VMID",        "FREE",      "UNLAUNCHED",
                                    "SAVE_AREA", "LOST",        "SEAL_FORMAT", "SEAL_VMID",
                                    "SEAL_STALE", "SEAL_TAG",   "SEAL_BUS"};
    return code < sizeof n / sizeof n[0] ? n[code] : "?";
}

static void refused(int n, const char *what, const struct vm *vm, uint32_t code)
{
    CONTEXT("seal attack %d: %s (VM %s)", n, what, vm->name);
    refused_quiet(vm->id, code);
    printf("seal attack %d: %s: refused (VMENTER_ERR_%s in r11 and SPR_VMENTERR, no exit, host registers "
           "intact)\n",
           n, what, code_name(code));
}

/* The guest's report of a failed check, if that is what it sent */
static void guest_bad(const struct vm *vm)
{
    if (xcause == (EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT) && xinfo[0] == HC_BAD)
        printf("guest %s: HC_BAD kind %lu, what %lu, found 0x%08lx, expected 0x%08lx, state %lu\n", vm->name,
               (unsigned long)xinfo[1], (unsigned long)xinfo[2], (unsigned long)xinfo[3],
               (unsigned long)xinfo[4], (unsigned long)xinfo[5]);
}

/* A normal entry (run_guest: SPR_VMSAVE = its save area) that must be
 * accepted: one exit, its cause and information in xcause, xinfo. */
static void enter(struct vm *vm, uint32_t answer)
{
    uint32_t before = exits;
    CHK("l.vmenter accepted", run_guest(vm->id, answer), 0);
    CHK("one VM exit", exits, before + 1);
    CHK("SPR_VMENTERR = 0 after an entry", mfspr(SPR_VMENTERR), 0);
    read_exit();
    vm->ctr++;
}

static void expect_hc(const struct vm *vm, uint32_t hc)
{
    if (xinfo[0] != hc)
        guest_bad(vm);
    CHK("the exit: a hypercall of this VM", xcause, EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT);
    CHK("the hypercall", xinfo[0], hc);
}

/* The guest in its marker loop resumes: it checked every register and
 * made the next HC_MARK. */
static void resumes(struct vm *vm)
{
    enter(vm, 0);
    expect_hc(vm, HC_MARK);
}

/* ---- blobs ----------------------------------------------------------------------- */

static void blob_get(const struct vm *vm, uint32_t *dst)
{
    volatile uint32_t *b = vm_save_blob(vm->id);
    for (uint32_t i = 0; i < BLOB_WORDS; i++)
        dst[i] = b[i];
}

static void blob_put(const struct vm *vm, const uint32_t *src)
{
    volatile uint32_t *b = vm_save_blob(vm->id);
    for (uint32_t i = 0; i < BLOB_WORDS; i++)
        b[i] = src[i];
}

/* The plaintext header of a blob of `vm` with its current counter */
static void blob_header_ok(const struct vm *vm, const uint32_t *b)
{
    CHK("the blob's magic", b[W_MAGIC], SEAL_MAGIC);
    CHK("the blob's VMID", b[W_VMID], vm->id);
    CHK("the blob's counter (high)", b[W_CTR], 0);
    CHK("the blob's counter (low): the VM's exits since create", b[W_CTR + 1], vm->ctr);
}

/* ---- VMs ----------------------------------------------------------------------------- */

static struct vmc desc;

static void vm_create(struct vm *vm)
{
    CONTEXT("creating VM %s (slot %lu, hPA 0x%08lx)", vm->name, (unsigned long)vm->id, (unsigned long)vm->hpa);
    memset(&desc, 0, sizeof desc);
    desc.r[0].gpa = 0;
    desc.r[0].size = SG_REGION;
    desc.r[0].hpa = vm->hpa;
    vm_load(vm->id, &desc, guest_image, SG_IMAGE_BYTES);
    CHK("SMC_VM_LAUNCH", smc(SMC_VM_LAUNCH, vm->id, 0, 0, 0), SM_OK);
    vm->ctr = 0;
}

/* ---- attack 1: save areas ---------------------------------------------------------------- */

static const struct {
    const char *what;
    uint32_t addr; /* 1: A's area + 4, 2: + 0x80, 3: + 1 */
} bad_areas[] = {
    {"misaligned by 4", 1},
    {"misaligned by 0x80", 2},
    {"misaligned by 1", 3},
    {"beyond RAM (0x7fffff00)", 0x7fffff00u},
    {"past the page table (64 MiB)", VMPT_PAGES << VMPT_PAGE_SHIFT},
    {"on guest A's own page (its hPA)", A_HPA},
    {"on guest A's own page through the alias", RAM_UNCACHED_ALIAS | (A_HPA + SG_DATA)},
    {"on guest B's page", B_HPA + 0x100},
    {"the monitor's SRAM", SM_SRAM_BASE},
    {"the secure unit", SU_BASE},
    {"0xffffff00 (bit 31 cleared: beyond RAM)", 0xffffff00u},
    {"0xffffffff (no save area)", 0xffffffffu},
};
#define NBAD_AREAS (sizeof bad_areas / sizeof bad_areas[0])

static void bad_save_areas(const char *state)
{
    char what[128];
    for (unsigned i = 0; i < NBAD_AREAS; i++) {
        uint32_t a = bad_areas[i].addr;
        if (a < 4)
            a = vm_save_area(A.id) + (a == 1 ? 4 : a == 2 ? 0x80 : 1);
        mtspr(SPR_VMSAVE, a);
        snprintf(what, sizeof what, "SPR_VMSAVE = 0x%08lx, %s, %s", (unsigned long)a, bad_areas[i].what, state);
        refused(1, what, &A, VMENTER_ERR_SAVE_AREA);
    }
}

static void attack_save_areas(uint32_t *first)
{
    CONTEXT("seal attack 1: SPR_VMSAVE at reset");
    CHK("SPR_VMSAVE reads 0xffffffff before the host writes it", mfspr(SPR_VMSAVE), 0xffffffffu);
    refused(1, "l.vmenter of a fresh VM with SPR_VMSAVE as reset left it", &A, VMENTER_ERR_SAVE_AREA);
    bad_save_areas("fresh VM");

    /* the alias names the same area: accepted, and the exit seals there */
    CONTEXT("seal attack 1: SPR_VMSAVE = A's area | bit 31");
    volatile uint32_t *b = vm_save_blob(A.id);
    for (uint32_t i = 0; i < BLOB_WORDS; i++)
        b[i] = 0;
    mtspr(SPR_VMSAVE, vm_save_area(A.id) | UNCACHED_ADDR_MASK);
    uint32_t before = exits;
    CHK("l.vmenter with the alias of A's area: accepted (r11 = 0 after the exit)", seal_enter(A.id, 0), 0);
    CHK("one VM exit", exits, before + 1);
    CHK("SPR_VMENTERR = 0", mfspr(SPR_VMENTERR), 0);
    A.ctr++;
    read_exit();
    expect_hc(&A, HC_READY);
    blob_get(&A, first);
    blob_header_ok(&A, first);
    printf("control: SPR_VMSAVE = A's area | 0x80000000 (the uncached alias) is accepted: guest A ran from reset "
           "(HC_READY) and its exit sealed to A's area (magic, VMID %lu, counter %lu)\n",
           (unsigned long)first[W_VMID], (unsigned long)first[W_CTR + 1]);

    bad_save_areas("A with a blob");
    enter(&A, CMD_MARK); /* the plain address: the same area, the same blob */
    expect_hc(&A, HC_MARK);
    printf("control: the same area without bit 31 unseals that blob: guest A resumed (its HC_MARK)\n");
}

/* ---- attack 2: what the host sees ---------------------------------------------------------- */

static int blob_has_marker(const uint32_t *b)
{
    const uint8_t *p = (const uint8_t *)b;
    for (uint32_t i = 0; i + 4 <= SEAL_BLOB_BYTES; i++)
        if ((uint32_t)p[i] << 24 == (SG_MARKER & 0xff000000u) && (uint32_t)p[i + 1] << 16 == (SG_MARKER & 0xff0000u) &&
            (uint32_t)p[i + 2] << 8 == (SG_MARKER & 0xff00u) && p[i + 3] == (SG_MARKER & 0xffu))
            return 1;
    return 0;
}

static void attack_view(void)
{
    static uint32_t m[3][BLOB_WORDS];
    CONTEXT("seal attack 2: blobs of guest A in its marker loop");
    /* A is at an HC_MARK: every register it has holds the marker */
    blob_get(&A, m[0]);
    resumes(&A);
    blob_get(&A, m[1]);
    resumes(&A);
    blob_get(&A, m[2]);
    for (int k = 0; k < 3; k++) {
        CHK("a blob of A's marker loop: no copy of the marker at any byte offset", blob_has_marker(m[k]), 0);
        CHK("magic", m[k][W_MAGIC], SEAL_MAGIC);
        CHK("VMID", m[k][W_VMID], A.id);
        CHK("the counter counts A's exits", m[k][W_CTR + 1], A.ctr - 2 + k);
    }
    unsigned same = 0;
    for (int k = 0; k < 2; k++)
        for (uint32_t w = W_CTX; w < BLOB_WORDS; w++)
            same += m[k][w] == m[k + 1][w];
    CHK("identical guest state, consecutive blobs: no ciphertext or tag word the same", same, 0);
    printf("seal attack 2: the host reads guest A's blob at three exits of identical guest state (the marker "
           "0x%08x in r1, r2, r9, r10, r12..r31, EPCR, EEAR, ESR, MACLO, MACHI, TTCR): refused (no copy of the "
           "marker at any byte offset; counters %lu, %lu, %lu; all %u ciphertext and tag words differ between "
           "consecutive blobs)\n",
           SG_MARKER, (unsigned long)m[0][W_CTR + 1], (unsigned long)m[1][W_CTR + 1], (unsigned long)m[2][W_CTR + 1],
           (unsigned)(BLOB_WORDS - W_CTX));
}

/* ---- attack 3: every bit ---------------------------------------------------------------------- */

static uint32_t expected_code(uint32_t byte)
{
    if (byte < SEAL_OFF_VMID)
        return VMENTER_ERR_SEAL_FORMAT;
    if (byte < SEAL_OFF_CTR)
        return VMENTER_ERR_SEAL_VMID;
    if (byte < SEAL_OFF_CTX)
        return VMENTER_ERR_SEAL_STALE;
    return VMENTER_ERR_SEAL_TAG;
}

static void attack_bits(void)
{
    static uint32_t orig[BLOB_WORDS];
    unsigned count[VMENTER_ERR_SEAL_BUS + 1] = {0};
    volatile uint32_t *b = vm_save_blob(A.id);
    CONTEXT("seal attack 3: bit flips");
    blob_get(&A, orig);
    blob_header_ok(&A, orig);
    for (uint32_t byte = 0; byte < SEAL_BLOB_BYTES; byte++) {
        uint32_t code = expected_code(byte);
        for (uint32_t bit = 0; bit < 8; bit++) {
            uint32_t w = byte / 4, mask = (1u << bit) << (8 * (3 - byte % 4)); /* big-endian */
            QUICK_CONTEXT("seal attack 3: blob bit (byte * 8 + bit) flipped", byte * 8 + bit);
            b[w] = orig[w] ^ mask;
            set_save_area(A.id);
            refused_quiet(A.id, code);
            b[w] = orig[w];
            count[code]++;
        }
    }
    CONTEXT("seal attack 3: after the bit flips");
    unsigned diff = 0;
    for (uint32_t i = 0; i < BLOB_WORDS; i++)
        diff += b[i] != orig[i];
    CHK("the refusals changed nothing in the blob", diff, 0);
    CHK("magic bits", count[VMENTER_ERR_SEAL_FORMAT], 32);
    CHK("VMID bits", count[VMENTER_ERR_SEAL_VMID], 32);
    CHK("counter bits", count[VMENTER_ERR_SEAL_STALE], 64);
    CHK("context and tag bits", count[VMENTER_ERR_SEAL_TAG], (SEAL_BLOB_BYTES - SEAL_OFF_CTX) * 8);
    printf("seal attack 3: every bit of guest A's blob flipped in turn (%u entries): refused (magic: %u "
           "VMENTER_ERR_SEAL_FORMAT; VMID: %u _SEAL_VMID; counter: %u _SEAL_STALE; encrypted context and tag: %u "
           "_SEAL_TAG; each with SPR_VMENTERR = r11, no exit, the host's GPRs and SR intact)\n",
           SEAL_BLOB_BYTES * 8, count[VMENTER_ERR_SEAL_FORMAT], count[VMENTER_ERR_SEAL_VMID],
           count[VMENTER_ERR_SEAL_STALE], count[VMENTER_ERR_SEAL_TAG]);
    resumes(&A);
    printf("control: guest A entered with its untouched blob resumes and finds every register intact (HC_MARK)\n");
}

/* ---- attack 4: swaps and replays ------------------------------------------------------------------ */

static void attack_swaps(const uint32_t *first)
{
    static uint32_t a[BLOB_WORDS], bb[BLOB_WORDS], old[BLOB_WORDS], x[BLOB_WORDS];

    /* B: its own blob in its own area */
    blob_get(&A, a);
    blob_get(&B, bb);
    blob_header_ok(&B, bb);

    blob_put(&B, a);
    set_save_area(B.id);
    refused(4, "guest A's blob in guest B's save area, B entered", &B, VMENTER_ERR_SEAL_VMID);
    blob_put(&B, bb);
    mtspr(SPR_VMSAVE, vm_save_area(A.id));
    refused(4, "guest B entered with SPR_VMSAVE = guest A's save area", &B, VMENTER_ERR_SEAL_VMID);
    resumes(&B);
    CONTEXT("seal attack 4: B's blob");
    blob_get(&B, bb);

    memcpy(x, bb, sizeof x);
    x[W_VMID] = A.id;
    x[W_CTR] = a[W_CTR];
    x[W_CTR + 1] = a[W_CTR + 1];
    blob_put(&A, x);
    set_save_area(A.id);
    refused(4, "guest B's blob relabelled as A's (VMID and counter) in A's save area", &A, VMENTER_ERR_SEAL_TAG);
    blob_put(&A, a);

    /* replays of A's own blobs */
    memcpy(old, a, sizeof old);
    resumes(&A);
    CONTEXT("seal attack 4: A's blob");
    blob_get(&A, a);
    blob_header_ok(&A, a);
    blob_put(&A, old);
    set_save_area(A.id);
    refused(4, "guest A's blob from before its last exit (a replay)", &A, VMENTER_ERR_SEAL_STALE);
    old[W_CTR + 1] = a[W_CTR + 1];
    blob_put(&A, old);
    set_save_area(A.id);
    refused(4, "guest A's blob from before its last exit with the current counter", &A, VMENTER_ERR_SEAL_TAG);

    /* truncated */
    static const struct {
        const char *what;
        uint32_t from, code;
    } cuts[] = {
        {"guest A's blob with its tag zeroed", SEAL_OFF_TAG, VMENTER_ERR_SEAL_TAG},
        {"guest A's blob truncated at byte 104 (the rest zero)", 104, VMENTER_ERR_SEAL_TAG},
        {"guest A's blob cut to its header (the rest zero)", SEAL_OFF_CTX, VMENTER_ERR_SEAL_TAG},
        {"guest A's blob cut to its last word", SEAL_BLOB_BYTES - 4, VMENTER_ERR_SEAL_TAG},
        {"an empty blob (all zero)", 0, VMENTER_ERR_SEAL_FORMAT},
    };
    for (unsigned i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        memcpy(x, a, sizeof x);
        for (uint32_t w = cuts[i].from / 4; w < BLOB_WORDS; w++)
            x[w] = 0;
        blob_put(&A, x);
        set_save_area(A.id);
        refused(4, cuts[i].what, &A, cuts[i].code);
    }
    blob_put(&A, a);
    resumes(&A);
    resumes(&B);
    printf("control: guests A and B entered with their own blobs resume intact (HC_MARK each)\n");

    /* destroy and create again: the old incarnation's blobs */
    CONTEXT("seal attack 4: destroy and re-create A");
    blob_get(&A, old);
    CHK("A's counter before destroy", old[W_CTR + 1], A.ctr);
    CHK("A's first blob: counter 1", first[W_CTR + 1], 1);
    CHK("SMC_VM_DESTROY of A", smc(SMC_VM_DESTROY, A.id, 0, 0, 0), SM_OK);
    set_save_area(A.id);
    refused(4, "guest A destroyed, its blob in its save area", &A, VMENTER_ERR_FREE);
    vm_create(&A);
    blob_put(&A, old);
    enter(&A, 0);
    expect_hc(&A, HC_READY);
    CONTEXT("seal attack 4: the new A");
    blob_get(&A, a);
    blob_header_ok(&A, a);
    printf("seal attack 4: the old A's last blob in the new A's save area at its first entry: refused (ignored: a "
           "fresh VM starts from reset, HC_READY; its exit sealed counter 1 over it)\n");
    blob_put(&A, first);
    set_save_area(A.id);
    refused(4, "the old A's first blob (counter 1, the old keys) for the new A at counter 1", &A,
            VMENTER_ERR_SEAL_TAG);
    blob_put(&A, old);
    set_save_area(A.id);
    refused(4, "the old A's last blob for the new A", &A, VMENTER_ERR_SEAL_STALE);
    blob_put(&A, a);
}

/* ---- attack 5: completeness ----------------------------------------------------------------------- */

/* The ISS alone counts TTCR in retired instructions: eight divisions
 * between two reads count 9 there, dozens of cycles on the RTL (whose
 * count the ISS also reads in lock-step): demo/hvlib.h. */
static int iss_alone(void)
{
    uint32_t t0, t1, q = 1000000, d = 3;
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    __asm__ volatile("l.mfspr %0,r0,%4\n\t"
                     ".rept 8\n\tl.divu %2,%2,%3\n\t.endr\n\t"
                     "l.mfspr %1,r0,%4"
                     : "=&r"(t0), "=&r"(t1), "+r"(q)
                     : "r"(d), "K"(SPR_TTCR));
    mtspr(SPR_TTMR, 0);
    return t1 - t0 == 9;
}

static void attack_completeness(void)
{
    CONTEXT("seal attack 5: completeness");
    /* a round trip of B's marker loop in host ticks (the RTL counts
     * cycles, the ISS instructions): the host's way in, the entry, B's
     * check code, the exit. The periods run from half of it to well
     * above it: the longer ones are more than the way in and the entry,
     * so the guest makes progress, by varying amounts */
    int iss = iss_alone();
    uint32_t before = exits;
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);
    uint32_t r = run_guest(B.id, 0);
    uint32_t rt = mfspr(SPR_TTCR);
    mtspr(SPR_TTMR, 0);
    CHK("l.vmenter accepted", r, 0);
    CHK("one VM exit", exits, before + 1);
    read_exit();
    B.ctr++;
    expect_hc(&B, HC_MARK);
    uint32_t scale = 1 + rt / 256, base = rt / 2;
    uint32_t answer = CMD_COMPLETE | COMPLETE_ITERS << 8, ticks = 0, pmin = 0xffffffffu, pmax = 0;
    for (uint32_t k = 0;; k++) {
        uint32_t period = base + (k * 37) % 211 * scale;
        pmin = period < pmin ? period : pmin;
        pmax = period > pmax ? period : pmax;
        /* single run: the tick at TTCR = period; the host's SR[TEE] is
         * clear, so it is only ever a VM exit */
        mtspr(SPR_TTMR, 0);
        mtspr(SPR_TTCR, 0);
        mtspr(SPR_TTMR, (TTMR_M_STOP << TTMR_M_SHIFT) | TTMR_IE | period);
        before = exits;
        r = run_guest(A.id, answer);
        mtspr(SPR_TTMR, 0); /* clears IP */
        CHK("l.vmenter accepted", r, 0);
        CHK("one VM exit", exits, before + 1);
        read_exit();
        A.ctr++;
        answer = 0;
        if (xcause == (EXIT_TICK | A.id << VMEXIT_VMID_SHIFT)) {
            ticks++;
            if (ticks > COMPLETE_MAX_EXITS)
                CHK("the completeness loop ends", ticks, COMPLETE_MAX_EXITS);
            continue;
        }
        expect_hc(&A, HC_DONE);
        break;
    }
    CHK("the guest's iterations", xinfo[1], COMPLETE_ITERS);
    CHK("its successful l.swa: two an iteration", xinfo[3], 2 * COMPLETE_ITERS);
    if (iss) /* on the RTL, whose ticks are cycles, the slices are longer */
        CHK("on the ISS alone: at least a few hundred exits", ticks >= 300, 1);
    printf("seal attack 5: guest A's whole context (r1..r31, SR F/CY/OV, EPCR, EEAR, ESR, MACLO, MACHI, TTMR, "
           "TTCR counting, l.lwa/l.swa) through %lu host-tick exits (periods %lu..%lu host ticks, a round trip "
           "%lu): refused (nothing lost or changed: the guest checked all of it at every one of %u iterations; "
           "%lu l.swa failed after an exit took the reservation and were retried)\n",
           (unsigned long)ticks, (unsigned long)pmin, (unsigned long)pmax, (unsigned long)rt, COMPLETE_ITERS,
           (unsigned long)xinfo[2]);
    uint32_t last[BLOB_WORDS];
    blob_get(&A, last);
    blob_header_ok(&A, last);
}

/* ---- the program ---------------------------------------------------------------------------------------- */

int main(void)
{
    static uint32_t first[BLOB_WORDS];
    test_begin("seal");
    CONTEXT("set-up");
    vmexit_vector_install(seal_exit_code, seal_exit_code_end, NULL);
    exits = 0;
    CHK("a monitor answers", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("the guest image", guest_image_bytes, SG_IMAGE_BYTES);
    CHK("the host program below the VMs", (uint32_t)__builtin_frame_address(0) < A_HPA, 1);
    CHK("the save areas in host RAM below the VMs", vm_save_area(VM_SLOTS) + SEAL_ALIGN <= A_HPA, 1);
    or1k_sr_set(SR_ICE | SR_DCE);
    /* the hardware's register is read-only to the host */
    uint32_t enterr = mfspr(SPR_VMENTERR);
    mtspr(SPR_VMENTERR, 0x5a5a5a5a);
    CHK("a host write to SPR_VMENTERR is ignored", mfspr(SPR_VMENTERR), enterr);
    printf("control: the host's l.mtspr SPR_VMENTERR is ignored (it still reads %lu)\n", (unsigned long)enterr);

    vm_create(&A);
    vm_create(&B);
    attack_save_areas(first);
    enter(&B, 0);
    expect_hc(&B, HC_READY);
    enter(&B, CMD_MARK);
    expect_hc(&B, HC_MARK);
    attack_view();
    attack_bits();
    attack_swaps(first);
    attack_completeness();

    /* the marker loops end cleanly: the guests checked every resumption */
    CONTEXT("the end");
    enter(&B, SG_STOP);
    expect_hc(&B, HC_DONE);
    printf("control: guest B checked all %lu of its resumptions and found every register intact\n",
           (unsigned long)xinfo[1]);
    CHK("SMC_VM_DESTROY of A", smc(SMC_VM_DESTROY, A.id, 0, 0, 0), SM_OK);
    CHK("SMC_VM_DESTROY of B", smc(SMC_VM_DESTROY, B.id, 0, 0, 0), SM_OK);
    return test_end();
}

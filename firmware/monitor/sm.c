/* Security monitor: the slot table and the monitor calls (docs/MONITOR.md).
 *
 * Every call validates all it needs before its first write, so a failing
 * call changes nothing. The monitor never faults: every host address is
 * checked against RAM before it is touched. It runs with the D-cache on
 * (entry.S); every RAM line it touches is written back and invalidated
 * (DCBFR) before it returns, so a host running with its D-cache off finds
 * no stale line afterwards and a cached host loses nothing. */
#include "sm.h"

_Static_assert(RAM_BASE == 0, "host buffers are checked against [0, RAM size)");
_Static_assert(MEASURE_PAGE % CACHE_LINE_BYTES == 0, "pages are copied a line at a time");
_Static_assert(VM_REGION_MIN >= MEASURE_PAGE, "a page in a region lies wholly inside it");

#define LINE_WORDS (CACHE_LINE_BYTES / 4)
#define MEAS_BYTES (SHA_WORDS * 4)

struct slot slots[VM_SLOTS]; /* VMID v is slots[v - 1]; .bss: all FREE */

/* ---- hardware ---------------------------------------------------------- */

static void hw_regions(unsigned vmid, const struct region *r)
{
    mtspr(SPR_VMSEL, vmid);
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        uint32_t spr = SPR_VMRGN0 + VMRGN_STRIDE * i;
        mtspr(spr + VMRGN_GPA, r ? r[i].gpa : 0);
        mtspr(spr + VMRGN_SIZE, r ? r[i].size : 0);
        mtspr(spr + VMRGN_HPA, r ? r[i].hpa : 0);
    }
}

/* Writes `pte` (an owner VMID and its attributes, or 0: the host's) to the
 * page table entries of [hpa, hpa + size), which the hardware checks on
 * every host access. */
static void hw_pages(uint32_t hpa, uint32_t size, uint32_t pte)
{
    mtspr(SPR_VMPTSEL, hpa);
    for (uint32_t off = 0; off < size; off += 1u << VMPT_PAGE_SHIFT)
        mtspr(SPR_VMPTE, pte); /* and VMPTSEL moves to the next page */
}

/* Overwrites every DTLB and ITLB entry with 0. The TLBs are VM-tagged and
 * not emptied at VM entry or exit (docs/VIRT.md): an entry the old guest
 * of a VMID wrote would otherwise be its successor's. Our writes tag the
 * entries with the monitor, so no world reads or uses them. */
static void hw_tlbs_clear(void)
{
    for (uint32_t i = 0; i < TLB_SETS; i++) {
        mtspr(SPR_DTLBW0MR0 + i, 0);
        mtspr(SPR_DTLBW0TR0 + i, 0);
        mtspr(SPR_ITLBW0MR0 + i, 0);
        mtspr(SPR_ITLBW0TR0 + i, 0);
    }
}

static void hw_state(unsigned vmid, uint32_t state)
{
    mtspr(SPR_VMSEL, vmid);
    mtspr(SPR_VMSTATE, state);
}

/* Runs a key-block command on slot `vmid` and returns the final status. */
uint32_t key_cmd(unsigned vmid, uint32_t cmd)
{
    uint32_t st;
    SU_REG(SU_KEY_CTRL) = (vmid << KEY_SLOT_SHIFT) | cmd;
    while ((st = SU_REG(SU_KEY_STATUS)) & SU_BUSY)
        ;
    return st;
}

/* 1 once the TRNG is ready, 0 if it failed its health tests. Neither bit:
 * its start-up test is still running, and it ends in one or the other
 * (docs/TRNG.md); a call soon after reset waits instead of failing. */
int trng_ready(void)
{
    uint32_t st;
    while (!((st = SU_REG(SU_TRNG_STATUS)) & (SU_TRNG_READY | SU_TRNG_ALARM)))
        ;
    return !(st & SU_TRNG_ALARM);
}

/* Bytes of RAM at address 0 that a VM may use: the page table covers
 * VMPT_PAGES pages (below the uncached alias bit), so no region lies
 * beyond it. */
static uint32_t ram_size(void)
{
    uint32_t ram = SU_REG(SU_RAM_SIZE);
    uint32_t max = VMPT_PAGES << VMPT_PAGE_SHIFT;
    return ram > max ? max : ram;
}

/* Writes back and invalidates the D-cache lines over [addr, addr + len). */
void dcache_flush(uint32_t addr, uint32_t len)
{
    for (uint32_t a = addr & ~(uint32_t)(CACHE_LINE_BYTES - 1); a < addr + len; a += CACHE_LINE_BYTES)
        mtspr(SPR_DCBFR, a);
}

/* Zeroes a region through the D-cache (so no dirty line of anybody's
 * survives over it), writes it back and drops it from both caches (so no
 * stale instruction line crosses between host and guest). */
static void scrub(const struct region *r)
{
    for (uint32_t off = 0; off < r->size; off += CACHE_LINE_BYTES) {
        volatile uint32_t *p = (volatile uint32_t *)(r->hpa + off);
        for (unsigned i = 0; i < LINE_WORDS; i++)
            p[i] = 0;
        mtspr(SPR_DCBFR, r->hpa + off);
        mtspr(SPR_ICBIR, r->hpa + off);
    }
}

/* The page table entry of the page at `hpa`. */
uint32_t page_entry(uint32_t hpa)
{
    mtspr(SPR_VMPTSEL, hpa);
    return mfspr(SPR_VMPTE);
}

/* Zeroes the page at `hpa` (VMPT page) through the D-cache and writes its
 * lines back (DCBFR), under its entry as it is now. */
static void zero_page(uint32_t hpa)
{
    for (uint32_t off = 0; off < (1u << VMPT_PAGE_SHIFT); off += CACHE_LINE_BYTES) {
        volatile uint32_t *p = (volatile uint32_t *)(hpa + off);
        for (unsigned i = 0; i < LINE_WORDS; i++)
            p[i] = 0;
        mtspr(SPR_DCBFR, hpa + off);
    }
}

/* One page's bytes while SMC_PAGE_ATTR re-encodes it (on-chip SRAM, which
 * only the monitor reaches and which never crosses the memory bus). */
uint32_t page_buf[(1u << VMPT_PAGE_SHIFT) / 4];

/* Writes `pte` to the entry of the page at `hpa`, whose D-cache lines are
 * already written back and invalidated (none of anybody's is left), and
 * keeps the page's contents across a change of ENC (docs/MEE.md): each
 * block is read uncached under the old entry (decrypted by the memory
 * encryption engine if that is ENC; an uncached load allocates no line),
 * the entry changes, and the data goes back through the D-cache and is
 * flushed (DCBFR), so each block reaches RAM once, under the new entry
 * (encrypted if that is ENC). No line of the page is in the D-cache while
 * the entry changes, and nothing is written to RAM before it has: no
 * plaintext of an ENC page reaches RAM. */
static void page_reencode(uint32_t hpa, uint32_t pte)
{
    const uint32_t words = (1u << VMPT_PAGE_SHIFT) / 4;
    volatile const uint32_t *src = (volatile const uint32_t *)(hpa | UNCACHED_ADDR_MASK);
    for (uint32_t i = 0; i < words; i++)
        page_buf[i] = src[i];
    mtspr(SPR_VMPTSEL, hpa);
    mtspr(SPR_VMPTE, pte);
    for (uint32_t off = 0; off < (1u << VMPT_PAGE_SHIFT); off += CACHE_LINE_BYTES) {
        volatile uint32_t *p = (volatile uint32_t *)(hpa + off);
        for (unsigned i = 0; i < LINE_WORDS; i++)
            p[i] = page_buf[off / 4 + i];
        mtspr(SPR_DCBFR, hpa + off);
    }
}

/* ---- checks ------------------------------------------------------------ */

/* Does [addr, addr + len) (inside RAM) meet a region of a created or
 * launched VM? */
static int in_any_vm(uint32_t addr, uint32_t len)
{
    for (unsigned v = 0; v < VM_SLOTS; v++) {
        if (slots[v].state == VMSTATE_FREE)
            continue;
        for (unsigned i = 0; i < VM_REGIONS; i++) {
            const struct region *r = &slots[v].rgn[i];
            if (r->size && addr < r->hpa + r->size && r->hpa < addr + len)
                return 1;
        }
    }
    return 0;
}

/* A host buffer: inside RAM, aligned to `align` (a power of two), outside
 * every VM. */
int host_buf_ok(uint32_t addr, uint32_t len, uint32_t align)
{
    uint32_t ram = ram_size();
    if (addr & (align - 1))
        return 0;
    if (len > ram || addr > ram - len)
        return 0;
    return !in_any_vm(addr, len);
}

/* Two size-aligned power-of-two blocks either nest or are disjoint, so
 * they overlap iff they agree above the larger one's size (no end address
 * is computed: a gPA block may end at 2^32). */
static int blocks_meet(uint32_t a, uint32_t asize, uint32_t b, uint32_t bsize)
{
    uint32_t big = asize > bsize ? asize : bsize;
    return ((a ^ b) & ~(big - 1)) == 0;
}

/* ---- the measurement --------------------------------------------------- */

/* Measures the regions as the hardware holds them (read back from the
 * slot's VMRGN registers), so the measurement covers what is enforced. */
static void measure_create(unsigned vmid, struct slot *s)
{
    sha_init();
    sha_word(MEASURE_TAG_CREATE);
    sha_word(s->policy);
    mtspr(SPR_VMSEL, vmid);
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        uint32_t spr = SPR_VMRGN0 + VMRGN_STRIDE * i;
        sha_word(mfspr(spr + VMRGN_GPA));
        sha_word(mfspr(spr + VMRGN_SIZE));
    }
    sha_final(s->meas);
}

/* Does the page table give a page of [hpa, hpa + size) to a VM? (It
 * agrees with the slot table; the monitor checks both.) */
static int pages_owned(uint32_t hpa, uint32_t size)
{
    for (uint32_t off = 0; off < size; off += 1u << VMPT_PAGE_SHIFT) {
        mtspr(SPR_VMPTSEL, hpa + off);
        if (mfspr(SPR_VMPTE) & VMPTE_OWNER_MASK)
            return 1;
    }
    return 0;
}

/* ---- the calls --------------------------------------------------------- */

static uint32_t vm_create(unsigned vmid, struct slot *s, uint32_t desc)
{
    uint32_t w[VMC_BYTES / 4];
    struct region r[VM_REGIONS];

    if (s->state != VMSTATE_FREE)
        return SM_ERR_STATE;
    if (!host_buf_ok(desc, VMC_BYTES, 4))
        return SM_ERR_ADDR;
    /* One read of the descriptor: everything below checks this copy. */
    for (unsigned i = 0; i < VMC_BYTES / 4; i++)
        w[i] = ((volatile const uint32_t *)desc)[i];
    dcache_flush(desc, VMC_BYTES);

    uint32_t policy = w[VMC_POLICY / 4];
    if (policy & ~(uint32_t)(POLICY_DEBUG | POLICY_NO_ENC))
        return SM_ERR_PARAM;

    uint32_t ram = ram_size();
    unsigned used = 0;
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        const uint32_t *d = &w[(VMC_REGIONS + VMC_REGION_BYTES * i) / 4];
        uint32_t gpa = d[0], size = d[1], hpa = d[2];
        if (size == 0) {
            /* unused: its other fields are ignored and recorded (and
             * measured) as zero */
            r[i].gpa = r[i].size = r[i].hpa = 0;
            continue;
        }
        if ((size & (size - 1)) || size < VM_REGION_MIN)
            return SM_ERR_REGION;
        if ((gpa | hpa) & (size - 1))
            return SM_ERR_REGION;
        /* a guest's gPA space is below the uncached alias bit: with its
         * MMU off, address bit 31 means "uncached" as on the host */
        if ((gpa | (size - 1)) & UNCACHED_ADDR_MASK)
            return SM_ERR_REGION;
        if (size > ram || hpa > ram - size)
            return SM_ERR_REGION;
        for (unsigned j = 0; j < i; j++)
            if (r[j].size && blocks_meet(gpa, size, r[j].gpa, r[j].size))
                return SM_ERR_REGION;
        r[i].gpa = gpa;
        r[i].size = size;
        r[i].hpa = hpa;
        used++;
    }
    if (!used)
        return SM_ERR_REGION;

    for (unsigned i = 0; i < VM_REGIONS; i++) {
        if (!r[i].size)
            continue;
        for (unsigned j = 0; j < i; j++)
            if (r[j].size && blocks_meet(r[i].hpa, r[i].size, r[j].hpa, r[j].size))
                return SM_ERR_OVERLAP;
        for (unsigned v = 0; v < VM_SLOTS; v++) {
            if (slots[v].state == VMSTATE_FREE)
                continue;
            for (unsigned j = 0; j < VM_REGIONS; j++) {
                const struct region *o = &slots[v].rgn[j];
                if (o->size && blocks_meet(r[i].hpa, r[i].size, o->hpa, o->size))
                    return SM_ERR_OVERLAP;
            }
        }
        if (pages_owned(r[i].hpa, r[i].size))
            return SM_ERR_OVERLAP;
    }

    /* Keys last of the checks: a fill that fails is undone (the slot's
     * keys were zero: it was free). */
    if (!trng_ready())
        return SM_ERR_ENTROPY;
    uint32_t ks = key_cmd(vmid, KEY_CMD_FILL);
    if ((ks & SU_KEY_ERROR) || !(ks & (1u << (KEY_VALID_SHIFT + vmid - 1)))) {
        key_cmd(vmid, KEY_CMD_ZERO);
        return SM_ERR_ENTROPY;
    }

    /* Commit. */
    s->policy = policy;
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        /* field by field: a struct copy would be a call to memcpy */
        s->rgn[i].gpa = r[i].gpa;
        s->rgn[i].size = r[i].size;
        s->rgn[i].hpa = r[i].hpa;
    }
    hw_regions(vmid, r);
    /* private, and encrypted unless the policy turns encryption off, until
     * the guest says otherwise */
    uint32_t pte = vmid | (policy & POLICY_NO_ENC ? 0 : VMPTE_ENC);
    for (unsigned i = 0; i < VM_REGIONS; i++)
        if (r[i].size) {
            hw_pages(r[i].hpa, r[i].size, pte);
            scrub(&r[i]);
        }
    s->state = VMSTATE_CREATED;
    hw_state(vmid, VMSTATE_CREATED);
    measure_create(vmid, s);
    return SM_OK;
}

static uint32_t vm_add_page(struct slot *s, uint32_t gpa, uint32_t page, uint32_t attr)
{
    if (s->state != VMSTATE_CREATED)
        return SM_ERR_STATE;
    if (gpa & (MEASURE_PAGE - 1))
        return SM_ERR_PARAM;
    const struct region *r = 0;
    for (unsigned i = 0; i < VM_REGIONS; i++)
        if (s->rgn[i].size && (gpa & ~(s->rgn[i].size - 1)) == s->rgn[i].gpa)
            r = &s->rgn[i];
    if (!r)
        return SM_ERR_PARAM;
    if (!host_buf_ok(page, MEASURE_PAGE, MEASURE_PAGE))
        return SM_ERR_ADDR;
    if (attr != 0)
        return SM_ERR_PARAM;

    /* Copy a line at a time, hashing what is written; each line then goes
     * to RAM (DCBFR), out of the I-cache (ICBIR), and the host's source
     * line out of the D-cache. */
    uint32_t hpa = r->hpa + (gpa - r->gpa);
    uint32_t page_hash[SHA_WORDS];
    sha_init();
    for (uint32_t off = 0; off < MEASURE_PAGE; off += CACHE_LINE_BYTES) {
        volatile const uint32_t *src = (volatile const uint32_t *)(page + off);
        volatile uint32_t *dst = (volatile uint32_t *)(hpa + off);
        for (unsigned i = 0; i < LINE_WORDS; i++) {
            uint32_t v = src[i];
            dst[i] = v;
            sha_word(v);
        }
        mtspr(SPR_DCBFR, hpa + off);
        mtspr(SPR_ICBIR, hpa + off);
        mtspr(SPR_DCBFR, page + off);
    }
    sha_final(page_hash);

    /* Mi = SHA-256(M(i-1) || PAGE || gPA || attr || SHA-256(page)) */
    sha_init();
    for (unsigned i = 0; i < SHA_WORDS; i++)
        sha_word(s->meas[i]);
    sha_word(MEASURE_TAG_PAGE);
    sha_word(gpa);
    sha_word(attr);
    for (unsigned i = 0; i < SHA_WORDS; i++)
        sha_word(page_hash[i]);
    sha_final(s->meas);
    return SM_OK;
}

static uint32_t vm_launch(unsigned vmid, struct slot *s)
{
    if (s->state != VMSTATE_CREATED)
        return SM_ERR_STATE;
    s->state = VMSTATE_LAUNCHED;
    hw_state(vmid, VMSTATE_LAUNCHED);
    return SM_OK;
}

static uint32_t vm_destroy(unsigned vmid, struct slot *s)
{
    if (s->state != VMSTATE_CREATED && s->state != VMSTATE_LAUNCHED)
        return SM_ERR_STATE;
    /* Scrub while the slot still keeps the host out, under the entries as
     * they are: a dirty guest line our stores evict goes back encrypted if
     * its page is ENC, and our own zero lines are flushed (DCBFR), so no
     * line of the regions is left in either cache. */
    for (unsigned i = 0; i < VM_REGIONS; i++)
        if (s->rgn[i].size)
            scrub(&s->rgn[i]);
    /* An ENC page now holds zeros encrypted under the VM's key: its entry
     * drops ENC (the owner stays, so the host still cannot reach it) and
     * the page is zeroed once more, raw, so the host gets back zeros. The
     * lines written back are ours and zero: no guest data leaves
     * unencrypted. */
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        const struct region *r = &s->rgn[i];
        for (uint32_t off = 0; off < r->size; off += 1u << VMPT_PAGE_SHIFT) {
            uint32_t e = page_entry(r->hpa + off);
            if (!(e & VMPTE_ENC))
                continue;
            mtspr(SPR_VMPTSEL, r->hpa + off);
            mtspr(SPR_VMPTE, e & ~(uint32_t)VMPTE_ENC);
            zero_page(r->hpa + off);
        }
    }
    key_cmd(vmid, KEY_CMD_ZERO);
    hw_state(vmid, VMSTATE_FREE);
    hw_regions(vmid, 0);
    /* The scrub dropped every cache line of the VM (ours act whatever a
     * line's tag); its TLB entries go too, before the VMID can be reused
     * (the host's go with them: it refills them on its misses). */
    hw_tlbs_clear();
    for (unsigned i = 0; i < VM_REGIONS; i++)
        if (s->rgn[i].size)
            hw_pages(s->rgn[i].hpa, s->rgn[i].size, 0);
    s->state = VMSTATE_FREE;
    s->policy = 0;
    for (unsigned i = 0; i < VM_REGIONS; i++)
        s->rgn[i].gpa = s->rgn[i].size = s->rgn[i].hpa = 0;
    for (unsigned i = 0; i < SHA_WORDS; i++)
        s->meas[i] = 0;
    return SM_OK;
}

/* The hPA of the 4 KiB page at `gpa` (aligned) in slot s's regions, or 1
 * (never a page address) if no region holds it. */
uint32_t page_hpa(const struct slot *s, uint32_t gpa)
{
    for (unsigned i = 0; i < VM_REGIONS; i++) {
        const struct region *r = &s->rgn[i];
        if (r->size && (gpa & ~(r->size - 1)) == r->gpa)
            return r->hpa + (gpa - r->gpa);
    }
    return 1;
}

/* SMC_PAGE_ATTR from guest `vmid` (its VMCR's, never an argument): the
 * attributes of `n` pages from `gpa`, each of which must be the caller's.
 * Every page is checked before the first entry changes. */
static uint32_t page_attr(unsigned vmid, const struct slot *s, uint32_t gpa, uint32_t n, uint32_t attr)
{
    const uint32_t page = 1u << VMPT_PAGE_SHIFT;
    if (s->state != VMSTATE_LAUNCHED)
        return SM_ERR_STATE; /* a running guest's slot is launched */
    if (attr & ~(uint32_t)(VMPTE_ENC | VMPTE_HR | VMPTE_HW))
        return SM_ERR_PARAM;
    /* the host must not plant plaintext the guest decrypts */
    if ((attr & VMPTE_HW) && (attr & VMPTE_ENC))
        return SM_ERR_PARAM;
    /* a VM whose policy turns encryption off keeps it off */
    if ((attr & VMPTE_ENC) && (s->policy & POLICY_NO_ENC))
        return SM_ERR_PARAM;
    if ((gpa & (page - 1)) || n == 0 || n > VMPT_PAGES)
        return SM_ERR_PARAM;
    /* A range that wraps past 2^32 crosses gPAs at or above the uncached
     * alias bit, which no region holds: it fails here too. */
    for (uint32_t i = 0; i < n; i++)
        if (page_hpa(s, gpa + i * page) == 1)
            return SM_ERR_PARAM;

    /* Commit, a page at a time: its lines (anybody's: ours act whatever
     * the tag) go back to RAM under the old attributes before the entry
     * changes, so no line filled or dirtied under them outlives it (a
     * host line of a page it may no longer reach, a line written back
     * unencrypted into a page that turns ENC). A page whose ENC changes
     * is then re-encoded, so its contents read the same under the new
     * entry. */
    for (uint32_t i = 0; i < n; i++) {
        uint32_t hpa = page_hpa(s, gpa + i * page);
        dcache_flush(hpa, page);
        uint32_t pte = vmid | attr;
        if ((page_entry(hpa) ^ pte) & VMPTE_ENC) {
            page_reencode(hpa, pte);
        } else {
            mtspr(SPR_VMPTSEL, hpa);
            mtspr(SPR_VMPTE, pte);
        }
    }
    return SM_OK;
}

static uint32_t vm_measurement(struct slot *s, uint32_t buf)
{
    if (s->state != VMSTATE_LAUNCHED)
        return SM_ERR_STATE;
    if (!host_buf_ok(buf, MEAS_BYTES, 4))
        return SM_ERR_ADDR;
    /* The digest's words in order are its bytes (big-endian core). */
    for (unsigned i = 0; i < SHA_WORDS; i++)
        ((volatile uint32_t *)buf)[i] = s->meas[i];
    dcache_flush(buf, MEAS_BYTES);
    return SM_OK;
}

void sm_init(void)
{
    for (unsigned v = 1; v <= VM_SLOTS; v++) {
        hw_state(v, VMSTATE_FREE);
        hw_regions(v, 0);
        key_cmd(v, KEY_CMD_ZERO);
    }
    /* the table is block RAM, which a warm reset does not clear; nor does
     * it clear the TLBs, whose entries may carry a VMID of before it */
    hw_pages(0, ram_size(), 0);
    hw_tlbs_clear();
    attest_init();
}

uint32_t sm_call(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d, uint32_t caller_vmcr)
{
    switch (fn) {
    case SMC_VERSION:
    case SMC_VM_CREATE:
    case SMC_VM_ADD_PAGE:
    case SMC_VM_LAUNCH:
    case SMC_VM_DESTROY:
    case SMC_VM_MEASUREMENT:
    case SMC_PAGE_ATTR:
    case SMC_DEVICE_CERT:
    case SMC_ATTEST_REPORT:
    case SMC_MEASURE_HV:
        break;
    default:
        return SM_ERR_FUNC;
    }
    /* A guest may only set its own pages' attributes; the host may not
     * (it would open a VM's pages to itself). A report is a guest's (the
     * host cannot request a report for a VM); the hypervisor measurement
     * the host's; the certificate anybody's. */
    if (caller_vmcr & VMCR_GUEST) {
        unsigned vmid = (caller_vmcr & VMCR_VMID_MASK) >> VMCR_VMID_SHIFT;
        if (fn != SMC_PAGE_ATTR && fn != SMC_DEVICE_CERT && fn != SMC_ATTEST_REPORT)
            return SM_ERR_UNSUPPORTED;
        if (vmid == 0 || vmid > VM_SLOTS)
            return SM_ERR_VMID; /* no hardware gives a guest this VMCR */
        const struct slot *gs = &slots[vmid - 1];
        if (fn == SMC_DEVICE_CERT)
            return attest_cert_guest(gs, a);
        if (fn == SMC_ATTEST_REPORT)
            return attest_report(vmid, gs, a, b);
        return page_attr(vmid, gs, a, b, c);
    }
    if (fn == SMC_PAGE_ATTR || fn == SMC_ATTEST_REPORT)
        return SM_ERR_UNSUPPORTED;
    if (fn == SMC_VERSION)
        return SM_OK;
    if (fn == SMC_DEVICE_CERT)
        return attest_cert_host(a);
    if (fn == SMC_MEASURE_HV)
        return attest_measure_hv(a, b, c);
    if (a == 0 || a > VM_SLOTS)
        return SM_ERR_VMID;
    struct slot *s = &slots[a - 1];
    switch (fn) {
    case SMC_VM_CREATE:
        return vm_create(a, s, b);
    case SMC_VM_ADD_PAGE:
        return vm_add_page(s, b, c, d);
    case SMC_VM_LAUNCH:
        return vm_launch(a, s);
    case SMC_VM_DESTROY:
        return vm_destroy(a, s);
    default:
        return vm_measurement(s, b);
    }
}

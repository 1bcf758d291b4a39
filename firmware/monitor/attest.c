/* Attestation (docs/ATTESTATION.md): the device key, the device
 * certificate, the hypervisor measurement and the guest's signed report.
 *
 * The device key d is derived at boot from the root secret, which is then
 * locked away until reset; d stays in the monitor's SRAM, which only the
 * monitor reaches. Every call validates before its first write, so a
 * failed call changes nothing; every RAM line the monitor touches goes
 * back to RAM and out of the D-cache before it returns (sm.c). */
#include "sm.h"

_Static_assert(REPORT_BYTES == 320 && REPORT_SIGNED == REPORT_OFF_SIG && REPORT_OFF_PUBKEY + 64 == REPORT_OFF_SIG,
               "the report's layout");
_Static_assert(CERT_BYTES % 4 == 0 && CERT_OFF_PUBKEY % 4 == 0, "the certificate is read in words");
_Static_assert(REPORT_BYTES <= sizeof page_buf, "the report is built in page_buf");

#define PG (1u << VMPT_PAGE_SHIFT)
#define RW(off) ((off) / 4) /* a report field's word index */

static uint32_t devkey[ECC_WORDS]; /* d */
static uint32_t rom_meas[SHA_WORDS];
static uint32_t rom_measured;
static uint32_t hv_meas[SHA_WORDS], hv_base, hv_size, hv_count;

/* ---- boot --------------------------------------------------------------- */

void attest_init(void)
{
    uint32_t root[SHA_WORDS];
    for (unsigned i = 0; i < SHA_WORDS; i++)
        root[i] = SU_REG(SU_ID_SECRET + 4 * i);
    for (uint32_t i = 0;; i++) {
        sha_init();
        sha_word(DEVKEY_TAG);
        sha_word(i);
        for (unsigned j = 0; j < SHA_WORDS; j++)
            sha_word(root[j]);
        sha_final(devkey);
        if (ecc_scalar_ok(devkey))
            break;
    }
    for (unsigned i = 0; i < SHA_WORDS; i++)
        ((volatile uint32_t *)root)[i] = 0;
    sha_scrub();
    SU_REG(SU_ID_LOCK) = 1;
}

/* ---- guest memory -------------------------------------------------------- */

/* [gpa, gpa + len) for the calling guest s: word-aligned, every 4 KiB page
 * in its regions (across regions only where they meet in gPA), and for an
 * output (`out`) no page the host may write (VMPTE_HW). */
static int guest_range_ok(const struct slot *s, uint32_t gpa, uint32_t len, int out)
{
    if (gpa & 3)
        return 0;
    /* a region lies below 2^31, so a range past its first page's check
     * cannot wrap */
    uint32_t last = (gpa + len - 1) & ~(PG - 1);
    for (uint32_t p = gpa & ~(PG - 1);; p += PG) {
        uint32_t h = page_hpa(s, p);
        if (h == 1)
            return 0;
        if (out && (page_entry(h) & VMPTE_HW))
            return 0;
        if (p == last)
            return 1;
    }
}

/* The hPA of the guest word at gpa (checked by guest_range_ok). */
static volatile uint32_t *guest_word(const struct slot *s, uint32_t gpa)
{
    return (volatile uint32_t *)(page_hpa(s, gpa & ~(PG - 1)) + (gpa & (PG - 1)));
}

/* Copies words between the monitor and a guest through the D-cache (a
 * guest's dirty line at the address is written back by our miss; the
 * memory-encryption engine encrypts and decrypts an ENC page's lines);
 * each line goes back to RAM and out of the D-cache after its last word. */
static void guest_copy(const struct slot *s, uint32_t gpa, uint32_t *buf, uint32_t words, int write)
{
    for (uint32_t i = 0; i < words; i++) {
        uint32_t a = gpa + 4 * i;
        volatile uint32_t *p = guest_word(s, a);
        if (write)
            *p = buf[i];
        else
            buf[i] = *p;
        if (((a + 4) & (CACHE_LINE_BYTES - 1)) == 0 || i == words - 1)
            mtspr(SPR_DCBFR, (uint32_t)p);
    }
}

/* ---- the calls ------------------------------------------------------------ */

static void cert_words(uint32_t *w)
{
    for (unsigned i = 0; i < CERT_BYTES / 4; i++)
        w[i] = SU_REG(SU_ID_CERT + 4 * i);
}

uint32_t attest_cert_host(uint32_t buf)
{
    if (!host_buf_ok(buf, CERT_BYTES, 4))
        return SM_ERR_ADDR;
    cert_words((uint32_t *)buf);
    dcache_flush(buf, CERT_BYTES);
    return SM_OK;
}

uint32_t attest_cert_guest(const struct slot *s, uint32_t gpa)
{
    if (s->state != VMSTATE_LAUNCHED)
        return SM_ERR_STATE;
    if (!guest_range_ok(s, gpa, CERT_BYTES, 1))
        return SM_ERR_PARAM;
    cert_words(page_buf);
    guest_copy(s, gpa, page_buf, CERT_BYTES / 4, 1);
    return SM_OK;
}

uint32_t attest_measure_hv(uint32_t base, uint32_t size, uint32_t buf)
{
    if ((size & 3) || size == 0 || !host_buf_ok(base, size, 4))
        return SM_ERR_ADDR;
    if (!host_buf_ok(buf, SHA_WORDS * 4, 4))
        return SM_ERR_ADDR;
    /* M = SHA-256(BE32(MEASURE_TAG_HV) || BE32(base) || BE32(size) || bytes),
     * read through the D-cache a word at a time, each line flushed */
    sha_init();
    sha_word(MEASURE_TAG_HV);
    sha_word(base);
    sha_word(size);
    for (uint32_t off = 0; off < size; off += 4) {
        sha_word(*(volatile const uint32_t *)(base + off));
        if (((base + off + 4) & (CACHE_LINE_BYTES - 1)) == 0 || off + 4 == size)
            mtspr(SPR_DCBFR, base + off);
    }
    sha_final(hv_meas);
    hv_base = base;
    hv_size = size;
    hv_count++;
    for (unsigned i = 0; i < SHA_WORDS; i++)
        ((volatile uint32_t *)buf)[i] = hv_meas[i];
    dcache_flush(buf, SHA_WORDS * 4);
    return SM_OK;
}

/* The ROM's measurement, once: SHA-256(BE32(MEASURE_TAG_ROM) ||
 * BE32(SM_ROM_SIZE) || the ROM) */
static void rom_measure(void)
{
    if (rom_measured)
        return;
    sha_init();
    sha_word(MEASURE_TAG_ROM);
    sha_word(SM_ROM_SIZE);
    for (uint32_t off = 0; off < SM_ROM_SIZE; off += 4)
        sha_word(*(volatile const uint32_t *)(SM_ROM_BASE + off));
    sha_final(rom_meas);
    rom_measured = 1;
}

/* Draws KEY_WORDS words into SU_RNG_DATA; 0 if the TRNG failed. */
static int rng_draw(void)
{
    return trng_ready() && !(key_cmd(0, KEY_CMD_RNG) & SU_KEY_ERROR);
}

uint32_t attest_report(unsigned vmid, const struct slot *s, uint32_t data_gpa, uint32_t out_gpa)
{
    if (s->state != VMSTATE_LAUNCHED)
        return SM_ERR_STATE; /* a running guest's slot is launched */
    if (!guest_range_ok(s, data_gpa, REPORT_DATA_BYTES, 0) || !guest_range_ok(s, out_gpa, REPORT_BYTES, 1))
        return SM_ERR_PARAM;
    if (!rng_draw())
        return SM_ERR_ENTROPY;
    uint32_t ad[ECC_WORDS];
    for (unsigned i = 0; i < ECC_WORDS; i++)
        ad[i] = SU_REG(SU_RNG_DATA + 4 * i);

    uint32_t *w = page_buf;
    rom_measure();
    guest_copy(s, data_gpa, &w[RW(REPORT_OFF_DATA)], REPORT_DATA_BYTES / 4, 0);
    w[RW(REPORT_OFF_MAGIC)] = REPORT_MAGIC;
    w[RW(REPORT_OFF_VERSION)] = REPORT_VERSION;
    w[RW(REPORT_OFF_VMID)] = vmid;
    w[RW(REPORT_OFF_POLICY)] = s->policy;
    for (unsigned i = 0; i < SHA_WORDS; i++) {
        w[RW(REPORT_OFF_LAUNCH) + i] = s->meas[i];
        w[RW(REPORT_OFF_ROM) + i] = rom_meas[i];
        w[RW(REPORT_OFF_HV) + i] = hv_meas[i];
    }
    w[RW(REPORT_OFF_HV_BASE)] = hv_base;
    w[RW(REPORT_OFF_HV_SIZE)] = hv_size;
    w[RW(REPORT_OFF_HV_COUNT)] = hv_count;
    w[RW(REPORT_OFF_RESERVED)] = 0;
    for (unsigned i = 0; i < 16; i++)
        w[RW(REPORT_OFF_PUBKEY) + i] = SU_REG(SU_ID_CERT + CERT_OFF_PUBKEY + 4 * i);

    uint32_t z[SHA_WORDS];
    sha_init();
    sha_bytes(w, REPORT_SIGNED);
    sha_final(z);
    ecdsa_sign(devkey, z, ad, &w[RW(REPORT_OFF_SIG)], &w[RW(REPORT_OFF_SIG) + ECC_WORDS]);
    for (unsigned i = 0; i < ECC_WORDS; i++)
        ((volatile uint32_t *)ad)[i] = 0;

    guest_copy(s, out_gpa, w, REPORT_BYTES / 4, 1);
    return SM_OK;
}

/* Attestation (docs/ATTESTATION.md; or1k-arch "Device certificate",
 * "Attestation report"): the device certificate, the hypervisor
 * measurement and guests' signed reports, on the device.
 *
 *   - the host reads the certificate (SMC_DEVICE_CERT); bad buffers are
 *     SM_ERR_ADDR and nothing is written
 *   - SMC_MEASURE_HV over a range of the host's code: the digest a software
 *     SHA-256 computes; bad ranges and buffers: SM_ERR_ADDR, nothing
 *     written, nothing recorded (the reports' HV fields name the last good
 *     one and the count of good ones)
 *   - SMC_ATTEST_REPORT from the host: SM_ERR_UNSUPPORTED; SMC_MEASURE_HV
 *     from a guest: SM_ERR_UNSUPPORTED
 *   - a guest (share-guest.c, the commander of sharing.c) gets a report
 *     into its private page (and across two of its regions that meet in
 *     gPA); into a page it opened with VMPTE_HW, another VM's gPA, outside
 *     its regions, misaligned, running past its region: SM_ERR_PARAM and
 *     nothing written
 *   - every field: magic, version, VMID, policy, the launch measurement
 *     (SMC_VM_MEASUREMENT's), the ROM measurement (the same in every
 *     report), the HV fields, the data, the public key (the certificate's),
 *     reserved 0; two reports over the same data differ in their signature
 *     only (the hedged nonce)
 *   - a guest's SMC_DEVICE_CERT: the host's certificate
 *   - no buffer any call returned, nor the host's RAM, holds the test root
 *     secret's or the test device key's first 8 bytes (secure-unit
 *     identity.rs TEST_ROOT_SECRET; the key derived offline from it)
 *
 * Prints `cert <272 hex>` and `report vmN <640 hex>` lines for a verifier
 * (scripts check the signatures with the Rust verifier).
 * Run: vmsp-iss run --mee --monitor build/firmware/monitor/sm.elf attest.elf
 * (the VMs are in the program's heap: no --ram-size needed). */
#include "vmattack.h"
#include "share.h"

#define A_ID 1
#define B_ID 2
#define RGN 0x4000u     /* every region: 16 KiB */
#define A1_GPA 0x10000u /* A: test pages, two regions back to back in gPA (not in hPA) */
#define A2_GPA 0x14000u
#define B1_GPA 0x20000u
#define PG 0x1000u
#define ENC VMPTE_ENC
#define HR VMPTE_HR
#define HW VMPTE_HW
#define RWORDS (REPORT_BYTES / 4)
#define CWORDS (CERT_BYTES / 4)

/* TEST VALUES, NOT SECRET: TEST_ROOT_SECRET's first 8 bytes
 * (secure-unit/src/identity.rs) and those of the device key derived from
 * it, SHA-256(BE32(DEVKEY_TAG) || BE32(0) || root) (its i = 0 is < n),
 * each byte XORed with SECRET_MASK so that the program's own image holds
 * no copy for the scan to find */
#define SECRET_MASK 0x5au
static const uint8_t secrets_inv[2][8] = {
    {0x23 ^ SECRET_MASK, 0xa9 ^ SECRET_MASK, 0x17 ^ SECRET_MASK, 0xef ^ SECRET_MASK, 0xc3 ^ SECRET_MASK,
     0x1f ^ SECRET_MASK, 0x14 ^ SECRET_MASK, 0x3f ^ SECRET_MASK},
    {0x07 ^ SECRET_MASK, 0xb0 ^ SECRET_MASK, 0xac ^ SECRET_MASK, 0xcd ^ SECRET_MASK, 0x60 ^ SECRET_MASK,
     0x30 ^ SECRET_MASK, 0x97 ^ SECRET_MASK, 0x23 ^ SECRET_MASK},
};

extern char __heap_start[], __heap_end[], __stack_top[], _end[];
static uint32_t vmbase;

struct vm {
    uint32_t id;
    const char *name;
    uint32_t rgn[3][3]; /* gPA, size, hPA (hPA: an offset from vmbase) */
    uint32_t policy;
};
static struct vm A = {A_ID, "A", {{0, RGN, 0x0000}, {A1_GPA, RGN, 0x8000}, {A2_GPA, RGN, 0x4000}}, 0};
static struct vm B = {B_ID, "B", {{0, RGN, 0xc000}, {B1_GPA, RGN, 0x10000}, {0, 0, 0}}, POLICY_DEBUG};
#define VM_SPAN 0x14000u

VMTEST_GUEST_IMAGE("share-guest.bin");
VMTEST_RUN_GUEST;

/* ---- the guest's commands (share.h) -------------------------------------- */

static void enter(const struct vm *vm, uint32_t answer)
{
    CHK("l.vmenter accepted", run_guest(vm->id, answer), 0);
    read_exit();
    CHK("the exit: a hypercall of this VM", xcause, EXIT_VMCALL | vm->id << VMEXIT_VMID_SHIFT);
}

static uint32_t gok(const struct vm *vm, uint32_t cmd, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3)
{
    const uint32_t a[SG_NARGS] = {a0, a1, a2, a3};
    enter(vm, cmd);
    for (uint32_t i = 0; i < SG_NARGS; i++) {
        CHK("the guest asks for an argument", xinfo[0], SHC_ARG);
        CHK("its number", xinfo[1], i);
        enter(vm, a[i]);
    }
    CHK("the guest's result (no exception)", xinfo[0], SHC_RESULT);
    CHK("no exception in the guest", xinfo[5], 0);
    return xinfo[1];
}
#define g_load(vm, a) gok(vm, SG_LOAD, a, 0, 0, 0)
#define g_fill(vm, a, n, seed) gok(vm, SG_FILL, a, n, seed, 0)
#define g_check(vm, a, n, seed) gok(vm, SG_CHECK, a, n, seed, 0)
#define g_smc(vm, fn, a, b, c) gok(vm, SG_SMC, fn, a, b, c)

static void g_read(const struct vm *vm, uint32_t gpa, uint32_t *out, uint32_t words)
{
    for (uint32_t i = 0; i < words; i++)
        out[i] = g_load(vm, gpa + 4 * i);
}

static struct vmc desc;

static void vm_start(const struct vm *vm)
{
    CONTEXT("creating VM %s", vm->name);
    memset(&desc, 0, sizeof desc);
    desc.policy = vm->policy;
    for (int i = 0; i < 3; i++) {
        desc.r[i].gpa = vm->rgn[i][0];
        desc.r[i].size = vm->rgn[i][1];
        desc.r[i].hpa = vm->rgn[i][1] ? vmbase + vm->rgn[i][2] : 0;
    }
    vm_load(vm->id, &desc, guest_image, guest_image_bytes);
    CHK("SMC_VM_LAUNCH", smc(SMC_VM_LAUNCH, vm->id, 0, 0, 0), SM_OK);
    enter(vm, 0);
    CHK("the guest is ready", xinfo[0], SHC_READY);
    gok(vm, SG_SR, 0, SR_DCE | SR_ICE, 0, 0);
}

#include "swsha.h"

/* ---- helpers ------------------------------------------------------------ */

static void print_hex(const char *label, const uint32_t *w, uint32_t words)
{
    printf("%s ", label);
    for (uint32_t i = 0; i < words; i++)
        printf("%08lx", (unsigned long)w[i]);
    printf("\n");
}

/* Searches bytes [addr, addr + len) for either test secret's first 8 bytes. */
static uint32_t secret_hits(uint32_t addr, uint32_t len)
{
    const volatile uint8_t *b = (const volatile uint8_t *)addr;
    uint32_t hits = 0;
    for (uint32_t i = 0; i + 8 <= len; i++)
        for (int s = 0; s < 2; s++) {
            uint32_t j = 0;
            while (j < 8 && (uint32_t)(b[i + j] ^ SECRET_MASK) == (uint32_t)secrets_inv[s][j])
                j++;
            hits += j == 8;
        }
    return hits;
}

#define FILL 0xf111u   /* the seed of a refused output's pattern */
#define DATA_A 0xda7au /* the seeds of the report data */
#define DATA_B 0xdb7bu

static uint32_t cert[CWORDS + 2]; /* + two guard words */
static uint32_t hvbuf[8 + 2];
static uint32_t hv_good[8], hv_good_base, hv_good_size, hv_good_count;
static uint32_t meas_a[8], meas_b[8];
static uint32_t rep[4][RWORDS]; /* A, A again, A across its regions, B */
static uint32_t gcert[CWORDS];

/* ---- the certificate and the hypervisor measurement (host) ---------------- */

static void host_cert(void)
{
    CONTEXT("the host's SMC_DEVICE_CERT");
    for (uint32_t i = 0; i < CWORDS + 2; i++)
        cert[i] = 0xeeeeeeee;
    CHK("SMC_DEVICE_CERT", smc(SMC_DEVICE_CERT, (uint32_t)cert, 0, 0, 0), SM_OK);
    CHK("magic", cert[CERT_OFF_MAGIC / 4], CERT_MAGIC);
    CHK("version", cert[CERT_OFF_VERSION / 4], CERT_VERSION);
    CHK("the guard words kept", cert[CWORDS] == 0xeeeeeeee && cert[CWORDS + 1] == 0xeeeeeeee, 1);
    print_hex("cert", cert, CWORDS);

    static uint32_t other[CWORDS + 4];
    for (uint32_t i = 0; i < CWORDS + 4; i++)
        other[i] = 0x5555aaaa;
    CHK("misaligned buffer: SM_ERR_ADDR", smc(SMC_DEVICE_CERT, (uint32_t)other + 2, 0, 0, 0), SM_ERR_ADDR);
    CHK("buffer outside RAM: SM_ERR_ADDR", smc(SMC_DEVICE_CERT, SIM_RAM_MAX, 0, 0, 0), SM_ERR_ADDR);
    CHK("buffer past 2^32: SM_ERR_ADDR", smc(SMC_DEVICE_CERT, 0xfffffff0u, 0, 0, 0), SM_ERR_ADDR);
    CHK("buffer in VM A: SM_ERR_ADDR", smc(SMC_DEVICE_CERT, vmbase + 0x8000, 0, 0, 0), SM_ERR_ADDR);
    CHK("buffer straddling into VM A: SM_ERR_ADDR", smc(SMC_DEVICE_CERT, vmbase - 64, 0, 0, 0), SM_ERR_ADDR);
    for (uint32_t i = 0; i < CWORDS + 4; i++)
        CHK("failed calls wrote nothing", other[i], 0x5555aaaa);
    printf("host: SMC_DEVICE_CERT: the certificate (magic, version); misaligned, outside RAM, in or into a VM: "
           "refused (SM_ERR_ADDR, nothing written)\n");
}

static void expect_hv(uint32_t out[8], uint32_t base, uint32_t size)
{
    struct sw_sha s;
    sw_init(&s);
    sw_word(&s, MEASURE_TAG_HV);
    sw_word(&s, base);
    sw_word(&s, size);
    for (uint32_t off = 0; off < size; off += 4)
        sw_word(&s, *(volatile const uint32_t *)(base + off));
    sw_final(&s, out);
}

int main(void);

static void measure_ok(uint32_t base, uint32_t size)
{
    uint32_t want[8];
    for (int i = 0; i < 10; i++)
        hvbuf[i] = 0xeeeeeeee;
    CHK("SMC_MEASURE_HV", smc(SMC_MEASURE_HV, base, size, (uint32_t)hvbuf, 0), SM_OK);
    expect_hv(want, base, size);
    for (int i = 0; i < 8; i++)
        CHK("the digest: a software SHA-256's", hvbuf[i], want[i]);
    CHK("the guard words kept", hvbuf[8] == 0xeeeeeeee && hvbuf[9] == 0xeeeeeeee, 1);
    for (int i = 0; i < 8; i++)
        hv_good[i] = hvbuf[i];
    hv_good_base = base;
    hv_good_size = size;
    hv_good_count++;
}

static void host_measure(void)
{
    const uint32_t code = (uint32_t)main & ~(uint32_t)(PG - 1), size = 2 * PG;
    CONTEXT("the host's SMC_MEASURE_HV");
    measure_ok(0x100, 0x10); /* an earlier one: a report names the latest */
    measure_ok(code, size);
    print_hex("hv", hvbuf, 8);

    static const struct {
        const char *what;
        uint32_t base, size, buf_off; /* buf_off: hvbuf + this, or ~0: the buffer is `base` of a bad kind */
    } bad[] = {
        {"a size of 0", 0x1000, 0, 0},
        {"a misaligned base", 0x1002, 0x100, 0},
        {"a misaligned size", 0x1000, 0x102, 0},
        {"a range outside RAM", SIM_RAM_MAX, 0x100, 0},
        {"a range past 2^32 (overflow)", 0xfffff000u, 0x2000, 0},
        {"a huge size (overflow)", 0x1000, 0xfffff000u, 0},
        {"a range into VM A", 0, 0, 0},         /* filled in below */
        {"a misaligned buffer", 0x1000, 0x100, 2},
        {"a buffer outside RAM", 0x1000, 0x100, 1},
        {"a buffer in VM A", 0x1000, 0x100, 3},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t base = bad[i].base, size = bad[i].size, buf = (uint32_t)hvbuf;
        if (i == 6) {
            base = vmbase - PG;
            size = 2 * PG;
        }
        if (bad[i].buf_off == 2)
            buf += 2;
        else if (bad[i].buf_off == 1)
            buf = SIM_RAM_MAX;
        else if (bad[i].buf_off == 3)
            buf = vmbase + 0x8000;
        CONTEXT("the host's SMC_MEASURE_HV with %s", bad[i].what);
        for (int j = 0; j < 10; j++)
            hvbuf[j] = 0xeeeeeeee;
        CHK("SM_ERR_ADDR", smc(SMC_MEASURE_HV, base, size, buf, 0), SM_ERR_ADDR);
        for (int j = 0; j < 10; j++)
            CHK("nothing written", hvbuf[j], 0xeeeeeeee);
        printf("host: SMC_MEASURE_HV with %s: refused (SM_ERR_ADDR, nothing written)\n", bad[i].what);
    }
    printf("host: SMC_MEASURE_HV of 0x%lx bytes of its code at 0x%08lx: the digest a software SHA-256 computes\n",
           (unsigned long)size, (unsigned long)code);

    CONTEXT("the host asks for a report");
    static uint32_t out[RWORDS];
    for (uint32_t i = 0; i < RWORDS; i++)
        out[i] = 0x77777777;
    CHK("SMC_ATTEST_REPORT from the host: SM_ERR_UNSUPPORTED",
        smc(SMC_ATTEST_REPORT, (uint32_t)hvbuf, (uint32_t)out, 0, 0), SM_ERR_UNSUPPORTED);
    CHK("with a VMID in r4: SM_ERR_UNSUPPORTED", smc(SMC_ATTEST_REPORT, A_ID, A1_GPA, A1_GPA + 0x100, 0),
        SM_ERR_UNSUPPORTED);
    for (uint32_t i = 0; i < RWORDS; i++)
        CHK("nothing written", out[i], 0x77777777);
    CHK("function SMC_MEASURE_HV + 1: SM_ERR_FUNC", smc(SMC_MEASURE_HV + 1, 0, 0, 0, 0), SM_ERR_FUNC);
    printf("host: SMC_ATTEST_REPORT: refused (SM_ERR_UNSUPPORTED: the host cannot request a report for a VM)\n");
}

/* ---- reports (guests) ------------------------------------------------------------- */

/* A report out of guest vm: data (16 words SG_WORD(seed, i)) at data_gpa,
 * output at out_gpa, read back into r. */
static void report(const struct vm *vm, uint32_t data_gpa, uint32_t seed, uint32_t out_gpa, uint32_t *r)
{
    g_fill(vm, data_gpa, REPORT_DATA_BYTES / 4, seed);
    g_fill(vm, out_gpa, RWORDS, FILL);
    CHK("SMC_ATTEST_REPORT", g_smc(vm, SMC_ATTEST_REPORT, data_gpa, out_gpa, 0), SM_OK);
    g_read(vm, out_gpa, r, RWORDS);
    CHK("the data still there", g_check(vm, data_gpa, REPORT_DATA_BYTES / 4, seed), 0);
}

static void check_report(const struct vm *vm, const uint32_t *r, uint32_t seed, const uint32_t *meas)
{
    CONTEXT("guest %s's report: its fields", vm->name);
    CHK("magic", r[REPORT_OFF_MAGIC / 4], REPORT_MAGIC);
    CHK("version", r[REPORT_OFF_VERSION / 4], REPORT_VERSION);
    CHK("VMID", r[REPORT_OFF_VMID / 4], vm->id);
    CHK("policy", r[REPORT_OFF_POLICY / 4], vm->policy);
    for (int i = 0; i < 8; i++) {
        CHK("launch measurement: SMC_VM_MEASUREMENT's", r[REPORT_OFF_LAUNCH / 4 + i], meas[i]);
        CHK("the HV measurement: the latest", r[REPORT_OFF_HV / 4 + i], hv_good[i]);
        CHK("the ROM measurement: the same in every report", r[REPORT_OFF_ROM / 4 + i], rep[0][REPORT_OFF_ROM / 4 + i]);
    }
    CHK("HV base", r[REPORT_OFF_HV_BASE / 4], hv_good_base);
    CHK("HV size", r[REPORT_OFF_HV_SIZE / 4], hv_good_size);
    CHK("HV count: the good measurements", r[REPORT_OFF_HV_COUNT / 4], hv_good_count);
    CHK("reserved", r[REPORT_OFF_RESERVED / 4], 0);
    for (uint32_t i = 0; i < REPORT_DATA_BYTES / 4; i++)
        CHK("the data", r[REPORT_OFF_DATA / 4 + i], SG_WORD(seed, i));
    for (int i = 0; i < 16; i++)
        CHK("the public key: the certificate's", r[REPORT_OFF_PUBKEY / 4 + i], cert[CERT_OFF_PUBKEY / 4 + i]);
    uint32_t any = 0;
    for (int i = 0; i < 8; i++)
        any |= r[REPORT_OFF_ROM / 4 + i];
    CHK("the ROM measurement is not zero", any != 0, 1);
    any = 0;
    for (int i = 0; i < 8; i++)
        any |= r[REPORT_OFF_SIG / 4 + i];
    CHK("r is not zero", any != 0, 1);
    any = 0;
    for (int i = 0; i < 8; i++)
        any |= r[REPORT_OFF_SIG / 4 + 8 + i];
    CHK("s is not zero", any != 0, 1);
    CHK("s <= n/2 (its top word)", r[REPORT_OFF_SIG / 4 + 8] <= 0x7fffffffu, 1);
}

/* A refused report: SM_ERR_PARAM, and neither the output (out_gpa, a
 * page of A's own, or ~0 if none) nor the data changed. */
static void refused(const char *what, uint32_t data_gpa, uint32_t out_gpa, uint32_t check_gpa)
{
    CONTEXT("guest A asks for a report with %s", what);
    if (check_gpa != ~0u)
        g_fill(&A, check_gpa, RWORDS, FILL);
    CHK("SM_ERR_PARAM", g_smc(&A, SMC_ATTEST_REPORT, data_gpa, out_gpa, 0), SM_ERR_PARAM);
    if (check_gpa != ~0u)
        CHK("nothing written", g_check(&A, check_gpa, RWORDS, FILL), 0);
    printf("guest A: a report with %s: refused (SM_ERR_PARAM, nothing written)\n", what);
}

static void reports(void)
{
    CHK("A's measurement", smc(SMC_VM_MEASUREMENT, A_ID, (uint32_t)meas_a, 0, 0), SM_OK);
    CHK("B's measurement", smc(SMC_VM_MEASUREMENT, B_ID, (uint32_t)meas_b, 0, 0), SM_OK);

    CONTEXT("guest A's report into its private page");
    report(&A, A1_GPA + 0x40, DATA_A, A1_GPA + 0x200, rep[0]);
    check_report(&A, rep[0], DATA_A, meas_a);
    print_hex("report vm1", rep[0], RWORDS);
    printf("guest A: a report into its private page: allowed; magic, version, VMID, policy, launch measurement, "
           "HV fields, data, public key as expected\n");

    CONTEXT("guest A's second report over the same data");
    report(&A, A1_GPA + 0x40, DATA_A, A1_GPA + 0x600, rep[1]);
    check_report(&A, rep[1], DATA_A, meas_a);
    CHK("the signed bytes the same", memcmp(rep[0], rep[1], REPORT_SIGNED), 0);
    CHK("r differs (a fresh nonce)", memcmp(&rep[0][REPORT_OFF_SIG / 4], &rep[1][REPORT_OFF_SIG / 4], 32) != 0, 1);
    CHK("s differs", memcmp(&rep[0][REPORT_OFF_SIG / 4 + 8], &rep[1][REPORT_OFF_SIG / 4 + 8], 32) != 0, 1);
    print_hex("report vm1", rep[1], RWORDS);
    printf("guest A: two reports over the same data: the same signed bytes, different signatures (hedged nonce)\n");

    CONTEXT("guest A's report across its two regions (data and output)");
    report(&A, A1_GPA + PG - 32, DATA_B, A2_GPA - 160, rep[2]);
    check_report(&A, rep[2], DATA_B, meas_a);
    print_hex("report vm1", rep[2], RWORDS);
    printf("guest A: a report across two regions that meet in gPA (its data across two pages): allowed\n");

    CONTEXT("guest B's report");
    report(&B, B1_GPA + 0x1ffc, DATA_B, B1_GPA + 0x2f00, rep[3]);
    check_report(&B, rep[3], DATA_B, meas_b);
    print_hex("report vm2", rep[3], RWORDS);
    printf("guest B (POLICY_DEBUG): a report across two of its pages: allowed; VMID 2, its policy and launch "
           "measurement\n");

    /* refusals */
    const uint32_t data = A1_GPA + 0x40, out = A1_GPA + 0x200;
    g_fill(&A, data, REPORT_DATA_BYTES / 4, DATA_A);
    g_fill(&B, B1_GPA, RWORDS, FILL);
    CHK("guest A opens a page HR|HW", g_smc(&A, SMC_PAGE_ATTR, A2_GPA + PG, 1, HR | HW), SM_OK);
    refused("the output on a page it opened with VMPTE_HW", data, A2_GPA + PG + 0x100, A2_GPA + PG + 0x100);
    refused("the output running into that page", data, A2_GPA + PG - 160, A2_GPA + PG - 160);
    refused("the output in guest B's gPA range", data, B1_GPA, ~0u);
    refused("the output at guest B's region's hPA", data, vmbase + 0x10000, ~0u);
    refused("the output between its regions", data, 0x8000, ~0u);
    refused("the output far beyond its regions", data, 0x40000000, ~0u);
    refused("the output at the uncached alias of its page", data, UNCACHED_ADDR_MASK | out, out);
    refused("the output near 2^32", data, 0xfffffffcu, ~0u);
    refused("a misaligned output (by 2)", data, out + 2, out);
    refused("a misaligned output (by 1)", data, out + 1, out);
    refused("the output running past its last region", data, A2_GPA + RGN - 64, A2_GPA + RGN - REPORT_BYTES);
    refused("the output running from its code region into the gap", data, RGN - 64, ~0u);
    refused("misaligned data", data + 2, out, out);
    refused("the data in guest B's gPA range", B1_GPA, out, out);
    refused("the data running past its last region", A2_GPA + RGN - 32, out, out);
    refused("the data outside its regions", 0x40000000, out, out);
    CHK("guest A closes the page", g_smc(&A, SMC_PAGE_ATTR, A2_GPA + PG, 1, ENC), SM_OK);
    CHK("guest B's page untouched", g_check(&B, B1_GPA, RWORDS, FILL), 0);
    CHK("guest A's data untouched", g_check(&A, data, REPORT_DATA_BYTES / 4, DATA_A), 0);

    CONTEXT("guest calls for the host");
    CHK("SMC_MEASURE_HV from a guest: SM_ERR_UNSUPPORTED", g_smc(&A, SMC_MEASURE_HV, A1_GPA, PG, A1_GPA + 0x800),
        SM_ERR_UNSUPPORTED);
    CHK("function SMC_MEASURE_HV + 1 from a guest: SM_ERR_FUNC", g_smc(&A, SMC_MEASURE_HV + 1, 0, 0, 0), SM_ERR_FUNC);
    printf("guest A: SMC_MEASURE_HV: refused (SM_ERR_UNSUPPORTED)\n");

    CONTEXT("a guest's SMC_DEVICE_CERT");
    g_fill(&A, A1_GPA + 0xc00, CWORDS, FILL);
    CHK("SMC_DEVICE_CERT from guest A", g_smc(&A, SMC_DEVICE_CERT, A1_GPA + 0xc00, 0, 0), SM_OK);
    g_read(&A, A1_GPA + 0xc00, gcert, CWORDS);
    CHK("the host's certificate", memcmp(gcert, cert, CERT_BYTES), 0);
    CHK("SMC_PAGE_ATTR HR|HW", g_smc(&A, SMC_PAGE_ATTR, A2_GPA + PG, 1, HR | HW), SM_OK);
    g_fill(&A, A2_GPA + PG, CWORDS, FILL);
    CHK("into its HW page: SM_ERR_PARAM", g_smc(&A, SMC_DEVICE_CERT, A2_GPA + PG, 0, 0), SM_ERR_PARAM);
    CHK("nothing written", g_check(&A, A2_GPA + PG, CWORDS, FILL), 0);
    CHK("misaligned: SM_ERR_PARAM", g_smc(&A, SMC_DEVICE_CERT, A1_GPA + 0xc02, 0, 0), SM_ERR_PARAM);
    CHK("in B's range: SM_ERR_PARAM", g_smc(&A, SMC_DEVICE_CERT, B1_GPA, 0, 0), SM_ERR_PARAM);
    CHK("SMC_PAGE_ATTR ENC", g_smc(&A, SMC_PAGE_ATTR, A2_GPA + PG, 1, ENC), SM_OK);
    printf("guest A: SMC_DEVICE_CERT into its private page: the host's certificate; into its HW page, "
           "misaligned, B's range: refused (SM_ERR_PARAM)\n");
}

/* ---- the program ---------------------------------------------------------------- */

int main(void)
{
    test_begin("attest");
    CONTEXT("set-up");
    host_setup();
    vmexit_vector_install(run_guest_exit, run_guest_exit_end, NULL);
    or1k_sr_set(SR_ICE | SR_DCE);
    CHK("a monitor answers", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("the guest image fits its region", guest_image_bytes <= SG_CODE_SIZE, 1);
    vmbase = ((uint32_t)__heap_start + 0x1ffffu) & ~0x1ffffu;
    CHK("the VMs fit the heap", vmbase + VM_SPAN <= (uint32_t)__heap_end, 1);

    vm_start(&A);
    vm_start(&B);
    host_cert();
    host_measure();
    reports();

    CONTEXT("the secrets nowhere");
    uint32_t hits = secret_hits((uint32_t)cert, sizeof cert) + secret_hits((uint32_t)hvbuf, sizeof hvbuf) +
                    secret_hits((uint32_t)rep, sizeof rep) + secret_hits((uint32_t)gcert, sizeof gcert);
    CHK("none in the buffers the calls returned", hits, 0);
    hits = secret_hits(RAM_BASE, (uint32_t)_end) +
           secret_hits((uint32_t)__heap_end, (uint32_t)__stack_top - (uint32_t)__heap_end);
    CHK("no copy of the root secret's or the device key's first 8 bytes", hits, 0);
    printf("no buffer any call returned, nor the program's RAM, holds the test root secret's or device key's "
           "first 8 bytes\n");

    CHK("destroy A", smc(SMC_VM_DESTROY, A_ID, 0, 0, 0), SM_OK);
    CHK("destroy B", smc(SMC_VM_DESTROY, B_ID, 0, 0, 0), SM_OK);
    return test_end();
}

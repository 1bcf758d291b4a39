/* meebench: what memory encryption costs the benchmarks (issue 15; `make
 * bench-mee`, docs/MEE.md).
 *
 * A hypervisor on the runtime (its 0xF00 vector and l.vmenter are
 * hv-vectors.S's hv_run) that runs every firmware/bench program as a guest
 * twice in this one run, from the same guest image (meebench-images.S;
 * each is the benchmark linked unchanged at gPA 0 with the runtime and
 * meebench-guest.c's console, caches on before main):
 *   off: a VM created with POLICY_NO_ENC (its pages without VMPTE_ENC: the
 *        memory-encryption engine passes them through unchanged);
 *   on:  a VM created with policy 0 (every page ENC: each line the guest's
 *        caches refill or write back goes through the engine).
 * Each VM (VMID 1, one region of MB_REGION bytes at gPA 0, at the same hPA
 * both times) is created, loaded and launched, runs to its halt (the
 * runtime's exit(): l.nop NOP_EXIT) and is destroyed before the next one,
 * so both start from the same state: nothing of theirs in the caches (the
 * monitor's scrub), the host's own lines as they were. The host runs with
 * its caches on; the guest is not interrupted (no host tick) but for its
 * own output (HC_PUTS hypercalls, hypercall.h), which the host prints.
 *
 * The figure of a run is the host's TTCR (continuous, no interrupt) summed
 * over the guest's stretches: read before each l.vmenter and after the
 * exit that ends it, so the host's work between them (printing) is not
 * counted; the world switches of its few hypercalls are. On the RTL TTCR
 * counts clock cycles (in lock-step the ISS reads the RTL's count); on
 * the ISS alone it counts retired instructions, which this program tells
 * apart (iss_alone()), and there both runs must count the same (the
 * guests did the same work).
 *
 * Checks: each guest exits 0, prints a "checksum XXXXXXXX" and no "FAIL",
 * and both runs of a benchmark print the same lines. Then, a line per
 * benchmark: cycles off, cycles on, on/off; and the mean of on/off. */
#include <stddef.h>
#define HV_NAME "meebench"
#include "hvlib.h"
#include "hypercall.h"

#define MB_VMID 1
/* every guest's one region, its RAM: the Makefile's MEEBENCH_GUEST_RAM, which the guests are linked for */
#ifndef MB_REGION
#error "build with -DMB_REGION=<the guests' RAM size> (firmware/Makefile)"
#endif
#define MB_HPA 0x200000   /* above the host's 1 MiB (runtime/link.ld) */
#define OUT_MAX 512       /* a guest's output kept for the comparison */

/* meebench-images.S: the guests */
struct mb_image {
    const char *name;
    const uint8_t *image; /* page-aligned, zero-padded to whole pages */
    uint32_t bytes;
};
extern const struct mb_image meebench_table[], meebench_table_end[];

/* hv-vectors.S: enter VM `vmid`, back at its exit (0) or refusal */
uint32_t hv_run(uint32_t vmid, uint32_t answer);

struct run {
    uint32_t ticks;    /* TTCR over the guest's stretches */
    uint32_t exits;    /* VM exits, the final halt included */
    uint32_t status;   /* the halt's r3: the benchmark's exit status */
    uint32_t checksum; /* the "checksum XXXXXXXX" it printed */
    int has_checksum, failed;
    unsigned len, line_start;
    char out[OUT_MAX];
};

static struct run runs[2]; /* off, on */

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* A whole line of the guest's output, at r->out + r->line_start: printed,
 * and looked at for "checksum XXXXXXXX" and "FAIL". */
static void guest_line(const char *name, const char *mode, struct run *r)
{
    const char *l = r->out + r->line_start;
    static const char key[] = "checksum ";
    printf("meebench: [%s, encryption %s] %s", name, mode, l);
    for (const char *p = l; *p; p++) {
        if (p[0] == 'F' && p[1] == 'A' && p[2] == 'I' && p[3] == 'L')
            r->failed = 1;
        if (strncmp(p, key, sizeof key - 1) == 0) {
            const char *h = p + sizeof key - 1;
            uint32_t v = 0;
            int i = 0;
            for (; i < 8 && hex_digit(h[i]) >= 0; i++)
                v = v << 4 | (uint32_t)hex_digit(h[i]);
            if (i == 8) {
                r->checksum = v;
                r->has_checksum++;
            }
        }
    }
    r->line_start = r->len;
}

/* HC_PUTS: up to HC_PUTS_MAX bytes in VMEXINFO1..5, big-endian, NUL-ended
 * early. */
static void guest_puts(const char *name, const char *mode, struct run *r)
{
    for (int i = 0; i < HC_PUTS_MAX; i++) {
        char c = (char)(mfspr(SPR_VMEXINFO0 + 1 + i / 4) >> (24 - 8 * (i % 4)));
        if (c == '\0')
            break;
        if (r->len + 2 > OUT_MAX)
            fail("%s: more than %u bytes of output", name, OUT_MAX);
        r->out[r->len++] = c;
        r->out[r->len] = '\0';
        if (c == '\n')
            guest_line(name, mode, r);
    }
}

/* One run of a benchmark's guest with the create policy `policy`. */
static void run_guest(const struct mb_image *im, uint32_t policy, const char *mode, struct run *r)
{
    static uint32_t desc[VMC_BYTES / 4];
    const uint32_t vmid = MB_VMID;
    memset(r, 0, sizeof *r);
    memset(desc, 0, sizeof desc);
    desc[VMC_POLICY / 4] = policy;
    desc[VMC_REGIONS / 4 + 0] = 0;         /* gPA */
    desc[VMC_REGIONS / 4 + 1] = MB_REGION; /* size */
    desc[VMC_REGIONS / 4 + 2] = MB_HPA;    /* hPA */
    smc_ok("create", &vmid, SMC_VM_CREATE, (uint32_t)desc, 0);
    for (uint32_t off = 0; off < im->bytes; off += MEASURE_PAGE)
        smc_ok("add page", &vmid, SMC_VM_ADD_PAGE, off, (uint32_t)im->image + off);
    smc_ok("launch", &vmid, SMC_VM_LAUNCH, 0, 0);

    uint32_t answer = 0;
    for (;;) {
        uint32_t t0 = mfspr(SPR_TTCR);
        uint32_t refused = hv_run(vmid, answer);
        uint32_t t1 = mfspr(SPR_TTCR);
        r->ticks += t1 - t0;
        r->exits++;
        uint32_t cause = EXIT_CAUSE(vmid, refused);
        if (cause == EXIT_HALT) {
            r->status = mfspr(SPR_VMEXINFO0);
            break;
        }
        if (cause != EXIT_VMCALL)
            fail("%s (encryption %s): exit cause %lu (VMEXINFO0 0x%08lx, 1 0x%08lx)", im->name, mode,
                 (unsigned long)cause, (unsigned long)mfspr(SPR_VMEXINFO0), (unsigned long)mfspr(SPR_VMEXINFO0 + 1));
        uint32_t fn = mfspr(SPR_VMEXINFO0);
        if (fn != HC_PUTS)
            fail("%s (encryption %s): hypercall %lu", im->name, mode, (unsigned long)fn);
        guest_puts(im->name, mode, r);
        answer = HC_OK;
    }
    smc_ok("destroy", &vmid, SMC_VM_DESTROY, 0, 0);
    if (r->line_start != r->len)
        guest_line(im->name, mode, r); /* a last line without '\n' */

    if (r->status != 0)
        fail("%s (encryption %s): exit status %lu", im->name, mode, (unsigned long)r->status);
    if (r->failed)
        fail("%s (encryption %s): it printed FAIL", im->name, mode);
    if (r->has_checksum != 1)
        fail("%s (encryption %s): %d lines with a checksum, 1 expected", im->name, mode, r->has_checksum);
}

/* num/den as d.dddd (ratio) into buf */
static const char *ratio(char *buf, uint32_t num, uint32_t den)
{
    uint64_t v = ((uint64_t)num * 10000 + den / 2) / den;
    snprintf(buf, 16, "%lu.%04lu", (unsigned long)(v / 10000), (unsigned long)(v % 10000));
    return buf;
}

/* a ratio in millionths as a signed change in percent, +d.dd % */
static const char *change(char *buf, uint32_t ppm)
{
    int32_t d = (int32_t)ppm - 1000000; /* millionths */
    uint32_t a = (uint32_t)(d < 0 ? -d : d);
    uint32_t hundredths = (a + 50) / 100;
    snprintf(buf, 20, "%c%lu.%02lu %%", d < 0 ? '-' : '+', (unsigned long)(hundredths / 100),
             (unsigned long)(hundredths % 100));
    return buf;
}

int main(void)
{
    need_monitor();
    or1k_sr_set(SR_ICE | SR_DCE);
    /* continuous count, no interrupt: no tick exits */
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);
    const int iss = iss_alone();
    unsigned n = (unsigned)(meebench_table_end - meebench_table);
    if (n == 0)
        fail("no guest images");
    printf("meebench: %u benchmarks as guests (%u KiB region, caches on), encryption off (POLICY_NO_ENC) "
           "then on (policy 0)%s\n",
           n, MB_REGION / 1024, iss ? "; ISS alone: TTCR counts retired instructions, not cycles" : "");

    static struct {
        uint32_t off, on, ppm;
    } res[16];
    if (n > sizeof res / sizeof res[0])
        fail("%u images, at most %u", n, (unsigned)(sizeof res / sizeof res[0]));
    uint32_t sum_ppm = 0, sum_off = 0, sum_on = 0; /* (8 benchmarks: far below 2^32) */
    for (unsigned i = 0; i < n; i++) {
        const struct mb_image *im = &meebench_table[i];
        if (im->bytes == 0 || im->bytes > MB_REGION || ((uint32_t)im->image & (MEASURE_PAGE - 1)))
            fail("%s: bad image (%lu bytes at %p)", im->name, (unsigned long)im->bytes, (const void *)im->image);
        run_guest(im, POLICY_NO_ENC, "off", &runs[0]);
        run_guest(im, 0, "on", &runs[1]);
        if (runs[0].checksum != runs[1].checksum || strcmp(runs[0].out, runs[1].out) != 0)
            fail("%s: the two runs printed different output", im->name);
        if (iss && runs[0].ticks != runs[1].ticks)
            fail("%s: on the ISS alone the runs retired %lu and %lu instructions", im->name,
                 (unsigned long)runs[0].ticks, (unsigned long)runs[1].ticks);
        res[i].off = runs[0].ticks;
        res[i].on = runs[1].ticks;
        res[i].ppm = (uint32_t)(((uint64_t)res[i].on * 1000000 + res[i].off / 2) / res[i].off);
        sum_ppm += res[i].ppm;
        sum_off += res[i].off;
        sum_on += res[i].on;
        printf("meebench: %s: PASS (checksum %08lx both runs; %lu and %lu VM exits)\n", im->name,
               (unsigned long)runs[0].checksum, (unsigned long)runs[0].exits, (unsigned long)runs[1].exits);
    }

    char b1[16], b2[20];
    printf("meebench: %-14s %14s %14s %8s %10s\n", "benchmark", iss ? "insns off" : "cycles off",
           iss ? "insns on" : "cycles on", "on/off", "change");
    for (unsigned i = 0; i < n; i++)
        printf("meebench: %-14s %14lu %14lu %8s %10s\n", meebench_table[i].name, (unsigned long)res[i].off,
               (unsigned long)res[i].on, ratio(b1, res[i].on, res[i].off), change(b2, res[i].ppm));
    uint32_t mean = (sum_ppm + n / 2) / n;
    printf("meebench: %-14s %14lu %14lu %8s %10s\n", "total", (unsigned long)sum_off, (unsigned long)sum_on,
           ratio(b1, sum_on, sum_off), change(b2, (uint32_t)(((uint64_t)sum_on * 1000000 + sum_off / 2) / sum_off)));
    if (iss)
        printf("meebench: mean of on/off over the %u benchmarks: %s in instructions (the ISS alone counts no "
               "cycles)\n", n, ratio(b1, mean, 1000000));
    else
        printf("meebench: mean of on/off over the %u benchmarks: %s (%s; goal: at most +3 %%, %s)\n", n,
               ratio(b1, mean, 1000000), change(b2, mean), mean <= 1030000 ? "met" : "NOT met");
    printf("meebench: done\n");
    return 0;
}

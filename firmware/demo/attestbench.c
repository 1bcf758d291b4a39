/* attestbench: the cost of an attestation report (SMC_ATTEST_REPORT,
 * docs/ATTESTATION.md) as a guest sees it, timed with the host's tick
 * timer (TTCR counts clock cycles on the RTL, retired instructions on the
 * ISS alone; in lock-step the ISS reads the RTL's count). `make
 * bench-attest` runs it on the ISS, then on the RTL.
 *
 * One VM runs vmtests' commander guest (share-guest.c, share.h: it does
 * what the host tells it, monitor calls included), embedded and driven as
 * vmtests/attest.c does (the vmtests/ headers, on the include path). A
 * guest command is its number then its SG_NARGS arguments, each the answer
 * to one of its hypercalls; the guest acts on the answer that brings the
 * last argument and answers with SHC_RESULT. What is timed is that last
 * l.vmenter: TTCR before it, after the guest's SHC_RESULT exit is back in
 * the host — entry, the guest's dispatch, its l.smc, the monitor, the
 * guest's hypercall, the exit and the host's 0xF00 stub.
 *
 *   - baseline: the same command with a call that fails fast,
 *     SMC_ATTEST_REPORT with a misaligned output (SM_ERR_PARAM after the
 *     monitor's argument checks), 5 times;
 *   - the first report, which includes the monitor's one-time measurement
 *     of its ROM (16 KiB through the SHA-256 engine), on its own;
 *   - NREPORTS reports, the 64 bytes of report data a new pattern each time
 *     (SG_FILL with a new seed), each with a fresh hedged nonce (the
 *     monitor draws new DRBG output for every report); each is checked
 *     lightly (magic, VMID, the data's first and last word, low s).
 *
 * The program fails (exit 1) unless the NREPORTS counts are all equal.
 *
 * The signature alone (ecdsa_sign in the monitor) cannot be timed from
 * here: the whole monitor call is one step for the host, and TTCR cannot
 * be read between the monitor's own steps without changing the monitor.
 *
 * Run: vmsp-iss run --mee --monitor build/firmware/monitor/sm.elf attestbench.elf
 * (the VM is in the program's heap: no --ram-size needed). */
#include "vmattack.h"
#include "share.h"

#define VMID 1
#define RGN 0x4000u     /* both regions: 16 KiB */
#define DATA_GPA 0x10000u /* region 1: the report data, then the output */
#define DATA_AT (DATA_GPA + 0x40)
#define OUT_AT (DATA_GPA + 0x400)
#define VM_SPAN 0x8000u
#define NBASE 5
#define NREPORTS 100
#define SEED0 0xa77e5700u /* report i's data: SG_WORD(SEED0 + i, word) */

extern char __heap_start[], __heap_end[];

VMTEST_GUEST_IMAGE("share-guest.bin");
VMTEST_RUN_GUEST;

static uint32_t vmbase;
static struct vmc desc;

/* ---- the guest's commands (as attest.c) ------------------------------------ */

static void enter(uint32_t answer)
{
    CHK("l.vmenter accepted", run_guest(VMID, answer), 0);
    read_exit();
    CHK("the exit: a hypercall of this VM", xcause, EXIT_VMCALL | VMID << VMEXIT_VMID_SHIFT);
}

/* The guest's answer to the last argument: its result */
static uint32_t result(void)
{
    CHK("the guest's result (no exception)", xinfo[0], SHC_RESULT);
    CHK("no exception in the guest", xinfo[5], 0);
    return xinfo[1];
}

/* Command cmd up to its last argument: the guest has asked for it. */
static void command(uint32_t cmd, uint32_t a0, uint32_t a1, uint32_t a2)
{
    const uint32_t a[SG_NARGS - 1] = {a0, a1, a2};
    enter(cmd);
    for (uint32_t i = 0; i < SG_NARGS; i++) {
        CHK("the guest asks for an argument", xinfo[0], SHC_ARG);
        CHK("its number", xinfo[1], i);
        if (i < SG_NARGS - 1)
            enter(a[i]);
    }
}

static uint32_t gok(uint32_t cmd, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3)
{
    command(cmd, a0, a1, a2);
    enter(a3);
    return result();
}

/* SG_SMC fn(a, b, c), its last entry timed: *ticks = TTCR after - before */
static uint32_t g_smc_timed(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t *ticks)
{
    command(SG_SMC, fn, a, b);
    uint32_t t0 = mfspr(SPR_TTCR);
    uint32_t st = run_guest(VMID, c);
    uint32_t t1 = mfspr(SPR_TTCR);
    *ticks = t1 - t0;
    CHK("l.vmenter accepted", st, 0);
    read_exit();
    CHK("the exit: a hypercall of this VM", xcause, EXIT_VMCALL | VMID << VMEXIT_VMID_SHIFT);
    return result();
}

#define g_load(a) gok(SG_LOAD, a, 0, 0, 0)
#define g_fill(a, n, seed) gok(SG_FILL, a, n, seed, 0)
#define g_check(a, n, seed) gok(SG_CHECK, a, n, seed, 0)

/* ---- the measurements --------------------------------------------------------- */

/* A report over data pattern `seed` into OUT_AT, timed; checked lightly. */
static uint32_t report(uint32_t seed)
{
    uint32_t ticks;
    g_fill(DATA_AT, REPORT_DATA_BYTES / 4, seed);
    CHK("SMC_ATTEST_REPORT", g_smc_timed(SMC_ATTEST_REPORT, DATA_AT, OUT_AT, 0, &ticks), SM_OK);
    CHK("magic", g_load(OUT_AT + REPORT_OFF_MAGIC), REPORT_MAGIC);
    CHK("VMID", g_load(OUT_AT + REPORT_OFF_VMID), VMID);
    CHK("the data's first word", g_load(OUT_AT + REPORT_OFF_DATA), SG_WORD(seed, 0));
    CHK("the data's last word", g_load(OUT_AT + REPORT_OFF_DATA + REPORT_DATA_BYTES - 4),
        SG_WORD(seed, REPORT_DATA_BYTES / 4 - 1));
    CHK("s <= n/2 (its top word)", g_load(OUT_AT + REPORT_OFF_SIG + 32) <= 0x7fffffffu, 1);
    return ticks;
}

static uint32_t ticks[NREPORTS];

int main(void)
{
    test_begin("attestbench");
    CONTEXT("set-up");
    host_setup();
    vmexit_vector_install(run_guest_exit, run_guest_exit_end, NULL);
    or1k_sr_set(SR_ICE | SR_DCE);
    CHK("a monitor answers", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    CHK("the guest image fits its region", guest_image_bytes <= SG_CODE_SIZE, 1);
    vmbase = ((uint32_t)__heap_start + 0x1ffffu) & ~0x1ffffu;
    CHK("the VM fits the heap", vmbase + VM_SPAN <= (uint32_t)__heap_end, 1);

    CONTEXT("creating the VM");
    desc.policy = 0;
    desc.r[0].gpa = 0, desc.r[0].size = RGN, desc.r[0].hpa = vmbase;
    desc.r[1].gpa = DATA_GPA, desc.r[1].size = RGN, desc.r[1].hpa = vmbase + RGN;
    vm_load(VMID, &desc, guest_image, guest_image_bytes);
    CHK("SMC_VM_LAUNCH", smc(SMC_VM_LAUNCH, VMID, 0, 0, 0), SM_OK);
    enter(0);
    CHK("the guest is ready", xinfo[0], SHC_READY);
    gok(SG_SR, 0, SR_DCE | SR_ICE, 0, 0);

    /* continuous count, no interrupt */
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);
    printf("attestbench: TTCR: clock cycles on the RTL (retired instructions on the ISS alone)\n");

    CONTEXT("the baseline");
    uint32_t base_min = ~0u, base_max = 0;
    for (int i = 0; i < NBASE; i++) {
        uint32_t t;
        g_fill(DATA_AT, REPORT_DATA_BYTES / 4, SEED0 - 1);
        CHK("a misaligned output: SM_ERR_PARAM", g_smc_timed(SMC_ATTEST_REPORT, DATA_AT, OUT_AT + 2, 0, &t),
            SM_ERR_PARAM);
        printf("attestbench: baseline %d (SMC_ATTEST_REPORT, misaligned output: SM_ERR_PARAM): %lu cycles\n", i + 1,
               (unsigned long)t);
        base_min = t < base_min ? t : base_min;
        base_max = t > base_max ? t : base_max;
    }

    CONTEXT("the first report");
    uint32_t first = report(SEED0 - 1);
    printf("attestbench: first report (with the monitor's ROM measurement): %lu cycles\n", (unsigned long)first);

    uint32_t min = ~0u, max = 0;
    uint64_t sum = 0;
    for (uint32_t i = 0; i < NREPORTS; i++) {
        CONTEXT("report %lu", (unsigned long)(i + 1));
        uint32_t t = report(SEED0 + i);
        ticks[i] = t;
        printf("attestbench: report %lu: %lu cycles\n", (unsigned long)(i + 1), (unsigned long)t);
        min = t < min ? t : min;
        max = t > max ? t : max;
        sum += t;
    }
    CONTEXT("the VM's data");
    CHK("the last data still there", g_check(DATA_AT, REPORT_DATA_BYTES / 4, SEED0 + NREPORTS - 1), 0);

    printf("attestbench: %u reports: min %lu max %lu (constant: %s)\n", NREPORTS, (unsigned long)min,
           (unsigned long)max, min == max ? "yes" : "no");
    if (min != max) {
        /* the distinct counts, how often each */
        for (uint32_t i = 0; i < NREPORTS; i++) {
            uint32_t seen = 0, n = 0;
            for (uint32_t j = 0; j < NREPORTS; j++) {
                seen |= j < i && ticks[j] == ticks[i];
                n += ticks[j] == ticks[i];
            }
            if (!seen)
                printf("attestbench:   %lu cycles: %lu reports\n", (unsigned long)ticks[i], (unsigned long)n);
        }
        printf("attestbench: %u reports: mean %lu\n", NREPORTS, (unsigned long)(sum / NREPORTS));
    }
    printf("attestbench: baseline: %lu cycles (%u runs: min %lu max %lu)\n", (unsigned long)base_min, NBASE,
           (unsigned long)base_min, (unsigned long)base_max);
    printf("attestbench: report request: %lu cycles (minus the baseline: %lu)\n", (unsigned long)min,
           (unsigned long)(min - base_min));
    printf("attestbench: the signature alone: not measured (the monitor call is one step for the host's TTCR; "
           "it would need a timer read inside the monitor)\n");

    CHK("destroy the VM", smc(SMC_VM_DESTROY, VMID, 0, 0, 0), SM_OK);
    if (min != max)
        test_fail("the reports all take the same count (min == max)", __FILE__, __LINE__);
    return test_end();
}

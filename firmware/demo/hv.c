/* The VMSP demo hypervisor (docs/VIRT.md, docs/MONITOR.md): host
 * supervisor code on the normal runtime, started at 0x100 by the security
 * monitor. It creates two protected VMs from the embedded guest images
 * (guest.c, hv-images.S), prints their launch measurements, runs them
 * round-robin on the host tick timer, serves their hypercalls
 * (hypercall.h), then destroys them and exits 0. Anything unexpected (a
 * monitor status other than the expected one, a refused l.vmenter, an exit
 * it does not know, a guest that did not finish cleanly) ends with a
 * non-zero exit.
 *
 * It runs with its caches on, and reaches a guest's memory only where the
 * guest opened it (SMC_PAGE_ATTR, HC_SHARE): guest A's I/O page, which it
 * reads requests from and writes replies to (HC_IO), and guest B's
 * process list, which it reads on its own at B's tick exits
 * (introspection) and once B is done. Every other page of a VM is a bus
 * error at its 0x200, which it shows once per VM (a read of a private
 * page, a write to the read-only process list) and survives.
 *
 * Remote attestation (docs/ATTESTATION.md): before it creates the VMs it
 * has the monitor measure its own code, its .text (SMC_MEASURE_HV, printed
 * "hv measurement: <digest> base 0x.. size 0x.."), and prints the device
 * certificate (SMC_DEVICE_CERT, "cert <hex>"). At the end of its run each
 * guest asks for a report over a fresh nonce of the verifier's: the
 * hypervisor takes VM n's from demo_nonces[n - 1], which scripts/demo.sh
 * fills before the run (vmsp-iss / vmsp-sim run --load ADDR=FILE, ADDR
 * from or1k-elf-nm), writes it into the guest's I/O page (HC_NONCE) and
 * prints the report the guest puts there ("report vmN <hex>", HC_REPORT)
 * for the verifier (vmsp-verify). */
#include <stddef.h>
#define HV_NAME "hv"
#include "hvlib.h"
#include "hypercall.h"

#define NVMS 2
#define GUEST_REGION 0x10000 /* one 64 KiB region per VM at gPA 0 */
/* Host tick period (instructions, guests' included): each turn of a VM. */
#define HOST_TICK_PERIOD 4000
#define HOST_TTMR ((TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | HOST_TICK_PERIOD)
#define NCAUSES (EXIT_FAULT + 1)

extern const uint8_t guest_a_start[], guest_b_start[];
extern const uint32_t guest_a_size, guest_b_size;

/* hv-vectors.S: enter VM `vmid`, back at its exit (0) or refusal. */
uint32_t hv_run(uint32_t vmid, uint32_t answer);

struct vm {
    uint32_t id;
    uint32_t io_hpa;   /* its shared I/O page, or 0 */
    uint32_t proc_hpa; /* its process list, or 0 */
    uint32_t proc_gen; /* the last update of it printed */
    uint32_t hpa; /* where its region lives in host RAM (above the host's 1 MiB) */
    const uint8_t *image;
    uint32_t size;
    int done;         /* finished: HC_DONE, or stopped */
    int destroyed;    /* stop() destroys at once */
    uint32_t status;  /* its HC_DONE status, a halt's r3, 1 for a region or fault exit */
    uint32_t stopped; /* the halt, region or fault exit that stopped it, or 0 */
    uint32_t answer;  /* for its pending hypercall */
    unsigned exits[NCAUSES];
    unsigned len;
    char line[128];
};

/* The verifier's nonces, REPORT_DATA_BYTES for each VM, VM n's at
 * demo_nonces[n - 1]: written into RAM before the run by whoever starts
 * it (scripts/demo.sh: --load <this symbol's address>=FILE), so neither
 * loaded from the ELF nor cleared at start (.noinit, outside .bss; zero
 * when nobody filled it). */
uint8_t demo_nonces[NVMS][REPORT_DATA_BYTES] __attribute__((noinit, aligned(4)));

/* The hypervisor's code, as runtime/link.ld names it: what it measures
 * (scripts/demo.sh checks the printed range against hv.elf's .text). */
extern const uint32_t __text_start[], __text_end[];

static struct vm vms[NVMS] = {
    { .id = 1, .hpa = 0x100000 },
    { .id = 2, .hpa = 0x120000 },
};

static const char *const cause_names[NCAUSES] = {
    [EXIT_TICK] = "tick",     [EXIT_EXTERNAL] = "external", [EXIT_VMCALL] = "vmcall",
    [EXIT_REGION] = "region", [EXIT_HALT] = "halt",         [EXIT_FAULT] = "fault",
};

/* Create, add every page of the image, launch, print the measurement. */
static void build_vm(struct vm *vm)
{
    static uint32_t digest[8];
    const uint32_t rg[1][3] = {{0, GUEST_REGION, vm->hpa}}; /* gPA, size, hPA */
    if (vm->size == 0 || vm->size > GUEST_REGION || ((uint32_t)vm->image & (MEASURE_PAGE - 1)))
        fail("vm%lu: bad image (%lu bytes at %p)", (unsigned long)vm->id, (unsigned long)vm->size,
             (const void *)vm->image);
    /* hv-images.S pads the last page with zeros */
    build_vm_image(&vm->id, rg, 1, vm->image, &vm->size);
    unsigned pages = (vm->size + MEASURE_PAGE - 1) / MEASURE_PAGE;
    smc_ok("measurement", &vm->id, SMC_VM_MEASUREMENT, (uint32_t)digest, 0);
    printf("hv: vm%lu: %lu-byte image, %u pages at hPA 0x%06lx\n", (unsigned long)vm->id,
           (unsigned long)vm->size, pages, (unsigned long)vm->hpa);
    printf("vm%lu measurement: ", (unsigned long)vm->id);
    for (int i = 0; i < 8; i++)
        printf("%08lx", (unsigned long)digest[i]);
    putchar('\n');
}

static void flush_line(struct vm *vm)
{
    vm->line[vm->len] = '\0';
    printf("[vm%lu] %s\n", (unsigned long)vm->id, vm->line);
    vm->len = 0;
}

/* Marks vm finished; a status other than 0 makes the run fail. */
static void finish(struct vm *vm, uint32_t status)
{
    if (vm->len)
        flush_line(vm);
    vm->done = 1;
    vm->status = status;
}

/* ---- a guest's memory, where it let us in ---- */

/* A bus error at 0x200 (docs/VIRT.md: a host access the page table
 * refuses) is counted and the access skipped: the accessors below say
 * whether theirs got through. */
static volatile unsigned bus_errors;
static volatile uint32_t bus_eear;

static void on_bus_error(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    bus_errors++;
    bus_eear = f->eear;
    f->epcr += 4;
}

static int peek8(uint32_t addr, char *out)
{
    uint32_t v = 0;
    unsigned before = bus_errors;
    __asm__ volatile("l.lbz %0,0(%1)" : "+r"(v) : "r"(addr) : "memory");
    *out = (char)v;
    return bus_errors == before;
}

static int peek32(uint32_t addr, uint32_t *out)
{
    uint32_t v = 0;
    unsigned before = bus_errors;
    __asm__ volatile("l.lwz %0,0(%1)" : "+r"(v) : "r"(addr) : "memory");
    *out = v;
    return bus_errors == before;
}

static int poke8(uint32_t addr, char c)
{
    unsigned before = bus_errors;
    __asm__ volatile("l.sb 0(%0),%1" : : "r"(addr), "r"(c) : "memory");
    return bus_errors == before;
}

/* A NUL-terminated string of at most max bytes (the NUL included) at addr. */
static int peek_str(uint32_t addr, char *buf, uint32_t max)
{
    for (uint32_t i = 0; i < max; i++) {
        if (!peek8(addr + i, &buf[i]))
            return 0;
        if (buf[i] == '\0')
            return 1;
    }
    buf[max - 1] = '\0';
    return 1;
}

static int poke_str(uint32_t addr, const char *s, uint32_t max)
{
    uint32_t i = 0;
    for (; s[i] && i < max - 1; i++)
        if (!poke8(addr + i, s[i]))
            return 0;
    return poke8(addr + i, '\0');
}

/* HC_NONCE: the VM's nonce from demo_nonces into its I/O page. */
static uint32_t give_nonce(struct vm *vm)
{
    const uint8_t *nonce = demo_nonces[vm - vms];
    uint8_t any = 0;
    if (!vm->io_hpa)
        return HC_ERR_ARG;
    for (uint32_t i = 0; i < REPORT_DATA_BYTES; i++) {
        any |= nonce[i];
        if (!poke8(vm->io_hpa + IO_NONCE + i, (char)nonce[i])) {
            printf("hv: vm%lu I/O page: write refused: bus error\n", (unsigned long)vm->id);
            return HC_ERR_ARG;
        }
    }
    printf("hv: vm%lu asks for its nonce: ", (unsigned long)vm->id);
    for (uint32_t i = 0; i < REPORT_DATA_BYTES; i++)
        printf("%02x", nonce[i]);
    printf("%s\n", any ? "" : " (zero: nobody filled demo_nonces)");
    return HC_OK;
}

/* HC_REPORT: the report from the VM's I/O page, printed for the verifier. */
static uint32_t take_report(struct vm *vm, uint32_t bytes)
{
    static char rep[REPORT_BYTES];
    if (!vm->io_hpa || bytes != REPORT_BYTES)
        return HC_ERR_ARG;
    for (uint32_t i = 0; i < REPORT_BYTES; i++)
        if (!peek8(vm->io_hpa + IO_REPORT + i, &rep[i])) {
            printf("hv: vm%lu I/O page: read refused: bus error\n", (unsigned long)vm->id);
            return HC_ERR_ARG;
        }
    printf("report vm%lu ", (unsigned long)vm->id);
    for (uint32_t i = 0; i < REPORT_BYTES; i++)
        printf("%02x", (uint8_t)rep[i]);
    putchar('\n');
    return HC_OK;
}

/* What a hypervisor may do for a guest: serve its request. */
static void serve(const char *req, char *rep, uint32_t max)
{
    if (!strncmp(req, "upper ", 6)) {
        uint32_t i = 0;
        for (const char *p = req + 6; *p && i < max - 1; p++, i++)
            rep[i] = (*p >= 'a' && *p <= 'z') ? (char)(*p - 'a' + 'A') : *p;
        rep[i] = '\0';
    } else if (!strncmp(req, "reverse ", 8)) {
        uint32_t n = strlen(req + 8), i = 0;
        for (; i < n && i < max - 1; i++)
            rep[i] = req[8 + n - 1 - i];
        rep[i] = '\0';
    } else if (!strncmp(req, "add ", 4)) {
        unsigned long sum = 0, n = 0;
        for (const char *p = req + 4;; p++) {
            if (*p >= '0' && *p <= '9') {
                n = n * 10 + (unsigned long)(*p - '0');
                continue;
            }
            sum += n;
            n = 0;
            if (!*p)
                break;
        }
        snprintf(rep, max, "%lu", sum);
    } else {
        snprintf(rep, max, "unknown request");
    }
}

/* HC_IO: the request from the VM's I/O page, the reply into it. */
static uint32_t io_request(struct vm *vm)
{
    static char req[IO_MAX], rep[IO_MAX];
    if (!vm->io_hpa)
        return HC_ERR_ARG;
    if (!peek_str(vm->io_hpa + IO_REQ, req, IO_MAX)) {
        printf("hv: vm%lu I/O page: read refused: bus error\n", (unsigned long)vm->id);
        return HC_ERR_ARG;
    }
    serve(req, rep, IO_MAX);
    if (!poke_str(vm->io_hpa + IO_REP, rep, IO_MAX)) {
        printf("hv: vm%lu I/O page: write refused: bus error\n", (unsigned long)vm->id);
        return HC_ERR_ARG;
    }
    printf("hv: vm%lu I/O request '%s' -> reply '%s'\n", (unsigned long)vm->id, req, rep);
    return HC_OK;
}

static const char *const proc_states[] = {
    [PROC_RUN] = "run", [PROC_READY] = "ready", [PROC_WAIT] = "wait", [PROC_EXIT] = "exit"};

/* Introspection: the VM's process list read from its hPA while the VM is
 * stopped, printed when it changed (an odd gen: caught mid-update, later). */
static void inspect(struct vm *vm)
{
    uint32_t base = vm->proc_hpa, magic, gen, count;
    if (!base)
        return;
    if (!peek32(base + offsetof(struct proc_list, magic), &magic) ||
        !peek32(base + offsetof(struct proc_list, gen), &gen) ||
        !peek32(base + offsetof(struct proc_list, count), &count))
        fail("vm%lu: its process list: bus error at 0x%08lx", (unsigned long)vm->id, (unsigned long)bus_eear);
    if (magic != PROC_MAGIC || count > PROC_MAX)
        fail("vm%lu: no process list at hPA 0x%06lx", (unsigned long)vm->id, (unsigned long)base);
    if ((gen & 1) || gen == vm->proc_gen)
        return;
    vm->proc_gen = gen;
    printf("hv: vm%lu process list (update %lu):", (unsigned long)vm->id, (unsigned long)gen / 2);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t e = base + offsetof(struct proc_list, p) + i * sizeof(struct proc_entry), pid, state;
        char name[PROC_NAME];
        if (!peek32(e + offsetof(struct proc_entry, pid), &pid) ||
            !peek32(e + offsetof(struct proc_entry, state), &state) ||
            !peek_str(e + offsetof(struct proc_entry, name), name, PROC_NAME))
            fail("vm%lu: its process list: bus error at 0x%08lx", (unsigned long)vm->id, (unsigned long)bus_eear);
        printf("%s %lu %s %s", i ? "," : "", (unsigned long)pid, name,
               state < sizeof proc_states / sizeof proc_states[0] && proc_states[state] ? proc_states[state] : "?");
    }
    putchar('\n');
}

/* HC_SHARE: note the page; then show that the rest stays shut. */
static uint32_t shared(struct vm *vm, uint32_t gpa, uint32_t attr, uint32_t what)
{
    if ((gpa & (MEASURE_PAGE - 1)) || gpa >= GUEST_REGION || (what != SHARE_IO && what != SHARE_PROCLIST))
        return HC_ERR_ARG;
    uint32_t hpa = vm->hpa + gpa; /* one region, at gPA 0 */
    printf("hv: vm%lu shares gPA 0x%05lx (hPA 0x%06lx) as its %s: host %s%s\n", (unsigned long)vm->id,
           (unsigned long)gpa, (unsigned long)hpa, what == SHARE_IO ? "I/O page" : "process list",
           attr & VMPTE_HW ? "read/write" : "read-only", attr & VMPTE_ENC ? ", encrypted" : "");
    uint32_t v;
    if (what == SHARE_IO) {
        vm->io_hpa = hpa;
        /* its code's first page stays private */
        uint32_t priv = vm->hpa + 0x1000;
        if (peek32(priv, &v))
            fail("vm%lu: the host read its private page at hPA 0x%06lx", (unsigned long)vm->id, (unsigned long)priv);
        printf("hv: vm%lu: read of private gPA 0x01000 (hPA 0x%06lx): bus error (EEAR 0x%08lx)\n",
               (unsigned long)vm->id, (unsigned long)priv, (unsigned long)bus_eear);
    } else {
        vm->proc_hpa = hpa;
        if (poke8(hpa + offsetof(struct proc_list, p[0].name), 'X'))
            fail("vm%lu: the host wrote its read-only process list", (unsigned long)vm->id);
        printf("hv: vm%lu: write to its process list (hPA 0x%06lx): bus error (EEAR 0x%08lx)\n",
               (unsigned long)vm->id, (unsigned long)hpa + offsetof(struct proc_list, p[0].name),
               (unsigned long)bus_eear);
    }
    return HC_OK;
}

/* EXIT_VMCALL: VMEXINFO0 = function, VMEXINFO1..5 = its r4..r8. */
static uint32_t hypercall(struct vm *vm)
{
    uint32_t fn = mfspr(SPR_VMEXINFO0);
    switch (fn) {
    case HC_SHARE:
        return shared(vm, mfspr(SPR_VMEXINFO0 + 1), mfspr(SPR_VMEXINFO0 + 2), mfspr(SPR_VMEXINFO0 + 3));
    case HC_IO:
        return io_request(vm);
    case HC_NONCE:
        return give_nonce(vm);
    case HC_REPORT:
        return take_report(vm, mfspr(SPR_VMEXINFO0 + 1));
    case HC_PUTS:
        for (int i = 0; i < HC_PUTS_MAX; i++) {
            char c = (char)(mfspr(SPR_VMEXINFO0 + 1 + i / 4) >> (24 - 8 * (i % 4)));
            if (c == '\0')
                break;
            if (c == '\n') {
                flush_line(vm);
                continue;
            }
            vm->line[vm->len++] = c;
            if (vm->len == sizeof vm->line - 1)
                flush_line(vm);
        }
        return HC_OK;
    case HC_DONE: {
        uint32_t status = mfspr(SPR_VMEXINFO0 + 1);
        printf("hv: vm%lu done, status %lu\n", (unsigned long)vm->id, (unsigned long)status);
        inspect(vm); /* its last process list */
        finish(vm, status);
        return HC_OK;
    }
    }
    printf("hv: vm%lu: unknown hypercall %lu\n", (unsigned long)vm->id, (unsigned long)fn);
    return HC_ERR_FUNC;
}

/* A VM that halted, left its regions or faulted: report, destroy, stop. */
static void stop(struct vm *vm, uint32_t cause)
{
    uint32_t info0 = mfspr(SPR_VMEXINFO0), info1 = mfspr(SPR_VMEXINFO0 + 1);
    if (cause == EXIT_HALT)
        printf("hv: vm%lu halted, r3 = 0x%lx\n", (unsigned long)vm->id, (unsigned long)info0);
    else if (cause == EXIT_REGION)
        printf("hv: vm%lu: access outside its regions: gPA 0x%08lx, access %lu\n",
               (unsigned long)vm->id, (unsigned long)info0, (unsigned long)info1);
    else
        printf("hv: vm%lu: unrecoverable exception at vector 0x%03lx\n", (unsigned long)vm->id,
               (unsigned long)info0);
    smc_ok("destroy", &vm->id, SMC_VM_DESTROY, 0, 0);
    vm->destroyed = 1;
    vm->stopped = cause;
    /* a clean halt (l.nop NOP_EXIT with r3 = 0) is a guest's other way out */
    finish(vm, cause == EXIT_HALT ? info0 : 1);
}

static void run(void)
{
    unsigned cur = 0, left = NVMS;
    mtspr(SPR_TTCR, 0);
    /* SR[TEE] stays clear: the host never takes its own tick, which only
     * exits the running guest */
    mtspr(SPR_TTMR, HOST_TTMR);
    while (left) {
        struct vm *vm = &vms[cur];
        if (vm->done) {
            cur = (cur + 1) % NVMS;
            continue;
        }
        uint32_t refused = hv_run(vm->id, vm->answer);
        uint32_t cause = EXIT_CAUSE(vm->id, refused);
        if (cause == 0 || cause >= NCAUSES || cause == EXIT_EXTERNAL)
            fail("vm%lu: unexpected exit cause %lu", (unsigned long)vm->id, (unsigned long)cause);
        vm->exits[cause]++;
        vm->answer = 0;
        switch (cause) {
        case EXIT_TICK:
            mtspr(SPR_TTMR, HOST_TTMR); /* clears IP */
            inspect(vm);
            cur = (cur + 1) % NVMS;
            break;
        case EXIT_VMCALL:
            vm->answer = hypercall(vm);
            break;
        default:
            stop(vm, cause);
            break;
        }
        if (vm->done)
            left--;
    }
    mtspr(SPR_TTMR, 0);
}

/* Before any VM: the monitor measures the hypervisor's code, its .text,
 * for the reports to come; then the device certificate for the verifier. */
static void attestation_setup(void)
{
    static uint32_t digest[8];
    static uint8_t cert[CERT_BYTES] __attribute__((aligned(4)));
    uint32_t base = (uint32_t)__text_start, size = (uint32_t)__text_end - (uint32_t)__text_start;
    uint32_t st = smc(SMC_MEASURE_HV, base, size, (uint32_t)digest, 0);
    if (st != SM_OK)
        fail("SMC_MEASURE_HV of 0x%08lx..0x%08lx: monitor status %lu", (unsigned long)base,
             (unsigned long)(base + size), (unsigned long)st);
    printf("hv measurement: ");
    for (int i = 0; i < 8; i++)
        printf("%08lx", (unsigned long)digest[i]);
    printf(" base 0x%lx size 0x%lx\n", (unsigned long)base, (unsigned long)size);
    st = smc(SMC_DEVICE_CERT, (uint32_t)cert, 0, 0, 0);
    if (st != SM_OK)
        fail("SMC_DEVICE_CERT: monitor status %lu", (unsigned long)st);
    printf("cert ");
    for (uint32_t i = 0; i < CERT_BYTES; i++)
        printf("%02x", cert[i]);
    putchar('\n');
}

int main(void)
{
    puts("hv: VMSP demo hypervisor");
    or1k_set_handler(VEC_BUS_ERROR, on_bus_error);
    or1k_sr_set(SR_ICE | SR_DCE);
    need_monitor();
    attestation_setup();
    vms[0].image = guest_a_start;
    vms[0].size = guest_a_size;
    vms[1].image = guest_b_start;
    vms[1].size = guest_b_size;
    for (int i = 0; i < NVMS; i++)
        build_vm(&vms[i]);
    run();

    int failed = 0;
    unsigned total = 0;
    for (int i = 0; i < NVMS; i++) {
        struct vm *vm = &vms[i];
        if (!vm->destroyed)
            smc_ok("destroy", &vm->id, SMC_VM_DESTROY, 0, 0);
        uint32_t st = smc(SMC_VM_DESTROY, vm->id, 0, 0, 0);
        if (st != SM_ERR_STATE)
            fail("vm%lu: second destroy: status %lu, expected %u", (unsigned long)vm->id,
                 (unsigned long)st, SM_ERR_STATE);
        uint32_t refused = hv_run(vm->id, 0);
        if (refused != VMENTER_ERR_FREE)
            fail("vm%lu: l.vmenter after destroy: %lu, expected %u", (unsigned long)vm->id,
                 (unsigned long)refused, VMENTER_ERR_FREE);
        unsigned n = 0;
        for (int c = 1; c < NCAUSES; c++)
            n += vm->exits[c];
        total += n;
        if (vm->stopped)
            printf("hv: vm%lu: stopped by its %s exit, %u exits:", (unsigned long)vm->id,
                   cause_names[vm->stopped], n);
        else
            printf("hv: vm%lu: status %lu, %u exits:", (unsigned long)vm->id, (unsigned long)vm->status, n);
        for (int c = 1; c < NCAUSES; c++)
            printf(" %s %u", cause_names[c], vm->exits[c]);
        putchar('\n');
        failed |= vm->status != 0;
    }
    printf("hv: both VMs destroyed, %u VM exits; %s\n", total, failed ? "FAILED" : "all done");
    return failed;
}

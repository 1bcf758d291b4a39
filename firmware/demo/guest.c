/* A demo guest: a tiny kernel and one user task, built twice into the
 * hypervisor's two VMs (docs/VIRT.md): -DGUEST_A (primes and a CRC) and
 * -DGUEST_B (fibonacci and a sort), so the two images, their outputs and
 * their launch measurements differ.
 *
 * The kernel (guest.S for the vectors) runs the task in user mode with its
 * own tick timer on: the guest's TTMR/TTCR, which count only this guest's
 * instructions. It takes the task's syscalls (l.sys) and its own tick
 * interrupts itself, and turns output into hypercalls (hypercall.h). When
 * the task exits it prints what it counted and ends the VM with HC_DONE.
 * Kernel and task run with their caches on (tagged with this VM's VMID:
 * no other world hits its lines, docs/VIRT.md).
 *
 * Each kernel also opens one page of its memory to the hypervisor with the
 * monitor's SMC_PAGE_ATTR (docs/MONITOR.md); every other page stays private
 * (and encrypted, once the memory-encryption engine exists):
 *   guest A: an I/O page (not encrypted, the host reads and writes it),
 *            through which it sends requests and reads the replies (HC_IO);
 *   guest B: its process list (not encrypted, the host may only read it),
 *            which the hypervisor inspects on its own, at its tick exits.
 *
 * When its task has exited, each kernel asks the monitor for an
 * attestation report (SMC_ATTEST_REPORT, docs/ATTESTATION.md) over the
 * verifier's nonce, which the hypervisor hands it in its I/O page
 * (HC_NONCE; guest B opens one then), and passes the report back the same
 * way (HC_REPORT): the nonce is copied into private memory first and the
 * monitor writes the report into a private page, which the host can
 * neither write nor read. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include "or1k.h"
#include "smc.h"
#include "hypercall.h"

#if defined(GUEST_A) == defined(GUEST_B)
#error "build with exactly one of -DGUEST_A, -DGUEST_B"
#endif

/* The task's syscalls: l.sys 0 with the number in r3, arguments in r4, r5,
 * the result in r11. */
#define SYS_WRITE 1 /* r4 = buffer, r5 = length; returns the length */
#define SYS_EXIT 2  /* r4 = status; does not return */
#define SYS_TICKS 3 /* returns the kernel's tick count so far */
#define SYS_NEXT 4  /* guest B: the task's next program runs (the process list changes) */

/* Guest tick period in guest instructions: several interrupts per task. */
#define GUEST_TICK_PERIOD 1500
#define GUEST_TTMR ((TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | GUEST_TICK_PERIOD)

/* ---- kernel ---- */

void guest_kernel_main(void) __attribute__((noreturn));
void guest_exception(unsigned vector, struct or1k_frame *f);
void guest_enter_user(struct or1k_frame *f) __attribute__((noreturn));
static void user_main(void) __attribute__((noreturn));

extern char __ustack_top[];

static unsigned ticks, syscalls;

/* Sends n bytes as HC_PUTS hypercalls of up to HC_PUTS_MAX bytes each. */
static void kwrite(const char *s, uint32_t n)
{
    while (n > 0) {
        uint32_t w[HC_PUTS_MAX / 4] = { 0 };
        uint32_t k = n < HC_PUTS_MAX ? n : HC_PUTS_MAX;
        for (uint32_t i = 0; i < k; i++)
            w[i / 4] |= (uint32_t)(uint8_t)s[i] << (24 - 8 * (i % 4));
        if (vmcall(HC_PUTS, w[0], w[1], w[2], w[3], w[4]) != HC_OK)
            guest_halt(0x100 | HC_PUTS);
        s += k;
        n -= k;
    }
}

static void __attribute__((format(printf, 1, 2))) kprintf(const char *fmt, ...)
{
    char buf[160];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    kwrite(buf, n < (int)sizeof buf ? (uint32_t)n : sizeof buf - 1);
}

/* printf.c's stdout sink, which nothing here uses (no UART in a guest). */
int putchar(int c)
{
    char ch = (char)c;
    kwrite(&ch, 1);
    return (uint8_t)c;
}

/* ---- the page opened to the hypervisor ---- */

/* Opens `page` (one MEASURE_PAGE, gPA = its address: MMU off) to the host
 * with attributes `attr` and tells the hypervisor where it is. */
static void share(void *page, uint32_t attr, uint32_t what)
{
    uint32_t st = smc(SMC_PAGE_ATTR, (uint32_t)page, 1, attr, 0);
    if (st != SM_OK) {
        kprintf("kernel: SMC_PAGE_ATTR refused: status %lu\n", (unsigned long)st);
        guest_halt(0x300 | st);
    }
    if (vmcall(HC_SHARE, (uint32_t)page, attr, what, 0, 0) != HC_OK)
        guest_halt(0x100 | HC_SHARE);
}

/* The I/O page (guest A's from the start, guest B's for the attestation
 * only): a whole page of its own, nothing else of the kernel's lies in it. */
static char io_page[MEASURE_PAGE] __attribute__((aligned(MEASURE_PAGE)));

#ifdef GUEST_A

/* One request through the I/O page: written (cached) at IO_REQ, the
 * hypervisor's reply read back from IO_REP after HC_IO. The hypercall's
 * "memory" clobber orders the accesses around it. */
static void io(const char *req)
{
    char *q = io_page + IO_REQ, *r = io_page + IO_REP;
    uint32_t n = 0;
    for (; req[n] && n < IO_MAX - 1; n++)
        q[n] = req[n];
    q[n] = '\0';
    r[0] = '\0';
    uint32_t st = vmcall(HC_IO, n, 0, 0, 0, 0);
    if (st != HC_OK) {
        kprintf("kernel: io '%s' refused: %lu\n", req, (unsigned long)st);
        return;
    }
    char rep[IO_MAX];
    for (n = 0; n < IO_MAX - 1 && r[n]; n++)
        rep[n] = r[n];
    rep[n] = '\0';
    kprintf("kernel: io '%s' -> '%s'\n", req, rep);
}

static void io_demo(void)
{
    share(io_page, VMPTE_HR | VMPTE_HW, SHARE_IO);
    kprintf("kernel: I/O page at gPA 0x%05lx shared with the host (read/write, not encrypted)\n",
            (unsigned long)(uint32_t)io_page);
    io("upper shared pages work");
    io("reverse guest A to the hypervisor");
    io("add 1234 4321");
}
#else
/* The process list, alone in its page. */
static union {
    struct proc_list l;
    uint8_t page[MEASURE_PAGE];
} proc_page __attribute__((aligned(MEASURE_PAGE)));
#define PROCS ((volatile struct proc_list *)&proc_page.l)

static void proc_set(unsigned i, uint32_t pid, uint32_t state, const char *name)
{
    volatile struct proc_entry *e = &PROCS->p[i];
    e->pid = pid;
    e->state = state;
    unsigned k = 0;
    for (; name && name[k] && k < PROC_NAME - 1; k++)
        e->name[k] = name[k];
    e->name[k] = '\0';
}

/* gen is odd while the entries change: a reader that stopped the guest
 * in between sees it and skips the list. */
static void proc_state(unsigned i, uint32_t state)
{
    PROCS->p[i].state = state;
}

static void proc_demo(void)
{
    PROCS->gen = 1;
    PROCS->magic = PROC_MAGIC;
    proc_set(0, 1, PROC_WAIT, "kernel");
    proc_set(1, 7, PROC_RUN, "fib");
    proc_set(2, 8, PROC_READY, "sort");
    PROCS->count = 3;
    PROCS->gen = 2;
    share(&proc_page, VMPTE_HR, SHARE_PROCLIST);
    kprintf("kernel: process list at gPA 0x%05lx open to the host (read-only, not encrypted)\n",
            (unsigned long)(uint32_t)&proc_page);
}
#endif

void guest_kernel_main(void)
{
    /* caches on, for the kernel and (below) the task */
    mtspr(SPR_SR, mfspr(SPR_SR) | SR_DCE | SR_ICE);
#ifdef GUEST_A
    kprintf("kernel: guest A up (primes, crc32)\n");
    io_demo();
#else
    kprintf("kernel: guest B up (fibonacci, sort)\n");
    proc_demo();
#endif
    mtspr(SPR_TTCR, 0);
    mtspr(SPR_TTMR, GUEST_TTMR);
    /* user mode with the tick interrupt on, at user_main on its own stack */
    static struct or1k_frame user;
    user.epcr = (uint32_t)user_main;
    user.esr = SR_FO | SR_TEE | SR_DCE | SR_ICE;
    user.r[1] = (uint32_t)__ustack_top;
    guest_enter_user(&user);
}

/* ---- remote attestation ---- */

/* The report's inputs and output, in private pages (the monitor refuses an
 * output the host could write): the nonce copied out of the I/O page, the
 * report the monitor writes. */
static uint32_t report_data[REPORT_DATA_BYTES / 4];
static uint32_t report[REPORT_BYTES / 4];

/* A report over the hypervisor's nonce, handed back through the I/O page;
 * 0, or the status that ends the VM. */
static uint32_t attest(void)
{
#ifdef GUEST_B
    share(io_page, VMPTE_HR | VMPTE_HW, SHARE_IO);
    kprintf("kernel: I/O page at gPA 0x%05lx shared with the host (read/write, not encrypted)\n",
            (unsigned long)(uint32_t)io_page);
#endif
    uint32_t st = vmcall(HC_NONCE, 0, 0, 0, 0, 0);
    if (st != HC_OK) {
        kprintf("kernel: no nonce from the host: %lu\n", (unsigned long)st);
        return 0x100 | HC_NONCE;
    }
    const volatile uint32_t *nonce = (const volatile uint32_t *)(io_page + IO_NONCE);
    for (unsigned i = 0; i < REPORT_DATA_BYTES / 4; i++)
        report_data[i] = nonce[i];
    st = smc(SMC_ATTEST_REPORT, (uint32_t)report_data, (uint32_t)report, 0, 0);
    if (st != SM_OK) {
        kprintf("kernel: SMC_ATTEST_REPORT refused: status %lu\n", (unsigned long)st);
        return 0x300 | st;
    }
    volatile uint32_t *out = (volatile uint32_t *)(io_page + IO_REPORT);
    for (unsigned i = 0; i < REPORT_BYTES / 4; i++)
        out[i] = report[i];
    st = vmcall(HC_REPORT, REPORT_BYTES, 0, 0, 0, 0);
    if (st != HC_OK) {
        kprintf("kernel: the host took no report: %lu\n", (unsigned long)st);
        return 0x100 | HC_REPORT;
    }
    kprintf("kernel: attestation report of vm%lu over the host's nonce %08lx...: %u bytes to the host\n",
            (unsigned long)report[REPORT_OFF_VMID / 4], (unsigned long)report_data[0], REPORT_BYTES);
    return 0;
}

static void __attribute__((noreturn)) sys_exit(uint32_t status)
{
    mtspr(SPR_TTMR, 0);
#ifdef GUEST_B
    PROCS->gen++;
    proc_state(2, PROC_EXIT);
    proc_state(0, PROC_RUN);
    PROCS->gen++;
#endif
    kprintf("kernel: task exited with %lu: %u timer interrupts, %u syscalls\n", (unsigned long)status,
            ticks, syscalls);
    uint32_t att = attest();
    vmcall(HC_DONE, status ? status : att, 0, 0, 0, 0);
    guest_halt(0x200); /* the hypervisor entered a finished VM */
}

void guest_exception(unsigned vector, struct or1k_frame *f)
{
    switch (vector) {
    case VEC_TICK:
        ticks++;
        mtspr(SPR_TTMR, GUEST_TTMR); /* clears IP */
        return;
    case VEC_SYSCALL:
        if (!(f->esr & SR_SM)) {
            syscalls++;
            switch (f->r[3]) { /* EPCR is already past the l.sys */
            case SYS_WRITE:
                kwrite((const char *)f->r[4], f->r[5]);
                f->r[11] = f->r[5];
                return;
            case SYS_EXIT:
                sys_exit(f->r[4]);
            case SYS_TICKS:
                f->r[11] = ticks;
                return;
#ifdef GUEST_B
            case SYS_NEXT:
                PROCS->gen++;
                proc_state(1, PROC_EXIT);
                proc_state(2, PROC_RUN);
                PROCS->gen++;
                f->r[11] = 0;
                return;
#endif
            }
        }
        break;
    }
    kprintf("kernel: unexpected exception 0x%03x (r3=0x%lx EPCR=0x%08lx EEAR=0x%08lx ESR=0x%08lx)\n",
            vector, (unsigned long)f->r[3], (unsigned long)f->epcr, (unsigned long)f->eear,
            (unsigned long)f->esr);
    guest_halt(vector);
}

/* ---- user task (user mode: SR[SM] = 0) ---- */

static uint32_t syscall(uint32_t nr, uint32_t a, uint32_t b)
{
    register uint32_t r3 __asm__("r3") = nr;
    register uint32_t r4 __asm__("r4") = a;
    register uint32_t r5 __asm__("r5") = b;
    register uint32_t r11 __asm__("r11");
    /* the kernel's frame gives back every register but r11 */
    __asm__ volatile("l.sys 0" : "=r"(r11) : "r"(r3), "r"(r4), "r"(r5) : "memory");
    return r11;
}

static void __attribute__((format(printf, 1, 2))) uprintf(const char *fmt, ...)
{
    char buf[96];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    syscall(SYS_WRITE, (uint32_t)buf, n < (int)sizeof buf ? (uint32_t)n : sizeof buf - 1);
}

#ifdef GUEST_A
#define SIEVE_N 20000
static uint8_t composite[SIEVE_N];

static uint32_t crc32(const void *p, uint32_t n)
{
    const uint8_t *b = p;
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *b++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static void task(void)
{
    for (uint32_t i = 2; i * i < SIEVE_N; i++)
        if (!composite[i])
            for (uint32_t j = i * i; j < SIEVE_N; j += i)
                composite[j] = 1;
    uint32_t count = 0, last = 0;
    for (uint32_t i = 2; i < SIEVE_N; i++) {
        if (!composite[i]) {
            count++;
            last = i;
        }
        if ((i + 1) % 5000 == 0)
            uprintf("primes below %lu: %lu\n", (unsigned long)(i + 1), (unsigned long)count);
    }
    uprintf("largest prime below %u: %lu\n", SIEVE_N, (unsigned long)last);
    static const char fox[] = "The quick brown fox jumps over the lazy dog";
    uprintf("crc32(\"%s\") = %08lx\n", fox, (unsigned long)crc32(fox, sizeof fox - 1));
    uprintf("crc32(sieve) = %08lx\n", (unsigned long)crc32(composite, sizeof composite));
}
#else
#define SORT_N 600
static uint32_t values[SORT_N];

static uint32_t fib_rec(uint32_t n)
{
    return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2);
}

static void task(void)
{
    uint32_t a = 0, b = 1;
    for (uint32_t i = 1; i <= 40; i++) {
        uint32_t t = a + b;
        a = b;
        b = t;
        if (i % 10 == 0)
            uprintf("fib(%lu) = %lu\n", (unsigned long)i, (unsigned long)a);
    }
    uprintf("fib(20) by recursion = %lu\n", (unsigned long)fib_rec(20));
    syscall(SYS_NEXT, 0, 0);
    /* insertion sort of a linear-congruential sequence */
    uint32_t x = 12345, sum = 0;
    for (int i = 0; i < SORT_N; i++) {
        x = x * 1103515245u + 12345u;
        values[i] = (x >> 16) & 0x7fff;
        sum += values[i];
    }
    for (int i = 1; i < SORT_N; i++) {
        uint32_t v = values[i];
        int j = i - 1;
        for (; j >= 0 && values[j] > v; j--)
            values[j + 1] = values[j];
        values[j + 1] = v;
    }
    int sorted = 1;
    uint32_t check = 0;
    for (int i = 0; i < SORT_N; i++) {
        if (i > 0 && values[i - 1] > values[i])
            sorted = 0;
        check += values[i];
    }
    uprintf("sorted %d values: %s, min %lu, median %lu, max %lu\n", SORT_N,
            sorted && check == sum ? "ok" : "WRONG", (unsigned long)values[0],
            (unsigned long)values[SORT_N / 2], (unsigned long)values[SORT_N - 1]);
}
#endif

static void user_main(void)
{
    task();
    uprintf("task: %lu timer interrupts so far\n", (unsigned long)syscall(SYS_TICKS, 0, 0));
    syscall(SYS_EXIT, 0, 0);
    for (;;)
        ;
}

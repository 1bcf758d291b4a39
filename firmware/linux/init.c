/* /init of the VMSP Linux image (docs/LINUX.md): raw Linux system calls
 * (Debian has no OpenRISC C library), no libc. It prints a banner, makes
 * the kernel do some work — write, getpid, uname, brk and mmap, fork and
 * wait, a nanosleep that needs the tick interrupt, a page-fault-heavy loop
 * over more pages than the TLBs map — checks every result, and powers the
 * machine off through reboot(2): the finisher then ends the simulation
 * with exit code 0. A failed check restarts instead, which the device
 * tree's syscon-reboot turns into exit code 1. */
typedef unsigned long ulong;

/* asm-generic system call numbers (OpenRISC uses the generic table) */
enum {
    NR_WRITE = 64, NR_EXIT = 93, NR_NANOSLEEP = 101, NR_CLOCK_GETTIME = 113, NR_REBOOT = 142,
    NR_UNAME = 160, NR_GETPID = 172, NR_BRK = 214, NR_MUNMAP = 215, NR_CLONE = 220,
    NR_MMAP2 = 222, NR_WAIT4 = 260,
};

/* l.sys 1: number in r11, arguments in r3..r8, result in r11; the kernel
 * may clobber the other caller-saved registers (as musl declares). */
static long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    register long r11 __asm__("r11") = n;
    register long r3 __asm__("r3") = a;
    register long r4 __asm__("r4") = b;
    register long r5 __asm__("r5") = c;
    register long r6 __asm__("r6") = d;
    register long r7 __asm__("r7") = e;
    register long r8 __asm__("r8") = f;
    __asm__ volatile("l.sys 1"
                     : "+r"(r11)
                     : "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7), "r"(r8)
                     : "r12", "r13", "r15", "r17", "r19", "r21", "r23", "r25", "r27", "r29", "r31",
                       "memory");
    return r11;
}
#define sys0(n) sys6(n, 0, 0, 0, 0, 0, 0)
#define sys1(n, a) sys6(n, (long)(a), 0, 0, 0, 0, 0)
#define sys2(n, a, b) sys6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(n, a, b, c) sys6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys4(n, a, b, c, d) sys6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* gcc may call these for aggregate copies and clears */
void *memset(void *d, int c, ulong n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, ulong n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

static ulong slen(const char *s)
{
    ulong n = 0;
    while (s[n])
        n++;
    return n;
}

static void puts_(const char *s) { sys3(NR_WRITE, 1, s, slen(s)); }

static void putu(ulong v)
{
    char b[12];
    int i = sizeof b - 1;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    puts_(b + i);
}

static int failures;

static void check(const char *what, int ok)
{
    puts_(ok ? "init: ok   " : "init: FAIL ");
    puts_(what);
    puts_("\n");
    if (!ok)
        failures++;
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

struct utsname_ {
    char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
};

struct timespec32 {
    long tv_sec, tv_nsec;
};

enum { PAGE = 8192, PROT_RW = 3, MAP_PRIVATE_ANON = 0x22, SIGCHLD = 17 };

static long long ns(void)
{
    struct timespec32 t;
    if (sys2(NR_CLOCK_GETTIME, 1 /* CLOCK_MONOTONIC */, &t) != 0)
        return -1;
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static volatile ulong cow_word = 1;

int main(void)
{
    puts_("\nVMSP init: Linux user space on the VMSP core\n");

    check("write() returns the bytes written", sys3(NR_WRITE, 1, "init: write\n", 12) == 12);

    check("getpid() == 1", sys0(NR_GETPID) == 1);

    struct utsname_ u;
    check("uname()", sys1(NR_UNAME, &u) == 0 && streq(u.sysname, "Linux") && streq(u.machine, "openrisc"));
    puts_("init: ");
    puts_(u.sysname);
    puts_(" ");
    puts_(u.release);
    puts_(" ");
    puts_(u.machine);
    puts_("\n");

    /* brk: three more pages, written and read back */
    ulong b0 = (ulong)sys1(NR_BRK, 0);
    ulong b1 = (ulong)sys1(NR_BRK, b0 + 3 * PAGE);
    int brk_ok = b1 == b0 + 3 * PAGE;
    if (brk_ok) {
        volatile ulong *p = (volatile ulong *)b0;
        for (ulong i = 0; i < 3 * PAGE / 4; i += 512)
            p[i] = i * 3 + 1;
        for (ulong i = 0; i < 3 * PAGE / 4; i += 512)
            brk_ok &= p[i] == i * 3 + 1;
    }
    check("brk() grows the heap by 3 pages", brk_ok);

    /* mmap: 4 anonymous pages, zero-filled, then written, then unmapped */
    volatile ulong *m = (volatile ulong *)sys6(NR_MMAP2, 0, 4 * PAGE, PROT_RW, MAP_PRIVATE_ANON, -1, 0);
    int mmap_ok = (ulong)m < 0xfffff000ul;
    if (mmap_ok) {
        for (ulong i = 0; i < 4 * PAGE / 4; i += 256)
            mmap_ok &= m[i] == 0;
        for (ulong i = 0; i < 4 * PAGE / 4; i += 256)
            m[i] = ~i;
        for (ulong i = 0; i < 4 * PAGE / 4; i += 256)
            mmap_ok &= m[i] == ~i;
        mmap_ok &= sys2(NR_MUNMAP, m, 4 * PAGE) == 0;
    }
    check("mmap() of 4 anonymous pages, munmap()", mmap_ok);

    /* fork: the child changes its copy of a word and exits with 42 */
    long pid = sys6(NR_CLONE, SIGCHLD, 0, 0, 0, 0, 0);
    if (pid == 0) {
        cow_word = 7;
        sys1(NR_EXIT, cow_word == 7 ? 42 : 1);
    }
    int status = 0;
    long w = sys4(NR_WAIT4, pid, &status, 0, 0);
    check("fork(), child exit status 42", pid > 1 && w == pid && (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 42);
    check("the child's write did not reach the parent (copy on write)", cow_word == 1);

    /* nanosleep: 30 ms, which only the tick interrupt can end */
    long long t0 = ns();
    struct timespec32 req = { 0, 30 * 1000 * 1000 };
    long r = sys2(NR_NANOSLEEP, &req, 0);
    long long t1 = ns();
    check("nanosleep(30 ms) returns 0 after >= 30 ms", r == 0 && t0 >= 0 && t1 - t0 >= 30000000LL);

    /* page faults: 160 pages (more than the 64-entry DTLB maps), touched
     * page by page in three passes; the sum checks every page */
    enum { PAGES = 160 };
    volatile ulong *big = (volatile ulong *)sys6(NR_MMAP2, 0, PAGES * PAGE, PROT_RW, MAP_PRIVATE_ANON, -1, 0);
    int pf_ok = (ulong)big < 0xfffff000ul;
    if (pf_ok) {
        ulong sum = 0;
        for (int pass = 0; pass < 3; pass++)
            for (ulong pg = 0; pg < PAGES; pg++) {
                volatile ulong *w0 = big + pg * (PAGE / 4) + (pass * 64);
                *w0 = pg + pass;
                sum += *w0;
            }
        /* sum over passes 0..2 of sum over pg of (pg + pass) */
        pf_ok = sum == 3 * (PAGES * (PAGES - 1) / 2) + PAGES * 3;
        pf_ok &= sys2(NR_MUNMAP, big, PAGES * PAGE) == 0;
    }
    check("160 pages touched in three passes (TLB misses, page faults)", pf_ok);

    puts_("init: ");
    putu((ulong)(failures ? failures : 0));
    puts_(failures == 1 ? " check failed\n" : " checks failed\n");
    /* reboot(2): power off (exit 0) or, after a failure, restart (exit 1) */
    sys4(NR_REBOOT, 0xfee1dead, 672274793, failures ? 0x01234567 : 0x4321fedc, 0);
    for (;;)
        ;
}

/* The kernel starts init here with the stack pointer set. */
__asm__(".section .text.start,\"ax\"\n"
        ".global _start\n"
        "_start:\n"
        "\tl.jal main\n"
        "\tl.nop\n"
        "1:\tl.j 1b\n"
        "\tl.nop\n");

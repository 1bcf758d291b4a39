/* switchbench: what VM-tagged TLBs save at VM switches (issue 14; `make
 * bench-switch`, docs/PERFORMANCE.md "VM switches: tagged TLBs vs
 * flushing").
 *
 * A benchmark hypervisor on the runtime (its 0xF00 vector and l.vmenter
 * are switch-vectors.S, hv-vectors.S's). It creates two VMs from one guest image
 * (switch-guest.c, switch-guest.S, switchbench.h): a guest that runs a
 * workload of 16 code and 16 data pages of 8 KiB with both of its MMUs on
 * (identity mapping, its own TLB-miss handlers), and times each run of it
 * with its own TTCR, which counts only while that guest runs (clock cycles
 * on the RTL, retired instructions on the ISS). The two guests alternate
 * on the host's tick timer, in phases of identical guest work in this one
 * run, the same two VMs throughout:
 *   tagged: the hypervisor leaves the TLBs alone between entries (the
 *           hardware as it is: entries are tagged with their world and
 *           survive switches, docs/VIRT.md "Tagged caches and TLBs");
 *   flush:  at every exit, before the next l.vmenter, it writes 0 to all 64
 *           DTLB and 64 ITLB match registers: a host write makes an entry
 *           the host's, so every guest entry is gone, as the hardware's
 *           flush at entry and exit made them before issue 14. The loop's
 *           own cost is timed apart (host TTCR) and printed apart: the
 *           guests' figures are the flush's effect on the guests.
 * Each pair of phases runs with a tick period (host cycles of a guest's
 * slice, the hypervisor's own time not counted: run_vms()) and one of two
 * layouts:
 *   disjoint: the guests' work areas at gVA 0x40000 and 0x80000, TLB sets
 *             32..63 and 0..31 (the one-way TLBs hold both working sets);
 *   same:     both at gVA 0x40000, the same 32 sets: each guest's refills
 *             evict the other's entries, tagged or not.
 * Every phase starts with the TLBs emptied (the same loop) and each guest's
 * first run of a phase is a warm-up, not counted. The two guests' hot
 * lines and the hypervisor's exit path sit in cache lines of their own
 * (switchbench.h, check_layout()), so nobody evicts anybody's at a switch
 * and the caches behave alike in both phases.
 *
 * CPI: the guest reports the instructions of each run, computed exactly
 * from its straight-line code (a fixed count per run plus its handler's
 * length per TLB miss: switch-guest.c), so CPI = guest cycles / those
 * instructions, the miss handlers' included. The workload's own
 * instructions are the same in both phases, so the ratio of guest cycles,
 * flush/tagged, is also the ratio of cycles per workload instruction (the
 * flush's cost on the work done). On the ISS alone, where TTCR counts instructions, every
 * run must give CPI 1 exactly: this program tells the ISS alone from the RTL
 * (iss_alone()) and fails there otherwise, which checks the count. */
#include <stddef.h>
#define HV_NAME "switchbench"
#include "hvlib.h"
#include "switchbench.h"

#define NVMS 2
#define KERNEL_REGION 0x4000 /* gPA 0: the guest's image, data and stack */
#define AREA_LO 0x40000      /* a work area in TLB sets 32..63 */
#define AREA_HI 0x80000      /* one in sets 0..31 */

extern const uint8_t switch_guest_start[];
extern const uint32_t switch_guest_size;

/* switch-vectors.S: enter VM `vmid`, back at its exit (0) or refusal
 * (hv-vectors.S's hv_run, in the vector page) */
uint32_t sb_enter(uint32_t vmid, uint32_t answer);
extern const char sb_enter_end[];
/* the section of run_vms (below), placed by the linker */
extern const uint32_t __start_sbhot_text[], __stop_sbhot_text[];

/* one guest's measured runs in a phase */
struct tally {
    uint32_t runs, cycles, dmiss, imiss, insns;
};

struct vm {
    uint32_t id;
    uint32_t rg[VM_REGIONS][3]; /* gPA, size, hPA */
    int high;                   /* its hot lines at SB_CODE_OFF(1), SB_DATA_OFF(1) */
    int waiting;                /* at HC_SB_NEXT, not to be entered until answered */
    int done;
    uint32_t answer;
    uint32_t work;                  /* HC_SB_INFO: instructions a run retires without misses */
    uint32_t dhandler, ihandler;    /* and each handler's */
    struct tally t;
};

/* the hypervisor's side of a phase */
struct stats {
    uint32_t ticks, calls;  /* VM exits */
    uint32_t tick_to_entry; /* sum over tick exits: host cycles from the tick to the next l.vmenter */
    uint32_t flushes, flush_cycles; /* the software flush: calls and host cycles */
    uint32_t elapsed;       /* the whole phase, host cycles */
};

/* Everything the exit path reads or writes, in a section of its own that
 * starts a page (so at D-cache index 0x100, past the guest handlers'
 * scratch words at 0: switchbench.h; its code, run_vms, starts a page too):
 * sb_enter's saved registers (at sb_hot + 0x100: switch-vectors.S), the
 * VMs, the phase's counts. */
struct hot {
    uint32_t unused[64];
    uint32_t saved[13]; /* host-regs.S: HOST_SAVED_BYTES */
    struct vm vms[NVMS];
    struct stats st;
};
_Static_assert(offsetof(struct hot, saved) == 0x100, "switch-vectors.S saves at sb_hot + 0x100");
struct hot sb_hot __attribute__((section("sbhot_data"), aligned(SB_PAGE))) = {
    .vms = {
        { .id = 1, .high = 0,
          .rg = { { 0, KERNEL_REGION, 0x100000 }, { AREA_LO, SB_AREA, 0x140000 } } },
        { .id = 2, .high = 1,
          .rg = { { 0, KERNEL_REGION, 0x110000 }, { AREA_LO, SB_AREA, 0x180000 }, { AREA_HI, SB_AREA, 0x1c0000 } } },
    },
};
#define vms (sb_hot.vms)

struct phase {
    const char *layout;
    uint32_t period;
    int flush;
    struct stats st;
    struct tally t[NVMS];
};

static const struct {
    const char *name;
    uint32_t area[NVMS];
} layouts[] = { { "disjoint", { AREA_LO, AREA_HI } }, { "same", { AREA_LO, AREA_LO } } };
static const uint32_t periods[] = { 2000, 5000, 20000 };
#define NLAYOUTS (sizeof layouts / sizeof layouts[0])
#define NPERIODS (sizeof periods / sizeof periods[0])
static struct phase phases[NLAYOUTS * NPERIODS * 2];

/* The flushing hardware of before issue 14, in software: every DTLB and
 * ITLB match register written with 0 by the host, which makes it the
 * host's entry, so no guest entry translates any more (docs/VIRT.md). */
static inline __attribute__((always_inline)) void flush_tlbs(void)
{
    for (uint32_t i = 0; i < TLB_SETS; i++) {
        mtspr(SPR_DTLBW0MR0 + i, 0);
        mtspr(SPR_ITLBW0MR0 + i, 0);
    }
}

/* num/den with `dec` decimals, rounded, into buf (for printf's %s) */
static const char *fx(char *buf, uint32_t num, uint32_t den, int dec)
{
    uint32_t scale = 1;
    for (int i = 0; i < dec; i++)
        scale *= 10;
    if (den == 0)
        return "-";
    uint64_t v = ((uint64_t)num * scale + den / 2) / den;
    uint32_t ip = (uint32_t)(v / scale), fp = (uint32_t)(v % scale);
    if (dec)
        snprintf(buf, 24, "%lu.%0*lu", (unsigned long)ip, dec, (unsigned long)fp);
    else
        snprintf(buf, 24, "%lu", (unsigned long)ip);
    return buf;
}

/* on the ISS alone (iss_alone()): every run's TTCR count must equal its
 * instructions */
static int iss;

static inline __attribute__((always_inline)) void hypercall(struct vm *vm)
{
    uint32_t fn = mfspr(SPR_VMEXINFO0), a[5];
    for (int i = 0; i < 5; i++)
        a[i] = mfspr(SPR_VMEXINFO0 + 1 + i);
    vm->answer = 0;
    switch (fn) {
    case HC_SB_NEXT:
        vm->waiting = 1;
        return;
    case HC_SB_INFO:
        vm->work = a[0];
        vm->dhandler = a[1];
        vm->ihandler = a[2];
        return;
    case HC_SB_REPORT: {
        uint32_t run = a[0], cycles = a[1], dm = a[2], im = a[3], insns = a[4];
        if (insns != vm->work + dm * vm->dhandler + im * vm->ihandler)
            fail("vm%lu: run %lu: %lu instructions reported, %lu + %lu x %lu + %lu x %lu expected",
                 (unsigned long)vm->id, (unsigned long)run, (unsigned long)insns, (unsigned long)vm->work,
                 (unsigned long)dm, (unsigned long)vm->dhandler, (unsigned long)im, (unsigned long)vm->ihandler);
        if (iss && cycles != insns)
            fail("vm%lu: run %lu: on the ISS alone TTCR counted %lu instructions, the guest computed %lu",
                 (unsigned long)vm->id, (unsigned long)run, (unsigned long)cycles, (unsigned long)insns);
        if (run == 0)
            return; /* the warm-up */
        vm->t.runs++;
        vm->t.cycles += cycles;
        vm->t.dmiss += dm;
        vm->t.imiss += im;
        vm->t.insns += insns;
        return;
    }
    case HC_SB_DONE:
        vm->done = 1;
        return;
    }
    fail("vm%lu: unknown hypercall %lu", (unsigned long)vm->id, (unsigned long)fn);
}

/* Runs the VMs that are neither waiting nor done, round-robin on the host
 * tick, until none is left; `flush`: the software flush after every exit.
 * A slice is `period` host cycles of a guest's time: the host's TTCR
 * (continuous mode, the tick at TTCR = period) is zeroed right before the
 * l.vmenter that starts a slice, and a hypercall that does not end the
 * guest's turn resumes it with TTCR at what the slice had used at the exit
 * (the exit included, the hypervisor's handling not). */
static void __attribute__((noinline, section("sbhot_text"), aligned(SB_PAGE)))
run_vms(uint32_t period, int flush, struct stats *out)
{
    const uint32_t ttmr = (TTMR_M_CONT << TTMR_M_SHIFT) | TTMR_IE | period;
    struct stats *st = &sb_hot.st;
    unsigned cur = 0;
    int ticked = 0;
    uint32_t resume = 0, written = 0;
    *st = (struct stats){ 0 };
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    mtspr(SPR_TTCR, 0);
    for (;;) {
        unsigned k = 0;
        while (k < NVMS && (vms[cur].waiting || vms[cur].done)) {
            cur = (cur + 1) % NVMS;
            resume = 0;
            k++;
        }
        if (k == NVMS)
            break;
        struct vm *vm = &vms[cur];
        /* TTCR has counted on since it was written (for a tick, from
         * `period` at the tick) */
        uint32_t now = mfspr(SPR_TTCR);
        st->elapsed += now - written;
        if (ticked)
            st->tick_to_entry += now - period;
        ticked = 0;
        mtspr(SPR_TTMR, ttmr); /* clears IP; the host's SR[TEE] stays clear */
        mtspr(SPR_TTCR, resume);
        written = resume;
        uint32_t refused = sb_enter(vm->id, vm->answer);
        uint32_t used = mfspr(SPR_TTCR);
        uint32_t cause = EXIT_CAUSE(vm->id, refused);
        resume = 0;
        if (cause == EXIT_TICK) {
            st->ticks++;
            ticked = 1;
            cur = (cur + 1) % NVMS;
        } else if (cause == EXIT_VMCALL) {
            st->calls++;
            hypercall(vm);
            if (vm->waiting || vm->done || used >= period)
                cur = (cur + 1) % NVMS; /* its turn is over: a new slice for the next */
            else
                resume = used;
        } else {
            fail("vm%lu: exit cause %lu (VMEXINFO0 0x%lx, 1 0x%lx)", (unsigned long)vm->id, (unsigned long)cause,
                 (unsigned long)mfspr(SPR_VMEXINFO0), (unsigned long)mfspr(SPR_VMEXINFO0 + 1));
        }
        if (flush) {
            uint32_t t0 = mfspr(SPR_TTCR);
            flush_tlbs();
            st->flush_cycles += mfspr(SPR_TTCR) - t0;
            st->flushes++;
        }
    }
    st->elapsed += mfspr(SPR_TTCR) - written;
    mtspr(SPR_TTMR, 0);
    *out = *st;
}

/* Answers every VM's HC_SB_NEXT with its command and runs them until each
 * waits again (or is done). */
static void step(const uint32_t cmd[NVMS], uint32_t period, int flush, struct stats *st)
{
    for (int i = 0; i < NVMS; i++) {
        if (!cmd[i])
            continue;
        if (!vms[i].waiting)
            fail("vm%lu is not waiting for a command", (unsigned long)vms[i].id);
        vms[i].waiting = 0;
        vms[i].answer = cmd[i];
    }
    run_vms(period, flush, st);
}

/* The hypervisor's exit path must stay out of the cache lines of the
 * guests' chunks and data (switchbench.h), or it would evict some of one
 * guest's at every switch: its code (the 0xF00 vector and sb_enter in the
 * vector page, run_vms at a page's start), its data (sb_hot at a page's
 * start) and its stack (at the top of RAM). */
static int overlaps(uint32_t from, uint32_t to, uint32_t lo, uint32_t hi)
{
    for (uint32_t a = from & ~15u; a < to; a += 16) {
        uint32_t index = a & (SB_PAGE - 1);
        if (index >= lo && index < hi)
            return 1;
    }
    return 0;
}

static void check_layout(void)
{
    uint32_t sp;
    __asm__ volatile("l.or %0,r1,r0" : "=r"(sp));
    /* run_vms alone fills its section, which the assembler pads with zero
     * words to its alignment; its last instruction is not 0 */
    const uint32_t *end = __stop_sbhot_text;
    while (end > __start_sbhot_text && end[-1] == 0)
        end--;
    const uint32_t code_lo = SB_CODE_OFF(0), code_hi = SB_CODE_OFF(1) + SB_CHUNKS * SB_CODE_STRIDE;
    if (overlaps(VEC_VMEXIT, (uint32_t)sb_enter_end, code_lo, code_hi) ||
        overlaps((uint32_t)__start_sbhot_text, (uint32_t)end, code_lo, code_hi))
        fail("the exit path's code (0x%x..0x%08lx, 0x%08lx..0x%08lx) shares I-cache lines with the guests' chunks",
             VEC_VMEXIT, (unsigned long)sb_enter_end, (unsigned long)__start_sbhot_text, (unsigned long)end);
    for (int h = 0; h < 2; h++) {
        uint32_t lo = SB_DATA_OFF(h), hi = lo + SB_CHUNKS * SB_DATA_STRIDE;
        if (overlaps((uint32_t)sb_hot.saved, (uint32_t)(&sb_hot + 1), lo, hi) || overlaps(sp - 0x200, sp + 0x100, lo, hi))
            fail("the exit path's data (0x%08lx..0x%08lx, stack at 0x%08lx) shares D-cache lines with the guests'",
                 (unsigned long)sb_hot.saved, (unsigned long)(&sb_hot + 1), (unsigned long)sp);
    }
}

static uint32_t sum(const struct phase *p, uint32_t struct_off)
{
    uint32_t s = 0;
    for (int i = 0; i < NVMS; i++)
        s += *(const uint32_t *)((const char *)&p->t[i] + struct_off);
    return s;
}
#define SUM(p, field) sum((p), offsetof(struct tally, field))

static void print_phase(const struct phase *p)
{
    char b[6][24];
    printf("switchbench: %s, period %lu, %s:", p->layout, (unsigned long)p->period, p->flush ? "flush" : "tagged");
    for (int i = 0; i < NVMS; i++) {
        const struct tally *t = &p->t[i];
        printf("%s vm%lu %s cycles/run, CPI %s, TLB misses/run %s D + %s I", i ? ";" : "", (unsigned long)vms[i].id,
               fx(b[0], t->cycles, t->runs, 0), fx(b[1], t->cycles, t->insns, 3), fx(b[2], t->dmiss, t->runs, 1),
               fx(b[3], t->imiss, t->runs, 1));
    }
    printf("\nswitchbench:   VM exits %lu tick + %lu hypercall; host: tick -> l.vmenter %s cycles", (unsigned long)p->st.ticks,
           (unsigned long)p->st.calls, fx(b[4], p->st.tick_to_entry, p->st.ticks, 0));
    if (p->flush)
        printf(", of which the flush loop %s", fx(b[5], p->st.flush_cycles, p->st.flushes, 0));
    printf("; the phase %lu cycles\n", (unsigned long)p->st.elapsed);
}

/* both guests' figures of a phase */
struct both {
    uint32_t cycles, insns, runs, misses;
};

static struct both both(const struct phase *p)
{
    struct both r = { SUM(p, cycles), SUM(p, insns), SUM(p, runs), SUM(p, dmiss) + SUM(p, imiss) };
    return r;
}

/* the extra guest cycles per extra TLB miss, flush against tagged (both
 * phases count the same runs) */
static const char *per_miss(char *buf, struct both t, struct both f)
{
    return f.cycles > t.cycles && f.misses > t.misses ? fx(buf, f.cycles - t.cycles, f.misses - t.misses, 1) : "-";
}

static void print_ratio(const struct phase *tg, const struct phase *fl)
{
    char b[9][24];
    struct both t = both(tg), f = both(fl);
    printf("switchbench:   flush/tagged: guest cycles x%s for the same work (vm1 x%s, vm2 x%s); CPI %s -> %s; "
           "TLB misses/run %s -> %s, %s guest cycles each; the phase x%s\n",
           fx(b[0], f.cycles, t.cycles, 3), fx(b[1], fl->t[0].cycles, tg->t[0].cycles, 3),
           fx(b[2], fl->t[1].cycles, tg->t[1].cycles, 3), fx(b[3], t.cycles, t.insns, 3), fx(b[4], f.cycles, f.insns, 3),
           fx(b[5], t.misses, t.runs, 1), fx(b[6], f.misses, f.runs, 1), per_miss(b[7], t, f),
           fx(b[8], fl->st.elapsed, tg->st.elapsed, 3));
}

/* The table of docs/PERFORMANCE.md: per guest and run, both guests' mean. */
static void print_summary(unsigned n)
{
    puts("switchbench: summary (per guest and run, both guests' mean; CPI = guest cycles / guest instructions retired)");
    puts("| layout | period | tagged: guest cycles | CPI | TLB misses | flush: guest cycles | CPI | TLB misses | "
         "flush/tagged | guest cycles a miss | host: flush loop a switch | whole phase flush/tagged |");
    puts("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (unsigned k = 0; k + 1 < n; k += 2) {
        const struct phase *tg = &phases[k], *fl = &phases[k + 1];
        struct both t = both(tg), f = both(fl);
        char b[11][24];
        printf("| %s | %lu | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", tg->layout, (unsigned long)tg->period,
               fx(b[0], t.cycles, t.runs, 0), fx(b[1], t.cycles, t.insns, 3), fx(b[2], t.misses, t.runs, 1),
               fx(b[3], f.cycles, f.runs, 0), fx(b[4], f.cycles, f.insns, 3), fx(b[5], f.misses, f.runs, 1),
               fx(b[6], f.cycles, t.cycles, 3), per_miss(b[7], t, f), fx(b[8], fl->st.flush_cycles, fl->st.flushes, 0),
               fx(b[9], fl->st.elapsed, tg->st.elapsed, 3));
    }
}

int main(void)
{
    puts("switchbench: VM switches, tagged TLBs vs flushing (docs/PERFORMANCE.md)");
    or1k_sr_set(SR_ICE | SR_DCE);
    need_monitor();
    check_layout();
    if (switch_guest_size == 0 || switch_guest_size > KERNEL_REGION)
        fail("bad guest image: %lu bytes", (unsigned long)switch_guest_size);
    /* switch-images.S pads the last page with zeros */
    for (int i = 0; i < NVMS; i++)
        build_vm_image(&vms[i].id, vms[i].rg, VM_REGIONS, switch_guest_start, &switch_guest_size);

    struct stats st;
    uint32_t cmd[NVMS];
    mtspr(SPR_TTMR, TTMR_M_CONT << TTMR_M_SHIFT);
    iss = iss_alone();
    if (iss)
        puts("switchbench: on the ISS alone: TTCR counts instructions, so every run's CPI must be 1 (checked)");
    /* boot: both run to their first HC_SB_NEXT */
    run_vms(periods[0], 0, &st);
    /* the workload into each work area a VM will run */
    cmd[0] = AREA_LO | SB_CMD_PREPARE;
    cmd[1] = AREA_LO | SB_HALF_HIGH | SB_CMD_PREPARE;
    step(cmd, periods[0], 0, &st);
    cmd[0] = 0;
    cmd[1] = AREA_HI | SB_HALF_HIGH | SB_CMD_PREPARE;
    step(cmd, periods[0], 0, &st);

    unsigned n = 0;
    for (unsigned l = 0; l < NLAYOUTS; l++)
        for (unsigned q = 0; q < NPERIODS; q++)
            for (int flush = 0; flush < 2; flush++) {
                struct phase *p = &phases[n++];
                p->layout = layouts[l].name;
                p->period = periods[q];
                p->flush = flush;
                flush_tlbs(); /* every phase starts with no guest entry */
                for (int i = 0; i < NVMS; i++) {
                    memset(&vms[i].t, 0, sizeof vms[i].t);
                    cmd[i] = layouts[l].area[i] | (vms[i].high ? SB_HALF_HIGH : 0) | SB_CMD_RUN;
                }
                step(cmd, p->period, flush, &p->st);
                for (int i = 0; i < NVMS; i++) {
                    p->t[i] = vms[i].t;
                    if (p->t[i].runs != SB_RUNS - 1)
                        fail("vm%lu: %lu runs measured", (unsigned long)vms[i].id, (unsigned long)p->t[i].runs);
                }
                if (n == 1)
                    printf("switchbench: a run: %lu instructions without TLB misses (%u rounds of %u code and %u data "
                           "pages), + %lu a DTLB miss, + %lu an ITLB miss; %u runs a phase and guest, the first "
                           "not counted\n",
                           (unsigned long)vms[0].work, SB_ROUNDS, SB_CHUNKS, SB_CHUNKS, (unsigned long)vms[0].dhandler,
                           (unsigned long)vms[0].ihandler, SB_RUNS);
                print_phase(p);
                if (flush)
                    print_ratio(p - 1, p);
            }

    print_summary(n);
    cmd[0] = cmd[1] = SB_CMD_DONE;
    step(cmd, periods[0], 0, &st);
    for (int i = 0; i < NVMS; i++) {
        if (!vms[i].done)
            fail("vm%lu did not finish", (unsigned long)vms[i].id);
        smc_ok("destroy", &vms[i].id, SMC_VM_DESTROY, 0, 0);
    }
    puts("switchbench: done");
    return 0;
}

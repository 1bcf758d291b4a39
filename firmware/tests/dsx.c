/* An exception in a branch delay slot: EPCR = the branch (so l.rfe
 * re-executes branch and slot), SR[DSX] set while the handler runs; an
 * exception outside a delay slot leaves SR[DSX] clear; a fault the handler
 * repairs (a misaligned base register) re-executes branch and slot.
 * QEMU 7.2 reports EPCR = the slot instruction and no DSX (qemu-gaps.txt). */
#include "exc-test.h"

uint32_t dsx_resume_at; /* global: the asm below stores to it by name */

/* Records, then resumes at dsx_resume_at (the delay slot cannot be retried). */
static void redirect_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    f->epcr = dsx_resume_at;
}

/* Executes `branch` with `slot` in its delay slot; `br` gets the branch's
 * address, dsx_resume_at the label after the sequence. */
#define IN_SLOT(br, branch, slot)                                                                  \
    __asm__ volatile("l.movhi %0,hi(1f)\n\t"                                                       \
                     "l.ori %0,%0,lo(1f)\n\t"                                                      \
                     "l.movhi r13,hi(3f)\n\t"                                                      \
                     "l.ori r13,r13,lo(3f)\n\t"                                                    \
                     "l.movhi r15,hi(dsx_resume_at)\n\t"                                             \
                     "l.ori r15,r15,lo(dsx_resume_at)\n\t"                                   \
                     "l.sw 0(r15),r13\n\t"                                             \
                     "l.sfeq r0,r0\n\t"                                                            \
                     "1: " branch "\n\t" slot "\n\t"                                               \
                     "l.nop\n"                                                                     \
                     "2: l.nop\n"                                                                  \
                     "3:"                                                                          \
                     : "=&r"(br) : : "r9", "r13", "r15", "memory")

static void check(const char *what, unsigned vector, uint32_t br)
{
    printf("  %s\n", what);
    CHECK_EQ("exception taken once", exc.count, 1);
    CHECK_EQ("vector", exc.vector, vector);
    CHECK_EQ("EPCR = the branch", exc.epcr, br);
    CHECK_EQ("SR[DSX] set in the handler", exc.sr & SR_DSX, SR_DSX);
}

static uint32_t words[2] __attribute__((aligned(4))) = { 0x11223344, 0x55667788 };

/* Alignment fault in the slot: the handler aligns the base (r13) in the
 * frame and returns to EPCR = the branch, which then runs branch + slot. */
static void align_fix_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    f->r[13] &= ~3u;
}

static void repair_and_retry(void)
{
    uint32_t br, val, base = (uint32_t)&words[1] + 2, links;
    or1k_set_handler(VEC_ALIGN, align_fix_handler);
    exc_reset(0);
    __asm__ volatile("l.or r13,%3,%3\n\t"
                     "l.ori %2,r0,0\n\t"
                     "l.movhi %0,hi(1f)\n\t"
                     "l.ori %0,%0,lo(1f)\n\t"
                     "1: l.j 2f\n\t"
                     "l.lwz %1,0(r13)\n\t"
                     "l.ori %2,r0,99\n"   /* never runs */
                     "2:"
                     : "=&r"(br), "=&r"(val), "=&r"(links) : "r"(base) : "r13", "memory");
    check("misaligned l.lwz in the slot of l.j, repaired", VEC_ALIGN, br);
    CHECK_EQ("EEAR = the misaligned address", exc.eear, base);
    CHECK_EQ("slot re-executed with the repaired base", val, 0x55667788);
    CHECK_EQ("the branch was taken after the retry", links, 0);
}

int main(void)
{
    test_begin("dsx");
    or1k_set_handler(VEC_ILLEGAL, redirect_handler);
    or1k_set_handler(VEC_TRAP, redirect_handler);
    or1k_set_handler(VEC_SYSCALL, exc_record_handler);
    uint32_t br;

    exc_reset(0);
    IN_SLOT(br, "l.j 2f", ".word 0xfc000000");
    check("illegal instruction in the slot of l.j", VEC_ILLEGAL, br);
    CHECK_EQ("EEAR = the illegal instruction", exc.eear, br + 4);

    exc_reset(0);
    IN_SLOT(br, "l.bf 2f", "l.trap 0");
    check("l.trap in the slot of a taken l.bf", VEC_TRAP, br);

    exc_reset(0);
    IN_SLOT(br, "l.bnf 2f", "l.trap 0");
    check("l.trap in the slot of a not-taken l.bnf", VEC_TRAP, br);

    exc_reset(0);
    IN_SLOT(br, "l.jal 2f", ".word 0xfc000000");
    check("illegal instruction in the slot of l.jal", VEC_ILLEGAL, br);

    repair_and_retry();

    /* outside a delay slot: DSX clear */
    exc_reset(0);
    __asm__ volatile("l.sys 0" ::: "memory");
    CHECK_EQ("l.sys outside a slot taken", exc.count, 1);
    CHECK_EQ("SR[DSX] clear outside a delay slot", exc.sr & SR_DSX, 0);
    return test_end();
}

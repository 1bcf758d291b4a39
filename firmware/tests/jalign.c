/* l.jr/l.jalr to a misaligned target raise the alignment exception at the
 * jump, as or1ksim does: EPCR = EEAR = the jump, SR[DSX] clear, the delay
 * slot has not run and l.jalr has not written r9. The handler resumes at
 * EPCR + 4 (the slot, now as a plain instruction); had the fault been taken
 * at the fetch of the target instead (EPCR = the target), EPCR + 4 would be
 * misaligned too and the handler would see a second fault, which fails. */
#include "exc-test.h"

static void skip_once_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    if (exc.count > 1)
        test_fail("the skip faulted again: the exception was not taken at the jump", __FILE__, __LINE__);
}

/* Jumps to `target` with `jump` ("l.jr" or "l.jalr"); `pc` gets the jump's
 * address, the return value counts the slot (1) and the next instruction
 * (0x10); `link` gets r9 afterwards (preset to 0x99). */
#define JUMP(jump, pc, count, link, target)                                                        \
    __asm__ volatile("l.ori %1,r0,0\n\t"                                                           \
                     "l.ori r9,r0,0x99\n\t"                                                        \
                     "l.movhi %0,hi(1f)\n\t"                                                       \
                     "l.ori %0,%0,lo(1f)\n\t"                                                      \
                     "1: " jump " %3\n\t"                                                          \
                     "l.addi %1,%1,1\n\t"                                                          \
                     "l.addi %1,%1,0x10\n\t"                                                       \
                     "l.j 3f\n\t"                                                                  \
                     "l.nop\n"                                                                     \
                     "2: l.addi %1,%1,0x100\n"                                                     \
                     "3: l.or %2,r9,r9\n"                                                          \
                     : "=&r"(pc), "=&r"(count), "=&r"(link)                                        \
                     : "r"(target)                                                                 \
                     : "r9", "memory")

static uint32_t label2(void)
{
    uint32_t a;
    __asm__ volatile("l.movhi %0,hi(2f)\n\tl.ori %0,%0,lo(2f)\n\tl.j 3f\n\tl.nop\n2: l.nop\n3:" : "=r"(a));
    return a;
}

static void check(const char *what, uint32_t pc, uint32_t count, uint32_t link, uint32_t want_link)
{
    exc_expect(what, VEC_ALIGN, pc);
    CHECK_EQ("EEAR = the jump", exc.eear, pc);
    CHECK_EQ("ESR: not in a delay slot", exc.esr & SR_DSX, 0);
    CHECK_EQ("slot ran once (after the handler), target not reached", count, 0x11);
    CHECK_EQ("r9", link, want_link);
}

int main(void)
{
    test_begin("jalign");
    or1k_set_handler(VEC_ALIGN, skip_once_handler);
    uint32_t pc, count, link, bad = label2() + 2;

    exc_reset(4);
    JUMP("l.jr", pc, count, link, bad);
    check("l.jr to target + 2", pc, count, link, 0x99);

    exc_reset(4);
    JUMP("l.jalr", pc, count, link, bad + 1);
    check("l.jalr to target + 3: no link", pc, count, link, 0x99);

    exc_reset(4);
    JUMP("l.jr", pc, count, link, bad - 1);
    check("l.jr to target + 1", pc, count, link, 0x99);

    /* an aligned register jump still works and links */
    uint32_t good, gpc;
    exc_reset(4);
    __asm__ volatile("l.movhi %2,hi(2f)\n\tl.ori %2,%2,lo(2f)\n\t"
                     "l.movhi %0,hi(1f)\n\tl.ori %0,%0,lo(1f)\n\t"
                     "l.ori %1,r0,0\n"
                     "1: l.jalr %2\n\tl.addi %1,%1,1\n\tl.addi %1,%1,0x10\n"
                     "2: l.addi %1,%1,0x100\n\tl.or %2,r9,r9\n"
                     : "=&r"(gpc), "=&r"(count), "=&r"(good) : : "r9", "memory");
    CHECK_EQ("aligned l.jalr: no exception", exc.count, 0);
    CHECK_EQ("aligned l.jalr: slot and target ran", count, 0x101);
    CHECK_EQ("aligned l.jalr links the jump + 8", good, gpc + 8);
    return test_end();
}

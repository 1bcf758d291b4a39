/* Static branch prediction (docs/CORE.md): l.j, l.jal and backward
 * l.bf/l.bnf are predicted taken in ID, so fetch goes to the target right
 * after the delay slot; EX sends a mispredicted one to branch + 8. Every
 * case checks the architectural result, which must not depend on the
 * prediction:
 *  - a backward loop (predicted, right until the last pass, then wrong)
 *    whose delay slot does work and whose exit falls through;
 *  - a backward branch not taken at once (mispredicted);
 *  - a predicted branch in the last word of an I-cache line, its delay
 *    slot in the next line (fetch waits for the slot, then jumps), with
 *    that line invalidated first (ICBIR) so the slot misses in the cache;
 *  - a load that faults (misaligned) in the delay slot of a predicted
 *    branch, and as the first instruction at its target: the handler
 *    repairs the base and returns, and the loop goes on exactly. */
#include "exc-test.h"

static uint32_t words[4] __attribute__((aligned(16))) = { 1, 2, 3, 4 };

/* Backward l.bf loop: 7 passes, the slot adds 10 each time, the body 1. */
static void loop_bf(void)
{
    uint32_t n = 7, acc = 0, slot = 0;
    __asm__ volatile("1: l.addi %0,%0,-1\n\t"
                     "l.addi %1,%1,1\n\t"
                     "l.sfne %0,r0\n\t"
                     "l.bf 1b\n\t"
                     "l.addi %2,%2,10\n\t"
                     : "+r"(n), "+r"(acc), "+r"(slot) : : "memory");
    CHECK_EQ("backward l.bf loop: body passes", acc, 7);
    CHECK_EQ("backward l.bf loop: delay slot once per pass", slot, 70);
}

/* Backward l.bnf, not taken on its first execution (mispredicted), then a
 * backward l.j (always predicted) over it. */
static void backward_not_taken(void)
{
    uint32_t path = 0;
    __asm__ volatile("l.j 2f\n\t"
                     "l.ori %0,%0,1\n"
                     "1: l.ori %0,%0,2\n\t"   /* never: the l.bnf below is not taken */
                     "l.j 3f\n\t"
                     "l.nop\n"
                     "2: l.sfeq r0,r0\n\t"
                     "l.bnf 1b\n\t"           /* flag set: not taken, predicted taken */
                     "l.ori %0,%0,4\n\t"      /* its delay slot runs */
                     "l.ori %0,%0,8\n"        /* and the fall-through */
                     "3:"
                     : "+r"(path) : : "memory");
    CHECK_EQ("mispredicted backward l.bnf: slot and fall-through ran, target did not", path, 1 | 4 | 8);
}

/* The loop branch is the last word of a 16-byte line, its delay slot the
 * first word of the next line; `inv` (that line) is invalidated before each
 * run so that the slot misses. */
static void slot_in_next_line(void)
{
    uint32_t n, acc, slot, inv;
    (void)inv;
    for (int round = 0; round < 2; round++) {
        n = 3;
        acc = 0;
        slot = 0;
        __asm__ volatile("l.movhi %3,hi(2f)\n\t"
                         "l.ori %3,%3,lo(2f)\n\t"
                         "l.mtspr r0,%3,%4\n\t"   /* ICBIR: the slot's line */
                         "l.j 1f\n\t"
                         "l.nop\n\t"
                         ".balign 16\n"
                         "1: l.addi %0,%0,-1\n\t"
                         "l.addi %1,%1,1\n\t"
                         "l.sfne %0,r0\n\t"
                         "l.bf 1b\n"              /* last word of the line */
                         "2: l.addi %2,%2,10\n\t" /* first word of the next */
                         : "+r"(n), "+r"(acc), "+r"(slot), "=&r"(inv)
                         : "K"(SPR_ICBIR) : "memory");
        CHECK_EQ("slot in the next line: body passes", acc, 3);
        CHECK_EQ("slot in the next line: slot once per pass", slot, 30);
    }
}

/* The handler makes the base register (r13) aligned and returns: the
 * faulting load runs again. */
static void align_fix_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    f->r[13] &= ~3u;
}

/* A predicted backward loop whose delay slot loads through r13, misaligned
 * on the first pass only: one alignment exception, EPCR = the branch (the
 * slot re-executes with the branch), and the loop completes exactly. */
static void fault_in_slot(void)
{
    uint32_t n = 4, acc = 0, sum = 0, br;
    or1k_set_handler(VEC_ALIGN, align_fix_handler);
    exc_reset(0);
    __asm__ volatile("l.ori r13,%4,2\n\t"   /* misaligned: words + 2 */
                     "l.movhi %3,hi(2f)\n\t"
                     "l.ori %3,%3,lo(2f)\n"
                     "1: l.addi %0,%0,-1\n\t"
                     "l.addi %1,%1,1\n\t"
                     "l.sfne %0,r0\n"
                     "2: l.bf 1b\n\t"
                     "l.lwz r15,0(r13)\n\t"
                     "l.add %2,%2,r15\n\t"  /* after the loop: the last load */
                     : "+r"(n), "+r"(acc), "+r"(sum), "=&r"(br)
                     : "r"(words) : "r13", "r15", "memory");
    CHECK_EQ("fault in a predicted branch's slot: one exception", exc.count, 1);
    CHECK_EQ("vector", exc.vector, VEC_ALIGN);
    CHECK_EQ("EPCR = the branch", exc.epcr, br);
    CHECK_EQ("SR[DSX] in the handler", exc.sr & SR_DSX, SR_DSX);
    CHECK_EQ("EEAR = the misaligned address", exc.eear, (uint32_t)words + 2);
    CHECK_EQ("loop passes", acc, 4);
    CHECK_EQ("the slot's load after the repair", sum, 1);
}

/* The first instruction at a predicted branch's target is a load that
 * faults on the second pass: EPCR = that load, no DSX. */
static void fault_at_target(void)
{
    uint32_t n = 3, acc = 0, at;
    or1k_set_handler(VEC_ALIGN, align_fix_handler);
    exc_reset(0);
    __asm__ volatile("l.or r13,%3,%3\n\t"     /* aligned on the first pass */
                     "l.movhi %2,hi(1f)\n\t"
                     "l.ori %2,%2,lo(1f)\n"
                     "1: l.lwz r15,0(r13)\n\t"
                     "l.add %1,%1,r15\n\t"
                     "l.addi %0,%0,-1\n\t"
                     "l.sfne %0,r0\n\t"
                     "l.bf 1b\n\t"
                     "l.ori r13,r13,2\n\t"  /* slot: misaligns the next pass's base */
                     : "+r"(n), "+r"(acc), "=&r"(at)
                     : "r"(&words[1]) : "r13", "r15", "memory");
    CHECK_EQ("fault at a predicted target: exceptions", exc.count, 2);
    CHECK_EQ("vector", exc.vector, VEC_ALIGN);
    CHECK_EQ("EPCR = the load at the target", exc.epcr, at);
    CHECK_EQ("SR[DSX] clear", exc.sr & SR_DSX, 0);
    CHECK_EQ("each pass loaded words[1]", acc, 3 * 2);
}

int main(void)
{
    test_begin("brpred");
    loop_bf();
    backward_not_taken();
    slot_in_next_line();
    fault_in_slot();
    fault_at_target();
    return test_end();
}

/* Range exception (0xB00): with SR[OVE] set, a signed overflow (SR[OV])
 * of l.add/l.addi/l.mul traps with EPCR = the instruction; no overflow, or
 * no SR[OVE], no trap. As in OR1200, exception entry clears SR[OVE] (else
 * the handler's own arithmetic could trap again); QEMU 7.2 keeps it set,
 * so there the handler recurses (see qemu-gaps.txt). Only overflow cases
 * without carry are used: QEMU also traps on SR[CY], the manual on OV. */
#include "exc-test.h"

/* Runs `insn` with SR[OVE] set (then clears it) and returns its address. */
#define WITH_OVE(pc, out, insn, a, b)                                                              \
    __asm__ volatile("l.mfspr r13,r0,%4\n\t"                                                       \
                     "l.ori r13,r13,%5\n\t"                                                        \
                     "l.mtspr r0,r13,%4\n\t"                                                       \
                     "l.movhi %1,hi(1f)\n\t"                                                       \
                     "l.ori %1,%1,lo(1f)\n\t"                                                      \
                     "1: " insn "\n\t"                                                             \
                     "l.mfspr r13,r0,%4\n\t"                                                       \
                     "l.xori r13,r13,%5\n\t"                                                       \
                     "l.mtspr r0,r13,%4"                                                           \
                     : "=&r"(out), "=&r"(pc)                                                       \
                     : "r"(a), "r"(b), "K"(SPR_SR), "K"(SR_OVE)                                    \
                     : "r13", "memory")

static void range(void)
{
    uint32_t pc, out;
    exc_reset(4);
    WITH_OVE(pc, out, "l.add %0,%2,%3", 0x7fffffff, 1);
    exc_expect("l.add signed overflow", VEC_RANGE, pc);
    CHECK_EQ("ESR had OVE", exc.esr & SR_OVE, SR_OVE);
    exc_reset(4);
    WITH_OVE(pc, out, "l.addi %0,%2,-1", 0x80000000, 0);
    exc_expect("l.addi signed overflow", VEC_RANGE, pc);
    exc_reset(4);
    WITH_OVE(pc, out, "l.mul %0,%2,%3", 0x10000, 0x10000);
    exc_expect("l.mul signed overflow", VEC_RANGE, pc);
    /* no overflow and no carry: no exception, result written */
    exc_reset(4);
    WITH_OVE(pc, out, "l.add %0,%2,%3", 40, 2);
    CHECK_EQ("l.add without overflow: no exception", exc.count, 0);
    CHECK_EQ("l.add result under OVE", out, 42);
    /* overflow without OVE: no exception */
    exc_reset(4);
    AT_PC(pc, out, "l.add %0,%2,%3", 0x7fffffff, 1);
    CHECK_EQ("overflow without SR[OVE]: no exception", exc.count, 0);
    CHECK_EQ("SR[OVE] cleared again", mfspr(SPR_SR) & SR_OVE, 0);
}

int main(void)
{
    test_begin("range");
    or1k_set_handler(VEC_RANGE, exc_record_handler);
    range();
    return test_end();
}

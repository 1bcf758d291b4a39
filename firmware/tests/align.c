/* Alignment exceptions (0x600): misaligned word and halfword loads and
 * stores fault with EPCR = the instruction and EEAR = the address, and
 * write nothing; aligned accesses do not fault. QEMU 7.2 performs
 * misaligned accesses instead (see qemu-gaps.txt). */
#include "exc-test.h"

static uint8_t data[16] __attribute__((aligned(4))) = { 1, 2, 3, 4, 5, 6, 7, 8 };

static void alignment(void)
{
    uint32_t pc, out;
    static const int offs[] = { 1, 2, 3 };
    for (unsigned i = 0; i < 3; i++) {
        uint8_t *p = data + offs[i];
        exc_reset(4);
        AT_PC(pc, out, "l.lwz %0,0(%2)", p, 0);
        exc_expect("l.lwz misaligned", VEC_ALIGN, pc);
        CHECK_EQ("EEAR = the misaligned address", exc.eear, (uint32_t)p);

        exc_reset(4);
        AT_PC(pc, out, "l.sw 0(%2),%3", p, 0x12345678);
        exc_expect("l.sw misaligned", VEC_ALIGN, pc);
        CHECK_EQ("EEAR = the misaligned address", exc.eear, (uint32_t)p);
    }
    CHECK_EQ("misaligned stores wrote nothing", data[1] | data[2] << 8 | data[3] << 16, 2 | 3 << 8 | 4 << 16);
    uint8_t *odd = data + 5;
    exc_reset(4);
    AT_PC(pc, out, "l.lhz %0,0(%2)", odd, 0);
    exc_expect("l.lhz odd", VEC_ALIGN, pc);
    CHECK_EQ("EEAR = the odd address", exc.eear, (uint32_t)odd);
    exc_reset(4);
    AT_PC(pc, out, "l.lhs %0,0(%2)", odd, 0);
    exc_expect("l.lhs odd", VEC_ALIGN, pc);
    exc_reset(4);
    AT_PC(pc, out, "l.sh 0(%2),%3", odd, 0xffff);
    exc_expect("l.sh odd", VEC_ALIGN, pc);
    CHECK_EQ("EEAR = the odd address", exc.eear, (uint32_t)odd);
    CHECK_EQ("misaligned l.sh wrote nothing", data[5], 6);
    /* aligned halfword and byte accesses do not fault */
    exc_reset(4);
    AT_PC(pc, out, "l.lhz %0,2(%2)", data, 0);
    CHECK_EQ("aligned l.lhz: no exception", exc.count, 0);
    CHECK_EQ("aligned l.lhz value", out, 0x0304);
    AT_PC(pc, out, "l.lbz %0,3(%2)", data, 0);
    CHECK_EQ("l.lbz: no exception", exc.count, 0);
    (void)out;
}

int main(void)
{
    test_begin("align");
    or1k_set_handler(VEC_ALIGN, exc_record_handler);
    alignment();
    return test_end();
}

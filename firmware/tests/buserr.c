/* Bus error (0x200): a load or store to an unmapped address (0xA0000000,
 * above the devices; 0x8fff0000, in the uncached RAM alias window at
 * RAM_UNCACHED_ALIAS but beyond the RAM's size) faults with EPCR = the
 * instruction and EEAR = the address, and stores nothing; a jump to an
 * unmapped address faults on the fetch with EPCR = EEAR = that address. QEMU 7.2 has no bus errors
 * (unmapped reads return 0, see qemu-gaps.txt). */
#include "exc-test.h"

#define UNMAPPED 0xA0000000u

static void to_link_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    f->epcr = f->r[9]; /* fetch fault: continue after the l.jalr */
}

int main(void)
{
    test_begin("buserr");
    or1k_set_handler(VEC_BUS_ERROR, exc_record_handler);
    uint32_t pc, out;
    static const uint32_t addrs[] = { UNMAPPED, UNMAPPED + 0x1000, 0x8fff0000u };

    for (unsigned i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
        exc_reset(4);
        AT_PC(pc, out, "l.lwz %0,0(%2)", addrs[i], 0);
        CHECK_EQ("l.lwz: bus error taken", exc.count, 1);
        CHECK_EQ("vector", exc.vector, VEC_BUS_ERROR);
        CHECK_EQ("EPCR = the load", exc.epcr, pc);
        CHECK_EQ("EEAR = the address", exc.eear, addrs[i]);

        exc_reset(4);
        AT_PC(pc, out, "l.sb 3(%2),%3", addrs[i], 0x5a);
        CHECK_EQ("l.sb: bus error taken", exc.count, 1);
        CHECK_EQ("EPCR = the store", exc.epcr, pc);
        CHECK_EQ("EEAR = the address", exc.eear, addrs[i] + 3);
    }
    (void)out;

    /* instruction fetch from an unmapped address */
    or1k_set_handler(VEC_BUS_ERROR, to_link_handler);
    exc_reset(0);
    __asm__ volatile("l.jalr %0\n\tl.nop" : : "r"(UNMAPPED) : "r9", "memory");
    CHECK_EQ("fetch: bus error taken", exc.count, 1);
    CHECK_EQ("fetch: vector", exc.vector, VEC_BUS_ERROR);
    CHECK_EQ("fetch: EPCR = the target", exc.epcr, UNMAPPED);
    CHECK_EQ("fetch: EEAR = the target", exc.eear, UNMAPPED);
    return test_end();
}

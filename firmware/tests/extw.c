/* l.extws/l.extwz (OR1200 ALU op 0xd): on a 32-bit machine both copy rA.
 * Separate from alu.c because QEMU 7.2 does not decode them (illegal
 * instruction); the test also checks they are not illegal. */
#include "alu-test.h"

int main(void)
{
    test_begin("extw");
    for (unsigned i = 0; i < N_EDGES; i++) {
        uint32_t a = alu_edges[i], r;
        RUN_R("l.extws", a, r);
        CHECK_EQ("l.extws", r, a);
        RUN_R("l.extwz", a, r);
        CHECK_EQ("l.extwz", r, a);
    }
    return test_end();
}

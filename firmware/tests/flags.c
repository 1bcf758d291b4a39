/* The two arithmetic flags QEMU 7.2 computes wrongly, against C golden
 * models (the rest of the ALU, which QEMU gets right, is in alu.c/muldiv.c):
 *  - l.sub SR[OV], signed overflow of rA - rB (QEMU: (res ^ rB) & (rA ^ rB),
 *    wrong whenever the signs differ: 5 - (-3) sets OV, 0x80000000 - 1
 *    does not);
 *  - l.mulu SR[CY], unsigned overflow of rA * rB (QEMU: signed overflow,
 *    so 0xffffffff * 0xffffffff leaves CY clear). */
#include "alu-test.h"

static void check_sub(uint32_t a, uint32_t b)
{
    uint32_t r, sr, want = a - b;
    uint32_t flags = (a < b ? SR_CY : 0) | ((((a ^ b) & (a ^ want)) >> 31) ? SR_OV : 0);
    /* start from the opposite flags so stale values show */
    RUN_RR("l.sub", a, b, flags ^ (SR_CY | SR_OV), r, sr);
    CHECK_EQ("l.sub result", r, want);
    CHECK_EQ("l.sub CY/OV", sr & (SR_CY | SR_OV), flags);
}

static void check_mulu(uint32_t a, uint32_t b)
{
    uint32_t r, sr;
    uint64_t p = (uint64_t)a * b;
    uint32_t cy = (p >> 32) ? SR_CY : 0;
    RUN_RR("l.mulu", a, b, cy ^ SR_CY, r, sr);
    CHECK_EQ("l.mulu result", r, (uint32_t)p);
    CHECK_EQ("l.mulu CY", sr & SR_CY, cy);
}

int main(void)
{
    test_begin("flags");
    /* the cases named above, explicitly */
    check_sub(5, (uint32_t)-3);
    check_sub(0x80000000, 1);
    check_sub(0, 0x80000000);
    check_mulu(0xffffffff, 0xffffffff);
    check_mulu(0x7fffffff, 2);
    for (unsigned i = 0; i < N_EDGES; i++)
        for (unsigned j = 0; j < N_EDGES; j++) {
            check_sub(alu_edges[i], alu_edges[j]);
            check_mulu(alu_edges[i], alu_edges[j]);
        }
    srand(7);
    for (int n = 0; n < 500; n++) {
        uint32_t a = rand32(), b = rand32();
        check_sub(a, b);
        check_mulu(a, b);
        check_mulu(a, b >> (n & 31));
    }
    return test_end();
}

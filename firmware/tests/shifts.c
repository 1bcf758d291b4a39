/* l.sll/srl/sra/ror (amount = rB[4:0]) and l.slli/srli/srai/rori against
 * C golden models. */
#include "alu-test.h"

static uint32_t gold_sra(uint32_t a, uint32_t n)
{
    n &= 31;
    return (a & 0x80000000) && n ? (a >> n) | ~(0xffffffffu >> n) : a >> n;
}

static uint32_t gold_ror(uint32_t a, uint32_t n)
{
    n &= 31;
    return n ? (a >> n) | (a << (32 - n)) : a;
}

static void check_reg(uint32_t a, uint32_t b)
{
    uint32_t r, sr;
    RUN_RR("l.sll", a, b, 0, r, sr);
    CHECK_EQ("l.sll", r, a << (b & 31));
    RUN_RR("l.srl", a, b, 0, r, sr);
    CHECK_EQ("l.srl", r, a >> (b & 31));
    RUN_RR("l.sra", a, b, 0, r, sr);
    CHECK_EQ("l.sra", r, gold_sra(a, b));
    RUN_RR("l.ror", a, b, 0, r, sr);
    CHECK_EQ("l.ror", r, gold_ror(a, b));
}

#define CHECK_IMM(a, n)                                                                            \
    do {                                                                                           \
        uint32_t r, sr;                                                                            \
        RUN_RI("l.slli", a, n, 0, r, sr);                                                          \
        CHECK_EQ("l.slli " #n, r, a << (n));                                                       \
        RUN_RI("l.srli", a, n, 0, r, sr);                                                          \
        CHECK_EQ("l.srli " #n, r, a >> (n));                                                       \
        RUN_RI("l.srai", a, n, 0, r, sr);                                                          \
        CHECK_EQ("l.srai " #n, r, gold_sra(a, n));                                                 \
        RUN_RI("l.rori", a, n, 0, r, sr);                                                          \
        CHECK_EQ("l.rori " #n, r, gold_ror(a, n));                                                 \
    } while (0)

static void check_imms(uint32_t a)
{
    CHECK_IMM(a, 0);
    CHECK_IMM(a, 1);
    CHECK_IMM(a, 4);
    CHECK_IMM(a, 15);
    CHECK_IMM(a, 16);
    CHECK_IMM(a, 17);
    CHECK_IMM(a, 31);
}

int main(void)
{
    test_begin("shifts");
    for (unsigned i = 0; i < N_EDGES; i++) {
        for (uint32_t n = 0; n < 32; n++)
            check_reg(alu_edges[i], n);
        /* only rB[4:0] counts */
        check_reg(alu_edges[i], 32);
        check_reg(alu_edges[i], 0xffffffe1);
        check_imms(alu_edges[i]);
    }
    srand(3);
    for (int n = 0; n < 300; n++) {
        uint32_t a = rand32();
        check_reg(a, rand32());
        check_imms(a);
    }
    return test_end();
}

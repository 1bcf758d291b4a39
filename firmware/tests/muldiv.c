/* l.mul/l.muli (SR[OV] on signed overflow), l.mulu (result; SR[CY]: flags.c), l.div/l.divu (results; divide by zero: the result is
 * undefined, only SR[OV] for l.div and SR[CY] for l.divu are checked), all
 * against C golden models. */
#include "alu-test.h"

static void check_pair(uint32_t a, uint32_t b)
{
    uint32_t r, sr;
    int64_t sp = (int64_t)(int32_t)a * (int32_t)b;
    uint64_t up = (uint64_t)a * b;
    uint32_t ov = (sp != (int32_t)sp) ? SR_OV : 0;
    uint32_t cy = (up >> 32) ? SR_CY : 0;

    RUN_RR("l.mul", a, b, ov ^ SR_OV, r, sr);
    CHECK_EQ("l.mul result", r, (uint32_t)sp);
    CHECK_EQ("l.mul OV", sr & SR_OV, ov);

    /* l.mulu's SR[CY] is checked in flags.c (QEMU 7.2 gets it wrong) */
    (void)cy;
    RUN_RR("l.mulu", a, b, 0, r, sr);
    CHECK_EQ("l.mulu result", r, (uint32_t)up);

    if (b == 0) {
        RUN_RR("l.div", a, b, 0, r, sr);
        CHECK_EQ("l.div by zero sets OV", sr & SR_OV, SR_OV);
        RUN_RR("l.divu", a, b, 0, r, sr);
        CHECK_EQ("l.divu by zero sets CY", sr & SR_CY, SR_CY);
        return;
    }
    if (!(a == 0x80000000 && b == 0xffffffff)) { /* INT_MIN / -1 overflows: undefined */
        RUN_RR("l.div", a, b, SR_OV, r, sr);
        CHECK_EQ("l.div result", r, (uint32_t)((int32_t)a / (int32_t)b));
        CHECK_EQ("l.div clears OV", sr & SR_OV, 0);
    }
    RUN_RR("l.divu", a, b, SR_CY, r, sr);
    CHECK_EQ("l.divu result", r, a / b);
    CHECK_EQ("l.divu clears CY", sr & SR_CY, 0);
}

#define CHECK_MULI(a, imm)                                                                         \
    do {                                                                                           \
        uint32_t r, sr;                                                                            \
        int64_t p = (int64_t)(int32_t)(a) * (int16_t)(imm);                                        \
        uint32_t ov = (p != (int32_t)p) ? SR_OV : 0;                                               \
        RUN_RI("l.muli", a, imm, ov ^ SR_OV, r, sr);                                               \
        CHECK_EQ("l.muli result " #imm, r, (uint32_t)p);                                           \
        CHECK_EQ("l.muli OV " #imm, sr & SR_OV, ov);                                               \
    } while (0)

static void check_muli(uint32_t a)
{
    CHECK_MULI(a, 0);
    CHECK_MULI(a, 1);
    CHECK_MULI(a, -1);
    CHECK_MULI(a, 3);
    CHECK_MULI(a, 0x7fff);
    CHECK_MULI(a, -0x8000);
    CHECK_MULI(a, -1234);
}

int main(void)
{
    test_begin("muldiv");
    for (unsigned i = 0; i < N_EDGES; i++) {
        for (unsigned j = 0; j < N_EDGES; j++)
            check_pair(alu_edges[i], alu_edges[j]);
        check_muli(alu_edges[i]);
    }
    srand(5);
    for (int n = 0; n < 400; n++) {
        uint32_t a = rand32(), b = rand32();
        check_pair(a, b);
        check_pair(a, b >> (n & 31));
        check_pair(a >> (n & 31), b & 0xffff);
        check_muli(a);
    }
    return test_end();
}

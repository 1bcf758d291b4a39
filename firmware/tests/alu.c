/* l.add/addc/addi/addic, l.sub, l.and/or/xor and immediates, l.movhi,
 * l.cmov, l.ext[hb][sz], l.ff1/l.fl1: results and SR[CY]/SR[OV] against C golden
 * models, on edge values and random operands (l.sub's SR[OV]: flags.c; l.extws/l.extwz: extw.c). */
#include "alu-test.h"

/* Golden models: result and the CY/OV bits of SR (others zero). */
static uint32_t gold_add(uint32_t a, uint32_t b, uint32_t cin, uint32_t *flags)
{
    uint64_t s = (uint64_t)a + b + cin;
    uint32_t r = (uint32_t)s;
    *flags = ((s >> 32) ? SR_CY : 0) | ((~(a ^ b) & (a ^ r)) >> 31 ? SR_OV : 0);
    return r;
}

static uint32_t gold_sub(uint32_t a, uint32_t b, uint32_t *flags)
{
    uint32_t r = a - b;
    *flags = (a < b ? SR_CY : 0) | (((a ^ b) & (a ^ r)) >> 31 ? SR_OV : 0);
    return r;
}

static uint32_t gold_ff1(uint32_t x)
{
    for (uint32_t i = 0; i < 32; i++)
        if (x & (1u << i))
            return i + 1;
    return 0;
}

static uint32_t gold_fl1(uint32_t x)
{
    for (int i = 31; i >= 0; i--)
        if (x & (1u << i))
            return (uint32_t)i + 1;
    return 0;
}

static void check_pair(uint32_t a, uint32_t b)
{
    uint32_t r, sr, gf, g;
    const uint32_t fl = SR_CY | SR_OV;

    /* flags_in = the opposite of the expected flags, so stale flags show */
    g = gold_add(a, b, 0, &gf);
    RUN_RR("l.add", a, b, gf ^ fl, r, sr);
    CHECK_EQ("l.add result", r, g);
    CHECK_EQ("l.add CY/OV", sr & fl, gf);

    for (uint32_t cin = 0; cin <= 1; cin++) {
        g = gold_add(a, b, cin, &gf);
        /* CY in = cin; OV in = the opposite of the expected OV */
        RUN_RR("l.addc", a, b, (cin ? SR_CY : 0) | ((gf & SR_OV) ^ SR_OV), r, sr);
        CHECK_EQ("l.addc result", r, g);
        CHECK_EQ("l.addc CY/OV", sr & fl, gf);
    }

    /* l.sub's SR[OV] is checked in flags.c (QEMU 7.2 gets it wrong) */
    g = gold_sub(a, b, &gf);
    RUN_RR("l.sub", a, b, gf ^ SR_CY, r, sr);
    CHECK_EQ("l.sub result", r, g);
    CHECK_EQ("l.sub CY (borrow)", sr & SR_CY, gf & SR_CY);

    RUN_RR("l.and", a, b, 0, r, sr);
    CHECK_EQ("l.and", r, a & b);
    RUN_RR("l.or", a, b, 0, r, sr);
    CHECK_EQ("l.or", r, a | b);
    RUN_RR("l.xor", a, b, 0, r, sr);
    CHECK_EQ("l.xor", r, a ^ b);

    /* l.cmov: rD = F ? rA : rB */
    RUN_RR("l.cmov", a, b, SR_F, r, sr);
    CHECK_EQ("l.cmov F=1", r, a);
    RUN_RR("l.cmov", a, b, 0, r, sr);
    CHECK_EQ("l.cmov F=0", r, b);
}

/* Immediate forms for one immediate: l.addi/l.addic sign-extend, the
 * logical immediates zero-extend (l.xori sign-extends, per the manual). */
#define CHECK_IMM(a, imm)                                                                          \
    do {                                                                                           \
        uint32_t r, sr, gf, g;                                                                     \
        uint32_t simm = (uint32_t)(int32_t)(int16_t)(imm);                                         \
        g = gold_add(a, simm, 0, &gf);                                                             \
        RUN_RI("l.addi", a, imm, gf ^ (SR_CY | SR_OV), r, sr);                                     \
        CHECK_EQ("l.addi " #imm, r, g);                                                            \
        CHECK_EQ("l.addi CY/OV " #imm, sr & (SR_CY | SR_OV), gf);                                  \
        g = gold_add(a, simm, 1, &gf);                                                             \
        RUN_RI("l.addic", a, imm, SR_CY, r, sr);                                                   \
        CHECK_EQ("l.addic CY=1 " #imm, r, g);                                                      \
        CHECK_EQ("l.addic CY/OV " #imm, sr & (SR_CY | SR_OV), gf);                                 \
        g = gold_add(a, simm, 0, &gf);                                                             \
        RUN_RI("l.addic", a, imm, 0, r, sr);                                                       \
        CHECK_EQ("l.addic CY=0 " #imm, r, g);                                                      \
        RUN_RI("l.andi", a, (imm) & 0xffff, 0, r, sr);                                             \
        CHECK_EQ("l.andi " #imm, r, a & ((imm) & 0xffff));                                         \
        RUN_RI("l.ori", a, (imm) & 0xffff, 0, r, sr);                                              \
        CHECK_EQ("l.ori " #imm, r, a | ((imm) & 0xffff));                                          \
        RUN_RI("l.xori", a, imm, 0, r, sr);                                                        \
        CHECK_EQ("l.xori " #imm, r, a ^ simm);                                                     \
    } while (0)

static void check_imms(uint32_t a)
{
    CHECK_IMM(a, 0);
    CHECK_IMM(a, 1);
    CHECK_IMM(a, -1);
    CHECK_IMM(a, 0x7fff);
    CHECK_IMM(a, -0x8000);
    CHECK_IMM(a, 0x1234);
    CHECK_IMM(a, -0x1235);
}

static void check_unary(uint32_t a)
{
    uint32_t r;
    RUN_R("l.ff1", a, r);
    CHECK_EQ("l.ff1", r, gold_ff1(a));
    RUN_R("l.fl1", a, r);
    CHECK_EQ("l.fl1", r, gold_fl1(a));
    RUN_R("l.exths", a, r);
    CHECK_EQ("l.exths", r, (uint32_t)(int32_t)(int16_t)a);
    RUN_R("l.extbs", a, r);
    CHECK_EQ("l.extbs", r, (uint32_t)(int32_t)(int8_t)a);
    RUN_R("l.exthz", a, r);
    CHECK_EQ("l.exthz", r, a & 0xffff);
    RUN_R("l.extbz", a, r);
    CHECK_EQ("l.extbz", r, a & 0xff);
}

static void check_movhi(void)
{
    uint32_t r;
    __asm__ volatile("l.movhi %0,0x8001" : "=r"(r));
    CHECK_EQ("l.movhi 0x8001", r, 0x80010000);
    __asm__ volatile("l.movhi %0,0" : "=r"(r));
    CHECK_EQ("l.movhi 0", r, 0);
    __asm__ volatile("l.movhi %0,0xffff\n\tl.ori %0,%0,0xffff" : "=r"(r));
    CHECK_EQ("l.movhi+l.ori", r, 0xffffffff);
}

int main(void)
{
    test_begin("alu");
    for (unsigned i = 0; i < N_EDGES; i++) {
        for (unsigned j = 0; j < N_EDGES; j++)
            check_pair(alu_edges[i], alu_edges[j]);
        check_imms(alu_edges[i]);
        check_unary(alu_edges[i]);
    }
    srand(1);
    for (int n = 0; n < 300; n++) {
        uint32_t a = rand32(), b = rand32();
        check_pair(a, b);
        check_unary(a);
        check_unary(1u << (n & 31));
        check_unary(a >> (n & 31));
    }
    check_movhi();
    return test_end();
}

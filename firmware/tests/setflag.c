/* Every l.sf* and l.sf*i (immediate sign-extended, then compared signed or
 * unsigned) against C comparisons. */
#include "alu-test.h"

static void check_pair(uint32_t a, uint32_t b)
{
    int32_t sa = (int32_t)a, sb = (int32_t)b;
    uint32_t f;
    RUN_SF("l.sfeq", a, b, f);
    CHECK_EQ("l.sfeq", f, a == b);
    RUN_SF("l.sfne", a, b, f);
    CHECK_EQ("l.sfne", f, a != b);
    RUN_SF("l.sfgtu", a, b, f);
    CHECK_EQ("l.sfgtu", f, a > b);
    RUN_SF("l.sfgeu", a, b, f);
    CHECK_EQ("l.sfgeu", f, a >= b);
    RUN_SF("l.sfltu", a, b, f);
    CHECK_EQ("l.sfltu", f, a < b);
    RUN_SF("l.sfleu", a, b, f);
    CHECK_EQ("l.sfleu", f, a <= b);
    RUN_SF("l.sfgts", a, b, f);
    CHECK_EQ("l.sfgts", f, sa > sb);
    RUN_SF("l.sfges", a, b, f);
    CHECK_EQ("l.sfges", f, sa >= sb);
    RUN_SF("l.sflts", a, b, f);
    CHECK_EQ("l.sflts", f, sa < sb);
    RUN_SF("l.sfles", a, b, f);
    CHECK_EQ("l.sfles", f, sa <= sb);
}

#define CHECK_IMM(a, imm)                                                                          \
    do {                                                                                           \
        uint32_t f, b = (uint32_t)(int32_t)(int16_t)(imm);                                         \
        int32_t sa = (int32_t)(a), sb = (int32_t)b;                                                \
        RUN_SFI("l.sfeqi", a, imm, f);                                                             \
        CHECK_EQ("l.sfeqi " #imm, f, (a) == b);                                                    \
        RUN_SFI("l.sfnei", a, imm, f);                                                             \
        CHECK_EQ("l.sfnei " #imm, f, (a) != b);                                                    \
        RUN_SFI("l.sfgtui", a, imm, f);                                                            \
        CHECK_EQ("l.sfgtui " #imm, f, (a) > b);                                                    \
        RUN_SFI("l.sfgeui", a, imm, f);                                                            \
        CHECK_EQ("l.sfgeui " #imm, f, (a) >= b);                                                   \
        RUN_SFI("l.sfltui", a, imm, f);                                                            \
        CHECK_EQ("l.sfltui " #imm, f, (a) < b);                                                    \
        RUN_SFI("l.sfleui", a, imm, f);                                                            \
        CHECK_EQ("l.sfleui " #imm, f, (a) <= b);                                                   \
        RUN_SFI("l.sfgtsi", a, imm, f);                                                            \
        CHECK_EQ("l.sfgtsi " #imm, f, sa > sb);                                                    \
        RUN_SFI("l.sfgesi", a, imm, f);                                                            \
        CHECK_EQ("l.sfgesi " #imm, f, sa >= sb);                                                   \
        RUN_SFI("l.sfltsi", a, imm, f);                                                            \
        CHECK_EQ("l.sfltsi " #imm, f, sa < sb);                                                    \
        RUN_SFI("l.sflesi", a, imm, f);                                                            \
        CHECK_EQ("l.sflesi " #imm, f, sa <= sb);                                                   \
    } while (0)

static void check_imms(uint32_t a)
{
    CHECK_IMM(a, 0);
    CHECK_IMM(a, 1);
    CHECK_IMM(a, -1);
    CHECK_IMM(a, 0x7fff);
    CHECK_IMM(a, -0x8000);
    CHECK_IMM(a, 0x1f);
}

int main(void)
{
    test_begin("setflag");
    for (unsigned i = 0; i < N_EDGES; i++) {
        for (unsigned j = 0; j < N_EDGES; j++)
            check_pair(alu_edges[i], alu_edges[j]);
        check_imms(alu_edges[i]);
        check_imms(alu_edges[i] + 1);
        check_imms(alu_edges[i] - 1);
    }
    srand(9);
    for (int n = 0; n < 300; n++) {
        uint32_t a = rand32();
        check_pair(a, rand32());
        check_pair(a, a);
        check_imms(a);
        check_imms(a >> 16);
    }
    return test_end();
}

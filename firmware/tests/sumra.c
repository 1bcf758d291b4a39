/* User-mode l.mfspr under SR[SUMRA] (or1k-arch spr_user_readable): with
 * SUMRA = 1 user mode reads the configuration registers VR..PCCFGR and
 * nothing else; every other SPR, and any l.mtspr, is an illegal instruction
 * that writes nothing. With SUMRA = 0 user mode reads no SPR at all. */
#include "exc-test.h"

static uint32_t user_mfspr(uint32_t spr)
{
    uint32_t v = 0xdeadbeef;
    __asm__ volatile("l.mfspr %0,%1,0" : "+r"(v) : "r"(spr));
    return v;
}

static uint32_t user_mtspr_vr(uint32_t v)
{
    __asm__ volatile("l.mtspr r0,%0,%1" : : "r"(v), "K"(SPR_VR));
    return 0;
}

static void expect_illegal(const char *what, uint32_t spr, uint32_t sumra)
{
    exc_reset(4);
    uint32_t v = or1k_call_user(user_mfspr, spr);
    printf("  user l.mfspr 0x%x, SUMRA=%u: %s\n", (unsigned)spr, (unsigned)(sumra != 0), what);
    CHECK_EQ("illegal instruction", exc.count, 1);
    CHECK_EQ("vector", exc.vector, VEC_ILLEGAL);
    CHECK_EQ("ESR: user mode with this SUMRA", exc.esr & (SR_SM | SR_SUMRA), sumra);
    CHECK_EQ("rD not written", v, 0xdeadbeef);
}

int main(void)
{
    test_begin("sumra");
    or1k_set_handler(VEC_ILLEGAL, exc_record_handler);
    static const uint32_t cfg[] = { SPR_VR, SPR_UPR, SPR_CPUCFGR, SPR_DMMUCFGR, SPR_IMMUCFGR,
                                    SPR_DCCFGR, SPR_ICCFGR, SPR_DCFGR, SPR_PCCFGR };
    static const uint32_t state[] = { SPR_NPC, SPR_SR, SPR_PPC, SPR_EPCR0, SPR_EEAR0, SPR_ESR0,
                                      SPR_GPR0 + 1, SPR_DTLBW0MR0, SPR_ITLBW0TR0, SPR_DMMUCR,
                                      SPR_MACLO, SPR_PICMR, SPR_PICSR, SPR_TTMR, SPR_TTCR,
                                      USER_SPR_LAST + 1 };
    CHECK_EQ("USER_SPR_LAST is PCCFGR", USER_SPR_LAST, SPR_PCCFGR);

    /* SUMRA = 0: even the configuration registers are out of reach */
    for (unsigned i = 0; i < sizeof cfg / sizeof cfg[0]; i++)
        expect_illegal("configuration register without SUMRA", cfg[i], 0);

    or1k_sr_set(SR_SUMRA);
    CHECK_EQ("SR[SUMRA] is writable", mfspr(SPR_SR) & SR_SUMRA, SR_SUMRA);
    for (unsigned i = 0; i < sizeof cfg / sizeof cfg[0]; i++) {
        exc_reset(4);
        uint32_t v = or1k_call_user(user_mfspr, cfg[i]);
        printf("  user l.mfspr 0x%x, SUMRA=1: 0x%08x\n", (unsigned)cfg[i], (unsigned)v);
        CHECK_EQ("no exception", exc.count, 0);
        CHECK_EQ("the supervisor's value", v, mfspr(cfg[i]));
    }
    CHECK_EQ("VR", or1k_call_user(user_mfspr, SPR_VR), VR_VALUE);
    for (unsigned i = 0; i < sizeof state / sizeof state[0]; i++)
        expect_illegal("state stays supervisor-only", state[i], SR_SUMRA);

    /* l.mtspr stays illegal with SUMRA */
    exc_reset(4);
    or1k_call_user(user_mtspr_vr, 0);
    CHECK_EQ("user l.mtspr with SUMRA: illegal", exc.count, 1);
    CHECK_EQ("vector", exc.vector, VEC_ILLEGAL);
    or1k_sr_clear(SR_SUMRA);
    return test_end();
}

/* SPR access rules: l.mfspr/l.mtspr in user mode raise an illegal
 * instruction exception (as QEMU does) and change nothing; in supervisor
 * mode EPCR/EEAR/ESR/MACLO/PICMR read back; SR[FO] stays 1 when written 0;
 * VR reads VR_VALUE. */
#include "exc-test.h"

static uint32_t user_mfspr(uint32_t spr)
{
    uint32_t v = 0xdeadbeef;
    __asm__ volatile("l.mfspr %0,%1,0" : "+r"(v) : "r"(spr));
    return v;
}

static uint32_t user_mtspr_epcr(uint32_t v)
{
    __asm__ volatile("l.mtspr r0,%0,%1" : : "r"(v), "K"(SPR_EPCR0));
    return 0;
}

int main(void)
{
    test_begin("spr");
    or1k_set_handler(VEC_ILLEGAL, exc_record_handler);

    /* supervisor read-back */
    static const uint32_t rw[] = { SPR_EPCR0, SPR_EEAR0, SPR_ESR0, SPR_MACLO, SPR_MACHI };
    static const char *const names[] = { "EPCR0", "EEAR0", "ESR0", "MACLO", "MACHI" };
    for (unsigned i = 0; i < sizeof rw / sizeof rw[0]; i++) {
        mtspr(rw[i], 0x12345678 + i);
        CHECK_EQ(names[i], mfspr(rw[i]), 0x12345678 + i);
        mtspr(rw[i], 0);
    }
    CHECK_EQ("VR", mfspr(SPR_VR), VR_VALUE);

    /* SR: FO is fixed one; SM stays (supervisor) */
    uint32_t sr = mfspr(SPR_SR);
    CHECK_EQ("SR[FO] set", sr & SR_FO, SR_FO);
    CHECK_EQ("SR[SM] set", sr & SR_SM, SR_SM);
    mtspr(SPR_SR, sr & ~SR_FO);
    CHECK_EQ("SR[FO] stays 1 after writing 0", mfspr(SPR_SR) & SR_FO, SR_FO);
    mtspr(SPR_SR, sr);

    /* user mode: l.mfspr is illegal, the destination is not written */
    exc_reset(4);
    uint32_t v = or1k_call_user(user_mfspr, SPR_SR);
    CHECK_EQ("user l.mfspr: illegal instruction", exc.count, 1);
    CHECK_EQ("vector", exc.vector, VEC_ILLEGAL);
    CHECK_EQ("ESR: user mode", exc.esr & SR_SM, 0);
    CHECK_EQ("user l.mfspr wrote nothing", v, 0xdeadbeef);

    /* user mode: l.mtspr is illegal, the SPR is unchanged */
    mtspr(SPR_EPCR0, 0);
    exc_reset(4);
    or1k_call_user(user_mtspr_epcr, 0x5555);
    CHECK_EQ("user l.mtspr: illegal instruction", exc.count, 1);
    CHECK_EQ("vector", exc.vector, VEC_ILLEGAL);
    /* EPCR now holds the l.mtspr's address (the exception wrote it), not 0x5555 */
    CHECK(exc.epcr != 0x5555);
    CHECK(mfspr(SPR_EPCR0) != 0x5555);
    return test_end();
}

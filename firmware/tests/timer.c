/* Tick timer (SPR group 10): TTCR counts in the counting modes and not when
 * disabled; restart mode wraps TTCR at TTMR[TP] and sets TTMR[IP] (with
 * IE); stop mode stops at TP; the tick interrupt (0x500) is taken only with
 * SR[TEE], with TEE clear in the handler, and stops once the handler clears
 * TTMR[IP]. Behaviour only: no exact cycle counts (QEMU's timer runs in
 * host time). Every wait is bounded. */
#include "exc-test.h"

#define WAIT_LIMIT 2000000

static uint32_t ttmr(uint32_t mode, uint32_t flags, uint32_t period)
{
    return (mode << TTMR_M_SHIFT) | flags | (period & TTMR_TP_MASK);
}

static volatile unsigned ticks;
static volatile uint32_t tick_sr, tick_esr;

static void tick_handler(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    ticks++;
    tick_sr = mfspr(SPR_SR);
    tick_esr = f->esr;
    mtspr(SPR_TTMR, mfspr(SPR_TTMR) & ~TTMR_IP); /* acknowledge */
}

/* Spins until TTMR[IP] is set or the limit; returns 1 if it was set. */
static int wait_ip(void)
{
    for (int i = 0; i < WAIT_LIMIT; i++)
        if (mfspr(SPR_TTMR) & TTMR_IP)
            return 1;
    return 0;
}

int main(void)
{
    test_begin("timer");
    or1k_set_handler(VEC_TICK, tick_handler);

    /* disabled: TTCR holds its value */
    mtspr(SPR_TTMR, ttmr(TTMR_M_DISABLED, 0, 0));
    mtspr(SPR_TTCR, 1234);
    for (volatile int i = 0; i < 1000; i++)
        ;
    CHECK_EQ("disabled: TTCR does not count", mfspr(SPR_TTCR), 1234);

    /* continuous: TTCR counts up */
    mtspr(SPR_TTCR, 0);
    mtspr(SPR_TTMR, ttmr(TTMR_M_CONT, 0, 0xfffffff));
    uint32_t t0 = mfspr(SPR_TTCR);
    int moved = 0;
    for (int i = 0; i < WAIT_LIMIT && !moved; i++)
        moved = mfspr(SPR_TTCR) > t0;
    CHECK(moved);
    uint32_t t1 = mfspr(SPR_TTCR);
    for (volatile int i = 0; i < 1000; i++)
        ;
    CHECK(mfspr(SPR_TTCR) > t1);

    /* restart: IP set on match (with IE, TEE off: no interrupt), TTCR wraps */
    const uint32_t period = 5000;
    mtspr(SPR_TTCR, 0);
    mtspr(SPR_TTMR, ttmr(TTMR_M_RESTART, TTMR_IE, period));
    CHECK(wait_ip());
    CHECK_EQ("no interrupt without SR[TEE]", ticks, 0);
    /* TTCR restarts from 0: some later read is below an earlier one (QEMU
     * wraps asynchronously in host time, so "never above TP" is not asked) */
    int wrapped = 0;
    uint32_t prev = mfspr(SPR_TTCR);
    for (int i = 0; i < WAIT_LIMIT && !wrapped; i++) {
        uint32_t now = mfspr(SPR_TTCR);
        wrapped = now < prev;
        prev = now;
    }
    CHECK(wrapped);
    CHECK(mfspr(SPR_TTCR) < 4 * period);
    mtspr(SPR_TTMR, ttmr(TTMR_M_RESTART, TTMR_IE, period)); /* write IP = 0 */
    CHECK_EQ("IP cleared by writing 0", mfspr(SPR_TTMR) & TTMR_IP, 0);
    CHECK(wait_ip()); /* it matches again after the wrap */

    /* stop: counting stops at TP */
    mtspr(SPR_TTMR, ttmr(TTMR_M_DISABLED, 0, 0));
    mtspr(SPR_TTCR, 0);
    mtspr(SPR_TTMR, ttmr(TTMR_M_STOP, TTMR_IE, 3000));
    CHECK(wait_ip());
    uint32_t s0 = mfspr(SPR_TTCR);
    for (volatile int i = 0; i < 2000; i++)
        ;
    CHECK_EQ("stop mode: TTCR no longer counts", mfspr(SPR_TTCR), s0);

    /* interrupt: restart mode, TEE on, the handler acknowledges */
    mtspr(SPR_TTMR, ttmr(TTMR_M_DISABLED, 0, 0));
    mtspr(SPR_TTCR, 0);
    ticks = 0;
    mtspr(SPR_TTMR, ttmr(TTMR_M_RESTART, TTMR_IE, 2000));
    or1k_sr_set(SR_TEE);
    for (int i = 0; i < WAIT_LIMIT && ticks < 3; i++)
        ;
    or1k_sr_clear(SR_TEE);
    mtspr(SPR_TTMR, ttmr(TTMR_M_DISABLED, 0, 0));
    printf("  %u tick interrupts\n", ticks >= 3 ? 3 : ticks);
    CHECK(ticks >= 3);
    CHECK_EQ("TEE clear in the tick handler", tick_sr & SR_TEE, 0);
    CHECK_EQ("ESR had TEE", tick_esr & SR_TEE, SR_TEE);

    /* IE clear: IP may be set but no interrupt even with TEE */
    unsigned before = ticks;
    mtspr(SPR_TTCR, 0);
    mtspr(SPR_TTMR, ttmr(TTMR_M_RESTART, 0, 500));
    or1k_sr_set(SR_TEE);
    for (volatile int i = 0; i < 20000; i++)
        ;
    or1k_sr_clear(SR_TEE);
    mtspr(SPR_TTMR, ttmr(TTMR_M_DISABLED, 0, 0));
    CHECK_EQ("no interrupt with TTMR[IE] clear", ticks, before);
    return test_end();
}

/* l.lwa/l.swa: load-linked/store-conditional. l.swa stores and sets SR[F]
 * only while the reservation of the last l.lwa holds; it fails (F = 0,
 * memory unchanged) after another store to the reserved word, at another
 * address, or without a new l.lwa after a l.swa. */
#include "alu-test.h"

static volatile uint32_t word[4] __attribute__((aligned(8)));

static uint32_t lwa(volatile uint32_t *p)
{
    uint32_t v;
    __asm__ volatile("l.lwa %0,0(%1)" : "=r"(v) : "r"(p) : "memory");
    return v;
}

/* Returns SR[F] after the l.swa. */
static uint32_t swa(volatile uint32_t *p, uint32_t v)
{
    uint32_t sr;
    __asm__ volatile("l.swa 0(%1),%2\n\tl.mfspr %0,r0,%3" : "=r"(sr) : "r"(p), "r"(v), "K"(SPR_SR) : "memory");
    return (sr & SR_F) != 0;
}

int main(void)
{
    test_begin("atomic");
    word[0] = 0x11111111;
    word[1] = 0x22222222;

    CHECK_EQ("l.lwa value", lwa(&word[0]), 0x11111111);
    CHECK_EQ("l.swa succeeds (F=1)", swa(&word[0], 0xaaaa0001), 1);
    CHECK_EQ("l.swa stored", word[0], 0xaaaa0001);

    CHECK_EQ("l.swa without a new l.lwa fails (F=0)", swa(&word[0], 0xbad), 0);
    CHECK_EQ("failed l.swa stores nothing", word[0], 0xaaaa0001);

    lwa(&word[0]);
    word[0] = 0x33333333; /* an ordinary store to the reserved word */
    CHECK_EQ("l.swa after a store to the word fails", swa(&word[0], 0xbad), 0);
    CHECK_EQ("failed l.swa stores nothing", word[0], 0x33333333);

    lwa(&word[0]);
    CHECK_EQ("l.swa to another address fails", swa(&word[1], 0xbad), 0);
    CHECK_EQ("failed l.swa stores nothing", word[1], 0x22222222);

    /* an atomic increment loop, as a lock would use it */
    word[2] = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t v;
        do
            v = lwa(&word[2]);
        while (!swa(&word[2], v + 1));
    }
    CHECK_EQ("l.lwa/l.swa increment loop", word[2], 100);

    /* with an offset immediate */
    uint32_t v, sr;
    __asm__ volatile("l.lwa %0,4(%1)" : "=r"(v) : "r"(&word[2]) : "memory");
    CHECK_EQ("l.lwa with offset", v, word[3]);
    __asm__ volatile("l.swa 4(%1),%2\n\tl.mfspr %0,r0,%3"
                     : "=r"(sr) : "r"(&word[2]), "r"(0x5555aaaa), "K"(SPR_SR) : "memory");
    CHECK_EQ("l.swa with offset succeeds", (sr & SR_F) != 0, 1);
    CHECK_EQ("l.swa with offset stored", word[3], 0x5555aaaa);
    return test_end();
}

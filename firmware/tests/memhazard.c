/* Memory-stage hazards, each as back-to-back instructions (inline asm, so
 * the compiler cannot separate them): a load whose value the next
 * instruction uses (as data and as an address), a store followed at once by
 * a load of the same word, byte or line, and a store hit followed at once
 * by an access that evicts the stored line from the direct-mapped D-cache
 * (the evicting lookup reads the line's tag while the store marks it dirty:
 * the line must still be written back). Most telling in the cached build,
 * where the D-cache reads its arrays a cycle ahead (docs/CORE.md). */
#include "test.h"
#include "or1k.h"

/* two halves 8 KiB apart: the same D-cache index, different tags */
static uint32_t area[4096] __attribute__((aligned(16)));
static uint32_t chain[4] __attribute__((aligned(16)));

int main(void)
{
    test_begin("memhazard");
    uint32_t *a = &area[0], *b = &area[2048];
    uint32_t v, w, x;

    /* load-use: the loaded value as an ALU operand, then as an address */
    a[0] = 41;
    __asm__ volatile("l.lwz %0,0(%1)\n\tl.addi %0,%0,1" : "=&r"(v) : "r"(a) : "memory");
    CHECK_EQ("load, then add its value", v, 42);
    chain[0] = (uint32_t)&chain[1];
    chain[1] = (uint32_t)&chain[2];
    chain[2] = 0x600d;
    __asm__ volatile("l.lwz %0,0(%1)\n\tl.lwz %0,0(%0)\n\tl.lwz %0,0(%0)" : "=&r"(v) : "r"(chain) : "memory");
    CHECK_EQ("pointer chase, each load's address the previous load", v, 0x600d);

    /* store, then load the same word / another byte of it / its line */
    a[1] = 0;
    __asm__ volatile("l.sw 4(%1),%2\n\tl.lwz %0,4(%1)" : "=&r"(v) : "r"(a), "r"(0x12345678) : "memory");
    CHECK_EQ("store, then load the same word", v, 0x12345678);
    __asm__ volatile("l.sb 5(%1),%2\n\tl.lwz %0,4(%1)" : "=&r"(v) : "r"(a), "r"(0xab) : "memory");
    CHECK_EQ("store a byte, then load its word", v, 0x12ab5678);
    a[2] = 7;
    __asm__ volatile("l.sw 4(%1),%2\n\tl.lwz %0,8(%1)" : "=&r"(v) : "r"(a), "r"(1) : "memory");
    CHECK_EQ("store, then load another word of the line", v, 7);

    /* store hit, then at once an access to another word of the same index
     * that evicts the stored line (its lookup read the tag as the store
     * marked it dirty) */
    for (int round = 0; round < 2; round++) {
        a[4] = 0x1111;
        b[5] = 0x2222;
        __asm__ volatile("l.lwz %0,16(%1)" : "=&r"(v) : "r"(a) : "memory"); /* line in, clean */
        uint32_t val = 0xd1e7u + round;
        if (round == 0)
            __asm__ volatile("l.sw 16(%2),%3\n\tl.lwz %0,20(%4)\n\tl.lwz %1,16(%2)"
                             : "=&r"(w), "=&r"(x) : "r"(a), "r"(val), "r"(b) : "memory");
        else
            __asm__ volatile("l.sw 16(%2),%3\n\tl.sw 20(%4),%3\n\tl.lwz %1,16(%2)\n\tl.lwz %0,20(%4)"
                             : "=&r"(w), "=&r"(x) : "r"(a), "r"(val), "r"(b) : "memory");
        CHECK_EQ("the stored line comes back with the store", x, val);
        CHECK_EQ("the evicting access read its own word", w, round == 0 ? 0x2222 : val);
        mtspr(SPR_DCBFR, (uint32_t)&a[4]);
        mtspr(SPR_DCBFR, (uint32_t)&b[5]);
        /* DCBFR wrote any dirty copy back and dropped it: this read refills */
        CHECK_EQ("memory holds the store", *(volatile uint32_t *)&a[4], val);
    }
    return test_end();
}

/* Every load and store width (l.lwz/lws/lhz/lhs/lbz/lbs, l.sw/sh/sb) with
 * positive and negative offsets, big-endian byte order and sign/zero
 * extension, against a byte-array golden model. */
#include <string.h>
#include "alu-test.h"

static uint8_t buf[64] __attribute__((aligned(8)));
static uint8_t model[64];

#define LOAD(insn, base, off, r) __asm__ volatile(insn " %0," #off "(%1)" : "=r"(r) : "r"(base) : "memory")
#define STORE(insn, base, off, v) __asm__ volatile(insn " " #off "(%0),%1" : : "r"(base), "r"(v) : "memory")

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | p[2] << 8 | p[3]; }
static uint32_t be16(const uint8_t *p) { return (uint32_t)p[0] << 8 | p[1]; }

static void check_model(const char *what)
{
    for (unsigned i = 0; i < sizeof buf; i++)
        CHECK_EQ(what, buf[i], model[i]);
}

/* Loads at base+off (off a literal) for every width, against the model. */
#define CHECK_LOADS(base, off)                                                                     \
    do {                                                                                           \
        uint32_t r;                                                                                \
        const uint8_t *m = model + ((base) - buf) + (off);                                         \
        LOAD("l.lwz", base, off, r);                                                               \
        CHECK_EQ("l.lwz " #off, r, be32(m));                                                       \
        LOAD("l.lws", base, off, r);                                                               \
        CHECK_EQ("l.lws " #off, r, be32(m));                                                       \
        LOAD("l.lhz", base, off, r);                                                               \
        CHECK_EQ("l.lhz " #off, r, be16(m));                                                       \
        LOAD("l.lhs", base, off, r);                                                               \
        CHECK_EQ("l.lhs " #off, r, (uint32_t)(int32_t)(int16_t)be16(m));                           \
        LOAD("l.lhz", base, off + 2, r);                                                           \
        CHECK_EQ("l.lhz " #off "+2", r, be16(m + 2));                                              \
        LOAD("l.lhs", base, off + 2, r);                                                           \
        CHECK_EQ("l.lhs " #off "+2", r, (uint32_t)(int32_t)(int16_t)be16(m + 2));                  \
        LOAD("l.lbz", base, off, r);                                                               \
        CHECK_EQ("l.lbz " #off, r, m[0]);                                                          \
        LOAD("l.lbs", base, off, r);                                                               \
        CHECK_EQ("l.lbs " #off, r, (uint32_t)(int32_t)(int8_t)m[0]);                               \
        LOAD("l.lbz", base, off + 3, r);                                                           \
        CHECK_EQ("l.lbz " #off "+3", r, m[3]);                                                     \
        LOAD("l.lbs", base, off + 3, r);                                                           \
        CHECK_EQ("l.lbs " #off "+3", r, (uint32_t)(int32_t)(int8_t)m[3]);                          \
    } while (0)

int main(void)
{
    test_begin("loadstore");
    uint8_t *mid = buf + 32;
    srand(11);
    for (int round = 0; round < 40; round++) {
        /* fill through l.sb with random bytes, mirror in the model */
        for (unsigned i = 0; i < sizeof buf; i++) {
            uint32_t v = rand32();
            uint8_t *p = buf + i;
            STORE("l.sb", p, 0, v); /* only the low byte is stored */
            model[i] = (uint8_t)v;
        }
        check_model("l.sb");
        if (round & 1) { /* force sign bits set in every byte on odd rounds */
            for (unsigned i = 0; i < sizeof buf; i++) {
                uint32_t v = model[i] | 0x80;
                uint8_t *p = buf + i;
                STORE("l.sb", p, 0, v);
                model[i] = (uint8_t)v;
            }
        }
        CHECK_LOADS(mid, 0);
        CHECK_LOADS(mid, 4);
        CHECK_LOADS(mid, -4);
        CHECK_LOADS(mid, 28);
        CHECK_LOADS(mid, -32);

        uint32_t v = rand32();
        STORE("l.sw", mid, 8, v);
        model[40] = v >> 24, model[41] = v >> 16, model[42] = v >> 8, model[43] = v;
        check_model("l.sw +8");
        STORE("l.sw", mid, -16, v);
        model[16] = v >> 24, model[17] = v >> 16, model[18] = v >> 8, model[19] = v;
        check_model("l.sw -16");
        v = rand32();
        STORE("l.sh", mid, 2, v);
        model[34] = v >> 8, model[35] = v;
        check_model("l.sh +2");
        STORE("l.sh", mid, -2, v);
        model[30] = v >> 8, model[31] = v;
        check_model("l.sh -2");
        v = rand32();
        STORE("l.sb", mid, 5, v);
        model[37] = v;
        STORE("l.sb", mid, -7, v);
        model[25] = v;
        check_model("l.sb +5/-7");
    }
    /* a load into the base register, and a store of the base register */
    uint32_t r = (uint32_t)(buf + 4);
    memcpy(buf + 4, "\x12\x34\x56\x78", 4);
    __asm__ volatile("l.lwz %0,0(%0)" : "+r"(r) : : "memory");
    CHECK_EQ("l.lwz rD = rA", r, 0x12345678);
    uint8_t *p = buf + 8;
    __asm__ volatile("l.sw 0(%0),%0" : : "r"(p) : "memory");
    CHECK_EQ("l.sw of its base register", be32(buf + 8), (uint32_t)p);
    return test_end();
}

/* l.mac/l.maci/l.msb/l.macrc and MACLO/MACHI through l.mtspr/l.mfspr,
 * against a 64-bit signed accumulator golden model. */
#include "alu-test.h"

static int64_t acc; /* the golden MAC */

static uint64_t read_mac(void) { return (uint64_t)mfspr(SPR_MACHI) << 32 | mfspr(SPR_MACLO); }

static void write_mac(uint64_t v)
{
    mtspr(SPR_MACLO, (uint32_t)v);
    mtspr(SPR_MACHI, (uint32_t)(v >> 32));
    acc = (int64_t)v;
}

static void check_acc(const char *what)
{
    uint64_t m = read_mac();
    CHECK_EQ(what, (uint32_t)m, (uint32_t)acc);
    CHECK_EQ(what, (uint32_t)(m >> 32), (uint32_t)((uint64_t)acc >> 32));
}

static void mac(uint32_t a, uint32_t b)
{
    __asm__ volatile("l.mac %0,%1" : : "r"(a), "r"(b));
    acc += (int64_t)(int32_t)a * (int32_t)b;
}

static void msb(uint32_t a, uint32_t b)
{
    __asm__ volatile("l.msb %0,%1" : : "r"(a), "r"(b));
    acc -= (int64_t)(int32_t)a * (int32_t)b;
}

#define MACI(a, imm)                                                                               \
    do {                                                                                           \
        uint32_t a_ = (a);                                                                         \
        __asm__ volatile("l.maci %0,%1" : : "r"(a_), "n"(imm));                                    \
        acc += (int64_t)(int32_t)a_ * (int16_t)(imm);                                              \
    } while (0)

static uint32_t macrc(void)
{
    uint32_t r;
    /* l.macrc reads MACLO and clears the accumulator */
    __asm__ volatile("l.macrc %0" : "=r"(r));
    uint32_t want = (uint32_t)acc;
    acc = 0;
    CHECK_EQ("l.macrc result", r, want);
    return r;
}

int main(void)
{
    test_begin("mac");
    write_mac(0);
    check_acc("MAC after clearing");
    write_mac(0x123456789abcdef0ull);
    check_acc("MACHI/MACLO write/read");
    macrc();
    check_acc("MAC cleared by l.macrc");

    for (unsigned i = 0; i < N_EDGES; i++)
        for (unsigned j = 0; j < N_EDGES; j++) {
            mac(alu_edges[i], alu_edges[j]);
            check_acc("l.mac");
            msb(alu_edges[j], alu_edges[i] ^ 0x5a5a5a5a);
            check_acc("l.msb");
        }
    macrc();
    srand(13);
    for (int n = 0; n < 200; n++) {
        write_mac(((uint64_t)rand32() << 32) | rand32());
        for (int k = 0; k < 4; k++) {
            mac(rand32(), rand32());
            msb(rand32(), rand32() >> 16);
        }
        MACI(rand32(), 1234);
        MACI(rand32(), -1);
        MACI(rand32(), -0x8000);
        check_acc("l.mac/l.msb/l.maci sequence");
        if (n % 8 == 0) {
            macrc();
            check_acc("MAC cleared by l.macrc");
        }
    }
    /* back-to-back: l.macrc right after l.mac sees the new value */
    write_mac(0);
    {
        uint32_t r, a = 7, b = 6;
        __asm__ volatile("l.mac %1,%2\n\tl.macrc %0" : "=r"(r) : "r"(a), "r"(b));
        CHECK_EQ("l.macrc right after l.mac", r, 42);
        acc = 0;
        check_acc("MAC cleared");
    }
    return test_end();
}

/* or1ksim's l.nop simulator hooks, as the ISS and the RTL test bench
 * implement them: `l.nop 2` reports r3 and `l.nop 4` prints r3's low byte
 * on the simulator console (interleaved with the UART output); `l.nop 1`
 * (exit) is used by every program. The program cannot observe the console
 * itself: its expected output is the UART text plus
 * "report(0x1234abcd);" and "nop4 ok" on lines of their own, which the
 * comparison against QEMU (which ignores the hooks) shows. Registers other
 * than r3 are not disturbed by the hooks. */
#include "or1k.h"
#include "test.h"

int main(void)
{
    test_begin("nophooks");
    or1k_nop_report(0x1234abcd);
    const char *s = "nop4 ok\n";
    while (*s)
        or1k_nop_putc(*s++);
    uint32_t a = 0x11, b = 0x22;
    __asm__ volatile("l.ori r3,r0,0x41\n\tl.nop 4\n\tl.nop 4\n\tl.ori r3,r0,10\n\tl.nop 4"
                     : "+r"(a), "+r"(b) : : "r3");
    CHECK_EQ("l.nop hooks keep other registers", a + b, 0x33);
    return test_end();
}

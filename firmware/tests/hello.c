/* Smallest end-to-end check: UART output, .data/.bss set-up, the l.nop
 * simulator hooks, exit(0). */
#include <string.h>
#include "or1k.h"
#include "test.h"

static int zeroed[16];
static int initialised = 42;

int main(void)
{
    test_begin("hello");
    printf("Hello from VMSP firmware\n");
    for (unsigned i = 0; i < sizeof zeroed / sizeof zeroed[0]; i++)
        CHECK_EQ(".bss is zero", zeroed[i], 0);
    CHECK_EQ(".data is initialised", initialised, 42);
    /* simulator hooks (or1ksim): l.nop 2 reports r3, l.nop 4 prints a
     * character on the simulator console; QEMU ignores both */
    or1k_nop_report(0x1234abcd);
    or1k_nop_putc('!');
    or1k_nop_putc('\n');
    return test_end();
}

/* Smallest end-to-end check: UART output, .data/.bss set-up, exit(0). */
#include <string.h>
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
    return test_end();
}

/* The console of the benchmarks that meebench (meebench.c) runs as guests.
 * Each firmware/bench program is linked unchanged as a guest: its object
 * with the runtime's crt0, vectors and variant_cached.o (SR[ICE|DCE] on
 * before main, as in the bench-cached builds) at guest-physical 0, and
 * these in place of runtime/uart.c (a guest has no UART): its output goes
 * to the hypervisor in HC_PUTS hypercalls (hypercall.h), a line, or
 * HC_PUTS_MAX bytes, at a time. The runtime's exit() calls uart_flush(),
 * which sends what is left, and then halts the VM with l.nop NOP_EXIT
 * (EXIT_HALT, VMEXINFO0 = the exit status: docs/VIRT.md). */
#include <stdint.h>
#include <stdio.h>
#include "or1k.h"
#include "smc.h"
#include "hypercall.h"

void uart_flush(void);

static char pending[HC_PUTS_MAX];
static unsigned npending;

/* Sends the pending bytes, packed big-endian into r4..r8. */
void uart_flush(void)
{
    uint32_t w[HC_PUTS_MAX / 4] = { 0 };
    if (npending == 0)
        return;
    for (unsigned i = 0; i < npending; i++)
        w[i / 4] |= (uint32_t)(uint8_t)pending[i] << (24 - 8 * (i % 4));
    npending = 0;
    if (vmcall(HC_PUTS, w[0], w[1], w[2], w[3], w[4]) != HC_OK)
        guest_halt(0x100 | HC_PUTS);
}

int putchar(int c)
{
    pending[npending++] = (char)c;
    if (c == '\n' || npending == HC_PUTS_MAX)
        uart_flush();
    return (uint8_t)c;
}

int puts(const char *s)
{
    while (*s)
        putchar(*s++);
    putchar('\n');
    return 0;
}

/* exit/abort (the exit protocol, see docs/FIRMWARE.md) and rand/srand. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "or1k.h"

void uart_flush(void);

void exit(int code)
{
    if (code != 0 && (code & 0xff) == 0)
        code = 0xff;
    uart_flush();
    /* ISS and RTL stop here; QEMU treats it as a plain l.nop. */
    register uint32_t r3 __asm__("r3") = (uint32_t)code;
    __asm__ volatile("l.nop %1" : : "r"(r3), "K"(NOP_EXIT));
    *(volatile uint32_t *)FINISHER_BASE =
        code == 0 ? FINISHER_PASS : (((uint32_t)code << 16) | FINISHER_FAIL);
    for (;;)
        ;
}

void abort(void)
{
    puts("abort()");
    exit(OR1K_EXIT_ABORT);
}

static uint32_t rand_state = 1;

int rand(void)
{
    rand_state = rand_state * 1103515245u + 12345u;
    return (int)((rand_state >> 16) & RAND_MAX);
}

void srand(unsigned seed)
{
    rand_state = seed;
}

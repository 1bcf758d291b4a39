/* Console output on the 16550 UART (byte registers, reg-shift 0). */
#include <stdint.h>
#include <stdio.h>
#include "or1k-sprs.h"

#define UART_REG(off) (*(volatile uint8_t *)(UART_BASE + (off)))

int putchar(int c)
{
    while (!(UART_REG(UART_LSR) & UART_LSR_THRE))
        ;
    UART_REG(UART_THR) = (uint8_t)c;
    return (uint8_t)c;
}

int puts(const char *s)
{
    while (*s)
        putchar(*s++);
    putchar('\n');
    return 0;
}

/* Waits until the transmitter has sent everything (bounded, so a UART model
 * without TEMT cannot hang exit). */
void uart_flush(void)
{
    for (int i = 0; i < 100000 && !(UART_REG(UART_LSR) & UART_LSR_TEMT); i++)
        ;
}

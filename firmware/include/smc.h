/* Monitor calls from C (docs/MONITOR.md): l.smc with r3 = function and
 * r4..r7 = arguments; the status comes back in r11, every other GPR is
 * preserved by the monitor. */
#ifndef VMSP_SMC_H
#define VMSP_SMC_H

#include <stdint.h>
#include "or1k.h"

static inline uint32_t smc(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    register uint32_t r3 __asm__("r3") = fn;
    register uint32_t r4 __asm__("r4") = a;
    register uint32_t r5 __asm__("r5") = b;
    register uint32_t r6 __asm__("r6") = c;
    register uint32_t r7 __asm__("r7") = d;
    register uint32_t r11 __asm__("r11");
    __asm__ volatile(".word " STR(SMC_INSN) : "=r"(r11) : "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7) : "memory");
    return r11;
}

#endif

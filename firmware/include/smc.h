/* Calls out of a world from C.
 *
 * Monitor calls (docs/MONITOR.md), from the host or a guest: l.smc with
 * r3 = function and r4..r7 = arguments; the status comes back in r11,
 * every other GPR is preserved by the monitor.
 *
 * A guest's ways out to its hypervisor (docs/VIRT.md; guest supervisor
 * only): vmcall(), l.vmcall with r3 = function and r4..r8 = arguments (the
 * VM exits with EXIT_VMCALL and SPR_VMEXINFO0..5 = r3..r8; the
 * hypervisor's answer, the rB of its next l.vmenter, comes back in r11,
 * every other GPR as it was: the exit saves and the entry restores the
 * whole context), and guest_halt(), which halts the VM (EXIT_HALT with
 * VMEXINFO0 = r3 = code). The functions and their arguments are each
 * hypervisor's own (demo/hypercall.h, demo/switchbench.h, vmtests/share.h). */
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

static inline uint32_t vmcall(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d, uint32_t e)
{
    register uint32_t r3 __asm__("r3") = fn;
    register uint32_t r4 __asm__("r4") = a;
    register uint32_t r5 __asm__("r5") = b;
    register uint32_t r6 __asm__("r6") = c;
    register uint32_t r7 __asm__("r7") = d;
    register uint32_t r8 __asm__("r8") = e;
    register uint32_t r11 __asm__("r11");
    __asm__ volatile(".word " STR(VMCALL_INSN)
                     : "=r"(r11)
                     : "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7), "r"(r8)
                     : "memory");
    return r11;
}

/* The way out when the hypervisor cannot be told otherwise: `code` says
 * what went wrong. */
static inline void __attribute__((noreturn)) guest_halt(uint32_t code)
{
    for (;;) {
        register uint32_t r3 __asm__("r3") = code;
        __asm__ volatile("l.nop %1" : : "r"(r3), "K"(NOP_EXIT));
    }
}

#endif

/* What the demo's hypervisors (hv.c, switchbench.c, meebench.c) share:
 * failing with a message, monitor calls that must succeed, a VM built from
 * a flat image, and the checks after an l.vmenter. Header-only (static functions): each
 * program is one translation unit. The program defines HV_NAME, the
 * prefix of its messages, before it includes this. */
#ifndef VMSP_DEMO_HVLIB_H
#define VMSP_DEMO_HVLIB_H

#ifndef HV_NAME
#error "define HV_NAME (the program's name, e.g. \"hv\") before including hvlib.h"
#endif

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "or1k.h"
#include "smc.h"

/* "<HV_NAME>: FAIL: <message>" and exit(1) */
static void __attribute__((noreturn, format(printf, 1, 2))) fail(const char *fmt, ...);

static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf(HV_NAME ": FAIL: ");
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    exit(1);
}

/* A monitor call about the VM whose ID is at *vmid (the program's struct
 * vm) that must return SM_OK: l.smc with r3 = fn, r4 = the VMID, r5 = b,
 * r6 = c, r7 = 0 (the status in r11; the monitor keeps every other
 * register). */
static void smc_ok(const char *what, const uint32_t *vmid, uint32_t fn, uint32_t b, uint32_t c)
{
    uint32_t st = smc(fn, *vmid, b, c, 0);
    if (st != SM_OK)
        fail("vm%lu: %s: monitor status %lu", (unsigned long)*vmid, what, (unsigned long)st);
}

/* Fails unless a security monitor answers SMC_VERSION. */
static void need_monitor(void)
{
    if (smc(SMC_VERSION, 0, 0, 0, 0) != SM_OK)
        fail("no security monitor answers SMC_VERSION");
}

/* Creates the VM whose ID is at *vmid (policy 0) with the regions rg[0..n)
 * = {gPA, size, hPA} (any others unused), adds the pages of the flat image
 * at `image` from gPA 0 (*size bytes, the word that holds its length; the
 * image files, hv-images.S and switch-images.S, pad its last page with
 * zeros) and launches it.
 * The pointers, read where the code needs the value, and this loop as it
 * is keep switchbench's main (which this is inlined into) the code it was:
 * its figures (make bench-switch) move with where its code lies. */
_Static_assert(VMC_REGIONS == 4 && VMC_REGION_BYTES == 12, "descriptor layout: VMC_REGIONS / 4 + 3 * r");
static void __attribute__((unused)) /* not by meebench.c, whose VMs have a policy */
build_vm_image(const uint32_t *vmid, const uint32_t (*rg)[3], int n, const uint8_t *image, const uint32_t *size)
{
    /* VMC_* layout; or1k is big-endian, so plain words are BE32 */
    static uint32_t desc[VMC_BYTES / 4];
    memset(desc, 0, sizeof desc);
    for (int r = 0; r < n; r++)
        for (int k = 0; k < 3; k++)
            desc[VMC_REGIONS / 4 + 3 * r + k] = rg[r][k];
    smc_ok("create", vmid, SMC_VM_CREATE, (uint32_t)desc, 0);
    for (uint32_t off = 0; off < *size; off += MEASURE_PAGE)
        smc_ok("add page", vmid, SMC_VM_ADD_PAGE, off, (uint32_t)image + off);
    smc_ok("launch", vmid, SMC_VM_LAUNCH, 0, 0);
}

/* After an l.vmenter of VM `vmid` that returned `refused`: its exit's
 * cause (SPR_VMEXIT's low byte). Fails if the l.vmenter was refused or the
 * exit names another VM. A statement expression, not a function: `vmid`
 * (an lvalue such as vm->id) is read again after the exit, which keeps
 * the code of switchbench's timed loop (run_vms) what it was. */
#define EXIT_CAUSE(vmid, refused)                                                                  \
    ({                                                                                             \
        uint32_t refused_ = (refused);                                                             \
        if (refused_)                                                                              \
            fail("vm%lu: l.vmenter refused: %lu", (unsigned long)(vmid), (unsigned long)refused_); \
        uint32_t ex_ = mfspr(SPR_VMEXIT);                                                          \
        uint32_t cause_ = ex_ & 0xff, exit_vmid_ = (ex_ >> VMEXIT_VMID_SHIFT) & 0xff;              \
        if (exit_vmid_ != (vmid))                                                                  \
            fail("exit of vm%lu reports VMID %lu", (unsigned long)(vmid),                          \
                 (unsigned long)exit_vmid_);                                                       \
        cause_;                                                                                    \
    })

/* The ISS alone counts TTCR in retired instructions: eight divisions
 * between two reads count 9 there (the first read and the divisions), and
 * dozens of cycles on the RTL, whose count the ISS also reads in lock-step. */
static int __attribute__((unused)) /* not by hv.c */
iss_alone(void)
{
    uint32_t t0, t1, q = 1000000, d = 3;
    __asm__ volatile("l.mfspr %0,r0,%4\n\t"
                     ".rept 8\n\tl.divu %2,%2,%3\n\t.endr\n\t"
                     "l.mfspr %1,r0,%4"
                     : "=&r"(t0), "=&r"(t1), "+r"(q)
                     : "r"(d), "K"(SPR_TTCR));
    return t1 - t0 == 9;
}

#endif

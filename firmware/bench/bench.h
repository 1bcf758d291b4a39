/* Shared helpers of the benchmarks: a private LCG (independent of rand(),
 * so a benchmark's data never depends on who else called rand()) and the
 * common PASS/FAIL report. */
#ifndef VMSP_BENCH_H
#define VMSP_BENCH_H

#include <stdint.h>
#include <stdio.h>

static uint32_t bench_lcg_state = 0x12345678u;

static inline void bench_seed(uint32_t s)
{
    bench_lcg_state = s;
}

/* Numerical Recipes' 32-bit LCG; the high bits are the good ones. */
static inline uint32_t bench_rand(void)
{
    bench_lcg_state = bench_lcg_state * 1664525u + 1013904223u;
    return bench_lcg_state;
}

/* Prints "<name>: PASS checksum XXXXXXXX" (or FAIL) and returns main's
 * exit code: 0 on success, 1 on failure. */
static inline int bench_report(const char *name, int ok, uint32_t checksum)
{
    printf("%s: %s checksum %08x\n", name, ok ? "PASS" : "FAIL", (unsigned)checksum);
    return ok ? 0 : 1;
}

#endif

/* Helpers for exception tests: a recording handler and "address of the
 * instruction at label 1" inline-asm idioms. */
#ifndef VMSP_EXC_TEST_H
#define VMSP_EXC_TEST_H

#include "or1k.h"
#include "test.h"

/* What the last exception looked like from inside the handler. */
struct exc_record {
    unsigned count;
    unsigned vector;
    uint32_t epcr, eear, esr;
    uint32_t sr;     /* SR while the handler ran */
    uint32_t skip;   /* handler adds this to EPCR before returning */
};

extern volatile struct exc_record exc;

/* Records the exception in `exc`, then EPCR += exc.skip. */
void exc_record_handler(unsigned vector, struct or1k_frame *f);

/* Clears the record; the next exception returns to EPCR + skip. */
void exc_reset(uint32_t skip);

/* Checks that exactly one exception `vector` was taken at `epcr`, and the
 * SR the handler saw (supervisor, IEE/TEE/DME/IME/OVE/DSX clear). */
void exc_expect(const char *what, unsigned vector, uint32_t epcr);

/* Executes `insn` at a known address: `pc` receives that address, `out`
 * is the instruction's %0; %2 and %3 are the input registers `a` and `b`.
 * If the instruction faults and the handler skips it, `out` is undefined. */
#define AT_PC(pc, out, insn, a, b)                                                                 \
    __asm__ volatile("l.movhi %1,hi(1f)\n\t"                                                       \
                     "l.ori %1,%1,lo(1f)\n\t"                                                      \
                     "1: " insn                                                                    \
                     : "=&r"(out), "=&r"(pc)                                                       \
                     : "r"(a), "r"(b)                                                              \
                     : "memory")

#endif

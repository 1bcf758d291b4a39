/* Minimal stdlib for VMSP firmware. */
#ifndef VMSP_STDLIB_H
#define VMSP_STDLIB_H

#include <stddef.h>

#define RAND_MAX 0x7fff
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Ends the run everywhere: l.nop NOP_EXIT (ISS/RTL), then the finisher
 * (QEMU). Hosts see only the low 8 bits of the code, so a non-zero code
 * whose low byte is zero is reported as 255, never as a pass. */
void exit(int code) __attribute__((noreturn));
void abort(void) __attribute__((noreturn));
/* Deterministic LCG (the C standard's example constants); seed 1 at start. */
int rand(void);
void srand(unsigned seed);

#endif

/* Security monitor internals (docs/MONITOR.md). */
#ifndef VMSP_SM_H
#define VMSP_SM_H

#include "or1k.h"

/* A secure-unit register (32-bit accesses only; uncached: bit 31 is set). */
#define SU_REG(off) (*(volatile uint32_t *)(SU_BASE + (off)))

#define SHA_WORDS 8 /* words of a SHA-256 digest */

/* SHA-256 on the secure unit's engine, fed one big-endian word at a time
 * (every message the monitor hashes is a whole number of words). One
 * message at a time: sha_init, sha_word..., sha_final. */
void sha_init(void);
void sha_word(uint32_t w);
void sha_final(uint32_t digest[SHA_WORDS]);

/* Entered from entry.S. */
void sm_init(void);
uint32_t sm_call(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d, uint32_t caller_vmcr);

#endif

/* The plain test build: crt0 calls _or1k_variant_init() before main; here it
 * leaves caches and MMUs off (as reset does). The cached and MMU variants
 * (variant_cached.c, variant_mmu.c) are linked as objects ahead of the
 * runtime library, so this archive member is then not pulled in. */
#include "or1k.h"

void _or1k_variant_init(void) {}

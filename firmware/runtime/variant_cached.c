/* The "tests-cached" build: the same test programs with SR[ICE] and SR[DCE]
 * on from before main. The caches are invalid at power-up (cache spec), so
 * nothing needs invalidating first; what crt0 wrote to .bss with the
 * caches off is in memory and is filled from there. */
#include <stdio.h>
#include <stdlib.h>
#include "or1k.h"

void _or1k_variant_init(void)
{
    uint32_t upr = mfspr(SPR_UPR);
    if ((upr & (UPR_DCP | UPR_ICP)) != (UPR_DCP | UPR_ICP)) {
        /* a tests-cached program on a core without caches proves nothing */
        printf("tests-cached: the core has no D-cache/I-cache (UPR=%08lx)\n", (unsigned long)upr);
        exit(OR1K_EXIT_ABORT);
    }
    or1k_sr_set(SR_ICE | SR_DCE);
}

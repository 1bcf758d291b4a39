/* Recording exception handler for the exception tests (exc-test.h). */
#include "exc-test.h"

volatile struct exc_record exc;

void exc_reset(uint32_t skip)
{
    exc.count = 0;
    exc.vector = exc.epcr = exc.eear = exc.esr = exc.sr = 0;
    exc.skip = skip;
}

void exc_record_handler(unsigned vector, struct or1k_frame *f)
{
    exc.count++;
    exc.vector = vector;
    exc.epcr = f->epcr;
    exc.eear = f->eear;
    exc.esr = f->esr;
    exc.sr = mfspr(SPR_SR);
    f->epcr += exc.skip;
}

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

void exc_expect(const char *what, unsigned vector, uint32_t epcr)
{
    printf("  %s\n", what);
    CHECK_EQ("exception taken once", exc.count, 1);
    CHECK_EQ("vector", exc.vector, vector);
    CHECK_EQ("EPCR", exc.epcr, epcr);
    CHECK_EQ("handler runs in supervisor mode", exc.sr & SR_SM, SR_SM);
    CHECK_EQ("IEE/TEE/DME/IME/OVE/DSX clear in the handler",
             exc.sr & (SR_IEE | SR_TEE | SR_DME | SR_IME | SR_OVE | SR_DSX), 0);
}

/* PIC (SPR group 9) with the UART's transmit-holding-register-empty
 * interrupt on line UART_IRQ: IER[THRI] raises the line (PICSR shows it);
 * the external interrupt (0x800) is taken only when PICMR unmasks the line
 * and SR[IEE] is set; IEE is clear in the handler; the handler silences
 * the UART (IER = 0) and clears PICSR, after which no more interrupts come. */
#include "exc-test.h"

#define UART_REG(off) (*(volatile uint8_t *)(UART_BASE + (off)))
#define LINE (1u << UART_IRQ)
#define WAIT_LIMIT 100000

static volatile unsigned irqs;
static volatile uint32_t irq_picsr, irq_sr, irq_esr, irq_iir;

static void ext_handler(unsigned vector, struct or1k_frame *f)
{
    (void)vector;
    irqs++;
    irq_picsr = mfspr(SPR_PICSR);
    irq_sr = mfspr(SPR_SR);
    irq_esr = f->esr;
    irq_iir = UART_REG(UART_IIR);
    UART_REG(UART_IER) = 0;                     /* drop the line */
    mtspr(SPR_PICSR, mfspr(SPR_PICSR) & ~LINE); /* acknowledge */
}

static void spin(void)
{
    for (int i = 0; i < WAIT_LIMIT && irqs == 0; i++)
        ;
}

int main(void)
{
    test_begin("pic");
    or1k_set_handler(VEC_EXTERNAL, ext_handler);

    mtspr(SPR_PICMR, LINE);
    CHECK_EQ("PICMR reads back", mfspr(SPR_PICMR) & LINE, LINE);

    /* line masked in PICMR: pending in PICSR, no interrupt */
    mtspr(SPR_PICMR, 0);
    UART_REG(UART_IER) = UART_IER_THRI;
    CHECK_EQ("IER reads back", UART_REG(UART_IER), UART_IER_THRI);
    or1k_sr_set(SR_IEE);
    spin();
    or1k_sr_clear(SR_IEE);
    CHECK_EQ("masked line: no interrupt", irqs, 0);

    /* unmasked, IEE clear: no interrupt */
    mtspr(SPR_PICMR, LINE);
    spin();
    CHECK_EQ("SR[IEE] clear: no interrupt", irqs, 0);
    CHECK_EQ("PICSR shows the UART line", mfspr(SPR_PICSR) & LINE, LINE);

    /* unmasked and IEE: taken once */
    or1k_sr_set(SR_IEE);
    spin();
    for (volatile int i = 0; i < 1000; i++)
        ;
    or1k_sr_clear(SR_IEE);
    CHECK_EQ("interrupt taken once", irqs, 1);
    CHECK_EQ("PICSR had the UART line in the handler", irq_picsr & LINE, LINE);
    CHECK_EQ("IIR: THR empty is the source", irq_iir & 0x0f, UART_IIR_THRI);
    CHECK_EQ("IEE clear in the handler", irq_sr & SR_IEE, 0);
    CHECK_EQ("ESR had IEE", irq_esr & SR_IEE, SR_IEE);
    CHECK_EQ("PICSR cleared after the handler", mfspr(SPR_PICSR) & LINE, 0);

    /* printing still works with IER = 0, and raises nothing */
    or1k_sr_set(SR_IEE);
    printf("  after the interrupt\n");
    or1k_sr_clear(SR_IEE);
    CHECK_EQ("no interrupt from polled output", irqs, 1);
    mtspr(SPR_PICMR, 0);
    return test_end();
}

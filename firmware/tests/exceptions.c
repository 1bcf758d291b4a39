/* Synchronous exceptions and l.rfe: illegal instruction (0x700), range (0xB00 under SR[OVE]), l.sys (0xC00,
 * EPCR = the next instruction), l.trap (0xE00, EPCR = the trap), SR on
 * entry (SM set; IEE, TEE, DME, IME, OVE, DSX clear), ESR = the SR before,
 * and l.rfe restoring SR from ESR (including a handler's change).
 * Alignment exceptions are in align.c (QEMU 7.2 does not raise them), the
 * range exception in range.c (QEMU 7.2 keeps SR[OVE] set in the handler). */
#include "exc-test.h"

static void install(void)
{
    static const unsigned vecs[] = { VEC_ILLEGAL, VEC_SYSCALL, VEC_TRAP };
    for (unsigned i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
        or1k_set_handler(vecs[i], exc_record_handler);
}

static void illegal(void)
{
    uint32_t pc, out;
    /* major opcode 0x3f (l.cust8) is not implemented: illegal on OR1200 */
    exc_reset(4);
    AT_PC(pc, out, ".word 0xfc000000", 0, 0);
    exc_expect("opcode 0x3f", VEC_ILLEGAL, pc);
    CHECK_EQ("EEAR = the illegal instruction's address", exc.eear, pc);
    /* major opcode 0x3a is unassigned */
    exc_reset(4);
    AT_PC(pc, out, ".word 0xe8000000", 0, 0);
    exc_expect("opcode 0x3a", VEC_ILLEGAL, pc);
    (void)out;
}

static void syscall_trap(void)
{
    uint32_t pc, out;
    /* l.sys: EPCR = the instruction after it; IEE/TEE saved in ESR, clear
     * in the handler and back after l.rfe (PICMR = 0 and the timer off
     * keep them harmless) */
    mtspr(SPR_PICMR, 0);
    mtspr(SPR_TTMR, 0);
    or1k_sr_set(SR_IEE | SR_TEE);
    exc_reset(0);
    AT_PC(pc, out, "l.sys 0x1234", 0, 0);
    uint32_t sr_after = mfspr(SPR_SR);
    or1k_sr_clear(SR_IEE | SR_TEE);
    exc_expect("l.sys", VEC_SYSCALL, pc + 4);
    CHECK_EQ("ESR = SR before (IEE, TEE, SM)", exc.esr & (SR_IEE | SR_TEE | SR_SM), SR_IEE | SR_TEE | SR_SM);
    CHECK_EQ("l.rfe restored IEE/TEE", sr_after & (SR_IEE | SR_TEE), SR_IEE | SR_TEE);

    /* l.trap: EPCR = the trap itself */
    exc_reset(4);
    AT_PC(pc, out, "l.trap 1", 0, 0);
    exc_expect("l.trap", VEC_TRAP, pc);
    (void)out;
}

/* Handler that changes the SR l.rfe restores: sets F, clears CY. */
static void set_f_handler(unsigned vector, struct or1k_frame *f)
{
    exc_record_handler(vector, f);
    f->esr = (f->esr | SR_F) & ~SR_CY;
}

static void rfe(void)
{
    uint32_t sr;
    or1k_set_handler(VEC_SYSCALL, set_f_handler);
    exc_reset(0);
    /* F = 0 and CY = 1 before; the handler's ESR turns that round */
    __asm__ volatile("l.sfne r0,r0\n\t"
                     "l.mfspr %0,r0,%1\n\t"
                     "l.ori %0,%0,%2\n\t"
                     "l.mtspr r0,%0,%1\n\t"
                     "l.sys 1\n\t"
                     "l.mfspr %0,r0,%1"
                     : "=&r"(sr) : "K"(SPR_SR), "K"(SR_CY));
    CHECK_EQ("l.sys taken", exc.count, 1);
    CHECK_EQ("ESR had CY, not F", exc.esr & (SR_F | SR_CY), SR_CY);
    CHECK_EQ("l.rfe restored the handler's ESR", sr & (SR_F | SR_CY), SR_F);
    or1k_set_handler(VEC_SYSCALL, exc_record_handler);
}

static uint32_t user_syscall(uint32_t arg)
{
    __asm__ volatile("l.sys 7" ::: "memory");
    return arg + 1;
}

static void from_user(void)
{
    exc_reset(0);
    uint32_t r = or1k_call_user(user_syscall, 41);
    CHECK_EQ("user function ran and returned", r, 42);
    CHECK_EQ("l.sys from user mode taken", exc.count, 1);
    CHECK_EQ("ESR: user mode (SM clear)", exc.esr & SR_SM, 0);
    CHECK_EQ("handler in supervisor mode", exc.sr & SR_SM, SR_SM);
    CHECK_EQ("back in supervisor mode", mfspr(SPR_SR) & SR_SM, SR_SM);
}

int main(void)
{
    test_begin("exceptions");
    install();
    illegal();
    syscall_trap();
    rfe();
    from_user();
    return test_end();
}

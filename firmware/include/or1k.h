/* VMSP firmware runtime: SPR access, simulator hooks, exception handlers. */
#ifndef OR1K_H
#define OR1K_H

#include "or1k-sprs.h"

/* STR(SMC_INSN) etc.: a header constant as text, for the `.word` of a VMX
 * instruction the assembler does not know. */
#define STR_(x) #x
#define STR(x) STR_(x)

#define OR1K_FRAME_EPCR 128
#define OR1K_FRAME_EEAR 132
#define OR1K_FRAME_ESR 136
#define OR1K_FRAME_SIZE 144
/* Bytes below the interrupted r1 that the vector stubs leave untouched. */
#define OR1K_REDZONE 128

/* Exit code of a run that took an exception nobody handled, and of abort(). */
#define OR1K_EXIT_UNHANDLED 0x7e
#define OR1K_EXIT_ABORT 0x7f

/* The l.sys immediate or1k_call_user's return path uses. */
#define OR1K_SYS_RETURN_TO_SUPERVISOR 0x7fff
/* or1k_call_user's save area: r1, r2, r9, r10, r14, r16, ..., r30, SR. */
#define OR1K_USER_SAVE_SR 52
#define OR1K_USER_SAVE_SIZE 56

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Register frame the vector stubs build on the stack before calling the C
 * dispatcher (layout shared with vectors.S through the OR1K_FRAME_* offsets).
 * A handler may change anything here; the stub writes EPCR/EEAR/ESR back to
 * the SPRs and reloads every GPR (r1 last) before l.rfe, so e.g.
 * `f->epcr += 4` skips the faulting instruction. r[0] is not used. */
struct or1k_frame {
    uint32_t r[32];
    uint32_t epcr;
    uint32_t eear;
    uint32_t esr;
    uint32_t pad; /* keeps the frame a multiple of 8 bytes */
};

typedef void (*or1k_handler_t)(unsigned vector, struct or1k_frame *f);

/* Installs fn for the exception at `vector` (VEC_BUS_ERROR..VEC_TRAP, a
 * multiple of 0x100); NULL restores the default (report and fail). Returns
 * the previous handler. A bad vector number aborts. */
or1k_handler_t or1k_set_handler(unsigned vector, or1k_handler_t fn);

/* Called by the vector stubs; tests do not call it. */
void or1k_exception(unsigned vector, struct or1k_frame *f);

/* SPR access with a run-time address (l.mfspr/l.mtspr rA | 0). */
static inline uint32_t mfspr(uint32_t spr)
{
    uint32_t v;
    __asm__ volatile("l.mfspr %0,%1,0" : "=r"(v) : "r"(spr));
    return v;
}

static inline void mtspr(uint32_t spr, uint32_t v)
{
    __asm__ volatile("l.mtspr %0,%1,0" : : "r"(spr), "r"(v) : "memory");
}

/* or1ksim-style simulator hooks (ignored by QEMU). */
static inline void or1k_nop_report(uint32_t v)
{
    register uint32_t r3 __asm__("r3") = v;
    __asm__ volatile("l.nop %1" : : "r"(r3), "K"(NOP_REPORT));
}

static inline void or1k_nop_putc(int c)
{
    register uint32_t r3 __asm__("r3") = (uint32_t)c;
    __asm__ volatile("l.nop %1" : : "r"(r3), "K"(NOP_PUTC));
}

/* Clears SR bits / sets SR bits (read-modify-write of SR). */
static inline void or1k_sr_set(uint32_t bits) { mtspr(SPR_SR, mfspr(SPR_SR) | bits); }
static inline void or1k_sr_clear(uint32_t bits) { mtspr(SPR_SR, mfspr(SPR_SR) & ~bits); }

/* Drops to user mode and continues at fn(arg) on the current stack; when fn
 * returns, it executes l.sys OR1K_SYS_RETURN_TO_SUPERVISOR at a fixed
 * address, which the dispatcher turns back into a return to the caller in
 * supervisor mode with the caller's SR. Returns fn's return value. Not
 * reentrant. With SR[IME]/SR[DME] set, the caller must map fn, the stack
 * and the runtime's code for user mode. */
uint32_t or1k_call_user(uint32_t (*fn)(uint32_t), uint32_t arg);

#endif /* __ASSEMBLER__ */
#endif /* OR1K_H */

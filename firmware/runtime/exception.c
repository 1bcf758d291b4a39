/* C side of exception handling: per-vector handler table, the default
 * (report and fail) and the user-mode return path of or1k_call_user. */
#include <stdio.h>
#include <stdlib.h>
#include "or1k.h"

#define NVECTORS 16

static or1k_handler_t handlers[NVECTORS];

extern char _or1k_user_exit[], _or1k_user_resume[];
extern uint32_t _or1k_user_save[OR1K_USER_SAVE_SIZE / 4];

or1k_handler_t or1k_set_handler(unsigned vector, or1k_handler_t fn)
{
    if (vector < VEC_BUS_ERROR || vector >= NVECTORS * 0x100 || (vector & 0xff) != 0) {
        printf("or1k_set_handler: bad vector 0x%x\n", vector);
        abort();
    }
    or1k_handler_t old = handlers[vector >> 8];
    handlers[vector >> 8] = fn;
    return old;
}

/* The l.sys at _or1k_user_exit: give the caller of or1k_call_user its
 * registers and SR back; r11 (fn's result) passes through. */
static void return_to_supervisor(struct or1k_frame *f)
{
    const uint32_t *s = _or1k_user_save;
    f->r[1] = s[0];
    f->r[2] = s[1];
    f->r[9] = s[2];
    f->r[10] = s[3];
    for (int n = 14; n <= 30; n += 2)
        f->r[n] = s[4 + (n - 14) / 2];
    f->esr = s[OR1K_USER_SAVE_SR / 4];
    f->epcr = (uint32_t)_or1k_user_resume;
}

void or1k_exception(unsigned vector, struct or1k_frame *f)
{
    /* EPCR of l.sys is the next instruction: l.sys itself plus 4. */
    if (vector == VEC_SYSCALL && f->epcr == (uint32_t)_or1k_user_exit + 4) {
        return_to_supervisor(f);
        return;
    }
    unsigned i = vector >> 8;
    if (i < NVECTORS && handlers[i]) {
        handlers[i](vector, f);
        return;
    }
    printf("unhandled exception 0x%03x: EPCR=0x%08lx EEAR=0x%08lx ESR=0x%08lx\n", vector,
           (unsigned long)f->epcr, (unsigned long)f->eear, (unsigned long)f->esr);
    exit(OR1K_EXIT_UNHANDLED);
}

/* What the host programs of vmtests/ (lifecycle.c, entropy.c, attacks.c,
 * sharing.c, seal.c) share: the VM descriptor, a guest image embedded in
 * the program, l.vmenter from C (after SPR_VMSAVE = the VM's save area,
 * vmsave.h), a run of a guest with a small 0xF00 stub, and
 * a host load that may be a bus error. Header-only (static inline
 * functions and macros): each program is one translation unit, and the
 * Makefile builds one object per program. */
#ifndef VMSP_VMTEST_H
#define VMSP_VMTEST_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "exc-test.h"
#include "smc.h"
#include "vmsave.h"

/* ---- the descriptor of SMC_VM_CREATE (docs/MONITOR.md: VMC_*) ---- */

struct vmc {
    uint32_t policy;
    struct {
        uint32_t gpa, size, hpa;
    } r[VM_REGIONS];
};
_Static_assert(sizeof(struct vmc) == VMC_BYTES, "descriptor layout");
_Static_assert(offsetof(struct vmc, policy) == VMC_POLICY && offsetof(struct vmc, r) == VMC_REGIONS &&
                   sizeof(((struct vmc *)0)->r[0]) == VMC_REGION_BYTES,
               "descriptor layout");

/* ---- a guest's flat image in the program ---- */

/* At file scope: guest_image[], guest_image_bytes from `file` (found on
 * the assembler's include path, -Wa,-I), aligned to and zero-padded to
 * whole MEASURE_PAGE pages (SMC_VM_ADD_PAGE's unit). */
#define VMTEST_GUEST_IMAGE(file)                                                                   \
    __asm__(".section .rodata.guest, \"a\"\n"                                                      \
            ".balign " STR(MEASURE_PAGE) "\n"                                                      \
            ".global guest_image\n"                                                                \
            "guest_image:\n"                                                                       \
            ".incbin \"" file "\"\n"                                                               \
            "guest_image_end:\n"                                                                   \
            ".balign " STR(MEASURE_PAGE) ", 0\n"                                                   \
            ".section .rodata\n"                                                                   \
            ".balign 4\n"                                                                          \
            ".global guest_image_bytes\n"                                                          \
            "guest_image_bytes: .word guest_image_end - guest_image\n"                             \
            ".text\n");                                                                            \
    extern const uint8_t guest_image[];                                                            \
    extern const uint32_t guest_image_bytes

/* ---- l.vmenter ---- */

/* l.vmenter rA = r3 (the VMID), rB = r4 (the answer: the guest's r11), for
 * inline assembly */
#define VMENTER_R3_R4 ".word " STR(VMENTER_INSN | 3 << INSN_RA_SHIFT | 4 << INSN_RB_SHIFT)

/* l.vmenter of `vmid` (with SPR_VMSAVE = its save area, vmsave.h) where
 * it is refused: r11 = the refusal code (VMENTER_ERR_*). Only for slots
 * that refuse (a launched slot would run its guest, and nobody would
 * catch its exit). */
static inline unsigned vmenter_refusal(unsigned vmid)
{
    set_save_area(vmid);
    register unsigned r3 __asm__("r3") = vmid;
    register unsigned r4 __asm__("r4") = 0;
    register unsigned r11 __asm__("r11") = 0xdead;
    __asm__ volatile(VMENTER_R3_R4 : "+r"(r11) : "r"(r3), "r"(r4) : "memory");
    return r11;
}

/* At file scope, for a program that runs guests with run_guest():
 * run_guest(vmid, answer) sets SPR_VMSAVE to the VM's save area
 * (vmsave.h) and l.vmenter's r3, r4; it returns the refusal
 * (VMENTER_ERR_*), or 0 once the guest has exited (the exit's cause and
 * information in SPR_VMEXIT, SPR_VMEXINFO0..5). An exit zeroes every GPR
 * and lands at the host's 0xF00, where the program puts run_guest_exit
 * (vmexit_vector_install; in place of vectors.S's stub, which needs r1):
 * it reloads r1 (so a TLB miss right after it, with the MMUs back on, has
 * a stack) and l.rfe's to just after the l.vmenter with the host's SR; the
 * code there reloads the rest from guest_save: a setjmp around the guest. */
#define VMTEST_RUN_GUEST                                                                           \
    __asm__(".text\n"                                                                              \
            ".global run_guest\n"                                                                  \
            "run_guest:\n"                                                                         \
            "  l.movhi r13, hi(guest_save)\n"                                                      \
            "  l.ori   r13, r13, lo(guest_save)\n"                                                 \
            "  .irp n, 1,2,9,10,14,16,18,20,22,24,26,28,30\n"                                      \
            "  l.sw    (4*\\n)(r13), r\\n\n"                                                       \
            "  .endr\n"                                                                            \
            SET_SAVE_AREA_ASM("r3", "r13", "r15")                                                  \
            "  l.addi  r11, r0, -1\n"                                                              \
            "  " VMENTER_R3_R4 "\n"                                                                \
            "  l.movhi r13, hi(guest_save)\n"                                                      \
            "  l.ori   r13, r13, lo(guest_save)\n"                                                 \
            "  .irp n, 1,2,9,10,14,16,18,20,22,24,26,28,30\n"                                      \
            "  l.lwz   r\\n, (4*\\n)(r13)\n"                                                       \
            "  .endr\n"                                                                            \
            "  l.jr    r9\n"                                                                       \
            "  l.nop\n"                                                                            \
            ".bss\n"                                                                               \
            ".balign 4\n"                                                                          \
            "guest_save: .space 4*32\n"                                                            \
            ".section .rodata\n"                                                                   \
            ".balign 4\n"                                                                          \
            "run_guest_exit:\n"                                                                    \
            "  l.movhi r1, hi(guest_save)\n"                                                       \
            "  l.ori   r1, r1, lo(guest_save)\n"                                                   \
            "  l.lwz   r1, 4(r1)\n"                                                                \
            "  l.rfe\n"                                                                            \
            "run_guest_exit_end:\n"                                                                \
            ".text\n");                                                                            \
    uint32_t run_guest(uint32_t vmid, uint32_t answer);                                            \
    extern const uint32_t run_guest_exit[], run_guest_exit_end[]

/* ---- the host's VM-exit vector ---- */

extern uint32_t _or1k_vectors[];

/* The most words of code at 0xF00: up to the program's .text (link.ld: 0x1000) */
#define VMEXIT_VECTOR_WORDS ((0x1000 - VEC_VMEXIT) / 4)

/* n words from `code` to 0xF00 (the words there before into `save`, unless
 * NULL), their lines written back and dropped from the I-cache. */
static inline void vmexit_vector_copy(const uint32_t *code, uint32_t n, uint32_t *save)
{
    volatile uint32_t *vec = &_or1k_vectors[(VEC_VMEXIT - VEC_BUS_ERROR) / 4];
    for (uint32_t i = 0; i < n; i++) {
        if (save)
            save[i] = vec[i];
        vec[i] = code[i];
    }
    for (uint32_t a = VEC_VMEXIT; a < VEC_VMEXIT + 4 * n; a += CACHE_LINE_BYTES) {
        mtspr(SPR_DCBFR, a);
        mtspr(SPR_ICBIR, a);
    }
}

/* Puts [code, end) at 0xF00, after checking that it fits there (two
 * checks); returns its length in words (for vmexit_vector_copy to put
 * `save` back). */
static inline uint32_t vmexit_vector_install(const uint32_t *code, const uint32_t *end, uint32_t *save)
{
    uint32_t n = (uint32_t)(end - code);
    CHECK_EQ("the runtime's vectors at 0x200", (uint32_t)_or1k_vectors, VEC_BUS_ERROR);
    CHECK_EQ("0xF00's code fits below .text", n <= VMEXIT_VECTOR_WORDS, 1);
    vmexit_vector_copy(code, n, save);
    return n;
}

/* ---- the host shut out ---- */

/* A host load at addr (exc_record_handler or the like installed for
 * VEC_BUS_ERROR): 1 if it was a bus error there (checked: one, at the
 * load, EEAR = addr), 0 if it loaded. */
static inline int load_faults(uint32_t addr)
{
    uint32_t pc, out;
    exc_reset(4);
    AT_PC(pc, out, "l.lwz %0,0(%2)", addr, 0);
    (void)out;
    if (exc.count == 0)
        return 0;
    CHECK_EQ("load: one exception", exc.count, 1);
    CHECK_EQ("load: bus error", exc.vector, VEC_BUS_ERROR);
    CHECK_EQ("load: EPCR = the load", exc.epcr, pc);
    CHECK_EQ("load: EEAR = the address", exc.eear, addr);
    return 1;
}

#endif

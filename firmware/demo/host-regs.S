/* What a host routine that l.vmenter's keeps across the VM exit (every
 * GPR is zero at the exit, docs/VIRT.md): KEPT_REGS of or1k-asm.h (r1, r2,
 * r9, r10 and the callee-saved r14..r30), 13 words at r3. `HOST_REGS
 * SW_TO` stores them before the entry, `HOST_REGS LWZ_FROM` reloads them
 * at 0xF00. Included by hv-vectors.S, switch-vectors.S and vmbench-vectors.S. */
#define HOST_SAVED_BYTES KEPT_BYTES

    .macro HOST_REGS op
    KEPT_REGS \op, r3
    .endm

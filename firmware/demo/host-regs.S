/* What a host routine that l.vmenter's keeps across the VM exit (every
 * GPR is zero at the exit, docs/VIRT.md): r1, r2, r9, r10 and the
 * callee-saved r14..r30, 13 words at r3. `HOST_REGS SW_TO` stores them
 * before the entry, `HOST_REGS LWZ_FROM` reloads them at 0xF00.
 * Included by hv-vectors.S and vmbench-vectors.S. */
#define HOST_SAVED_BYTES (4 * 13)

    .macro HOST_REGS op
    \op     0(r3), r1
    \op     4(r3), r2
    \op     8(r3), r9
    \op     12(r3), r10
    .irp n, 14,16,18,20,22,24,26,28,30
    \op     (16 + 2 * (\n - 14))(r3), r\n
    .endr
    .endm
    .macro SW_TO addr, reg
    l.sw    \addr, \reg
    .endm
    .macro LWZ_FROM addr, reg
    l.lwz   \reg, \addr
    .endm

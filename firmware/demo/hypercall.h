/* The demo's hypercall ABI: how a guest kernel (guest.c) talks to the
 * hypervisor (hv.c). The guest puts a function HC_* in r3 and its
 * arguments in r4..r8 and executes l.vmcall (VMCALL_INSN, guest supervisor
 * only); the VM exits with EXIT_VMCALL and SPR_VMEXINFO0..5 = r3..r8. The
 * hypervisor's answer (HC_OK or HC_ERR_*) is the rB of its next
 * l.vmenter, which lands in the guest's r11. */
#ifndef VMSP_DEMO_HYPERCALL_H
#define VMSP_DEMO_HYPERCALL_H

/* r4..r8: up to HC_PUTS_MAX bytes of text packed big-endian (the first
 * character in r4's top byte, the fifth in r5's, ...); a NUL ends it
 * early. The hypervisor adds them to the VM's current line and prints
 * the line, prefixed "[vmN] ", at each '\n'. */
#define HC_PUTS 1
#define HC_PUTS_MAX 20
/* r4: the guest's exit status (0 = success). The VM is finished: the
 * hypervisor does not enter it again. */
#define HC_DONE 2

#define HC_OK 0
#define HC_ERR_FUNC 1 /* unknown function */

#endif

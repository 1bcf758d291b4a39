/* The demo's hypercall ABI: how a guest kernel (guest.c) talks to the
 * hypervisor (hv.c). The guest puts a function HC_* in r3 and its
 * arguments in r4..r8 and executes l.vmcall (vmcall() of smc.h, guest
 * supervisor only); the VM exits with EXIT_VMCALL and SPR_VMEXINFO0..5 =
 * r3..r8. The hypervisor's answer (HC_OK or HC_ERR_*) is the rB of its
 * next l.vmenter, which lands in the guest's r11. */
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

/* r4 = gPA of a page the guest opened to the host with SMC_PAGE_ATTR
 * (docs/MONITOR.md), r5 = the attributes it gave it, r6 = what it holds
 * (SHARE_*). The hypervisor notes where it is. */
#define HC_SHARE 3
#define SHARE_IO 1       /* an I/O page: requests and replies (HC_IO); ENC off, HR and HW */
#define SHARE_PROCLIST 2 /* the kernel's process list (struct proc_list); ENC off, HR only */
/* The guest wrote a request (a NUL-terminated string) at IO_REQ of its
 * I/O page; the hypervisor writes its reply at IO_REP before it answers.
 * Requests: "upper TEXT", "reverse TEXT", "add A B" (decimal). */
#define HC_IO 4
/* Remote attestation (docs/ATTESTATION.md), at the end of a guest's run:
 * HC_NONCE: the hypervisor writes the verifier's REPORT_DATA_BYTES nonce
 * for this VM at IO_NONCE of the guest's I/O page (shared first, SHARE_IO);
 * the guest copies it into its private memory and asks the monitor for a
 * report over it (SMC_ATTEST_REPORT, the output in a private page), then
 * copies the REPORT_BYTES report to IO_REPORT of the I/O page and makes
 * HC_REPORT: the hypervisor reads it there and prints it for the verifier
 * ("report vmN <hex>", scripts/demo.sh). */
#define HC_NONCE 5
#define HC_REPORT 6

#define HC_OK 0
#define HC_ERR_FUNC 1 /* unknown function */
#define HC_ERR_ARG 2  /* a bad argument (a page outside the VM, a request it cannot serve) */

/* The I/O page (4 KiB, SMC_PAGE_ATTR's page) */
#define IO_REQ 0x000 /* the request */
#define IO_REP 0x800 /* the reply */
#define IO_MAX 0x100 /* bytes of either, the NUL included */
#define IO_NONCE 0x400  /* HC_NONCE: the nonce (REPORT_DATA_BYTES) */
#define IO_REPORT 0xc00 /* HC_REPORT: the report (REPORT_BYTES) */

/* The process list a guest kernel keeps in a page the hypervisor may read
 * (introspection: the hypervisor reads it whenever it likes, the guest
 * does not take part). gen is odd while the kernel updates the list. */
#define PROC_MAGIC 0x50524f43 /* "PROC" */
#define PROC_MAX 8
#define PROC_NAME 24
#define PROC_RUN 1
#define PROC_READY 2
#define PROC_WAIT 3
#define PROC_EXIT 4
#ifndef __ASSEMBLER__
#include <stdint.h>
struct proc_entry {
    uint32_t pid, state;
    char name[PROC_NAME]; /* NUL-terminated */
};
struct proc_list {
    uint32_t magic, gen, count, pad;
    struct proc_entry p[PROC_MAX];
};
#endif

#endif

/* SM_ERR_ENTROPY (docs/MONITOR.md): with the TRNG's health alarm up, every
 * create that passes its other checks answers SM_ERR_ENTROPY and leaves the
 * slot free, its memory the host's and unscrubbed; the checks before it
 * still answer first.
 * Run: vmsp-iss run --monitor build/firmware/monitor/sm.elf --trng-alarm entropy.elf,
 * or on the RTL built with a stuck entropy source (scripts/vm-model.sh
 * stuck-trng); with a healthy TRNG the first create succeeds and the test
 * fails. */
#include <string.h>
#include "exc-test.h"
#include "smc.h"

extern char __heap_start[], __heap_end[];

static uint32_t desc[VMC_BYTES / 4];

/* l.vmenter r3, r4 on a slot that refuses: the refusal code. */
static unsigned vmenter_refusal(unsigned vmid)
{
    register unsigned r3 __asm__("r3") = vmid;
    register unsigned r4 __asm__("r4") = 0;
    register unsigned r11 __asm__("r11") = 0xdead;
    __asm__ volatile(".word " STR(VMENTER_INSN | 3 << INSN_RA_SHIFT | 4 << INSN_RB_SHIFT)
                     : "+r"(r11)
                     : "r"(r3), "r"(r4)
                     : "memory");
    return r11;
}

static int load_faults(uint32_t addr)
{
    uint32_t pc, out;
    exc_reset(4);
    AT_PC(pc, out, "l.lwz %0,0(%2)", addr, 0);
    (void)pc;
    (void)out;
    return exc.count != 0;
}

int main(void)
{
    test_begin("entropy");
    or1k_set_handler(VEC_BUS_ERROR, exc_record_handler);
    uint32_t rgn = ((uint32_t)__heap_start + VM_REGION_MIN - 1) & ~(uint32_t)(VM_REGION_MIN - 1);
    CHECK(rgn + VM_REGION_MIN <= (uint32_t)__heap_end);
    for (uint32_t a = rgn; a < rgn + VM_REGION_MIN; a += 4)
        *(volatile uint32_t *)a = ~a;

    CHECK_EQ("SMC_VERSION", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    memset(desc, 0, sizeof desc);
    desc[VMC_REGIONS / 4 + 0] = 0;
    desc[VMC_REGIONS / 4 + 1] = VM_REGION_MIN;
    desc[VMC_REGIONS / 4 + 2] = rgn;
    for (unsigned v = 1; v <= VM_SLOTS; v++) {
        unsigned st = smc(SMC_VM_CREATE, v, (uint32_t)desc, 0, 0);
        if (st == SM_OK) {
            printf("create succeeded: run this test with a failed TRNG (vmsp-iss --trng-alarm, or vm-model.sh stuck-trng)\n");
            smc(SMC_VM_DESTROY, v, 0, 0, 0);
        }
        CHECK_EQ("create: no entropy", st, SM_ERR_ENTROPY);
        CHECK_EQ("the slot stays free (hardware)", vmenter_refusal(v), VMENTER_ERR_FREE);
        CHECK_EQ("add page: the slot is free", smc(SMC_VM_ADD_PAGE, v, 0, rgn, 0), SM_ERR_STATE);
        CHECK_EQ("destroy: the slot is free", smc(SMC_VM_DESTROY, v, 0, 0, 0), SM_ERR_STATE);
    }
    CHECK_EQ("the host keeps the region", load_faults(rgn), 0);
    CHECK_EQ("the host keeps the region", load_faults(rgn + VM_REGION_MIN - 4), 0);
    for (uint32_t a = rgn; a < rgn + VM_REGION_MIN; a += 4)
        if (*(volatile uint32_t *)a != ~a)
            CHECK_EQ("not scrubbed", *(volatile uint32_t *)a, ~a);

    /* the checks before the keys answer first */
    CHECK_EQ("bad descriptor address: ADDR", smc(SMC_VM_CREATE, 1, 2, 0, 0), SM_ERR_ADDR);
    desc[VMC_POLICY / 4] = 2;
    CHECK_EQ("bad policy: PARAM", smc(SMC_VM_CREATE, 1, (uint32_t)desc, 0, 0), SM_ERR_PARAM);
    desc[VMC_POLICY / 4] = 0;
    desc[VMC_REGIONS / 4 + 1] = 3 * VM_REGION_MIN;
    CHECK_EQ("bad region: REGION", smc(SMC_VM_CREATE, 1, (uint32_t)desc, 0, 0), SM_ERR_REGION);
    CHECK_EQ("VMID 0: VMID", smc(SMC_VM_CREATE, 0, (uint32_t)desc, 0, 0), SM_ERR_VMID);
    return test_end();
}

/* SM_ERR_ENTROPY (docs/MONITOR.md): with the TRNG's health alarm up, every
 * create that passes its other checks answers SM_ERR_ENTROPY and leaves the
 * slot free, its memory the host's and unscrubbed; the checks before it
 * still answer first.
 * Run: vmsp-iss run --monitor build/firmware/monitor/sm.elf --trng-alarm entropy.elf,
 * or on the RTL built with a stuck entropy source (scripts/vm-model.sh
 * stuck-trng); with a healthy TRNG the first create succeeds and the test
 * fails. */
#include "vmtest.h"

extern char __heap_start[], __heap_end[];

static struct vmc desc;

int main(void)
{
    test_begin("entropy");
    or1k_set_handler(VEC_BUS_ERROR, exc_record_handler);
    uint32_t rgn = ((uint32_t)__heap_start + VM_REGION_MIN - 1) & ~(uint32_t)(VM_REGION_MIN - 1);
    CHECK(rgn + VM_REGION_MIN <= (uint32_t)__heap_end);
    for (uint32_t a = rgn; a < rgn + VM_REGION_MIN; a += 4)
        *(volatile uint32_t *)a = ~a;

    CHECK_EQ("SMC_VERSION", smc(SMC_VERSION, 0, 0, 0, 0), SM_OK);
    memset(&desc, 0, sizeof desc);
    desc.r[0].gpa = 0;
    desc.r[0].size = VM_REGION_MIN;
    desc.r[0].hpa = rgn;
    for (unsigned v = 1; v <= VM_SLOTS; v++) {
        unsigned st = smc(SMC_VM_CREATE, v, (uint32_t)&desc, 0, 0);
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
    desc.policy = 1u << 2; /* bits 0 and 1 are POLICY_DEBUG and POLICY_NO_ENC */
    CHECK_EQ("bad policy: PARAM", smc(SMC_VM_CREATE, 1, (uint32_t)&desc, 0, 0), SM_ERR_PARAM);
    desc.policy = 0;
    desc.r[0].size = 3 * VM_REGION_MIN;
    CHECK_EQ("bad region: REGION", smc(SMC_VM_CREATE, 1, (uint32_t)&desc, 0, 0), SM_ERR_REGION);
    CHECK_EQ("VMID 0: VMID", smc(SMC_VM_CREATE, 0, (uint32_t)&desc, 0, 0), SM_ERR_VMID);
    return test_end();
}

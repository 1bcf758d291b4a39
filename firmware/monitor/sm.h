/* Security monitor internals (docs/MONITOR.md). */
#ifndef VMSP_SM_H
#define VMSP_SM_H

#include "or1k.h"

/* A secure-unit register (32-bit accesses only; uncached: bit 31 is set). */
#define SU_REG(off) (*(volatile uint32_t *)(SU_BASE + (off)))

#define SHA_WORDS 8 /* words of a SHA-256 digest */

/* SHA-256 on the secure unit's engine (sha.c). One message at a time:
 * sha_init, then sha_word (a big-endian word) and sha_bytes (a byte
 * string) in any mix, then sha_final (the digest as big-endian words) or
 * sha_final_bytes. sha_scrub leaves no message data in the engine. */
void sha_init(void);
void sha_word(uint32_t w);
void sha_bytes(const void *p, uint32_t len);
void sha_final(uint32_t digest[SHA_WORDS]);
void sha_final_bytes(uint8_t out[SHA_WORDS * 4]);
void sha_scrub(void);
/* HMAC-SHA-256 with a 32-byte key (RFC 2104): hmac_init(key), the message
 * through sha_word/sha_bytes, hmac_final(key, mac) (mac may be key). */
void hmac_init(const uint32_t key[SHA_WORDS]);
void hmac_final(const uint32_t key[SHA_WORDS], uint32_t mac[SHA_WORDS]);

/* ---- the slot table (sm.c), for attest.c ---- */

struct region {
    uint32_t gpa, size, hpa; /* size 0: unused (then gpa = hpa = 0) */
};

/* The monitor's copy of a slot; the hardware holds the same state and
 * regions in SPR_VMSTATE / SPR_VMRGN*. */
struct slot {
    uint32_t state; /* VMSTATE_* */
    uint32_t policy; /* POLICY_*: measured at create; POLICY_NO_ENC keeps ENC off its pages */
    struct region rgn[VM_REGIONS];
    uint32_t meas[SHA_WORDS]; /* running measurement; frozen at launch */
};

extern struct slot slots[VM_SLOTS];
/* One page's bytes (SMC_PAGE_ATTR's re-encoding; the report's buffer). */
extern uint32_t page_buf[(1u << VMPT_PAGE_SHIFT) / 4];

int host_buf_ok(uint32_t addr, uint32_t len, uint32_t align);
void dcache_flush(uint32_t addr, uint32_t len);
uint32_t page_entry(uint32_t hpa);
uint32_t page_hpa(const struct slot *s, uint32_t gpa);

/* The key block (sm.c): a command on slot `vmid` (0 for KEY_CMD_RNG),
 * its final SU_KEY_STATUS; the TRNG's start-up test waited for, 0 on a
 * health alarm. */
uint32_t key_cmd(unsigned vmid, uint32_t cmd);
int trng_ready(void);

/* ---- the ECC accelerator (ecc.c) ---- */

#define ECC_WORDS 8 /* words of a 256-bit value, big-endian (word 0 the most significant) */

/* 1 iff 0 < k < n (secp256k1's group order), without a branch on k's
 * bits. */
uint32_t ecc_scalar_ok(const uint32_t k[ECC_WORDS]);

/* ECDSA secp256k1 signature (r, s; s <= n/2) of the 32-byte hash z with
 * private key d (0 < d < n), the nonce by RFC 6979 (HMAC-SHA-256) with
 * the additional data `ad` (32 bytes). Leaves nothing secret in the
 * accelerator or in SRAM. */
void ecdsa_sign(const uint32_t d[ECC_WORDS], const uint32_t z[ECC_WORDS], const uint32_t ad[ECC_WORDS],
                uint32_t r[ECC_WORDS], uint32_t s[ECC_WORDS]);

/* ---- attestation (attest.c) ---- */

void attest_init(void);
uint32_t attest_cert_host(uint32_t buf);
uint32_t attest_cert_guest(const struct slot *s, uint32_t gpa);
uint32_t attest_measure_hv(uint32_t base, uint32_t size, uint32_t buf);
uint32_t attest_report(unsigned vmid, const struct slot *s, uint32_t data_gpa, uint32_t out_gpa);

/* Entered from entry.S. */
void sm_init(void);
uint32_t sm_call(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d, uint32_t caller_vmcr);

#endif

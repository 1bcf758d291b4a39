/* ECDSA secp256k1 on the secure unit's ECC accelerator (docs/ATTESTATION.md).
 *
 * The command sequences, registers and constants are ecc_prog.h's,
 * generated from secure-unit/src/ecc/program.rs; ecdsa_sign follows its
 * sign_on step by step. The nonce's scalar multiplication is a ladder over
 * all 256 bits of k whose swaps the accelerator makes on K's bits: the
 * firmware issues the same commands whatever k is, and branches only on
 * public values (the exponents p - 2 and n - 2, r, s).
 *
 * The nonce is RFC 6979 §3.2's, with HMAC-SHA-256, x = d, h1 = the hash
 * as given (not reduced mod n, as RustCrypto's ecdsa 0.16 passes it) and
 * §3.6's additional data k' (the caller's fresh random 32 bytes): what
 * `SignPrimitive::try_sign_prehashed_rfc6979::<Sha256>(z, ad)` computes. */
#include "sm.h"
#include "ecc_prog.h"

/* ---- the accelerator ---------------------------------------------------- */

/* A command; the write waits in hardware while an operation runs, so
 * commands may follow each other back to back. */
static void ecc_cmd(uint32_t c)
{
    SU_REG(SU_ECC_CMD) = c;
}

/* R[reg] := v (8 DATA writes, then LOAD) */
static void ecc_load(unsigned reg, const uint32_t v[ECC_WORDS])
{
    for (unsigned i = 0; i < ECC_WORDS; i++)
        SU_REG(SU_ECC_DATA + 4 * i) = v ? v[i] : 0;
    ecc_cmd(ECC_LOAD(reg));
}

/* out := R[reg] (STORE, then 8 DATA reads once the accelerator is idle) */
static void ecc_store(unsigned reg, uint32_t out[ECC_WORDS])
{
    ecc_cmd(ECC_STORE(reg));
    while (SU_REG(SU_ECC_STATUS) & SU_BUSY)
        ;
    for (unsigned i = 0; i < ECC_WORDS; i++)
        out[i] = SU_REG(SU_ECC_DATA + 4 * i);
}

/* ACC := R[base]^exp (Montgomery form mod m; exp public) */
static void ecc_pow(unsigned base, const uint32_t exp[ECC_WORDS], uint32_t m)
{
    ecc_load(ECC_R_ACC, m ? ecc_one_mont_n : ecc_one_mont_p);
    for (int i = 255; i >= 0; i--) {
        ecc_cmd(ECC_SQR(ECC_R_ACC, m));
        if ((exp[7 - i / 32] >> (i % 32)) & 1)
            ecc_cmd(ECC_MUL(ECC_R_ACC, ECC_R_ACC, base, m));
    }
}

/* (X0 : Y0 : Z0) := K * G, K = SK (loaded): the same commands for every K */
static void ecc_ladder(void)
{
    ecc_cmd(ECC_SETK(ECC_R_SK));
    ecc_load(ECC_R_X0, 0);
    ecc_load(ECC_R_Y0, ecc_one_mont_p);
    ecc_load(ECC_R_Z0, 0);
    ecc_load(ECC_R_X1, ecc_gx_mont);
    ecc_load(ECC_R_Y1, ecc_gy_mont);
    ecc_load(ECC_R_Z1, ecc_one_mont_p);
    ecc_load(ECC_R_B3, ecc_b3_mont);
    for (int i = 255; i >= 0; i--) {
        uint32_t bit = (uint32_t)i << ECC_BIT_SHIFT;
        for (unsigned j = 0; j < 3; j++)
            ecc_cmd(ecc_cswaps[j] | bit);
        for (unsigned j = 0; j < ECC_LADDER_STEP_LEN; j++)
            ecc_cmd(ecc_ladder_step[j]);
        for (unsigned j = 0; j < 3; j++)
            ecc_cmd(ecc_cswaps[j] | bit);
    }
}

static int is_zero(const uint32_t v[ECC_WORDS])
{
    uint32_t acc = 0;
    for (unsigned i = 0; i < ECC_WORDS; i++)
        acc |= v[i];
    return acc == 0;
}

/* 1 iff a < b, without a branch on either: the borrow out of a - b */
static uint32_t less(const uint32_t a[ECC_WORDS], const uint32_t b[ECC_WORDS])
{
    uint32_t borrow = 0;
    for (int i = ECC_WORDS - 1; i >= 0; i--) {
        uint32_t d = a[i] - b[i];
        borrow = (a[i] < b[i]) | ((d < borrow) & 1); /* l.sfltu: no branch */
    }
    return borrow;
}

uint32_t ecc_scalar_ok(const uint32_t k[ECC_WORDS])
{
    uint32_t any = 0;
    for (unsigned i = 0; i < ECC_WORDS; i++)
        any |= k[i];
    return less(k, ecc_order_n) & (uint32_t)(any != 0);
}

/* sign_on for one k: 1 and (r, s) unless r or s is 0. CLEAR either way. */
static int sign_with(const uint32_t d[ECC_WORDS], const uint32_t k[ECC_WORDS], const uint32_t z[ECC_WORDS],
                     uint32_t r[ECC_WORDS], uint32_t s[ECC_WORDS])
{
    /* R = kG */
    ecc_cmd(ECC_CLEAR);
    ecc_load(ECC_R_SK, k);
    ecc_ladder();
    /* x = X / Z out of Montgomery form (Z = 0, infinity, gives r = 0) */
    ecc_pow(ECC_R_Z0, ecc_p_minus_2, 0);
    ecc_cmd(ECC_MUL(ECC_R_X0, ECC_R_X0, ECC_R_ACC, 0));
    ecc_load(ECC_R_CONST, ecc_one);
    ecc_cmd(ECC_MUL(ECC_R_X0, ECC_R_X0, ECC_R_CONST, 0));
    /* r = x mod n */
    ecc_cmd(ECC_SUB(ECC_R_ZERO, ECC_R_ZERO, ECC_R_ZERO, ECC_MOD_N));
    ecc_cmd(ECC_ADD(ECC_R_X0, ECC_R_X0, ECC_R_ZERO, ECC_MOD_N));
    ecc_store(ECC_R_X0, r);
    if (is_zero(r)) {
        ecc_cmd(ECC_CLEAR);
        return 0;
    }
    /* t = z + r d mod n, in Y0 */
    ecc_load(ECC_R_Y0, d);
    ecc_load(ECC_R_Z0, z);
    ecc_cmd(ECC_ADD(ECC_R_Z0, ECC_R_Z0, ECC_R_ZERO, ECC_MOD_N));
    ecc_load(ECC_R_CONST, ecc_r2_n);
    ecc_cmd(ECC_MUL(ECC_R_Y0, ECC_R_X0, ECC_R_Y0, ECC_MOD_N));    /* r d 2^-256 */
    ecc_cmd(ECC_MUL(ECC_R_Y0, ECC_R_Y0, ECC_R_CONST, ECC_MOD_N)); /* r d */
    ecc_cmd(ECC_ADD(ECC_R_Y0, ECC_R_Y0, ECC_R_Z0, ECC_MOD_N));    /* z + r d */
    /* s = k^-1 t */
    ecc_cmd(ECC_MUL(ECC_R_SK, ECC_R_SK, ECC_R_CONST, ECC_MOD_N)); /* k 2^256 */
    ecc_pow(ECC_R_SK, ecc_n_minus_2, ECC_MOD_N);                  /* ACC = k^-1 2^256 */
    ecc_cmd(ECC_MUL(ECC_R_Y0, ECC_R_ACC, ECC_R_Y0, ECC_MOD_N));
    ecc_store(ECC_R_Y0, s);
    if (is_zero(s)) {
        ecc_cmd(ECC_CLEAR);
        return 0;
    }
    /* low s: n - s is computed and chosen without a branch, so every
     * signature takes the same time */
    uint32_t ns[ECC_WORDS];
    ecc_cmd(ECC_SUB(ECC_R_X0, ECC_R_ZERO, ECC_R_Y0, ECC_MOD_N));
    ecc_store(ECC_R_X0, ns);
    uint32_t high = 0 - less(ecc_half_n, s);
    for (unsigned i = 0; i < ECC_WORDS; i++)
        s[i] = (s[i] & ~high) | (ns[i] & high);
    ecc_cmd(ECC_CLEAR);
    return 1;
}

/* ---- RFC 6979 §3.2 (HMAC_DRBG with HMAC-SHA-256) ------------------------- */

static uint32_t drbg_k[SHA_WORDS], drbg_v[SHA_WORDS]; /* K and V; zero outside ecdsa_sign */

/* K = HMAC_K(V || sep [|| x || h1 || k']); V = HMAC_K(V) */
static void drbg_update(uint32_t sep, const uint32_t *x, const uint32_t *h1, const uint32_t *ad)
{
    uint8_t b = sep;
    hmac_init(drbg_k);
    sha_bytes(drbg_v, 32);
    sha_bytes(&b, 1);
    if (x) {
        sha_bytes(x, 32);
        sha_bytes(h1, 32);
        sha_bytes(ad, 32);
    }
    hmac_final(drbg_k, drbg_k);
    hmac_init(drbg_k);
    sha_bytes(drbg_v, 32);
    hmac_final(drbg_k, drbg_v);
}

void ecdsa_sign(const uint32_t d[ECC_WORDS], const uint32_t z[ECC_WORDS], const uint32_t ad[ECC_WORDS],
                uint32_t r[ECC_WORDS], uint32_t s[ECC_WORDS])
{
    for (unsigned i = 0; i < SHA_WORDS; i++) {
        drbg_k[i] = 0;
        drbg_v[i] = 0x01010101u;
    }
    drbg_update(0x00, d, z, ad);
    drbg_update(0x01, d, z, ad);
    for (;;) {
        /* V = HMAC_K(V): the candidate k = V (qlen = hlen = 256) */
        hmac_init(drbg_k);
        sha_bytes(drbg_v, 32);
        hmac_final(drbg_k, drbg_v);
        if (ecc_scalar_ok(drbg_v) && sign_with(d, drbg_v, z, r, s))
            break;
        drbg_update(0x00, 0, 0, 0);
    }
    for (unsigned i = 0; i < SHA_WORDS; i++) {
        ((volatile uint32_t *)drbg_k)[i] = 0;
        ((volatile uint32_t *)drbg_v)[i] = 0;
    }
    sha_scrub();
}

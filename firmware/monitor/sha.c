/* SHA-256 through the secure unit's engine: the engine compresses 16-word
 * blocks; the message padding (FIPS 180-4 §5.1.1) is done here. Messages
 * are fed a word (sha_word) or a byte string (sha_bytes) at a time, in any
 * mix; a word after an odd number of bytes is fed as its four bytes.
 * HMAC-SHA-256 (RFC 2104) with a 32-byte key on top (hmac_*). */
#include "sm.h"

#define BLOCK_WORDS 16

static unsigned block_n;   /* words already in the engine's DATA for this block */
static uint32_t msg_bytes; /* bytes of the message so far */
static uint32_t part;      /* the bytes of a word not yet in DATA (low part_n bytes) */
static unsigned part_n;

static void sha_wait(void)
{
    while (SU_REG(SU_SHA_STATUS) & SU_BUSY)
        ;
}

void sha_init(void)
{
    sha_wait();
    SU_REG(SU_SHA_CTRL) = SHA_CMD_INIT;
    sha_wait();
    block_n = 0;
    msg_bytes = 0;
    part = 0;
    part_n = 0;
}

/* The engine compresses the block in DATA. */
static void __attribute__((noinline)) sha_block(void)
{
    SU_REG(SU_SHA_CTRL) = SHA_CMD_BLOCK;
    sha_wait(); /* DATA is the next block's only once the engine is done */
    block_n = 0;
}

/* A whole word into DATA (the message is word-aligned here). */
static inline __attribute__((always_inline)) void put_word(uint32_t w)
{
    unsigned n = block_n;
    SU_REG(SU_SHA_DATA + 4 * n) = w;
    block_n = ++n;
    if (n == BLOCK_WORDS)
        sha_block();
}

static void push_word(uint32_t w)
{
    put_word(w);
}

static void push_byte(uint32_t b)
{
    part = part << 8 | (b & 0xff);
    msg_bytes++;
    if (++part_n == 4) {
        push_word(part);
        part = 0;
        part_n = 0;
    }
}

/* A word after an odd number of bytes: its four bytes. */
static void __attribute__((noinline)) word_bytes(uint32_t w)
{
    for (int sh = 24; sh >= 0; sh -= 8)
        push_byte(w >> sh);
}

void sha_word(uint32_t w)
{
    if (part_n) {
        word_bytes(w);
        return;
    }
    msg_bytes += 4;
    put_word(w);
}

void sha_bytes(const void *p, uint32_t len)
{
    const uint8_t *b = p;
    while (len && (part_n || ((uint32_t)b & 3))) {
        push_byte(*b++);
        len--;
    }
    /* word-aligned on both sides: whole words (big-endian core) */
    for (; len >= 4; len -= 4, b += 4)
        sha_word(*(const uint32_t *)b);
    while (len--)
        push_byte(*b++);
}

void sha_final(uint32_t digest[SHA_WORDS])
{
    /* Messages here are a few KiB: the 64-bit bit count's high word is
     * msg_bytes >> 29 (0). */
    uint32_t bytes = msg_bytes;
    push_byte(0x80);
    while (part_n)
        push_byte(0);
    while (block_n != BLOCK_WORDS - 2)
        push_word(0);
    push_word(bytes >> 29);
    push_word(bytes << 3);
    for (unsigned i = 0; i < SHA_WORDS; i++)
        digest[i] = SU_REG(SU_SHA_DIGEST + 4 * i);
}

void sha_final_bytes(uint8_t out[SHA_WORDS * 4])
{
    uint32_t d[SHA_WORDS];
    sha_final(d);
    for (unsigned i = 0; i < SHA_WORDS * 4; i++)
        out[i] = d[i / 4] >> (24 - 8 * (i % 4));
}

void sha_scrub(void)
{
    sha_init();
    for (unsigned i = 0; i < BLOCK_WORDS; i++)
        SU_REG(SU_SHA_DATA + 4 * i) = 0;
}

/* ---- HMAC-SHA-256 with a 32-byte key: H((K ^ opad) || H((K ^ ipad) || m)) */

static void hmac_pad(const uint32_t key[SHA_WORDS], uint32_t pad)
{
    sha_init();
    for (unsigned i = 0; i < SHA_WORDS; i++)
        push_word(key[i] ^ pad);
    for (unsigned i = SHA_WORDS; i < BLOCK_WORDS; i++)
        push_word(pad);
    msg_bytes = BLOCK_WORDS * 4;
}

void hmac_init(const uint32_t key[SHA_WORDS])
{
    hmac_pad(key, 0x36363636u);
}

void hmac_final(const uint32_t key[SHA_WORDS], uint32_t mac[SHA_WORDS])
{
    uint32_t inner[SHA_WORDS];
    sha_final(inner);
    hmac_pad(key, 0x5c5c5c5cu);
    for (unsigned i = 0; i < SHA_WORDS; i++)
        push_word(inner[i]);
    msg_bytes += SHA_WORDS * 4;
    sha_final(mac);
    for (unsigned i = 0; i < SHA_WORDS; i++)
        ((volatile uint32_t *)inner)[i] = 0;
}

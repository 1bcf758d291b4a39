/* SHA-256 through the secure unit's engine: the engine compresses 16-word
 * blocks; the message padding (FIPS 180-4 §5.1.1) is done here. */
#include "sm.h"

#define BLOCK_WORDS 16

static unsigned block_n;   /* words already in the engine's DATA for this block */
static uint32_t msg_words; /* words of the message so far */

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
    msg_words = 0;
}

void sha_word(uint32_t w)
{
    SU_REG(SU_SHA_DATA + 4 * block_n) = w;
    msg_words++;
    if (++block_n == BLOCK_WORDS) {
        SU_REG(SU_SHA_CTRL) = SHA_CMD_BLOCK;
        sha_wait(); /* DATA is the next block's only once the engine is done */
        block_n = 0;
    }
}

void sha_final(uint32_t digest[SHA_WORDS])
{
    /* Messages here are a few KiB: the 64-bit bit count's high word is 0. */
    uint32_t bits = msg_words * 32;
    sha_word(0x80000000u);
    while (block_n != BLOCK_WORDS - 2)
        sha_word(0);
    sha_word(0);
    sha_word(bits);
    for (unsigned i = 0; i < SHA_WORDS; i++)
        digest[i] = SU_REG(SU_SHA_DIGEST + 4 * i);
}

/*
 * String-routine mix: strlen, strcpy, strcmp, strncmp, memcpy, memmove,
 * memset and strchr of the runtime over LCG-made strings of varied length
 * and alignment. Every result is checked against a byte-at-a-time
 * reference written here, so a wrong library routine (or a wrong byte
 * load/store in the core) fails.
 */
#include "bench.h"
#include <string.h>

#define ROUNDS 300
#define MAXLEN 96

static char src[MAXLEN + 8], dst[MAXLEN + 8], ref[MAXLEN + 8];

static size_t ref_strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int sign(int x)
{
    return (x > 0) - (x < 0);
}

static int ref_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return sign((unsigned char)*a - (unsigned char)*b);
}

static void make_string(char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        s[i] = (char)('!' + (bench_rand() >> 24) % 94);
    s[len] = 0;
}

int main(void)
{
    bench_seed(6);
    int ok = 1;
    uint32_t check = 0;
    for (int r = 0; r < ROUNDS; r++) {
        size_t len = (bench_rand() >> 16) % MAXLEN;
        size_t a = r & 3, b = (r >> 2) & 3; /* source/destination misalignment */
        make_string(src + a, len);
        ok &= strlen(src + a) == len && ref_strlen(src + a) == len;
        strcpy(dst + b, src + a);
        ok &= ref_strcmp(dst + b, src + a) == 0 && strcmp(dst + b, src + a) == 0;
        if (len) {
            size_t k = (bench_rand() >> 16) % len;
            dst[b + k] ^= 1 << (bench_rand() >> 29); /* one changed character */
            ok &= sign(strcmp(dst + b, src + a)) == ref_strcmp(dst + b, src + a);
            ok &= strncmp(dst + b, src + a, k) == 0;
            char *c = strchr(src + a, src[a + k]);
            ok &= c != 0 && c <= src + a + k && *c == src[a + k];
        }
        memset(ref, 0, sizeof ref);
        memcpy(ref + b, src + a, len + 1);
        for (size_t i = 0; i <= len; i++)
            ok &= ref[b + i] == src[a + i];
        memmove(ref + 1, ref, len); /* overlapping, forwards */
        for (size_t i = 0; i < len; i++)
            ok &= ref[i + 1] == (i < b ? 0 : src[a + i - b]);
        memmove(ref, ref + 1, len); /* and back */
        for (size_t i = 0; i < len; i++)
            ok &= ref[i] == (i < b ? 0 : src[a + i - b]);
        /* only ref[0..len) is restored (ref[len] now holds ref[len-1]) */
        ok &= memcmp(ref + b, src + a, len > b ? len - b : 0) == 0;
        for (size_t i = 0; i < len; i++)
            check = (check << 1 | check >> 31) ^ (uint8_t)ref[i];
        check += (uint32_t)len;
    }
    return bench_report("strings", ok, check);
}

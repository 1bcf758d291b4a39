/* The runtime's libc: snprintf conversions, flags, widths and truncation;
 * string and memory functions; rand determinism. Compared with expected
 * strings (what a C library prints). */
#include <stdlib.h>
#include <string.h>
#include "test.h"

static char buf[64];

#define FMT(expected, ...)                                                                         \
    do {                                                                                           \
        int n_ = snprintf(buf, sizeof buf, __VA_ARGS__);                                           \
        test_checks++;                                                                             \
        if (strcmp(buf, expected) != 0 || n_ != (int)strlen(expected)) {                           \
            printf("FAIL printf: %s -> \"%s\" (%d), expected \"%s\"\n", #__VA_ARGS__, buf, n_,    \
                   expected);                                                                      \
            exit(1);                                                                               \
        }                                                                                          \
    } while (0)

int main(void)
{
    test_begin("printf");
    FMT("42", "%d", 42);
    FMT("-42", "%i", -42);
    FMT("-2147483648", "%d", (int)0x80000000);
    FMT("4294967295", "%u", 0xffffffffu);
    FMT("deadbeef DEADBEEF", "%x %X", 0xdeadbeefu, 0xdeadbeefu);
    FMT("0", "%x", 0u);
    FMT("c=A s=str %", "c=%c s=%s %%", 'A', "str");
    FMT("0x1000", "%p", (void *)0x1000);
    FMT("   42|42   |00042", "%5d|%-5d|%05d", 42, 42, 42);
    FMT("  -42|-0042|-42  ", "%5d|%05d|%-5d", -42, -42, -42);
    FMT("000000ff", "%08x", 0xffu);
    FMT("   ab|ab   ", "%5s|%-5s", "ab", "ab");
    FMT("  x|x  ", "%3c|%-3c", 'x', 'x');
    FMT("123456789", "%ld%lu%lx", 123L, 456UL, 0x789UL);
    FMT("  7", "%*d", 3, 7);
    const char *volatile null_str = 0; /* volatile: keep gcc's format check out */
    FMT("(null)", "%s", null_str);
    FMT("12345", "%2d", 12345); /* width smaller than the number */

    /* truncation: the return value counts what would have been printed */
    int n = snprintf(buf, 4, "%s", "abcdef");
    CHECK_EQ("snprintf return", n, 6);
    CHECK(strcmp(buf, "abc") == 0);
    CHECK_EQ("snprintf size 0", snprintf(0, 0, "%d", 12345), 5);

    /* string.h */
    char s[32];
    CHECK(strcmp(strcpy(s, "hello"), "hello") == 0);
    CHECK_EQ("strlen", strlen(s), 5);
    CHECK(strcmp("abc", "abd") < 0 && strcmp("abd", "abc") > 0 && strcmp("abc", "abc") == 0);
    CHECK(strncmp("abcX", "abcY", 3) == 0 && strncmp("abcX", "abcY", 4) < 0);
    CHECK(strchr(s, 'l') == s + 2 && strchr(s, 'z') == 0 && strchr(s, '\0') == s + 5);
    uint8_t a[40], b[40];
    for (int i = 0; i < 40; i++)
        a[i] = (uint8_t)i;
    memset(b, 0xee, sizeof b);
    CHECK(memcpy(b + 1, a + 3, 20) == b + 1);
    CHECK(memcmp(b + 1, a + 3, 20) == 0 && b[0] == 0xee && b[21] == 0xee);
    memmove(a + 2, a, 30); /* overlapping, forward */
    CHECK(a[2] == 0 && a[31] == 29);
    memmove(a, a + 2, 30); /* overlapping, backward */
    CHECK(a[0] == 0 && a[29] == 29);
    CHECK(memcmp("ab", "ac", 2) < 0);

    /* rand: deterministic from the seed */
    srand(42);
    int r1 = rand(), r2 = rand();
    srand(42);
    CHECK(rand() == r1 && rand() == r2);
    CHECK(r1 >= 0 && r1 <= RAND_MAX && r1 != r2);
    /* the C standard's example LCG, seed 1: 16838 is its first value */
    srand(1);
    CHECK_EQ("rand() after srand(1)", rand(), 16838);

    printf("%s %d %u %x %c %5s|%-4d|%04X\n", "printf to the UART:", -7, 7u, 0xabcu, '!', "ok", 3, 0xbeu);
    return test_end();
}

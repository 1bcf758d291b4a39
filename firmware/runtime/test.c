/* Test reporting shared by the C and assembly tests. */
#include <stdlib.h>
#include "test.h"

const char *test_name = "test";
unsigned test_checks;

void test_begin(const char *name)
{
    test_name = name;
    test_checks = 0;
    printf("%s: start\n", name);
}

int test_end(void)
{
    printf("PASS %s (%u checks)\n", test_name, test_checks);
    return 0;
}

void test_fail(const char *what, const char *file, int line)
{
    printf("FAIL %s: %s (%s:%d)\n", test_name, what, file, line);
    exit(1);
}

void test_fail_eq(const char *what, uint32_t got, uint32_t expected, const char *file, int line)
{
    printf("FAIL %s: %s: got 0x%08lx, expected 0x%08lx (%s:%d)\n", test_name, what, (unsigned long)got,
           (unsigned long)expected, file, line);
    exit(1);
}

/* Called by the CHECK_EQ macro of or1k-asm.h (r3 = check name, r4 = the
 * register's value, r5 = the expected value). */
void or1k_asm_check_fail(const char *name, uint32_t got, uint32_t expected)
{
    printf("FAIL %s: %s: got 0x%08lx, expected 0x%08lx\n", test_name, name, (unsigned long)got,
           (unsigned long)expected);
    exit(1);
}

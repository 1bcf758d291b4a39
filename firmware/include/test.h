/* Self-checking test helpers: every check counts; the first failure prints
 * "FAIL <test>: <check> ..." and exits with code 1. */
#ifndef VMSP_TEST_H
#define VMSP_TEST_H

#include <stdint.h>
#include <stdio.h>

extern const char *test_name;
extern unsigned test_checks;

void test_fail(const char *what, const char *file, int line) __attribute__((noreturn));
void test_fail_eq(const char *what, uint32_t got, uint32_t expected, const char *file, int line)
    __attribute__((noreturn));

/* Starts a test: prints its name. */
void test_begin(const char *name);
/* Prints "PASS <test> (<n> checks)" and returns 0 for main to return. */
int test_end(void);

#define CHECK(cond)                                                                               \
    do {                                                                                          \
        test_checks++;                                                                            \
        if (!(cond))                                                                              \
            test_fail(#cond, __FILE__, __LINE__);                                                 \
    } while (0)

/* Named 32-bit equality check: prints both values on failure. */
#define CHECK_EQ(what, got, expected)                                                             \
    do {                                                                                          \
        uint32_t got_ = (uint32_t)(got), exp_ = (uint32_t)(expected);                             \
        test_checks++;                                                                            \
        if (got_ != exp_)                                                                         \
            test_fail_eq(what, got_, exp_, __FILE__, __LINE__);                                   \
    } while (0)

#endif

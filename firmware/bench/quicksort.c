/*
 * Recursive quicksort (median-of-three, insertion sort below 12) of 3000
 * LCG integers, twice. Checked: the output is ordered and is a
 * permutation of the input (element count, sum and xor, and a
 * position-independent hash all unchanged).
 */
#include "bench.h"

#define N 3000
#define ROUNDS 2

static int32_t v[N];

static void swap(int32_t *x, int32_t *y)
{
    int32_t t = *x;
    *x = *y;
    *y = t;
}

static void insertion(int32_t *p, int n)
{
    for (int i = 1; i < n; i++) {
        int32_t x = p[i];
        int j = i - 1;
        while (j >= 0 && p[j] > x) {
            p[j + 1] = p[j];
            j--;
        }
        p[j + 1] = x;
    }
}

static void quicksort(int32_t *p, int n)
{
    while (n > 12) {
        int m = n / 2;
        if (p[m] < p[0])
            swap(&p[m], &p[0]);
        if (p[n - 1] < p[0])
            swap(&p[n - 1], &p[0]);
        if (p[n - 1] < p[m])
            swap(&p[n - 1], &p[m]);
        int32_t pivot = p[m];
        int i = 0, j = n - 1;
        for (;;) {
            while (p[i] < pivot)
                i++;
            while (p[j] > pivot)
                j--;
            if (i >= j)
                break;
            swap(&p[i], &p[j]);
            i++;
            j--;
        }
        /* recurse into the smaller part, loop on the larger */
        if (j + 1 < n - j - 1) {
            quicksort(p, j + 1);
            p += j + 1;
            n -= j + 1;
        } else {
            quicksort(p + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    insertion(p, n);
}

/* Order-independent fingerprint of the multiset. */
static void fingerprint(uint32_t out[3])
{
    out[0] = out[1] = out[2] = 0;
    for (int i = 0; i < N; i++) {
        uint32_t x = (uint32_t)v[i];
        out[0] += x;
        out[1] ^= x;
        out[2] += (x ^ 0x9e3779b9u) * 0x85ebca6bu;
    }
}

int main(void)
{
    bench_seed(3);
    int ok = 1;
    uint32_t check = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < N; i++)
            v[i] = (int32_t)bench_rand() >> (r * 12); /* round 1: many duplicates */
        uint32_t before[3], after[3];
        fingerprint(before);
        quicksort(v, N);
        fingerprint(after);
        for (int k = 0; k < 3; k++)
            ok &= before[k] == after[k];
        for (int i = 1; i < N; i++)
            ok &= v[i - 1] <= v[i];
        check = check * 31u + (uint32_t)v[0] + (uint32_t)v[N / 2] * 7u + (uint32_t)v[N - 1];
    }
    return bench_report("quicksort", ok, check);
}

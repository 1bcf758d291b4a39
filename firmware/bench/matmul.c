/*
 * Integer matrix multiply, 24x24, several rounds with fresh LCG data.
 * Each product is checked with Freivalds' identity A(Bx) = (AB)x for a
 * few vectors x — computed without the product's loop nest, so a wrong
 * multiply (or a wrong mul instruction) cannot check itself.
 */
#include "bench.h"

#define N 24
#define ROUNDS 6

static int32_t a[N][N], b[N][N], c[N][N];

static void fill(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (int32_t)(bench_rand() >> 20) - 2048;
            b[i][j] = (int32_t)(bench_rand() >> 20) - 2048;
        }
}

static void multiply(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static int freivalds(void)
{
    int32_t x[N], bx[N], abx, cx;
    for (int t = 0; t < 3; t++) {
        for (int i = 0; i < N; i++)
            x[i] = (int32_t)(bench_rand() >> 28) - 8;
        for (int i = 0; i < N; i++) {
            bx[i] = 0;
            for (int k = 0; k < N; k++)
                bx[i] += b[i][k] * x[k];
        }
        for (int i = 0; i < N; i++) {
            abx = 0;
            cx = 0;
            for (int k = 0; k < N; k++) {
                abx += a[i][k] * bx[k];
                cx += c[i][k] * x[k];
            }
            if (abx != cx)
                return 0;
        }
    }
    return 1;
}

int main(void)
{
    bench_seed(2);
    int ok = 1;
    uint32_t check = 0;
    for (int r = 0; r < ROUNDS; r++) {
        fill();
        multiply();
        ok &= freivalds();
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                check = (check << 3 | check >> 29) + (uint32_t)c[i][j];
    }
    return bench_report("matmul", ok, check);
}

/*
 * Integer mix for measuring simulator speed: CRC-32, an integer matrix
 * multiply, an insertion sort and string routines, repeated ROUNDS times.
 * Prints a checksum that must be the same on every platform, so a wrong
 * result cannot pass for a fast one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ROUNDS
#define ROUNDS 1000
#endif
#define N 16
#define BUF 1024

static unsigned char buf[BUF];
static int a[N][N], b[N][N], c[N][N];
static int sortv[128];

static unsigned crc32(const unsigned char *p, unsigned len)
{
    unsigned crc = 0xffffffffu;
    while (len--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static unsigned matmul(void)
{
    unsigned sum = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
            sum += (unsigned)s;
        }
    return sum;
}

static unsigned sort(void)
{
    int n = sizeof sortv / sizeof sortv[0];
    for (int i = 0; i < n; i++)
        sortv[i] = rand() % 10007;
    for (int i = 1; i < n; i++) {
        int v = sortv[i], j = i - 1;
        while (j >= 0 && sortv[j] > v) {
            sortv[j + 1] = sortv[j];
            j--;
        }
        sortv[j + 1] = v;
    }
    return (unsigned)sortv[0] + (unsigned)sortv[n / 2] * 3u + (unsigned)sortv[n - 1];
}

static unsigned strings(unsigned round)
{
    char s[64], t[64];
    snprintf(s, sizeof s, "round %u of %u: %08x", round, ROUNDS, round * 2654435761u);
    strcpy(t, s);
    return (unsigned)strlen(t) + (unsigned)(strcmp(s, t) == 0) + (unsigned)(strchr(t, ':') - t);
}

int main(void)
{
    srand(1);
    for (int i = 0; i < BUF; i++)
        buf[i] = (unsigned char)rand();
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = rand() % 201 - 100;
            b[i][j] = rand() % 201 - 100;
        }
    unsigned check = 0;
    for (unsigned r = 0; r < ROUNDS; r++) {
        check = (check << 1 | check >> 31) ^ crc32(buf, BUF);
        check += matmul();
        check ^= sort();
        check += strings(r);
        buf[r % BUF] ^= (unsigned char)check;
    }
    printf("intmix: %u rounds, checksum %08x\n", ROUNDS, check);
    return 0;
}

/*
 * CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), table-driven,
 * over a 4 KiB LCG buffer, several passes. Checked against the standard
 * check value CRC-32("123456789") = 0xCBF43926 and, over the buffer,
 * against a bit-at-a-time implementation (a different algorithm).
 */
#include "bench.h"

#define BUF 4096
#define PASSES 12

static uint8_t buf[BUF];
static uint32_t table[256];

static void make_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xedb88320u & -(c & 1));
        table[i] = c;
    }
}

static uint32_t crc_table(const uint8_t *p, uint32_t len)
{
    uint32_t crc = 0xffffffffu;
    while (len--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static uint32_t crc_bitwise(const uint8_t *p, uint32_t len)
{
    uint32_t crc = 0xffffffffu;
    while (len--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return ~crc;
}

int main(void)
{
    make_table();
    int ok = crc_table((const uint8_t *)"123456789", 9) == 0xcbf43926u;
    bench_seed(1);
    for (int i = 0; i < BUF; i++)
        buf[i] = (uint8_t)(bench_rand() >> 24);
    uint32_t check = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        uint32_t c = crc_table(buf, BUF);
        check = (check << 5 | check >> 27) ^ c;
        buf[pass * 97 % BUF] ^= (uint8_t)c; /* next pass sees other data */
    }
    ok &= crc_table(buf, BUF) == crc_bitwise(buf, BUF);
    return bench_report("crc32", ok, check);
}

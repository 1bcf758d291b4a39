/*
 * Pointer chasing: a singly linked list threaded through 4096 nodes in a
 * Fisher-Yates-shuffled order, so consecutive nodes are far apart in
 * memory; the list is walked many times. Checked: each walk visits every
 * node exactly once (count, and a visit mark that must flip on all of
 * them) and sums the values to the array's own sum.
 */
#include "bench.h"

#define N 4096
#define WALKS 24

struct node {
    struct node *next;
    uint32_t value;
    uint32_t mark;
};

static struct node nodes[N];
static uint16_t order[N];

int main(void)
{
    bench_seed(4);
    uint32_t expect = 0;
    for (int i = 0; i < N; i++) {
        nodes[i].value = bench_rand() >> 8;
        nodes[i].mark = 0;
        expect += nodes[i].value;
        order[i] = (uint16_t)i;
    }
    for (int i = N - 1; i > 0; i--) {
        int j = (int)((bench_rand() >> 16) % (uint32_t)(i + 1));
        uint16_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (int i = 0; i < N - 1; i++)
        nodes[order[i]].next = &nodes[order[i + 1]];
    nodes[order[N - 1]].next = 0;

    int ok = 1;
    uint32_t check = 0;
    for (int w = 0; w < WALKS; w++) {
        uint32_t sum = 0, count = 0, pos = 0;
        for (struct node *p = &nodes[order[0]]; p; p = p->next) {
            sum += p->value;
            p->mark ^= 1;
            pos += (uint32_t)(p - nodes) * count; /* order-sensitive */
            count++;
        }
        ok &= sum == expect && count == N;
        check = (check << 7 | check >> 25) ^ pos;
    }
    for (int i = 0; i < N; i++)
        ok &= nodes[i].mark == (WALKS & 1);
    return bench_report("list", ok, check);
}

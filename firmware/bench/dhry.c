/*
 * A Dhrystone-style mix (written for VMSP, not derived from Dhrystone's
 * source): record copies through pointers, an enum state machine, string
 * building and comparison, small procedures with pointer out-parameters,
 * integer multiply/divide and 1-D/2-D array updates, RUNS times. Each
 * iteration checks its own results against closed forms, and the final
 * state is checked against what RUNS iterations must leave.
 */
#include "bench.h"
#include <string.h>

#define RUNS 1500

enum color { RED, GREEN, BLUE, WHITE };

struct rec {
    struct rec *link;
    enum color color;
    int count;
    int value;
    char name[32];
};

static struct rec rec_a, rec_b, rec_template;
static int arr1[50];
static int arr2[50][50];
static char str1[32], str2[32];
static int glob_int;

static enum color next_color(enum color c)
{
    switch (c) {
    case RED:
        return GREEN;
    case GREEN:
        return BLUE;
    case BLUE:
        return WHITE;
    default:
        return RED;
    }
}

/* Compares like strcmp, by hand, so the string library is not the only path. */
static int compare(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

/* Copies the template into *p->link through pointers and updates both. */
static void update_records(struct rec *p, int run)
{
    struct rec *q = p->link;
    *q = rec_template; /* struct copy */
    q->link = p;
    p->count += 1;
    q->count = p->count;
    q->value = p->value + run;
    q->color = next_color(p->color);
    p->color = q->color;
    p->value = q->value;
}

static void divmod(int x, int y, int *quot, int *rem)
{
    *quot = x / y;
    *rem = x - *quot * y;
}

static void arrays(int k, int v)
{
    arr1[k] = v;
    arr1[k + 1] = arr1[k] + 1;
    arr1[k + 30] = k;
    for (int j = k; j <= k + 1; j++)
        arr2[k][j] = v;
    arr2[k][k - 1] += 1;
    arr2[k + 20][k] = arr1[k];
    glob_int = 5;
}

int main(void)
{
    int ok = 1;
    uint32_t check = 0;
    strcpy(rec_template.name, "VMSP DHRY-STYLE TEMPLATE RECORD");
    rec_a.link = &rec_b;
    rec_a.color = RED;
    strcpy(str1, "VMSP, 1ST STRING OF THE MIX....");
    for (int run = 1; run <= RUNS; run++) {
        /* records */
        update_records(&rec_a, run);
        ok &= rec_b.count == run && rec_a.value == run * (run + 1) / 2;
        ok &= rec_b.link == &rec_a && compare(rec_b.name, rec_template.name) == 0;

        /* strings: str2 = str1 with one lower-case letter, which sorts after
         * every character of str1 (upper case, digits, punctuation) */
        strcpy(str2, str1);
        int pos = run % 24;
        str2[pos] = (char)('a' + run % 26);
        int c = compare(str1, str2);
        ok &= c < 0 && (strcmp(str1, str2) < 0) && compare(str2, str1) > 0;
        ok &= strlen(str2) == 31;

        /* integers */
        int x = run % 97 + 3, y = run % 7 + 1, q, r;
        divmod(x * 13 + 5, y, &q, &r);
        ok &= q * y + r == x * 13 + 5 && r >= 0 && r < y;
        int z = x * y - (x << 2) + (y >> 1);
        check = (check << 3 | check >> 29) ^ (uint32_t)(z + q * 7 - r);

        /* arrays: k in 8..17, each use bumps arr2[k][k-1] */
        arrays(run % 10 + 8, run);
        ok &= arr1[run % 10 + 9] == run + 1;
    }
    /* the colour advanced once per run from RED */
    ok &= rec_a.color == (enum color)(RUNS % 4);
    int bumps = 0;
    for (int k = 8; k < 18; k++)
        bumps += arr2[k][k - 1];
    /* the j loop writes only arr2[k][k] and arr2[k][k+1], never a bump
     * cell arr2[k][k-1], so the bumps add up to RUNS */
    ok &= bumps == RUNS && glob_int == 5;
    check ^= (uint32_t)rec_a.value + (uint32_t)arr1[8] * 3u;
    return bench_report("dhry", ok, check);
}

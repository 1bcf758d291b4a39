/* printf family on one formatter with two sinks: the UART and a buffer. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

struct sink {
    int uart;    /* 1: the UART; 0: buf */
    char *buf;
    size_t size; /* buffer capacity including the terminating NUL */
    size_t len;  /* characters produced so far (may exceed size) */
};

static void emit(struct sink *s, char c)
{
    if (s->uart)
        putchar(c);
    else if (s->len + 1 < s->size)
        s->buf[s->len] = c;
    s->len++;
}

static void pad(struct sink *s, char c, int n)
{
    while (n-- > 0)
        emit(s, c);
}

/* Emits `body` (len chars, after an optional sign) in a field of `width`. */
static void field(struct sink *s, char sign, const char *body, int len, int width, int left, int zero)
{
    int total = len + (sign ? 1 : 0);
    if (!left && !zero)
        pad(s, ' ', width - total);
    if (sign)
        emit(s, sign);
    if (!left && zero)
        pad(s, '0', width - total);
    for (int i = 0; i < len; i++)
        emit(s, body[i]);
    if (left)
        pad(s, ' ', width - total);
}

static int format(struct sink *s, const char *fmt, va_list ap)
{
    char tmp[12];
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            emit(s, *fmt);
            continue;
        }
        fmt++;
        int left = 0, zero = 0, width = 0;
        for (;; fmt++) {
            if (*fmt == '-')
                left = 1;
            else if (*fmt == '0')
                zero = 1;
            else
                break;
        }
        if (*fmt == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9')
                width = width * 10 + (*fmt++ - '0');
        }
        while (*fmt == 'l')
            fmt++; /* long is 32 bits: nothing to do */
        char sign = 0;
        unsigned base = 10;
        const char *digits = "0123456789abcdef";
        uint32_t v;
        switch (*fmt) {
        case 'd':
        case 'i': {
            int32_t x = va_arg(ap, int32_t);
            if (x < 0) {
                sign = '-';
                v = -(uint32_t)x;
            } else {
                v = (uint32_t)x;
            }
            break;
        }
        case 'u':
            v = va_arg(ap, uint32_t);
            break;
        case 'X':
            digits = "0123456789ABCDEF";
            /* fall through */
        case 'x':
            v = va_arg(ap, uint32_t);
            base = 16;
            break;
        case 'p':
            v = (uint32_t)(uintptr_t)va_arg(ap, void *);
            base = 16;
            emit(s, '0');
            emit(s, 'x');
            width -= 2;
            break;
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            field(s, 0, tmp, 1, width, left, 0);
            continue;
        case 's': {
            const char *str = va_arg(ap, const char *);
            if (!str)
                str = "(null)";
            int len = 0;
            while (str[len])
                len++;
            field(s, 0, str, len, width, left, 0);
            continue;
        }
        case '%':
            emit(s, '%');
            continue;
        case '\0':
            emit(s, '%');
            fmt--; /* let the loop see the end */
            continue;
        default:
            emit(s, '%');
            emit(s, '?');
            emit(s, *fmt);
            continue;
        }
        int n = sizeof tmp;
        do {
            tmp[--n] = digits[v % base];
            v /= base;
        } while (v);
        field(s, sign, tmp + n, (int)sizeof tmp - n, width, left, zero && !left);
    }
    if (!s->uart && s->size)
        s->buf[s->len < s->size ? s->len : s->size - 1] = '\0';
    return (int)s->len;
}

int vprintf(const char *fmt, va_list ap)
{
    struct sink s = { 1, 0, 0, 0 };
    return format(&s, fmt, ap);
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct sink s = { 0, buf, size, 0 };
    return format(&s, fmt, ap);
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

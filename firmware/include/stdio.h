/* Minimal stdio for VMSP firmware: output to the 16550 UART at UART_BASE. */
#ifndef VMSP_STDIO_H
#define VMSP_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF (-1)

int putchar(int c);
int puts(const char *s);
/* Formats: %d %i %u %x %X %c %s %p %%, flags `0` and `-`, a field width
 * (digits or `*`), the `l` modifier (long is 32 bits here). Anything else
 * prints as `%?` followed by the conversion character, so it is visible. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

#endif

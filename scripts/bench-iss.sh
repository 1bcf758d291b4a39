#!/usr/bin/env bash
# ISS speed on a long-running program, next to QEMU (TCG) on the same ELF
# in the same run: instructions per second and the ratio.
set -euo pipefail
elf=${1:-build/firmware/bench/intmix.elf}
iss=${ISS:-target/release/vmsp-iss}
stats=$("$iss" run --stats "$elf" 2>&1 >/dev/null)
insns=$(awk '/^instructions:/ {print $2}' <<<"$stats")
iss_s=$(awk '/^seconds:/ {print $2}' <<<"$stats")
start=$(date +%s%N)
timeout 600 qemu-system-or1k -M virt -nographic -monitor none -kernel "$elf" >/dev/null
qemu_s=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { print (b - a) / 1e9 }')
awk -v n="$insns" -v i="$iss_s" -v q="$qemu_s" -v elf="$elf" 'BEGIN {
  printf "program: %s (%d instructions)\n", elf, n
  printf "ISS:  %.3f s, %.1f M instructions/s\n", i, n / i / 1e6
  printf "QEMU: %.3f s, %.1f M instructions/s (whole process, TCG)\n", q, n / q / 1e6
  printf "ISS / QEMU speed: %.2f\n", q / i
}'

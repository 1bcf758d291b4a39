#!/usr/bin/env bash
# Boots build/linux/vmlinux (scripts/linux.sh) three ways and checks them
# against each other (docs/LINUX.md):
#   1. the ISS (vmsp-iss, caches modelled): exit 0 and /init's checks all ok;
#   2. the RTL in lock-step with the ISS (vmsp-sim --lockstep): exit 0 and
#      the same console output, byte for byte;
#   3. QEMU (qemu-system-or1k -M virt, its own device tree): exit 0 and the
#      same console output once the lines that describe the machine (clock,
#      TLB size, where the device tree came from, memory reserved for it)
#      or that QEMU alone prints (its device tree seeds the RNG) are set
#      aside. Every other line, /init's included, must be equal.
# Figures (instructions, cycles, CPI, counters, seconds) go to
# build/linux/check.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/linux
ram=${LINUX_RAM:-0x1000000}
kernel=$out/vmlinux
[ -f "$kernel" ] || { echo "linux-check: $kernel not found: run make linux" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-target}
cargo build --release -q -p vmsp-iss -p vmsp-sim
iss=$target/release/vmsp-iss
sim=$target/release/vmsp-sim
fail() { echo "linux-check: $*" >&2; exit 1; }
report=$out/check.txt
: > "$report"

# 1. ISS
t0=$(date +%s.%N)
status=0
"$iss" run "$kernel" --ram-size "$ram" --caches --stats > "$out/iss.out" 2> "$out/iss.err" || status=$?
((status == 0)) || { cat "$out/iss.out" "$out/iss.err" >&2; fail "the ISS run exited with status $status"; }
t1=$(date +%s.%N)
tr -d '\r' < "$out/iss.out" > "$out/iss.txt"
grep -q '^init: 0 checks failed$' "$out/iss.txt" || { cat "$out/iss.out" >&2; fail "/init did not pass on the ISS"; }
if grep -q '^init: FAIL' "$out/iss.txt"; then fail "a FAIL line on the ISS"; fi
n=$(grep -c '^init: ok ' "$out/iss.txt")
[ "$n" -ge 9 ] || fail "only $n of /init's checks reported ok on the ISS"
{ echo "ISS: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')"; grep -E '^(instructions|icache|dcache):' "$out/iss.err"; } >> "$report"

# 2. RTL in lock-step
t0=$(date +%s.%N)
"$sim" run "$kernel" --ram-size "$ram" --lockstep > "$out/rtl.out" 2> "$out/rtl.err" || status=$?
((status == 0)) || { tail -30 "$out/rtl.err" >&2; fail "the lock-step RTL run exited with status $status"; }
t1=$(date +%s.%N)
cmp -s "$out/iss.out" "$out/rtl.out" || { diff "$out/iss.out" "$out/rtl.out" >&2 || true; fail "RTL and ISS console output differ"; }
{ echo "RTL (lock-step): $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')"; grep -E '^vmsp-sim: ([0-9]+ cycles|lock-step|perf|exceptions)' "$out/rtl.err"; } >> "$report"

# 3. QEMU, with the device tree's kernel command line (QEMU passes its own tree)
bootargs=$(sed -n 's/^[[:space:]]*bootargs = "\(.*\)";/\1/p' firmware/linux/vmsp.dts)
[ -n "$bootargs" ] || fail "no bootargs in firmware/linux/vmsp.dts"
timeout 300 qemu-system-or1k -M virt -m "$((ram >> 20))M" -nographic -no-reboot -kernel "$kernel" \
  -append "$bootargs" > "$out/qemu.out" 2>&1 < /dev/null || status=$?
((status == 0)) || { tail -30 "$out/qemu.out" >&2; fail "QEMU exited with status $status"; }
machine='^(Compiled-in FDT at|FDT at|CPU: OpenRISC|-- dcache|-- icache|-- dmmu:|-- immu:|-- power management$|Memory: |clocksource: openrisc_timer|[0-9.]+ BogoMIPS|90000000\.serial: ttyS0 at MMIO|earlycon: ns16550a0 at MMIO|random: crng init done)'
grep -Ev "$machine" "$out/iss.txt" > "$out/iss.cmp"
tr -d '\r' < "$out/qemu.out" | grep -Ev "$machine" > "$out/qemu.cmp"
diff "$out/qemu.cmp" "$out/iss.cmp" >&2 || fail "QEMU's console output differs from the ISS's beyond the machine-description lines"
echo "QEMU: $(wc -l < "$out/qemu.cmp") lines compared, $(grep -cE "$machine" "$out/iss.txt") machine-description lines set aside" >> "$report"
cat "$report"
echo "linux-check: passed (ISS, RTL in lock-step, QEMU)"

#!/usr/bin/env bash
# The protected-VM demo (firmware/demo, docs/VIRT.md, docs/MONITOR.md): the
# security monitor boots the demo hypervisor on the ISS, which creates two
# VMs from its embedded guest images, prints their launch measurements and
# runs them round-robin until both are done. Checks that
#   1. the run exits 0 and the hypervisor reports both VMs done and destroyed;
#   2. each printed measurement equals vmsp-measure's on that guest's flat
#      image (the verifier's recomputation), and the two differ;
#   3. each guest printed its expected lines (computed independently of the
#      guests), under its own [vmN] prefix, and took timer interrupts.
#   4. the same run on the RTL (the SoC with the monitor world, under
#      Verilator) in lock-step with the ISS: every retirement compared, and
#      the RTL printed the same measurements.
# The console output is kept in build/demo/output.txt, the ISS figures in
# build/demo/stats.txt, the RTL's run in build/demo/rtl.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
fw=build/firmware
out=build/demo
fail() { echo "demo: FAIL: $*" >&2; exit 1; }
mkdir -p "$out"

make -s -C firmware demo monitor
cargo build -q --release -p vmsp-iss -p vmsp-cli

status=0
cargo run -q --release -p vmsp-iss -- run --stats --max-insns 100M \
  --monitor "$fw/monitor/sm.elf" "$fw/demo/hv.elf" > "$out/output.txt" 2> "$out/stats.txt" || status=$?
cat "$out/output.txt"
((status == 0)) || { cat "$out/stats.txt" >&2; fail "the hypervisor's run exited with status $status"; }
tr -d '\r' < "$out/output.txt" > "$out/output.cmp"
has() { grep -Fxq -- "$1" "$out/output.cmp" || fail "no line '$1' in the output"; }
has_re() { grep -Eq -- "$1" "$out/output.cmp" || fail "no line matching /$1/ in the output"; }

# 2. measurements
declare -A image=([1]=guest-a [2]=guest-b)
declare -A printed
for vm in 1 2; do
  lines=$(grep -c "^vm$vm measurement: " "$out/output.cmp" || true)
  [ "$lines" = 1 ] || fail "expected one 'vm$vm measurement:' line, got $lines"
  printed[$vm]=$(sed -n "s/^vm$vm measurement: \([0-9a-f]\{64\}\)$/\1/p" "$out/output.cmp")
  [ -n "${printed[$vm]}" ] || fail "vm$vm's measurement is not 64 hex digits"
  expected=$(cargo run -q --release -p vmsp-cli --bin vmsp-measure -- "$fw/demo/${image[$vm]}.bin")
  [ "${printed[$vm]}" = "$expected" ] ||
    fail "vm$vm: the monitor measured ${printed[$vm]}, vmsp-measure computes $expected from ${image[$vm]}.bin"
  echo "demo: vm$vm measurement matches vmsp-measure ${image[$vm]}.bin"
done
[ "${printed[1]}" != "${printed[2]}" ] || fail "both VMs have the same measurement"

# 3. what each guest printed (values from an independent computation)
vm1=(
  'kernel: guest A up (primes, crc32)'
  'primes below 5000: 669'
  'primes below 10000: 1229'
  'primes below 15000: 1754'
  'primes below 20000: 2262'
  'largest prime below 20000: 19997'
  'crc32("The quick brown fox jumps over the lazy dog") = 414fa339'
  'crc32(sieve) = 87e5c64d'
)
vm2=(
  'kernel: guest B up (fibonacci, sort)'
  'fib(10) = 55'
  'fib(20) = 6765'
  'fib(30) = 832040'
  'fib(40) = 102334155'
  'fib(20) by recursion = 6765'
  'sorted 600 values: ok, min 19, median 16289, max 32748'
)
for line in "${vm1[@]}"; do has "[vm1] $line"; done
for line in "${vm2[@]}"; do has "[vm2] $line"; done
for vm in 1 2; do
  has_re "^\[vm$vm\] task: [1-9][0-9]* timer interrupts so far$"
  has_re "^\[vm$vm\] kernel: task exited with 0: [1-9][0-9]* timer interrupts, [0-9]+ syscalls$"
  has "hv: vm$vm done, status 0"
  has_re "^hv: vm$vm: status 0, [0-9]+ exits: tick [1-9][0-9]* external 0 vmcall [1-9][0-9]* region 0 halt 0 fault 0$"
done
if grep -Eq '^\[vm[12]\] .*unexpected' "$out/output.cmp"; then fail "a guest reported an unexpected exception"; fi
has_re '^hv: both VMs destroyed, [0-9]+ VM exits; all done$'

echo "demo: ISS passed ($(grep -E '^instructions:' "$out/stats.txt" || echo 'no instruction count'))"

# 4. the RTL in lock-step
sim=$(bash scripts/vm-model.sh)
"$sim" run --lockstep --monitor "$fw/monitor/sm.elf" --ram-size 16M "$fw/demo/hv.elf" > "$out/rtl.txt" 2>&1 ||
  { tail -40 "$out/rtl.txt" >&2; fail "the RTL run in lock-step failed (build/demo/rtl.txt)"; }
for vm in 1 2; do
  grep -Fxq "vm$vm measurement: ${printed[$vm]}" "$out/rtl.txt" || fail "the RTL did not print vm$vm's measurement ${printed[$vm]}"
done
grep -E '^vmsp-sim: (lock-step|VM):' "$out/rtl.txt"
echo "demo: passed on the ISS and on the RTL in lock-step"

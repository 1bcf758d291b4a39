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
#   3b. the pages the guests opened to the host (SMC_PAGE_ATTR): guest A's
#      I/O page (read/write) carried its three requests and the replies
#      (each expected reply computed here with tr, rev and shell
#      arithmetic), guest B's process list (read-only) was read by the
#      hypervisor at three updates, in order; the hypervisor's read of a
#      private page of A and its write to B's read-only page were bus
#      errors (the addresses from the guests' symbol tables);
#   3c. the ISS with its caches on prints exactly the same.
#   3d. remote attestation (docs/ATTESTATION.md): a fresh random 64-byte
#      nonce per VM, placed in the hypervisor's demo_nonces (a .noinit
#      buffer; its address from or1k-elf-nm) with --load before every run;
#      the hypervisor measured its .text (the printed range is hv.elf's
#      .text, the digest recomputed here), printed the device certificate,
#      handed each guest its nonce through the guest's I/O page, and printed
#      the report the guest got from SMC_ATTEST_REPORT. vmsp-verify accepts
#      each VM's report (the certificate chain, the signature, the launch
#      measurement recomputed from that guest's image, the nonce, the
#      monitor ROM's and the hypervisor's measurements, the VMID) and
#      rejects, naming the failed check, a report with one byte flipped (the
#      VMID, a byte of the nonce), vm1's report against vm2's image and
#      vm1's report against vm2's nonce (a replay).
#   4. the same run on the RTL (the SoC with the monitor world, under
#      Verilator) in lock-step with the ISS, with the same nonces: every
#      retirement compared, the RTL printed the same measurements, and
#      vmsp-verify accepts its reports too.
# The console output is kept in build/demo/output.txt (output-caches.txt
# with the ISS's caches on), the ISS figures in
# build/demo/stats.txt, the RTL's run in build/demo/rtl.txt; the nonces in
# build/demo/nonce-vmN.bin, the reports and the certificate in
# report-vmN.bin and cert.bin (report-rtl-vmN.bin, cert-rtl.bin: the
# RTL's), vmsp-verify's JSON verdicts in verify-*.json.
set -euo pipefail
cd "$(dirname "$0")/.."
fw=build/firmware
out=build/demo
fail() { echo "demo: FAIL: $*" >&2; exit 1; }
mkdir -p "$out"

make -s -C firmware demo monitor
cargo build -q --release -p vmsp-iss -p vmsp-cli

# fresh nonces, one per VM: demo_nonces[vm - 1] of hv.c (.noinit: neither
# loaded from the ELF nor cleared at start), filled by every run's --load
hexof() { od -An -v -tx1 "$1" | tr -d ' \n'; }
unhex() { python3 -c 'import sys; sys.stdout.buffer.write(bytes.fromhex(sys.argv[1]))' "$1"; }
nonces=$(or1k-elf-nm "$fw/demo/hv.elf" | awk '$3 == "demo_nonces" { print "0x" $1 }')
[ -n "$nonces" ] || fail "no demo_nonces in hv.elf"
declare -A nonce
load=()
for vm in 1 2; do
  head -c 64 /dev/urandom > "$out/nonce-vm$vm.bin"
  nonce[$vm]=$(hexof "$out/nonce-vm$vm.bin")
  [ ${#nonce[$vm]} = 128 ] || fail "could not make vm$vm's nonce"
  load+=(--load "$(printf '0x%x' $((nonces + 64 * (vm - 1))))=$out/nonce-vm$vm.bin")
done

status=0
cargo run -q --release -p vmsp-iss -- run --stats --mee --max-insns 100M "${load[@]}" \
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

# 3b. shared pages: where the guests put them (their symbols), hPA = the
# VM's region base (hv.c: 0x100000, 0x120000) + gPA
declare -A hpa_base=([1]=$((0x100000)) [2]=$((0x120000)))
sym() { or1k-elf-nm "$fw/demo/$1.elf" | awk -v s="$2" '$3 == s { print "0x" $1 }'; }
io=$(sym guest-a io_page); procs=$(sym guest-b proc_page)
[ -n "$io" ] && [ -n "$procs" ] || fail "no io_page in guest-a.elf or proc_page in guest-b.elf"
io_line=$(printf 'gPA 0x%05x (hPA 0x%06x)' "$io" $((hpa_base[1] + io)))
has "hv: vm1 shares $io_line as its I/O page: host read/write"
has "$(printf '[vm1] kernel: I/O page at gPA 0x%05x shared with the host (read/write, not encrypted)' "$io")"
reqs=('upper shared pages work' 'reverse guest A to the hypervisor' 'add 1234 4321')
reps=("$(tr '[:lower:]' '[:upper:]' <<< 'shared pages work')" "$(rev <<< 'guest A to the hypervisor')" "$((1234 + 4321))")
for i in 0 1 2; do
  has "hv: vm1 I/O request '${reqs[$i]}' -> reply '${reps[$i]}'"
  has "[vm1] kernel: io '${reqs[$i]}' -> '${reps[$i]}'"
done
priv=$((hpa_base[1] + 0x1000))
has "$(printf 'hv: vm1: read of private gPA 0x01000 (hPA 0x%06x): bus error (EEAR 0x%08x)' $priv $priv)"
has "$(printf 'hv: vm2 shares gPA 0x%05x (hPA 0x%06x) as its process list: host read-only' "$procs" $((hpa_base[2] + procs)))"
has "$(printf '[vm2] kernel: process list at gPA 0x%05x open to the host (read-only, not encrypted)' "$procs")"
# the write hits the first entry's name: struct proc_list's 16-byte header + pid, state
name0=$((hpa_base[2] + procs + 16 + 8))
has "$(printf 'hv: vm2: write to its process list (hPA 0x%06x): bus error (EEAR 0x%08x)' $name0 $name0)"
updates=(
  'hv: vm2 process list (update 1): 1 kernel wait, 7 fib run, 8 sort ready'
  'hv: vm2 process list (update 2): 1 kernel wait, 7 fib exit, 8 sort run'
  'hv: vm2 process list (update 3): 1 kernel run, 7 fib exit, 8 sort exit'
)
prev=0
for line in "${updates[@]}"; do
  n=$(grep -Fxn -- "$line" "$out/output.cmp" | cut -d: -f1 | head -1)
  [ -n "$n" ] || fail "no line '$line' in the output"
  ((n > prev)) || fail "'$line' out of order"
  prev=$n
done
[ "$(grep -c '^hv: vm2 process list' "$out/output.cmp")" = 3 ] || fail "expected exactly three process-list updates"
if grep -Eq 'refused: bus error|^hv: FAIL' "$out/output.cmp"; then fail "a shared-page access was refused"; fi
echo "demo: shared pages: vm1's I/O page ($io_line), vm2's process list, private pages refused"
has_re '^hv: both VMs destroyed, [0-9]+ VM exits; all done$'

# 3d. attestation
one() { # the capture of sed -E pattern $2 on its one line in file $1 ($3 names the line)
  local n
  n=$(grep -cE "$2" "$1" || true)
  [ "$n" = 1 ] || fail "expected one $3 line in $1, got $n"
  sed -nE "s/$2/\1/p" "$1"
}
hv_line=$(one "$out/output.cmp" '^hv measurement: ([0-9a-f]{64} base 0x[0-9a-f]+ size 0x[0-9a-f]+)$' "'hv measurement:'")
read -r hv_meas _ hv_base _ hv_size <<< "$hv_line"
# the range is hv.elf's .text; the digest as docs/ATTESTATION.md defines it
read -r text_size text_addr < <(or1k-elf-objdump -h "$fw/demo/hv.elf" | awk '$2 == ".text" { print $3, $4 }')
[ $((hv_base)) = $((0x$text_addr)) ] && [ $((hv_size)) = $((0x$text_size)) ] ||
  fail "the hypervisor measured $hv_base+$hv_size, its .text is 0x$text_addr+0x$text_size"
or1k-elf-objcopy -O binary --only-section=.text "$fw/demo/hv.elf" "$out/hv-text.bin"
expected=$(python3 - "$out/hv-text.bin" "$hv_base" "$hv_size" <<'PY'
import hashlib, sys
text = open(sys.argv[1], "rb").read()
base, size = int(sys.argv[2], 0), int(sys.argv[3], 0)
assert len(text) == size, (len(text), size)
print(hashlib.sha256(b"HYPV" + base.to_bytes(4, "big") + size.to_bytes(4, "big") + text).hexdigest())
PY
)
[ "$hv_meas" = "$expected" ] || fail "hv measurement $hv_meas, recomputed from hv.elf's .text: $expected"
echo "demo: the hv measurement of its .text ($hv_base+$hv_size) matches the recomputation from hv.elf"
cert=$(one "$out/output.cmp" '^cert ([0-9a-f]{272})$' "'cert'")
unhex "$cert" > "$out/cert.bin"
verify() { cargo run -q --release -p vmsp-cli --bin vmsp-verify -- "$@"; }
failed_checks() { # the names of the checks a JSON verdict failed
  python3 -c 'import json, sys; print(" ".join(c["name"] for c in json.load(open(sys.argv[1]))["checks"] if c["result"] == "fail"))' "$1"
}
# accept NAME ARGS...: vmsp-verify ARGS... accepts (status 0); its JSON in verify-NAME.json
accept() {
  local name=$1 status=0
  shift
  verify "$@" > "$out/verify-$name.json" 2> "$out/verify-$name.err" || status=$?
  ((status == 0)) || { cat "$out/verify-$name.err" >&2; fail "vmsp-verify rejected $name (status $status, build/demo/verify-$name.json)"; }
}
# reject NAME CHECK ARGS...: vmsp-verify ARGS... rejects (status 1), CHECK among the failed checks
reject() {
  local name=$1 check=$2 status=0 failed
  shift 2
  verify "$@" > "$out/verify-$name.json" 2> "$out/verify-$name.err" || status=$?
  ((status == 1)) || fail "vmsp-verify on $name: status $status, expected 1 (rejected) (build/demo/verify-$name.json)"
  failed=$(failed_checks "$out/verify-$name.json")
  [[ " $failed " == *" $check "* ]] || fail "vmsp-verify rejected $name for '$failed', not for $check"
  grep -q "$check" "$out/verify-$name.err" || fail "vmsp-verify did not name the failed check on stderr for $name"
  echo "demo: vmsp-verify rejects $name: failed $failed"
}
# what the verifier expects of VM $1: its image (vmsp-measure's default
# options, as in 2.), its nonce and VMID, no debug, this monitor ROM and
# the hypervisor measurement printed
expect() {
  echo --image "$fw/demo/${image[$1]}.bin" --nonce "${nonce[$1]}" --vmid "$1" --require-no-debug \
    --rom "$fw/monitor/sm.elf" --hv "$hv_meas"
}
for vm in 1 2; do
  has "hv: vm$vm asks for its nonce: ${nonce[$vm]}"
  has_re "^\[vm$vm\] kernel: attestation report of vm$vm over the host's nonce ${nonce[$vm]:0:8}\.\.\.: 320 bytes to the host$"
  report=$(one "$out/output.cmp" "^report vm$vm ([0-9a-f]{640})\$" "'report vm$vm'")
  unhex "$report" > "$out/report-vm$vm.bin"
  # shellcheck disable=SC2046
  accept "vm$vm" --report "$out/report-vm$vm.bin" --cert "$out/cert.bin" $(expect $vm)
  echo "demo: vmsp-verify accepts vm$vm's report over its nonce ${nonce[$vm]:0:16}... (build/demo/verify-vm$vm.json)"
done
# one byte flipped: vm1's VMID made 2 (REPORT_OFF_VMID + 3), a byte of its nonce
flip() { python3 -c 'import sys; b = bytearray(open(sys.argv[1], "rb").read()); b[int(sys.argv[3])] ^= int(sys.argv[4], 0); open(sys.argv[2], "wb").write(b)' "$@"; }
flip "$out/report-vm1.bin" "$out/report-vm1-vmid.bin" 11 0x03
flip "$out/report-vm1.bin" "$out/report-vm1-nonce.bin" $((128 + 5)) 0x01
# shellcheck disable=SC2046
reject vm1-vmid-flipped report_signature --report "$out/report-vm1-vmid.bin" --cert "$out/cert.bin" $(expect 1)
# shellcheck disable=SC2046
reject vm1-nonce-flipped report_signature --report "$out/report-vm1-nonce.bin" --cert "$out/cert.bin" $(expect 1)
# vm1's genuine report where vm2's image is expected (vm1's nonce and VMID)
# shellcheck disable=SC2046
reject vm1-as-vm2-image launch_measurement --report "$out/report-vm1.bin" --cert "$out/cert.bin" \
  $(expect 1 | sed "s|${image[1]}\.bin|${image[2]}.bin|")
# a replay: vm1's genuine report where vm2's nonce is expected
# shellcheck disable=SC2046
reject vm1-replayed report_data --report "$out/report-vm1.bin" --cert "$out/cert.bin" \
  $(expect 1 | sed "s|${nonce[1]}|${nonce[2]}|")

# 3c. the same run with the ISS's caches (VM-tagged lines: the guests, the
# hypervisor and the monitor share them, and the shared pages' lines move
# between worlds): the same output
cargo run -q --release -p vmsp-iss -- run --caches --mee --max-insns 100M "${load[@]}" \
  --monitor "$fw/monitor/sm.elf" "$fw/demo/hv.elf" > "$out/output-caches.txt" 2>&1 ||
  fail "the run with --caches failed (build/demo/output-caches.txt)"
tr -d '\r' < "$out/output-caches.txt" | cmp -s - "$out/output.cmp" ||
  fail "the run with --caches printed something else (build/demo/output-caches.txt)"
echo "demo: the same output with the ISS's caches on"

echo "demo: ISS passed ($(grep -E '^instructions:' "$out/stats.txt" || echo 'no instruction count'))"

# 4. the RTL in lock-step
sim=$(bash scripts/vm-model.sh)
"$sim" run --lockstep --monitor "$fw/monitor/sm.elf" --ram-size 16M "${load[@]}" "$fw/demo/hv.elf" > "$out/rtl.txt" 2>&1 ||
  { tail -40 "$out/rtl.txt" >&2; fail "the RTL run in lock-step failed (build/demo/rtl.txt)"; }
for vm in 1 2; do
  grep -Fxq "vm$vm measurement: ${printed[$vm]}" "$out/rtl.txt" || fail "the RTL did not print vm$vm's measurement ${printed[$vm]}"
done
grep -Fxq "hv measurement: $hv_line" "$out/rtl.txt" || fail "the RTL did not print the hv measurement $hv_line"
cert=$(one "$out/rtl.txt" '^cert ([0-9a-f]{272})$' "'cert' (RTL)")
unhex "$cert" > "$out/cert-rtl.bin"
for vm in 1 2; do
  grep -Fxq "hv: vm$vm asks for its nonce: ${nonce[$vm]}" "$out/rtl.txt" || fail "the RTL's vm$vm did not get its nonce"
  report=$(one "$out/rtl.txt" "^report vm$vm ([0-9a-f]{640})\$" "'report vm$vm' (RTL)")
  unhex "$report" > "$out/report-rtl-vm$vm.bin"
  # shellcheck disable=SC2046
  accept "rtl-vm$vm" --report "$out/report-rtl-vm$vm.bin" --cert "$out/cert-rtl.bin" $(expect $vm)
done
echo "demo: vmsp-verify accepts the RTL's reports (build/demo/verify-rtl-vm1.json, verify-rtl-vm2.json)"
grep -E '^vmsp-sim: (lock-step|VM):' "$out/rtl.txt"
echo "demo: passed on the ISS and on the RTL in lock-step"

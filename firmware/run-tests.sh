#!/usr/bin/env bash
# Runs the firmware test programs and prints one line per program.
#   run-tests.sh qemu DIR   every DIR/*.elf not listed in tests/qemu-gaps.txt, on QEMU
#   run-tests.sh iss DIR    every DIR/*.elf on the ISS (vmsp-iss)
# Exit status: non-zero if any program failed. TIMEOUT (seconds) bounds each run.
set -u
cd "$(dirname "$0")"
mode=${1:?usage: run-tests.sh qemu|iss DIR}
dir=${2:?usage: run-tests.sh qemu|iss DIR}
timeout_s=${TIMEOUT:-20}
gaps=tests/qemu-gaps.txt

# Names listed in the gap file with scope "all" (not "name lockstep: ...").
gap_names() {
  sed -e 's/#.*//' "$gaps" | awk -F: 'NF > 1 { split($1, w, " "); if (w[2] == "") print w[1] }'
}

case $mode in
  qemu) run() { timeout "$timeout_s" qemu-system-or1k -M virt -nographic -kernel "$1"; } ;;
  iss)
    export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-../target-fw}
    cargo build -q --release -p vmsp-iss || exit 1
    run() { timeout "$timeout_s" "$CARGO_TARGET_DIR/release/vmsp-iss" run "$1"; } ;;
  *) echo "unknown mode $mode (qemu or iss)" >&2; exit 2 ;;
esac

skip=" $(gap_names | tr '\n' ' ') "
fail=0 pass=0 skipped=0
for elf in "$dir"/*.elf; do
  name=$(basename "$elf" .elf)
  if [ "$mode" = qemu ] && [[ $skip == *" $name "* ]]; then
    echo "SKIP $name (qemu-gaps.txt)"; skipped=$((skipped + 1)); continue
  fi
  log=$(run "$elf" 2>&1 < /dev/null); rc=$?
  if [ $rc -eq 0 ]; then
    echo "ok   $name"; pass=$((pass + 1))
  else
    echo "FAIL $name (exit $rc)"; echo "$log" | tail -5 | sed 's/^/     | /'; fail=$((fail + 1))
  fi
done
echo "$mode: $pass passed, $fail failed, $skipped skipped"
[ $fail -eq 0 ]

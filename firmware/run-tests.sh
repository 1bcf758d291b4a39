#!/usr/bin/env bash
# Runs the firmware test programs and prints one line per program.
#   run-tests.sh qemu DIR   every DIR/*.elf not listed in tests/qemu-gaps.txt, on QEMU
#   run-tests.sh iss DIR    every DIR/*.elf on the ISS (vmsp-iss)
#   run-tests.sh gaps DIR   every program listed (scope "all") in tests/qemu-gaps.txt on
#                           QEMU: each must fail there or print other output than on
#                           the ISS, or its entry is stale
# Exit status: non-zero if any program failed. TIMEOUT (seconds) bounds each run.
# ISS_FLAGS (default --caches: the VMSP core's I-cache and D-cache) go to vmsp-iss run.
set -u
cd "$(dirname "$0")"
mode=${1:?usage: run-tests.sh qemu|iss DIR}
dir=${2:?usage: run-tests.sh qemu|iss DIR}
timeout_s=${TIMEOUT:-20}
iss_flags=${ISS_FLAGS---caches}
gaps=tests/qemu-gaps.txt

# Names listed in the gap file with scope "all" or "varies" (not
# "name lockstep: ..."): not run in qemu mode. The gaps mode checks only the
# "all" ones: a "varies" program's QEMU outcome depends on host timing.
gap_names() {
  sed -e 's/#.*//' "$gaps" | awk -F: -v want="$1" 'NF > 1 { split($1, w, " "); if (w[2] == "" || (want == "varies" && w[2] == "varies")) print w[1] }'
}

case $mode in
  qemu|gaps) run() { timeout "$timeout_s" qemu-system-or1k -M virt -nographic -kernel "$1"; } ;;
  iss)
    export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-../target-fw}
    cargo build -q --release -p vmsp-iss || exit 1
    run() { timeout "$timeout_s" "$CARGO_TARGET_DIR/release/vmsp-iss" run "$1" $iss_flags; } ;;
  *) echo "unknown mode $mode (qemu, iss or gaps)" >&2; exit 2 ;;
esac

tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
if [ "$mode" = gaps ]; then
  skip=" $(gap_names | tr '\n' ' ') "
else
  skip=" $(gap_names varies | tr '\n' ' ') "
fi
fail=0 pass=0 skipped=0
for elf in "$dir"/*.elf; do
  name=$(basename "$elf" .elf)
  listed=0; [[ $skip == *" $name "* ]] && listed=1
  if [ "$mode" = qemu ] && [ $listed = 1 ]; then
    echo "SKIP $name (qemu-gaps.txt)"; skipped=$((skipped + 1)); continue
  fi
  [ "$mode" = gaps ] && [ $listed = 0 ] && continue
  run "$elf" > "$tmp" 2>&1 < /dev/null; rc=$?
  log=$(tr -d '\000' < "$tmp")
  if [ "$mode" = gaps ]; then
    differs=0
    if [ $rc -eq 0 ]; then
      export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-../target-fw}
      cargo build -q --release -p vmsp-iss || exit 1
      iss_log=$(timeout "$timeout_s" "$CARGO_TARGET_DIR/release/vmsp-iss" run "$elf" $iss_flags 2>&1 < /dev/null | tr -d '\000')
      [ "$iss_log" != "$log" ] && differs=1
    fi
    if [ $rc -ne 0 ]; then
      echo "gap  $name (fails on QEMU as listed, exit $rc)"; pass=$((pass + 1))
    elif [ $differs = 1 ]; then
      echo "gap  $name (passes on QEMU with other output than on the ISS, as listed)"; pass=$((pass + 1))
    else
      echo "FAIL $name passes on QEMU: remove it from $gaps"; fail=$((fail + 1))
    fi
    continue
  fi
  if [ $rc -eq 0 ]; then
    echo "ok   $name"; pass=$((pass + 1))
  else
    echo "FAIL $name (exit $rc)"; echo "$log" | tail -5 | sed 's/^/     | /'; fail=$((fail + 1))
  fi
done
echo "$mode: $pass passed, $fail failed, $skipped skipped"
[ $fail -eq 0 ]

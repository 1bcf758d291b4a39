#!/usr/bin/env bash
# The protected-VM programs on the RTL with the monitor world, in lock-step
# with the ISS (every retirement compared, console compared at the end):
# the monitor's lifecycle test, the attack and sharing tests, the demo
# hypervisor with its two guests (scripts/demo.sh: its output checked too)
# and random guest programs, plus a plain firmware test
# booted through the monitor. firmware/vmtests/entropy.c needs a TRNG that
# fails its health tests: it runs on the monitor SoC built with a stuck
# entropy source (scripts/vm-model.sh stuck-trng), in lock-step, and on the
# ISS alone with --trng-alarm.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s -C firmware monitor vmtests demo
sim=$(bash scripts/vm-model.sh)
sm=build/firmware/monitor/sm.elf
fail=0
# run ELF [vmsp-sim options...]; SIM= another model
run() {
  local elf=$1
  shift
  if "${SIM:-$sim}" run --lockstep --monitor "$sm" --ram-size 16M "$@" "$elf" > "build/vm-check-$(basename "$elf" .elf).txt" 2>&1; then
    echo "vm-check: $elf: $(grep -o '[0-9]* records compared' "build/vm-check-$(basename "$elf" .elf).txt") in lock-step"
  else
    echo "vm-check: FAIL $elf (build/vm-check-$(basename "$elf" .elf).txt):" >&2
    tail -30 "build/vm-check-$(basename "$elf" .elf).txt" >&2
    fail=1
  fi
}
run build/firmware/tests/hello.elf
# cold DRAM (docs/MEE.md): sharing.c leaves guest D's 16-byte pattern
# ("VMSP cold DRAM D") written by an encrypted VM, and its twin ("... E")
# by a POLICY_NO_ENC one; the RTL's RAM must hold no copy of D's, and the
# same search must find E's (the control: the search can fail)
cold_d=564d535020636f6c64204452414d2044 cold_e=564d535020636f6c64204452414d2045
for t in build/firmware/vmtests/*.elf; do
  case $t in
    */entropy.elf) continue ;;
    */sharing.elf) run "$t" --forbid-block $cold_d ;;
    *) run "$t" ;;
  esac
done
# attestation (docs/ATTESTATION.md): the reports and the certificate the RTL
# wrote in attest.elf's run verify with vmsp-verify (the chain
# manufacturer -> device -> report, the ROM and hypervisor measurements;
# attest.c itself checked the launch measurement and the data on the
# device), and guest B's (POLICY_DEBUG) is rejected when non-debug is
# required
attest_out=build/vm-check-attest.txt
if [ -f "$attest_out" ] && cargo build -q --release -p vmsp-cli; then
  verify=target/release/vmsp-verify
  tr -d '\r' < "$attest_out" | sed -n 's/^cert \([0-9a-f]*\)$/\1/p' | xxd -r -p > build/vm-check-attest-cert.bin
  hv=$(tr -d '\r' < "$attest_out" | sed -n 's/^hv \([0-9a-f]\{64\}\)$/\1/p' | tail -1)
  n=0
  while read -r vm hex; do
    n=$((n + 1))
    echo "$hex" | xxd -r -p > "build/vm-check-attest-report$n.bin"
    args=(--report "build/vm-check-attest-report$n.bin" --cert build/vm-check-attest-cert.bin
      --measurement "${hex:32:64}" --nonce "${hex:256:128}" --rom "$sm" --hv "$hv" --vmid "${vm#vm}")
    if ! "$verify" "${args[@]}" > "build/vm-check-attest-verify$n.json" 2>&1; then
      echo "vm-check: FAIL attest.elf's report $n ($vm) does not verify (build/vm-check-attest-verify$n.json)" >&2
      fail=1
    elif [ "$vm" = vm2 ] && "$verify" "${args[@]}" --require-no-debug > /dev/null 2>&1; then
      echo "vm-check: FAIL attest.elf's debug VM's report verifies with --require-no-debug" >&2
      fail=1
    fi
  done < <(tr -d '\r' < "$attest_out" | sed -n 's/^report \(vm[0-9]\) \([0-9a-f]\{640\}\)$/\1 \2/p')
  if [ "$n" -ge 4 ]; then
    echo "vm-check: attestation: the $n reports the RTL signed verify (vmsp-verify), the debug VM's not as non-debug"
  else
    echo "vm-check: FAIL attest.elf printed $n reports, expected 4" >&2
    fail=1
  fi
fi
if "$sim" run --lockstep --monitor "$sm" --ram-size 16M --forbid-block $cold_e build/firmware/vmtests/sharing.elf \
  > build/vm-check-cold-control.txt 2>&1 || ! grep -q "cold DRAM: the block .* is in RAM at 16 place" build/vm-check-cold-control.txt; then
  echo "vm-check: FAIL the cold-DRAM control: the POLICY_NO_ENC guest's pattern was not found in RAM (build/vm-check-cold-control.txt)" >&2
  fail=1
else
  echo "vm-check: cold DRAM: the encrypted guest's pattern is nowhere in RAM; the POLICY_NO_ENC guest's is found in its 16 blocks"
fi
# the demo hypervisor: its output checked (scripts/demo.sh), and in lock-step
bash scripts/demo.sh > build/vm-check-demo.txt 2>&1 &&
  echo "vm-check: make demo: $(grep -o '[0-9]* records compared' build/demo/rtl.txt) in lock-step, its output checked" ||
  { echo "vm-check: FAIL make demo (build/vm-check-demo.txt):" >&2; tail -30 build/vm-check-demo.txt >&2; fail=1; }
# random guest programs (vmsp-rpg --guest) under a generated hypervisor,
# with host-tick exits at random points, hypercalls and re-entries
"$sim" soak --monitor "$sm" --guest --seeds 10 --jobs 2 > build/vm-check-soak.txt 2>&1 &&
  echo "vm-check: $(tail -1 build/vm-check-soak.txt)" ||
  { echo "vm-check: FAIL the guest soak (build/vm-check-soak.txt):" >&2; tail -30 build/vm-check-soak.txt >&2; fail=1; }
# two random guests and the host (caches on) alternating, their lines and
# TLB entries side by side in the VM-tagged caches and TLBs (--guests 2)
"$sim" soak --monitor "$sm" --guest --guests 2 --seeds 10 --jobs 2 > build/vm-check-soak2.txt 2>&1 &&
  echo "vm-check: two guests: $(tail -1 build/vm-check-soak2.txt)" ||
  { echo "vm-check: FAIL the two-guest soak (build/vm-check-soak2.txt):" >&2; tail -30 build/vm-check-soak2.txt >&2; fail=1; }
SIM=$(bash scripts/vm-model.sh stuck-trng) run build/firmware/vmtests/entropy.elf
cargo run -q --release -p vmsp-iss -- run --monitor "$sm" --mee --trng-alarm build/firmware/vmtests/entropy.elf > build/vm-check-entropy-iss.txt 2>&1 ||
  { echo "vm-check: FAIL entropy on the ISS with --trng-alarm" >&2; cat build/vm-check-entropy-iss.txt >&2; fail=1; }
exit $fail

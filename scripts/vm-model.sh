#!/usr/bin/env bash
# Builds the simulator (vmsp-sim) around the SoC with the monitor world
# (SocConfig::monitor, docs/VIRT.md) into target-vm/: emits that SoC's
# Verilog to build/rtl/vmsp_soc_monitor.v and verilates it through
# VMSP_SOC_VERILOG (docs/SIM.md). A separate target directory keeps the
# default model (the plain SoC the rest of the suite runs) built.
# `vm-model.sh stuck-trng`: the same SoC with a stuck entropy source (its
# TRNG fails the health tests), into target-vm-stuck-trng/.
# Prints the path of the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  "") top=soc-monitor target=target-vm ;;
  stuck-trng) top=soc-monitor-stuck-trng target=target-vm-stuck-trng ;;
  *) echo "usage: scripts/vm-model.sh [stuck-trng]" >&2; exit 2 ;;
esac
file=vmsp_${top//-/_}.v
mkdir -p build/rtl
cargo run -q --release -p vmsp-soc --bin emit-verilog -- --out build/rtl "$top" >&2
VMSP_SOC_VERILOG="$PWD/build/rtl/$file" VMSP_SOC_RAM_SIZE=$((64 << 20)) \
  CARGO_TARGET_DIR=$target cargo build -q --release -p vmsp-sim >&2
echo $target/release/vmsp-sim

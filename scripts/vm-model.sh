#!/usr/bin/env bash
# Builds the simulator (vmsp-sim) around the SoC with the monitor world
# (SocConfig::monitor, docs/VIRT.md) into target-vm/: emits that SoC's
# Verilog to build/rtl/vmsp_soc_monitor.v and verilates it through
# VMSP_SOC_VERILOG (docs/SIM.md). A separate target directory keeps the
# default model (the plain SoC the rest of the suite runs) built.
# Prints the path of the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/rtl
cargo run -q --release -p vmsp-soc --bin emit-verilog -- --out build/rtl soc-monitor >&2
VMSP_SOC_VERILOG="$PWD/build/rtl/vmsp_soc_monitor.v" VMSP_SOC_RAM_SIZE=$((64 << 20)) \
  CARGO_TARGET_DIR=target-vm cargo build -q --release -p vmsp-sim >&2
echo target-vm/release/vmsp-sim

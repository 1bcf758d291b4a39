# VMSP top-level flow. `make` is the main job, `make test` runs every test.
# Each target calls scripts/bootstrap.sh first, which installs what is missing.

CARGO ?= cargo
BUILD := build
FW_TESTS := $(BUILD)/firmware/tests
PROG ?= $(FW_TESTS)/hello.elf

.PHONY: all bootstrap firmware tools run sim verilog soak test test-rust qemu-check header \
        bench bench-iss bench-rtl bench-sim bench-crypto clean synth synth-monitor bitstream linux linux-iss linux-rtl linux-check \
        demo vm-check bench-vm bench-switch bench-mee bench-attest

# Main job: build firmware and tools, then run hello-world on the ISS and on
# the RTL (the SoC's Verilog under Verilator, in lock-step with the ISS).
all: tools firmware
	$(CARGO) run -q --release -p vmsp-iss -- run $(PROG)
	$(CARGO) run -q --release -p vmsp-sim -- run $(PROG) --lockstep

bootstrap:
	@bash scripts/bootstrap.sh

firmware: bootstrap
	$(MAKE) -C firmware

tools: bootstrap
	$(CARGO) build --release -p vmsp-iss -p vmsp-qemu-check -p vmsp-sim

run: tools firmware
	$(CARGO) run -q --release -p vmsp-iss -- run $(PROG)

# PROG on the RTL; SIMFLAGS e.g. --lockstep, --mem sdram, --waves out.fst
sim: tools firmware
	$(CARGO) run -q --release -p vmsp-sim -- run $(PROG) $(SIMFLAGS)

# the SoC's Verilog into rtl/soc/ (committed; a test fails when it is stale)
verilog: bootstrap
	$(CARGO) run -q --release --bin emit-verilog

# random programs in lock-step, as many as asked (SEEDS), plain, with caches
# and with caches and MMUs
SEEDS ?= 1000
soak: tools
	$(CARGO) run -q --release -p vmsp-sim -- soak --seeds $(SEEDS) --jobs 2

# Everything: constants/header check, the ISS and its firmware suite, the
# core and SoC on their emitted Verilog (lint gate, lock-step with the ISS
# for every firmware build and the random-program seeds), the crypto
# engines, the ISS-vs-QEMU comparison, and the ECP5 synthesis + place and
# route of the board (a missed timing target fails).
test: firmware
	$(CARGO) test --workspace --release
	bash scripts/bench-rtl.sh --self-test
	$(CARGO) run -q --release -p vmsp-qemu-check -- --gaps firmware/tests/qemu-gaps.txt $(FW_TESTS)/*.elf
	$(MAKE) linux-check
	$(MAKE) vm-check
	$(MAKE) synth

qemu-check: tools firmware
	$(CARGO) run -q --release -p vmsp-qemu-check -- --gaps firmware/tests/qemu-gaps.txt $(FW_TESTS)/*.elf

header:
	$(CARGO) run -q -p or1k-arch --bin gen-or1k-header

# Protected VMs (docs/VIRT.md, docs/MONITOR.md): the security monitor boots
# the demo hypervisor (firmware/demo) on the ISS and on the RTL in lock-step, which runs two measured
# guests round-robin; scripts/demo.sh checks their output and that each
# launch measurement equals vmsp-measure's on the guest's image.
demo: bootstrap
	bash scripts/demo.sh

# the protected-VM programs (monitor lifecycle, attacks, demo) on the RTL
# with the monitor world, in lock-step with the ISS (scripts/vm-check.sh)
vm-check: bootstrap
	bash scripts/vm-check.sh

# monitor calls and hypercall round trips timed on the RTL (firmware/demo/vmbench.c)
bench-vm: bootstrap
	$(MAKE) -s -C firmware demo monitor
	$$(bash scripts/vm-model.sh) run --lockstep --monitor build/firmware/monitor/sm.elf --ram-size 16M build/firmware/demo/vmbench.elf

# two guests with their MMUs on alternating on the host tick, with VM-tagged
# TLBs and with the hypervisor flushing them at every exit, timed on the RTL
# (firmware/demo/switchbench.c; docs/PERFORMANCE.md)
bench-switch: bootstrap
	$(MAKE) -s -C firmware demo monitor
	$$(bash scripts/vm-model.sh) run --lockstep --monitor build/firmware/monitor/sm.elf --ram-size 16M build/firmware/demo/switchbench.elf

# every benchmark as a guest with memory encryption off (POLICY_NO_ENC) and
# on, in one run (firmware/demo/meebench.c): on the ISS with its MEE model
# (outputs and checksums; the ISS counts no cycles), then timed on the RTL
# with SDRAM-like memory and caches on, in lock-step (docs/MEE.md)
bench-mee: bootstrap
	$(MAKE) -s -C firmware demo monitor
	$(CARGO) run -q --release -p vmsp-iss -- run --monitor build/firmware/monitor/sm.elf --mee --caches --ram-size 16M \
	  build/firmware/demo/meebench.elf
	$$(bash scripts/vm-model.sh) run --lockstep --monitor build/firmware/monitor/sm.elf --ram-size 16M --mem sdram \
	  build/firmware/demo/meebench.elf

# attestation reports (SMC_ATTEST_REPORT from a guest) timed
# (firmware/demo/attestbench.c): a failing call as the baseline, the first
# report (with the monitor's one-time ROM measurement), then 100 reports
# over different data, which must all take the same count (the program
# fails otherwise). First on the ISS alone, where TTCR counts retired
# instructions: the same check holds there (the monitor signs with the same
# instructions whatever the data and nonce). Then on the RTL, where TTCR
# counts clock cycles, in lock-step with the ISS (36 M cycles, about 1.5
# minutes of simulation; lock-step costs no more than a plain run here).
bench-attest: bootstrap
	$(MAKE) -s -C firmware demo monitor
	$(CARGO) run -q --release -p vmsp-iss -- run --mee --monitor build/firmware/monitor/sm.elf --ram-size 16M \
	  build/firmware/demo/attestbench.elf
	$$(bash scripts/vm-model.sh) run --lockstep --monitor build/firmware/monitor/sm.elf --ram-size 16M build/firmware/demo/attestbench.elf

bench: bench-iss bench-rtl bench-crypto

# Benchmarks on the RTL: cycles, instructions, CPI with caches off and on,
# zero-wait and SDRAM-like memory, and simulation speed.
bench-rtl: tools firmware
	bash scripts/bench-rtl.sh

# vmsp-sim speed before (BASE, default ab41ce9) vs now, lock-step off and on,
# both models built and run in this one invocation (docs/PERFORMANCE.md).
bench-sim: bootstrap firmware
	bash scripts/bench-sim.sh $(if $(BASE),--base $(BASE))

# ISS speed in instructions per second on a long-running program.
bench-iss: tools firmware
	ISS=$${CARGO_TARGET_DIR:-target}/release/vmsp-iss bash scripts/bench-iss.sh $(BUILD)/firmware/bench/intmix.elf

# Crypto engines: cycle figures measured on the emitted Verilog (checked
# against golden models), then ECP5 area from yosys (docs/PERFORMANCE.md).
bench-crypto: bootstrap
	$(CARGO) run -q --release -p crypto-bench
	bash scripts/bootstrap.sh fpga && bash scripts/area.sh

# ULX3S (ECP5-85F): FIRMWARE is relinked for the board RAM (FPGA_RAM_SIZE
# bytes) and baked into block RAM; the system clock target is in
# constraints/ulx3s.lpf. `synth` = emit + yosys + nextpnr + summary
# (build/fpga/summary.txt); `bitstream` also writes build/fpga/vmsp_ulx3s.bit.
# A missed timing target fails. See docs/FPGA.md.
FIRMWARE ?= $(FW_TESTS)/hello.elf
FPGA_RAM_SIZE ?= 0x20000

synth: firmware
	FIRMWARE=$(FIRMWARE) FPGA_RAM_SIZE=$(FPGA_RAM_SIZE) bash scripts/fpga.sh synth

# The board with the monitor world (docs/VIRT.md): the security monitor
# baked into its ROM, the ring-oscillator TRNG; measured against the same
# target, a miss reported rather than failed (docs/FPGA.md, run 19).
# The monitor world's system clock, below the plain board's 40 MHz: routed
# at 28.93 MHz against a 40 MHz target (docs/FPGA.md, run 21), its worst
# path the host's page-table answer through the commit decision into the
# VM-exit world change.
MONITOR_SYS_MHZ := 25
synth-monitor: firmware
	FIRMWARE=$(FIRMWARE) FPGA_RAM_SIZE=$(FPGA_RAM_SIZE) FPGA_MONITOR=$(BUILD)/firmware/monitor/sm.elf \
	  FPGA_SYS_MHZ=$(MONITOR_SYS_MHZ) bash scripts/fpga.sh synth

bitstream: firmware
	FIRMWARE=$(FIRMWARE) FPGA_RAM_SIZE=$(FPGA_RAM_SIZE) bash scripts/fpga.sh bitstream

# Linux (docs/LINUX.md): Debian's kernel source with the VMSP defconfig,
# device tree and /init, into build/linux/vmlinux; then booted to its
# power-off on the ISS, or on the RTL in lock-step with the ISS.
LINUX_RAM ?= 0x1000000
linux: bootstrap
	@bash scripts/bootstrap.sh linux
	LINUX_RAM=$(LINUX_RAM) bash scripts/linux.sh

linux-iss: tools linux
	$(CARGO) run -q --release -p vmsp-iss -- run $(BUILD)/linux/vmlinux --ram-size $(LINUX_RAM) --caches --stats

linux-rtl: tools linux
	$(CARGO) run -q --release -p vmsp-sim -- run $(BUILD)/linux/vmlinux --ram-size $(LINUX_RAM) --lockstep

# the full boot on the ISS, on the RTL in lock-step and on QEMU, compared
# (scripts/linux-check.sh; part of `make test`)
linux-check: tools linux
	LINUX_RAM=$(LINUX_RAM) bash scripts/linux-check.sh

clean:
	rm -rf $(BUILD)
	$(CARGO) clean

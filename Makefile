# VMSP top-level flow. `make` is the main job, `make test` runs every test.
# Each target calls scripts/bootstrap.sh first, which installs what is missing.

CARGO ?= cargo
BUILD := build
FW_TESTS := $(BUILD)/firmware/tests
PROG ?= $(FW_TESTS)/hello.elf

.PHONY: all bootstrap firmware tools run test test-rust qemu-check header \
        bench bench-iss bench-crypto clean synth bitstream

# Main job: build firmware and tools, then run hello-world on the ISS.
all: tools firmware
	$(CARGO) run -q --release -p vmsp-iss -- run $(PROG)

bootstrap:
	@bash scripts/bootstrap.sh

firmware: bootstrap
	$(MAKE) -C firmware

tools: bootstrap
	$(CARGO) build --release -p vmsp-iss -p vmsp-qemu-check

run: tools firmware
	$(CARGO) run -q --release -p vmsp-iss -- run $(PROG)

# Everything: constants/header check, the ISS and its firmware suite, the
# crypto engines on their emitted Verilog (with the lint gate), and the
# ISS-vs-QEMU comparison.
test: firmware
	$(CARGO) test --workspace --release
	$(CARGO) run -q --release -p vmsp-qemu-check -- --gaps firmware/tests/qemu-gaps.txt $(FW_TESTS)/*.elf

qemu-check: tools firmware
	$(CARGO) run -q --release -p vmsp-qemu-check -- --gaps firmware/tests/qemu-gaps.txt $(FW_TESTS)/*.elf

header:
	$(CARGO) run -q -p or1k-arch --bin gen-or1k-header

bench: bench-iss bench-crypto

# ISS speed in instructions per second on a long-running program.
bench-iss: tools firmware
	ISS=$${CARGO_TARGET_DIR:-target}/release/vmsp-iss bash scripts/bench-iss.sh $(BUILD)/firmware/bench/intmix.elf

# Crypto engines: cycle figures measured on the emitted Verilog (checked
# against golden models), then ECP5 area from yosys (docs/PERFORMANCE.md).
bench-crypto: bootstrap
	$(CARGO) run -q --release -p secure-unit --bin crypto-bench
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

bitstream: firmware
	FIRMWARE=$(FIRMWARE) FPGA_RAM_SIZE=$(FPGA_RAM_SIZE) bash scripts/fpga.sh bitstream

clean:
	rm -rf $(BUILD)
	$(CARGO) clean

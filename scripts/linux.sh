#!/usr/bin/env bash
# Builds build/linux/vmlinux (docs/LINUX.md): Debian's linux-source-6.1 for
# ARCH=openrisc with the project's defconfig and device tree
# (firmware/linux/), and /init (firmware/linux/init.c) in a built-in
# initramfs.
#
# Environment: LINUX_RAM (bytes of RAM the device tree describes, default
# 0x1000000 = 16 MiB, the ISS's default RAM), LINUX_CPU_HZ (the CPU and UART clock it gives,
# default 40000000, the board's), JOBS (default: nproc).
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=/usr/src/linux-source-6.1.tar.xz
out=build/linux
src=$out/linux-source-6.1
ram=${LINUX_RAM:-0x1000000}
hz=${LINUX_CPU_HZ:-40000000}
jobs=${JOBS:-$(nproc)}
for tool in or1k-elf-gcc flex bison bc; do
  command -v "$tool" >/dev/null || { echo "linux.sh: $tool not found: run scripts/bootstrap.sh linux" >&2; exit 1; }
done
[ -f "$tarball" ] || { echo "linux.sh: $tarball not found: run scripts/bootstrap.sh linux" >&2; exit 1; }
mkdir -p "$out"

# 1. The kernel source, extracted once.
if [ ! -f "$src/.vmsp-extracted" ]; then
  echo "linux.sh: extracting $tarball"
  rm -rf "$src"
  tar -C "$out" -xf "$tarball"
  touch "$src/.vmsp-extracted"
fi

# 2. /init: a static executable on raw system calls.
or1k-elf-gcc -O2 -Wall -Wextra -Werror -ffreestanding -fno-builtin -nostdlib -static \
  -T firmware/linux/init.ld -Wl,-z,max-page-size=8192 -Wl,-z,noexecstack -Wl,--entry=_start \
  -o "$out/init" firmware/linux/init.c -lgcc

# 3. The initramfs list (the kernel's gen_init_cpio format).
abs=$(pwd)
cat > "$out/initramfs.list" <<LIST
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
dir /proc 0755 0 0
dir /tmp 1777 0 0
file /init $abs/$out/init 0755 0 0
LIST

# 4. Device tree and defconfig into the tree (the built-in DTB must live in
# arch/openrisc/boot/dts/), with this build's values filled in.
sed -e "s/VMSP_RAM_SIZE/$ram/" -e "s/VMSP_CPU_HZ/$hz/g" firmware/linux/vmsp.dts \
  > "$src/arch/openrisc/boot/dts/vmsp.dts"
sed -e "s|VMSP_INITRAMFS|$abs/$out/initramfs.list|" firmware/linux/vmsp_defconfig \
  > "$src/arch/openrisc/configs/vmsp_defconfig"

# 5. Configure and build.
kmake() { make -s -C "$src" ARCH=openrisc CROSS_COMPILE=or1k-elf- KBUILD_BUILD_USER=vmsp KBUILD_BUILD_HOST=vmsp "$@"; }
kmake vmsp_defconfig
kmake -j"$jobs" vmlinux
cp "$src/vmlinux" "$out/vmlinux"
or1k-elf-size "$out/vmlinux"
echo "linux.sh: wrote $out/vmlinux (RAM $ram, CPU clock $hz Hz)"

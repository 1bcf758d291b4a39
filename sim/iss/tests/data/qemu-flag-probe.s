# Prints SR after l.sub/l.msb/l.mulu cases (see docs/ISS.md, "QEMU divergences").
# or1k-elf-as -o p.o qemu-flag-probe.s && or1k-elf-ld -e _start -Ttext=0 -o p.elf p.o
# qemu-system-or1k -M virt -nographic -bios none -kernel p.elf   vs   vmsp-iss run p.elf
    .section .text
    .global _start
    .org 0x100
_start:
    l.movhi r20, 0x9000
    l.ori r4, r0, 5
    l.addi r5, r0, -3
    l.sub r6, r4, r5
    l.mfspr r7, r0, 17
    l.jal hex
    l.nop
    l.movhi r4, 0x7fff
    l.ori r4, r4, 0xffff
    l.addi r5, r0, -1
    l.sub r6, r4, r5
    l.mfspr r7, r0, 17
    l.jal hex
    l.nop
    # l.msb: MAC=0, msb 5*(-3)... 0 - (-15) no overflow
    l.ori r4, r0, 5
    l.addi r5, r0, -3
    l.msb r4, r5
    l.mfspr r7, r0, 17
    l.jal hex
    l.nop
    # mulu 0xffffffff * 2 -> CY
    l.addi r4, r0, -1
    l.ori r5, r0, 2
    l.mulu r6, r4, r5
    l.mfspr r7, r0, 17
    l.jal hex
    l.nop
    # mulu -1 * -1  (signed fits, unsigned not)
    l.addi r4, r0, -1
    l.mulu r6, r4, r4
    l.mfspr r7, r0, 17
    l.jal hex
    l.nop
    l.movhi r4, 0x9600
    l.ori r5, r0, 0x5555
    l.sw 0(r4), r5
1:  l.j 1b
    l.nop
hex: l.ori r8, r0, 28
2:  l.srl r11, r7, r8
    l.andi r11, r11, 15
    l.sfltui r11, 10
    l.bf 3f
    l.addi r11, r11, 0x30
    l.addi r11, r11, 7
3:  l.sb 0(r20), r11
    l.sfeqi r8, 0
    l.bnf 2b
    l.addi r8, r8, -4
    l.ori r10, r0, 10
    l.jr r9
    l.sb 0(r20), r10

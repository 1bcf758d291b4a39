#!/usr/bin/env python3
"""Works around one known core defect for synthesis only (see docs/FPGA.md):
or1k-core's ALU (`top$soc$core$alu`) assigns `result` in every arm of a
`match` on AluFn but has no default, so the 5-bit `fun` codes no variant
uses leave `result` unassigned and yosys infers a 32-bit latch, which
synth_ecp5 rejects. The fix belongs in or1k-core/src/alu.rs (assign
`result` before the match); until it lands this adds `default: result =
32'h0;` to that one case statement in a copy of the board Verilog. It does
nothing (and says so) once the emitted ALU has a default or no such case.
Usage: fpga_alu_latch.py IN.v OUT.v"""
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
v = open(src).read()
start = v.find("module top$soc$core$alu(")
end = v.find("endmodule // top$soc$core$alu", start)
if start < 0 or end < 0:
    sys.exit("fpga_alu_latch: module top$soc$core$alu not found")
mod = v[start:end]
case = mod.find("case (fun)")
close = mod.find("endcase", case)
if case < 0 or close < 0 or "default" in mod[case:close]:
    print("fpga_alu_latch: ALU case has a default (or is gone): no patch needed")
    patched = v
else:
    mod = mod[:close] + "default: result = 32'h0; // fpga_alu_latch.py\n        " + mod[close:]
    patched = v[:start] + mod + v[end:]
    print("fpga_alu_latch: added `default: result = 32'h0;` to the ALU's case (fun) (core defect, docs/FPGA.md)")
open(dst, "w").write(patched)

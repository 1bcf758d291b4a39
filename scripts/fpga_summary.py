#!/usr/bin/env python3
"""Summary of one scripts/fpga.sh run: LUT4/FF/DP16KD/MULT18X18D and Fmax
per clock, from yosys's `stat -json` and nextpnr's `--report` JSON.
Writes DIR/summary.txt and DIR/summary.json and prints the text."""
import json
import sys

out = sys.argv[1]
stat = json.load(open(f"{out}/yosys_stat.json"))["design"]["num_cells_by_type"]
rep = json.load(open(f"{out}/report.json"))
board = dict(l.split(" ", 1) for l in open(f"{out}/board.txt").read().splitlines())
times = dict(l.split() for l in open(f"{out}/times.txt").read().splitlines())
util = rep["utilization"]
if not stat.get("LUT4") or "TRELLIS_FF" not in util:
    sys.exit("fpga_summary: synthesis/placement result looks empty")

def used(cell):
    u = util.get(cell, {"used": 0, "available": 0})
    return u["used"], u["available"]

summary = {
    "firmware": board["firmware"],
    "monitor": board["monitor"],
    "ram_bytes": int(board["ram_bytes"]),
    "sys_mhz": float(board["sys_mhz"]),
    "pll": board["pll"],
    "uart_baud": float(board["uart_baud"]),
    "yosys": {c: stat.get(c, 0) for c in ["LUT4", "TRELLIS_FF", "CCU2C", "PFUMX", "L6MUX21", "TRELLIS_DPR16X4", "DP16KD", "MULT18X18D", "EHXPLLL"]},
    "nextpnr": {c: {"used": used(c)[0], "available": used(c)[1]} for c in ["TRELLIS_COMB", "TRELLIS_FF", "DP16KD", "MULT18X18D", "EHXPLLL", "TRELLIS_IO"]},
    "fmax": {clk: {"achieved_mhz": round(v["achieved"], 2), "constraint_mhz": round(v["constraint"], 2)} for clk, v in rep["fmax"].items()},
    "seconds": {k: int(v) for k, v in times.items()},
    "nextpnr_seed": int(open(f"{out}/seed.txt").read()),
}
json.dump(summary, open(f"{out}/summary.json", "w"), indent=1)

world = "plain SoC" if summary["monitor"] == "none" else f"monitor world, ROM {summary['monitor']}"
lines = [f"VMSP ULX3S build ({summary['firmware']}, {world}, {summary['ram_bytes'] // 1024} KiB RAM, "
         f"system clock {summary['sys_mhz']:.4f} MHz, {summary['pll']}, UART {summary['uart_baud']:.0f} baud)"]
y = summary["yosys"]
lines.append(f"  yosys:   LUT4 {y['LUT4']:,}  FF {y['TRELLIS_FF']:,}  CCU2C {y['CCU2C']:,}  LUT-RAM {y['TRELLIS_DPR16X4']:,}  "
             f"DP16KD {y['DP16KD']}  MULT18X18D {y['MULT18X18D']}")
n = summary["nextpnr"]
lines.append("  nextpnr: " + "  ".join(f"{c} {v['used']:,}/{v['available']:,}" for c, v in n.items()))
for clk, f in summary["fmax"].items():
    ok = "ok" if f["achieved_mhz"] >= f["constraint_mhz"] else "MISSED"
    lines.append(f"  Fmax {clk}: {f['achieved_mhz']:.2f} MHz (target {f['constraint_mhz']:.2f} MHz, {ok}; nextpnr seed {summary['nextpnr_seed']})")
lines.append("  time (s): " + "  ".join(f"{k} {v}" for k, v in summary["seconds"].items()))
text = "\n".join(lines) + "\n"
open(f"{out}/summary.txt", "w").write(text)
print(text, end="")

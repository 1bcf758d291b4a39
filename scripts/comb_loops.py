#!/usr/bin/env python3
"""Combinational loops of a synthesized ECP5 netlist (yosys JSON), by
strongly connected components over the nets: every LUT4, PFUMX, L6MUX21,
CCU2C and unregistered-use MULT18X18D passes its inputs to its outputs, a
LUT RAM its read address to its data; flip-flops and block RAM break paths.
Prints one line per loop and exits 1 unless the loops are exactly
`--rings N` loops whose cells all belong to the TRNG's ring oscillators
(`ro_cell`). nextpnr with --ignore-loops does not list loops, so the flow
checks them here. Usage: comb_loops.py NETLIST.json --rings N"""
import json, sys

COMB = {"LUT4", "PFUMX", "L6MUX21", "CCU2C", "MULT18X18D"}

def main():
    path, rings = sys.argv[1], int(sys.argv[sys.argv.index("--rings") + 1])
    top = next(m for m in json.load(open(path))["modules"].values() if m.get("attributes", {}).get("top"))
    succ, owner = {}, {}  # net bit -> net bits it drives through one cell; net bit -> cells
    for name, c in top["cells"].items():
        t, dirs, conns = c["type"], c.get("port_directions", {}), c["connections"]
        if t in COMB:
            ins = [b for p, bs in conns.items() if dirs.get(p) == "input" for b in bs if isinstance(b, int)]
            outs = [b for p, bs in conns.items() if dirs.get(p) == "output" for b in bs if isinstance(b, int)]
        elif t == "TRELLIS_DPR16X4":
            ins = [b for p in ("RAD",) for b in conns.get(p, []) if isinstance(b, int)]
            outs = [b for b in conns.get("DO", []) if isinstance(b, int)]
        else:
            continue
        for i in ins:
            succ.setdefault(i, set()).update(outs)
            owner.setdefault(i, set()).add(name)
    # iterative Tarjan
    index, low, stack, on, sccs, n = {}, {}, [], set(), [], 0
    for root in list(succ):
        if root in index:
            continue
        work = [(root, iter(succ.get(root, ())))]
        index[root] = low[root] = n; n += 1; stack.append(root); on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = n; n += 1; stack.append(w); on.add(w)
                    work.append((w, iter(succ.get(w, ()))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop(); on.discard(w); comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1 or v in succ.get(v, ()):
                    sccs.append(comp)
    bad = 0
    for comp in sccs:
        cells = sorted({c for b in comp for c in owner.get(b, ())})
        ring = all("ro_cell" in c for c in cells)
        bad += not ring
        print(f"comb_loops: {'ring' if ring else 'LOOP'} of {len(comp)} nets: {', '.join(cells[:4])}{' ...' if len(cells) > 4 else ''}")
    if bad or len(sccs) != rings:
        sys.exit(f"comb_loops: {len(sccs)} combinational loops ({bad} not a TRNG ring), expected {rings} rings")
    print(f"comb_loops: {len(sccs)} combinational loops, all TRNG rings (expected {rings})")

main()

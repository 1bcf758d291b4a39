#!/usr/bin/env bash
# Simulation speed of vmsp-sim before vs after, measured in one run: builds
# the vmsp-sim of a base commit (its own source tree from `git archive` and
# its own target dir, so its verilated model is the base's) beside the
# current one, runs both on the same benchmark ELFs with and without
# --lockstep, and prints M cycles/s for each and the ratio.
#
#   scripts/bench-sim.sh [--base COMMIT] [ELF...]
#       COMMIT default ab41ce9 (before the simulation speed work, issue 10)
#       ELF    default build/firmware/bench/*.elf except the full intmix.elf
#
# Speed = simulated cycles / CPU seconds (user + sys) of the vmsp-sim
# process: the machine is shared, and CPU time is what another job cannot
# inflate. vmsp-sim's own wall-clock figure is printed too. Every run must
# exit 0, and base and current must print the same console output and the
# same cycle, instruction and record counts (in lock-step each also matches
# the ISS record by record); otherwise the script stops without a table.
# The base tree and its build are kept under $CARGO_TARGET_DIR/bench-sim/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
die() {
    echo "bench-sim: $*" >&2
    exit 1
}

BASE=ab41ce9
if [[ ${1:-} == --base ]]; then
    [[ -n ${2:-} ]] || die "--base needs a commit"
    BASE=$2
    shift 2
fi
SHA=$(git -C "$ROOT" rev-parse --verify "$BASE^{commit}") || die "unknown commit $BASE"
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$TARGET/bench-sim
BASE_SRC=$WORK/src-${SHA:0:12}

# --- build both simulators -------------------------------------------------
if [[ ! -f $BASE_SRC/.complete ]]; then
    rm -rf "$BASE_SRC"
    mkdir -p "$BASE_SRC"
    git -C "$ROOT" archive "$SHA" | tar -x -C "$BASE_SRC" || die "cannot extract $SHA"
    touch "$BASE_SRC/.complete"
fi
echo "bench-sim: building vmsp-sim at ${SHA:0:12} (base) in $BASE_SRC" >&2
(cd "$BASE_SRC" && CARGO_TARGET_DIR=$WORK/target-${SHA:0:12} cargo build --release -q -p vmsp-sim) ||
    die "cannot build the base vmsp-sim"
BASE_BIN=$WORK/target-${SHA:0:12}/release/vmsp-sim
echo "bench-sim: building vmsp-sim of the working tree" >&2
(cd "$ROOT" && cargo build --release -q -p vmsp-sim) || die "cannot build the current vmsp-sim"
CUR_BIN=$TARGET/release/vmsp-sim
CUR_DESC="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . 2>/dev/null || echo '+changes')"

if (($# == 0)); then
    make -s -C "$ROOT/firmware" bench >&2 || die "cannot build the benchmarks"
    for elf in "$ROOT"/build/firmware/bench/*.elf; do
        [[ $(basename "$elf") == intmix.elf ]] || set -- "$@" "$elf"
    done
    (($# > 0)) || die "no benchmark ELFs in build/firmware/bench"
fi

# run BIN ELF FLAGS OUTPREFIX -> "cycles insns records cpu_seconds wall_mcps";
# the console output is left in OUTPREFIX.out
run() {
    local bin=$1 elf=$2 flags=$3 out=$4 status=0 line
    # shellcheck disable=SC2086
    /usr/bin/time -f 'cpu %U %S' -o "$out.time" "$bin" run "$elf" --quiet $flags >"$out.out" 2>"$out.err" || status=$?
    ((status == 0)) || { cat "$out.err" >&2; die "$(basename "$elf") $flags: $bin exited with status $status"; }
    line=$(grep -E '^vmsp-sim: [0-9]+ cycles, [0-9]+ instructions retired \([0-9]+ records' "$out.err" | tail -n 1) ||
        die "$(basename "$elf"): no summary line from $bin"
    local c i r cpu wall
    read -r c i r <<<"$(sed -E 's/^vmsp-sim: ([0-9]+) cycles, ([0-9]+) instructions retired \(([0-9]+) records.*/\1 \2 \3/' <<<"$line")"
    wall=$(sed -nE 's/^vmsp-sim: [0-9.]+ s, ([0-9.]+) M cycles\/s.*/\1/p' "$out.err" | tail -n 1)
    cpu=$(awk '/^cpu /{ print $2 + $3 }' "$out.time")
    [[ $c =~ ^[0-9]+$ && $i =~ ^[0-9]+$ && $r =~ ^[0-9]+$ && -n $cpu && -n $wall ]] ||
        die "$(basename "$elf"): unparsable figures from $bin"
    echo "$c $i $r $cpu $wall"
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
rows=""
declare -A tot_c tot_b tot_a
for mode in off on; do
    flags=""
    [[ $mode == on ]] && flags=--lockstep
    tot_c[$mode]=0 tot_b[$mode]=0 tot_a[$mode]=0
    for elf in "$@"; do
        name=$(basename "$elf" .elf)
        echo "bench-sim: $name, lock-step $mode" >&2
        b=$(run "$BASE_BIN" "$elf" "$flags" "$TMP/base") || exit 1
        a=$(run "$CUR_BIN" "$elf" "$flags" "$TMP/cur") || exit 1
        read -r bc bi br bcpu bwall <<<"$b"
        read -r ac ai ar acpu awall <<<"$a"
        cmp -s "$TMP/base.out" "$TMP/cur.out" || die "$name: console output differs between base and current"
        [[ "$bc $bi $br" == "$ac $ai $ar" ]] ||
            die "$name: base ran $bc cycles / $bi instructions / $br records, current $ac / $ai / $ar"
        tot_c[$mode]=$((tot_c[$mode] + ac))
        tot_b[$mode]=$(awk -v x="${tot_b[$mode]}" -v y="$bcpu" 'BEGIN { print x + y }')
        tot_a[$mode]=$(awk -v x="${tot_a[$mode]}" -v y="$acpu" 'BEGIN { print x + y }')
        rows+=$(awk -v n="$name" -v m="$mode" -v c="$ac" -v b="$bcpu" -v a="$acpu" -v bw="$bwall" -v aw="$awall" \
            'BEGIN { printf "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f / %.2f |\n", n, m, c, c / b / 1e6, c / a / 1e6, b / a, bw, aw }')$'\n'
    done
done

echo "base ${SHA:0:12} vs current $CUR_DESC; M cycles per CPU second of vmsp-sim"
echo
echo "| benchmark | lock-step | cycles | before | after | ratio | wall M cycles/s before / after |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s' "$rows"
for mode in off on; do
    awk -v m="$mode" -v c="${tot_c[$mode]}" -v b="${tot_b[$mode]}" -v a="${tot_a[$mode]}" \
        'BEGIN { printf "| **all** | %s | %d | %.2f | %.2f | **%.2f** | |\n", m, c, c / b / 1e6, c / a / 1e6, b / a }'
done

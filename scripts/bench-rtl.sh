#!/usr/bin/env bash
# Runs the benchmarks on the verilated SoC (vmsp-sim) with zero-wait and
# SDRAM-like memory and prints a markdown table of instructions, cycles,
# CPI and simulation speed.
#
#   scripts/bench-rtl.sh [ELF...]     default: build/firmware/bench{,-cached}/*.elf except
#                                     the full intmix.elf (150 M instructions)
#   scripts/bench-rtl.sh --self-test  checks the output parser against fake simulators
#
# Environment: SIM_BIN (a vmsp-sim binary; default: built with cargo --release),
# ISS_BIN (vmsp-iss, for the instruction cross-check; same default).
#
# Every number comes from a run that exited 0 and whose summary lines were
# parsed; anything else stops the script with an error instead of a table.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)

die() {
    echo "bench-rtl: $*" >&2
    exit 1
}

# parse_summary FILE -> "cycles instructions mcps" from vmsp-sim's stderr:
#   vmsp-sim: <C> cycles, <I> instructions retired (...), CPI <x>
#   vmsp-sim: <s> s, <x> M cycles/s
# The last matching lines count (progress lines look different).
parse_summary() {
    local f=$1 what=$2 line cycles insns mcps
    line=$(grep -E '^vmsp-sim: [0-9]+ cycles, [0-9]+ instructions retired' "$f" | tail -n 1) ||
        die "$what: no '<cycles> cycles, <n> instructions retired' line in the simulator output"
    cycles=$(sed -E 's/^vmsp-sim: ([0-9]+) cycles, .*/\1/' <<<"$line")
    insns=$(sed -E 's/^vmsp-sim: [0-9]+ cycles, ([0-9]+) instructions retired.*/\1/' <<<"$line")
    line=$(grep -E '^vmsp-sim: [0-9.]+ s, [0-9.]+ M cycles/s' "$f" | tail -n 1) ||
        die "$what: no '<s> s, <x> M cycles/s' line in the simulator output"
    mcps=$(sed -E 's/^vmsp-sim: [0-9.]+ s, ([0-9.]+) M cycles\/s.*/\1/' <<<"$line")
    [[ $cycles =~ ^[0-9]+$ && $insns =~ ^[0-9]+$ && $mcps =~ ^[0-9.]+$ ]] ||
        die "$what: unparsable numbers (cycles '$cycles', instructions '$insns', speed '$mcps')"
    ((insns > 0)) || die "$what: zero instructions retired"
    echo "$cycles $insns $mcps"
}

# run_sim ELF MEM -> "cycles instructions mcps"; dies unless the program exits 0.
run_sim() {
    local elf=$1 mem=$2 log status=0
    log=$(mktemp)
    "$SIM_BIN" run "$elf" --quiet --mem "$mem" >"$log.out" 2>"$log" || status=$?
    if ((status != 0)); then
        cat "$log.out" "$log" >&2
        rm -f "$log" "$log.out"
        die "$(basename "$elf") --mem $mem: vmsp-sim exited with status $status"
    fi
    parse_summary "$log" "$(basename "$elf") --mem $mem" || { rm -f "$log" "$log.out"; exit 1; }
    rm -f "$log" "$log.out"
}

# iss_run ELF -> "instructions imiss dmiss": the reference ISS's retired
# instructions and its cache models' miss rates (percent of cacheable
# accesses, "-" when the program never enables that cache). The ISS runs
# with the VMSP caches, which the bench-cached builds require.
iss_run() {
    local out n
    out=$("$ISS_BIN" run "$1" --caches --stats 2>&1 >/dev/null) || die "$(basename "$1"): the ISS run failed"
    n=$(sed -nE 's/^instructions: ([0-9]+).*/\1/p' <<<"$out" | tail -n 1)
    [[ -n $n ]] || die "$(basename "$1"): no 'instructions: N' in the ISS statistics"
    local rate c
    for c in icache dcache; do
        rate=$(sed -nE "s/^$c: ([0-9]+) cacheable accesses, [0-9]+ misses \(([0-9.]+) %\).*/\1 \2/p" <<<"$out")
        [[ -n $rate ]] || die "$(basename "$1"): no '$c:' line in the ISS statistics"
        read -r acc pct <<<"$rate"
        if ((acc == 0)); then n+=" -"; else n+=" ${pct}%"; fi
    done
    echo "$n"
}

# stalls_row ELF -> a markdown row of the RTL's performance counters
# (vmsp-sim's "perf:" line) for a zero-wait run: where the cycles went.
stalls_row() {
    local elf=$1 name log line status=0
    name=$(basename "$elf" .elf)
    log=$(mktemp)
    "$SIM_BIN" run "$elf" --quiet --mem zero >/dev/null 2>"$log" || status=$?
    line=$(grep -E '^vmsp-sim: perf: ' "$log" | tail -n 1)
    rm -f "$log"
    ((status == 0)) || die "$name: vmsp-sim exited with status $status"
    [[ -n $line ]] || die "$name: no 'perf:' line in the simulator output"
    local re='^vmsp-sim: perf: ([0-9]+) cycles, ([0-9]+) issued, ([0-9]+) retired, ([0-9]+) I-cache misses, ([0-9]+) D-cache misses; ID stalled: memory ([0-9]+) [^,]*, fetch ([0-9]+) [^,]*, execute ([0-9]+) [^,]*, operand ([0-9]+) [^;]*; branches: ([0-9]+) predicted taken, ([0-9]+) redirects$'
    [[ $line =~ $re ]] || die "$name: unparsable 'perf:' line: $line"
    local c=("${BASH_REMATCH[@]:1}")
    ((c[0] > 0)) || die "$name: zero cycles counted"
    awk -v n="$name" -v c="${c[*]}" 'BEGIN {
        split(c, v, " ")
        printf "| %s | %d | %.2f | %d | %d | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %d | %d |\n", n, v[1], v[1] / v[3], v[4], v[5],
            100 * v[6] / v[1], 100 * v[7] / v[1], 100 * v[8] / v[1], 100 * v[9] / v[1], v[10], v[11]
    }'
}

cpi() { awk -v c="$1" -v i="$2" 'BEGIN { printf "%.2f", c / i }'; }

# The table is printed only once every run has succeeded.
table() {
    local elf name z s zc zi zs sc si ss ref im dm rows=""
    for elf in "$@"; do
        name=$(basename "$elf" .elf)
        z=$(run_sim "$elf" zero) || exit 1
        s=$(run_sim "$elf" sdram) || exit 1
        read -r zc zi zs <<<"$z"
        read -r sc si ss <<<"$s"
        ((zi == si)) || die "$name: $zi instructions with zero-wait memory but $si with SDRAM-like memory"
        im=n/a dm=n/a
        if [[ -n ${ISS_BIN:-} ]]; then
            read -r ref im dm <<<"$(iss_run "$elf")" || exit 1
            [[ -n $ref ]] || exit 1
            ((ref == zi)) || echo "bench-rtl: warning: $name retired $zi instructions on the RTL, $ref on the ISS" >&2
        fi
        rows+="| $name | $zi | $zc | $(cpi "$zc" "$zi") | $sc | $(cpi "$sc" "$si") | $im | $dm | $(awk -v a="$zs" -v b="$ss" 'BEGIN { printf "%.2f", (a + b) / 2 }') |"$'\n'
    done
    echo "| benchmark | instructions | cycles (zero-wait) | CPI (zero-wait) | cycles (SDRAM-like) | CPI (SDRAM-like) | I miss (ISS) | D miss (ISS) | sim speed (M cycles/s) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s' "$rows"
}

self_test() {
    local dir
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' RETURN
    # a simulator printing the expected summary (cycles depend on --mem)
    cat >"$dir/good" <<'EOF'
#!/bin/sh
echo "vmsp-sim: 0.5 M cycles, 0.1 M instructions, 1.00 M cycles/s" >&2
if [ "$5" = sdram ]; then c=5000; else c=1200; fi
echo "vmsp-sim: $c cycles, 1000 instructions retired (0 records with exceptions/interrupts), CPI 1.2" >&2
echo "vmsp-sim: perf: 1000 cycles, 900 issued, 800 retired, 3 I-cache misses, 4 D-cache misses; ID stalled: memory 10 (1.0 %), fetch 20 (2.0 %), execute 30 (3.0 %), operand 40 (4.0 %); branches: 5 predicted taken, 6 redirects" >&2
echo "vmsp-sim: 0.01 s, 2.50 M cycles/s" >&2
EOF
    printf '#!/bin/sh\necho "something else entirely" >&2\n' >"$dir/garbage"
    printf '#!/bin/sh\necho "vmsp-sim: 10 cycles, 5 instructions retired (0 records), CPI 2" >&2\nexit 3\n' >"$dir/failing"
    chmod +x "$dir"/good "$dir"/garbage "$dir"/failing
    touch "$dir/x.elf"
    local out
    out=$(SIM_BIN="$dir/good" ISS_BIN= "$0" "$dir/x.elf") || die "self-test: the good simulator was rejected"
    grep -qF '| x | 1000 | 1200 | 1.20 | 5000 | 5.00 | n/a | n/a | 2.50 |' <<<"$out" ||
        die "self-test: wrong table from the good simulator:"$'\n'"$out"
    out=$(SIM_BIN="$dir/good" stalls_row "$dir/x.elf") || die "self-test: the good simulator's perf line was rejected"
    [[ $out == '| x | 1000 | 1.25 | 3 | 4 | 1.0 % | 2.0 % | 3.0 % | 4.0 % | 5 | 6 |' ]] ||
        die "self-test: wrong stall row from the good simulator: $out"
    if (SIM_BIN="$dir/garbage" stalls_row "$dir/x.elf") >/dev/null 2>&1; then
        die "self-test: a run without a perf line was accepted"
    fi
    for bad in garbage failing; do
        if SIM_BIN="$dir/$bad" ISS_BIN= "$0" "$dir/x.elf" >"$dir/out" 2>/dev/null; then
            die "self-test: the '$bad' simulator was accepted: $(cat "$dir/out")"
        fi
        [[ ! -s $dir/out ]] || die "self-test: output for the '$bad' simulator: $(cat "$dir/out")"
    done
    echo "bench-rtl: self-test passed (good output parsed, garbage and failing runs refused)"
}

if [[ ${1:-} == --self-test ]]; then
    self_test
    exit 0
fi

TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [[ -z ${SIM_BIN+x} ]]; then
    (cd "$ROOT" && cargo build --release -q -p vmsp-sim) || die "cannot build vmsp-sim"
    SIM_BIN=$TARGET/release/vmsp-sim
fi
if [[ -z ${ISS_BIN+x} ]]; then
    (cd "$ROOT" && cargo build --release -q -p vmsp-iss) || die "cannot build vmsp-iss"
    ISS_BIN=$TARGET/release/vmsp-iss
fi
[[ -x $SIM_BIN ]] || die "simulator '$SIM_BIN' is not executable"

if (($# == 0)); then
    make -s -C "$ROOT/firmware" bench >&2 || die "cannot build the benchmarks"
    # caches off (bench/) and on (bench-cached/: the same objects, SR[ICE|DCE]
    # set before main), each at zero-wait and SDRAM-like latency
    for variant in bench bench-cached; do
        set --
        for elf in "$ROOT/build/firmware/$variant"/*.elf; do
            [[ $(basename "$elf") == intmix.elf ]] || set -- "$@" "$elf"
        done
        (($# > 0)) || die "no benchmark ELFs in build/firmware/$variant"
        if [[ $variant == bench ]]; then echo "caches off:"; else echo; echo "caches on (8 KiB I + 8 KiB D, write-back):"; fi
        echo
        t=$(table "$@") || exit 1
        echo "$t"
    done
    echo
    echo "where the cycles go (caches on, zero-wait; the RTL's performance counters):"
    echo
    echo "| benchmark | cycles | CPI | I misses | D misses | ID stalled: memory | fetch | execute | operand | predicted taken | redirects |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for elf in "$ROOT/build/firmware/bench-cached"/*.elf; do
        [[ $(basename "$elf") == intmix.elf ]] || stalls_row "$elf" || exit 1
    done
    exit 0
fi
for elf in "$@"; do
    [[ -f $elf ]] || die "$elf: no such file"
done
table "$@"

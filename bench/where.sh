#!/usr/bin/env bash
# Where a command's CPU goes, by thread and by library, from `perf record` (linux-perf): R runs of it, then each
# share's median. For a batch, the zlib's share is the font programs' deflating; for a cold command, the C1 compiler
# thread's share is the JIT's and main's libjvm share is the JVM linking and resolving code run once.
#   bash bench/where.sh                                   # ./zongjie assemble samples/school.yaml, 5 runs
#   RUNS=3 bash bench/where.sh batch                      # ./zongjie batch of 600 copies of it, -j 2
# Needs perf (apt-get install linux-perf) allowed to sample (kernel.perf_event_paranoid ≤ 2, or root).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
what=${1:-assemble}
report=samples/school.yaml
command -v perf >/dev/null || { echo "where.sh: perf is not installed (apt-get install linux-perf)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$what" in
  assemble) run=(./zongjie assemble "$report" -o "$work/out.pdf") ;;
  batch)
    mkdir -p "$work/in"
    for i in $(seq -w 1 "${N:-600}"); do cp "$report" "$work/in/r$i.yaml"; done
    run=(./zongjie batch "$work/in" -o "$work/out" -j 2) ;;
  *) echo "where.sh: assemble or batch, not $what" >&2; exit 2 ;;
esac
"${run[@]}" >/dev/null 2>&1   # first use: the jar and its class-data archive
declare -A share
for r in $(seq 1 "$RUNS"); do
  rm -rf "$work/out"
  perf record -q -F 999 -o "$work/perf.data" -- "${run[@]}" >/dev/null 2>&1
  # one line a key: "thread NAME" or "library NAME" with its share of all samples
  while read -r key pct; do share[$key]+="$pct "; done < <(
    perf report -i "$work/perf.data" --sort comm --no-children -g none 2>/dev/null \
      | awk '/%/ && !/^#/ {p = $1; sub("%", "", p); $1 = ""; sub(/^ +/, ""); gsub(/ /, "_"); print "thread:" $0, p}'
    perf report -i "$work/perf.data" --sort dso --no-children -g none 2>/dev/null \
      | awk '/%/ && !/^#/ {p = $1; sub("%", "", p); $1 = ""; sub(/^ +/, ""); gsub(/ /, "_"); sub(/_tid_[0-9]+/, ""); print "library:" $0, p}')
done
label="${run[*]:0:2} $report"; [ "$what" = batch ] && label="$label (${N:-600} copies, -j 2)"
printf '%s: the share of its CPU samples, median of %d runs (perf record -F 999)\n' "$label" "$RUNS"
for kind in thread library; do
  printf '  by %s\n' "$kind"
  for key in "${!share[@]}"; do
    [ "${key%%:*}" = "$kind" ] || continue
    # shellcheck disable=SC2086
    name=${key#*:}; printf '  %6.1f %%  %s\n' "$(median ${share[$key]})" "${name//_/ }"
  done | sort -rn | awk '$1 >= 0.5'
done

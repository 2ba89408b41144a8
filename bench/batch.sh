#!/usr/bin/env bash
# `zongjie batch` of N copies of a report against one cold `zongjie assemble` of it, side by side: R rounds of both,
# then the medians of wall time, CPU (user + system) and peak memory (max RSS, GNU time), and their ratio.
#   bash bench/batch.sh                                  # 200 copies of samples/school.yaml, -j 2, 5 rounds
#   N=1000 RUNS=3 ZONGJIE_JAVA_OPTS=-Xmx256m bash bench/batch.sh
# Needs the runnable jar (mvn -q -B -DskipTests install) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
N=${N:-200}
JOBS=${JOBS:-2}
report=${1:-samples/school.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq -w 1 "$N"); do cp "$report" "$work/in/r$i.yaml"; done
./zongjie assemble "$report" -o "$work/one.pdf" >/dev/null 2>&1   # first use: the class-data archive
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ow=(); oc=(); bw=(); bc=(); bm=()
for r in $(seq 1 "$RUNS"); do
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" ./zongjie assemble "$report" -o "$work/one.pdf" >/dev/null 2>&1
  read -r w u s m < "$work/t"; ow+=("$w"); oc+=("$(awk "BEGIN {print $u + $s}")")
  rm -rf "$work/out"
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" ./zongjie batch "$work/in" -o "$work/out" -j "$JOBS" >/dev/null 2>&1
  read -r w u s m < "$work/t"; bw+=("$w"); bc+=("$(awk "BEGIN {print $u + $s}")"); bm+=("$m")
  [ "$(ls "$work/out" | wc -l)" -eq "$N" ] || { echo "batch.sh: the batch wrote $(ls "$work/out" | wc -l) of $N" >&2; exit 1; }
done
w1=$(median "${ow[@]}"); c1=$(median "${oc[@]}"); wb=$(median "${bw[@]}"); cb=$(median "${bc[@]}"); mb=$(median "${bm[@]}")
printf '%s, %d rounds, medians\n' "$report" "$RUNS"
printf '  one cold assemble        wall %6.2f s  CPU %6.2f s\n' "$w1" "$c1"
printf '  batch of %-5d (-j %d)    wall %6.2f s  CPU %6.2f s  peak RSS %d MB  %.1f reports/s  %.1f ms CPU a report\n' \
  "$N" "$JOBS" "$wb" "$cb" "$((mb / 1024))" "$(awk "BEGIN {print $N / $wb}")" "$(awk "BEGIN {print 1000 * $cb / $N}")"
printf '  batch / one cold report: %.2f ×\n' "$(awk "BEGIN {print $wb / $w1}")"

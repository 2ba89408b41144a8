#!/usr/bin/env bash
# `zongjie batch` of N copies of a report against one cold `zongjie assemble` of it, side by side: R rounds of both,
# then the medians of wall time, CPU (user + system) and peak memory (max RSS, GNU time), and their ratio.
#   bash bench/batch.sh                                  # 200 copies of samples/school.yaml, -j 2, 5 rounds
#   N=1000 RUNS=3 ZONGJIE_JAVA_OPTS=-Xmx256m bash bench/batch.sh
#   BEFORE=/tmp/old bash bench/batch.sh                  # also another checkout's launcher (built), in the same rounds
# Needs the runnable jar (mvn -q -B -DskipTests install) and GNU time (/usr/bin/time). Each launcher's class-data
# archive is made before the rounds, in a cache folder of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
N=${N:-200}
JOBS=${JOBS:-2}
report=${1:-samples/school.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq -w 1 "$N"); do cp "$report" "$work/in/r$i.yaml"; done
set_launchers "now"
for i in "${!launchers[@]}"; do   # first use: the class-data archive
  XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble "$report" -o "$work/one.pdf" >/dev/null 2>&1
done
declare -A wall cpu rss
timed() { # key command...
  local key=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>&1
  read -r w u s m < "$work/t"
  wall[$key]+="$w "; cpu[$key]+="$(awk "BEGIN {print $u + $s}") "; rss[$key]+="$m "
}
for r in $(seq 1 "$RUNS"); do
  for i in "${!launchers[@]}"; do
    timed "one$i" env XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble "$report" -o "$work/one.pdf"
    rm -rf "$work/out"
    timed "batch$i" env XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" batch "$work/in" -o "$work/out" -j "$JOBS"
    written=$(find "$work/out" -name '*.pdf' | wc -l)
    [ "$written" -eq "$N" ] || { echo "batch.sh: ${names[$i]} wrote $written of $N" >&2; exit 1; }
  done
done
printf '%s, batch of %d with -j %d against one cold assemble, %d rounds, medians\n' "$report" "$N" "$JOBS" "$RUNS"
for i in "${!launchers[@]}"; do
  # shellcheck disable=SC2086
  w1=$(median ${wall[one$i]}); c1=$(median ${cpu[one$i]})
  # shellcheck disable=SC2086
  wb=$(median ${wall[batch$i]}); cb=$(median ${cpu[batch$i]}); mb=$(median ${rss[batch$i]})
  printf '  %-18s one: wall %5.2f s CPU %5.2f s | batch: wall %6.2f s CPU %6.2f s peak RSS %4d MB, %5.1f reports/s,' \
    "${names[$i]}" "$w1" "$c1" "$wb" "$cb" "$((mb / 1024))" "$(awk "BEGIN {print $N / $wb}")"
  printf ' %5.1f ms CPU a report | batch / one: %4.2f ×\n' "$(awk "BEGIN {print 1000 * $cb / $N}")" \
    "$(awk "BEGIN {print $wb / $w1}")"
done

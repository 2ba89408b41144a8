#!/usr/bin/env bash
# A large input: a report's sections repeated K times (55 times the school sample's six sections: 330 sections,
# 480 pages), assembled to PDF. R rounds of `zongjie assemble BIG.yaml -o big.pdf`, with BEFORE=DIR another
# checkout's launcher in the same rounds, then the medians of wall time, CPU (user + system) and peak memory and,
# with BEFORE, the ratio of each median to the other checkout's.
#   bash bench/large.sh                                  # samples/school.yaml × 55, 5 rounds
#   K=40 RUNS=3 bash bench/large.sh samples/hospital.yaml
#   BEFORE=/tmp/old bash bench/large.sh /tmp/old/samples/school.yaml   # an input both checkouts accept
# Needs the runnable jar (mvn -q -B -DskipTests install), GNU time (/usr/bin/time) and pdfinfo (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
K=${K:-55}
report=${1:-samples/school.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the frame once, then everything from `sections:` on K times
awk -v k="$K" '
  found { body = body $0 "\n"; next }
  /^sections:/ { found = 1 }
  { print }
  END { for (i = 0; i < k; i++) printf "%s", body }' "$report" > "$work/big.yaml"
limits=(--limit sections=99999 --limit input-size=64MB)
set_launchers "now"
for i in "${!launchers[@]}"; do   # first use: the class-data archive, and the input accepted
  XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble "${limits[@]}" "$work/big.yaml" -o "$work/z$i.pdf" \
    >/dev/null 2>"$work/err" || { echo "large.sh: ${names[$i]} refused the input:" >&2; tail -5 "$work/err" >&2; exit 1; }
done
declare -A wall cpu rss
for r in $(seq 1 "$RUNS"); do
  for i in "${!launchers[@]}"; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" env XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble \
      "${limits[@]}" "$work/big.yaml" -o "$work/z$i.pdf" >/dev/null 2>&1
    read -r w u s m < "$work/t"
    wall[$i]+="$w "; cpu[$i]+="$(awk "BEGIN {print $u + $s}") "; rss[$i]+="$m "
  done
done
printf '%s × %d (%d lines), %d rounds, medians\n' "$report" "$K" "$(wc -l < "$work/big.yaml")" "$RUNS"
for i in "${!launchers[@]}"; do
  # shellcheck disable=SC2086
  w=$(median ${wall[$i]}); c=$(median ${cpu[$i]}); m=$(median ${rss[$i]})
  printf '  %-18s wall %6.2f s  CPU %6.2f s  peak RSS %5d MB  %4d pages' "${names[$i]}" "$w" "$c" "$((m / 1024))" \
    "$(pdfinfo "$work/z$i.pdf" | awk '/^Pages:/ {print $2}')"
  if [ "$i" -gt 0 ]; then
    # shellcheck disable=SC2086
    printf '   now / this: wall %4.2f  CPU %4.2f' "$(awk "BEGIN {print $(median ${wall[0]}) / $w}")" \
      "$(awk "BEGIN {print $(median ${cpu[0]}) / $c}")"
  fi
  printf '\n'
done

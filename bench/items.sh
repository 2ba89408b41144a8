#!/usr/bin/env bash
# One section (a `text` section's list) with N items, assembled to PDF: the median wall time and peak memory (max
# RSS) of `zongjie assemble` over R runs, for each N given. Shows whether cost grows linearly with the input.
#   bash bench/items.sh 1000 10000 100000
#   RUNS=3 ZONGJIE_JAVA_OPTS=-Xmx512m bash bench/items.sh 1000 10000 100000
# Needs the runnable jar (mvn -q -B -DskipTests install) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "$@"; do
  {
    printf 'report:\n  organization: 临江市滨江实验中学\n  period: 2023年\n  date: 2023-12-26\nsections:\n'
    printf '  - type: text\n    title: 大事记\n    data:\n      items:\n'
    for i in $(seq 1 "$n"); do
      printf '        - 第%d项：工会组织教职工开展读书分享活动，参加%d人次。\n' "$i" "$((i % 90 + 10))"
    done
  } > "$work/in.yaml"
  times=()
  rss=()
  for r in $(seq 1 "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$work/time" ./zongjie assemble "$work/in.yaml" -o "$work/out.pdf" \
      --limit list-items="$n" --limit input-size=64MB >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r t m < "$work/time"
    times+=("$t")
    rss+=("$m")
  done
  pages=$(pdfinfo "$work/out.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '%7d items  %5s pages  median %6.2f s  peak RSS median %6d MB  (%d runs)\n' "$n" "${pages:-?}" \
    "$(median "${times[@]}")" "$(( $(median "${rss[@]}") / 1024 ))" "$RUNS"
done

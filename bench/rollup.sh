#!/usr/bin/env bash
# Rolls up N generated school units (welfare and sports, figures varying by unit) into a district report and reports
# the median wall time and peak memory (max RSS) of `zongjie assemble` over R runs, for each N given.
#   bash bench/rollup.sh 100 1000        # N = 100 and 1000, 5 runs each
#   RUNS=7 bash bench/rollup.sh 1000
# Needs the runnable jar (mvn -q -B -DskipTests install) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "$@"; do
  dir="$work/$n"
  mkdir -p "$dir/units"
  cat > "$dir/district.yaml" <<YAML
report:
  organization: 临江区教育工会
  period: 2023年
  date: 2023-12-29
  keyFigures: true
units: units
sections:
  - type: welfare
    data:
      visits:
        - {occasion: 春节, who: 区属学校困难教职工, persons: 40, amount: 40000, month: 1}
YAML
  for i in $(seq 1 "$n"); do
    staff=$((40 + i % 160))
    printf 'report:\n  organization: 临江区第%d学校\n  period: 2023年\n  membership: {staff: %d, members: %d}\n  date: 2023-12-20\nsections:\n  - type: welfare\n    data:\n      visits:\n        - {occasion: 春节, who: 困难教职工, persons: %d, amount: %d, month: 1}\n        - {occasion: 中秋节, who: 全体在职教职工, persons: %d, amount: %d, month: 9}\n  - type: sports\n    data:\n      events:\n        - {name: 教职工运动会, month: 5, kind: 体育, participants: %d}\n' \
      "$i" "$staff" "$((staff - 1))" "$((3 + i % 17))" "$(( (3 + i % 17) * 500 ))" "$staff" "$((staff * 200))" "$((staff - i % 7))" \
      > "$dir/units/$(printf '%05d' "$i").yaml"
  done
  times=()
  rss=()
  for r in $(seq 1 "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$work/time" ./zongjie assemble "$dir/district.yaml" -o "$work/out.pdf" \
      >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r t m < "$work/time"
    times+=("$t")
    rss+=("$m")
  done
  printf '%6d units  median %6.2f s  peak RSS median %6d MB  (%d runs)\n' "$n" "$(median "${times[@]}")" \
    "$(( $(median "${rss[@]}") / 1024 ))" "$RUNS"
done

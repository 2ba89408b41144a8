#!/usr/bin/env bash
# The command a user runs against a whole browser, side by side: R rounds of
#   ./zongjie assemble REPORT -o z.pdf
#   chromium --headless --print-to-pdf=c.pdf  (the same report's HTML, written once by zongjie)
# one after the other, then the medians of wall time and CPU (user + system, GNU time) and their ratios.
#   bash bench/cold.sh                                   # samples/school.yaml, 5 rounds
#   RUNS=9 bash bench/cold.sh samples/hospital.yaml
#   BEFORE=/tmp/old bash bench/cold.sh                   # also another checkout's launcher (built), in the same rounds
# Needs the runnable jar (mvn -q -B -DskipTests install), GNU time (/usr/bin/time) and Chromium (apt-get install
# chromium); without Chromium it says so and exits 2. Each launcher's class-data archive is made before the rounds,
# in a cache folder of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
report=${1:-samples/school.yaml}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "cold.sh: Chromium is not installed (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./zongjie assemble "$report" -f html -o "$work/r.html" >/dev/null 2>&1
set_launchers "zongjie assemble"
print=("$browser" --headless --no-sandbox --disable-gpu --print-to-pdf="$work/c.pdf" "file://$work/r.html")
for i in "${!launchers[@]}"; do   # first use: the class-data archive
  XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble "$report" -o "$work/z$i.pdf" >/dev/null 2>&1
done
"${print[@]}" >/dev/null 2>&1
declare -A wall cpu
timed() { # key command...
  local key=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" >/dev/null 2>&1
  read -r w u s < "$work/t"
  wall[$key]+="$w "; cpu[$key]+="$(awk "BEGIN {print $u + $s}") "
}
for r in $(seq 1 "$RUNS"); do
  for i in "${!launchers[@]}"; do
    timed "$i" env XDG_CACHE_HOME="$work/cache$i" "${launchers[$i]}" assemble "$report" -o "$work/z$i.pdf"
  done
  timed chromium "${print[@]}"
done
# shellcheck disable=SC2086
cw=$(median ${wall[chromium]}); cc=$(median ${cpu[chromium]})
printf '%s, %d rounds, medians (wall, CPU = user + system)\n' "$report" "$RUNS"
for i in "${!launchers[@]}"; do
  # shellcheck disable=SC2086
  w=$(median ${wall[$i]}); c=$(median ${cpu[$i]})
  printf '  %-26s wall %5.2f s  CPU %5.2f s  %8d bytes   vs Chromium: wall %4.2f ×  CPU %4.2f ×\n' "${names[$i]}" \
    "$w" "$c" "$(stat -c %s "$work/z$i.pdf")" "$(awk "BEGIN {print $w / $cw}")" "$(awk "BEGIN {print $c / $cc}")"
done
printf '  %-26s wall %5.2f s  CPU %5.2f s  %8d bytes\n' "chromium --print-to-pdf" "$cw" "$cc" "$(stat -c %s "$work/c.pdf")"

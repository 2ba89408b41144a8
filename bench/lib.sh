# Shared by the bench scripts (sourced, from the checkout's root).

# The median of the numbers given (the middle one; of an even count, the lower middle).
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# set_launchers NAME: the arrays names and launchers: this checkout's launcher under the name given, and with BEFORE=DIR that checkout's too.
set_launchers() {
  names=("$1"); launchers=("$PWD/zongjie")
  if [ -n "${BEFORE:-}" ]; then
    names+=("before ($(git -C "$BEFORE" rev-parse --short HEAD))"); launchers+=("$BEFORE/zongjie")
  fi
}

# Shared helpers for end-to-end tests. Each test script sources this file.
# Environment (set by CTest): RANGEMAP (the binary), RANGEMAP_DATA, E2E_DIR, SOURCE_DIR.
set -uo pipefail
: "${RANGEMAP:?RANGEMAP must point at the built rangemap}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() { echo "FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
pass() { echo "ok: $*"; }

# run ARGS...: runs rangemap with a 120 s limit; sets OUT, ERR, CODE.
run() {
    timeout 120 "$RANGEMAP" "$@" >"$WORK/out" 2>"$WORK/err"
    CODE=$?
    OUT=$(cat "$WORK/out")
    ERR=$(cat "$WORK/err")
}

# expect_code N DESCRIPTION: the last run exited with N.
expect_code() {
    if [[ $CODE -eq $1 ]]; then pass "$2 (exit $1)"; else fail "$2: exit $CODE, expected $1; stderr: $ERR"; fi
}

# expect_error N PATTERN DESCRIPTION: exit N and exactly one 'rangemap: error:' line matching PATTERN.
expect_error() {
    local lines
    lines=$(printf '%s\n' "$ERR" | grep -c '^rangemap: error: ' || true)
    if [[ $CODE -ne $1 ]]; then fail "$3: exit $CODE, expected $1; stderr: $ERR"; return; fi
    if [[ $lines -ne 1 ]]; then fail "$3: expected one error line, got: $ERR"; return; fi
    if ! grep -qiE -- "$2" <<<"$ERR"; then fail "$3: error does not match /$2/: $ERR"; return; fi
    pass "$3"
}

# near A B TOL DESCRIPTION: |A - B| <= TOL.
near() {
    if awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t && a == a + 0 && b == b + 0) }'; then
        pass "$4 ($1 ~ $2)"
    else
        fail "$4: $1 differs from $2 by more than $3"
    fi
}

# under_sanitizer: the binary is the AddressSanitizer build (slow; reserves terabytes of address
# space, so ulimit -v cannot hold it).
# (Read whole: `grep -q` in a pipe could end ldd with SIGPIPE, which pipefail counts as a no.)
under_sanitizer() { [[ $(ldd "$RANGEMAP") == *libasan* ]]; }

finish() {
    if [[ $FAILURES -gt 0 ]]; then echo "$FAILURES failure(s)" >&2; exit 1; fi
    exit 0
}

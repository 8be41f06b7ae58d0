# Helpers for the tests of `rangemap serve`, sourced after lib.sh.

# start_server ARGS...: starts `rangemap serve --port 0 ARGS` in the background; sets PID and URL
# (http://127.0.0.1:PORT/) once it prints its line, or fails and exits.
start_server() {
    # Emptied here first: the server's own redirection may come after the first look below,
    # which would then read the last server's line.
    : >"$WORK/serve.err"
    "$RANGEMAP" serve --port 0 "$@" 2>"$WORK/serve.err" &
    PID=$!
    local i
    for ((i = 0; i < 600; i++)); do
        URL=$(sed -n 's|^rangemap: serving \(http://.*/\)$|\1|p' "$WORK/serve.err")
        [[ -n $URL ]] && return 0
        kill -0 "$PID" 2>/dev/null || break
        sleep 0.1
    done
    fail "the server did not start: $(cat "$WORK/serve.err")"
    finish
}

# stop_server: SIGTERM; sets STOP_CODE to the server's exit status.
stop_server() {
    kill -TERM "$PID"
    wait "$PID"
    STOP_CODE=$?
}

# get PATH_AND_QUERY: sets BODY and STATUS.
get() {
    STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 120 "$URL${1#/}")
    BODY=$(cat "$WORK/body")
}

# post PATH FILE [TYPE]: sets BODY (in $WORK/body) and STATUS.
post() {
    STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 120 -X POST -H "Content-Type: ${3:-application/yaml}" \
        --data-binary "@$2" "$URL${1#/}")
    BODY=$(cat "$WORK/body")
}

# same_as_cli DESCRIPTION PATH_AND_QUERY CLI_ARGS...: the endpoint's body equals the verb's stdout.
same_as_cli() {
    local what=$1 path=$2
    shift 2
    get "$path"
    "$RANGEMAP" "$@" >"$WORK/cli" 2>/dev/null
    if [[ $STATUS == 200 ]] && cmp -s "$WORK/body" "$WORK/cli"; then
        pass "$what: the body equals rangemap $*"
    else
        fail "$what: HTTP $STATUS, body differs from rangemap $*: $(head -c 300 "$WORK/body")"
    fi
}

# expect_http STATUS PATTERN DESCRIPTION: the last reply had STATUS and a one-line {"error"} body matching.
expect_http() {
    if [[ $STATUS != "$1" ]]; then fail "$3: HTTP $STATUS, expected $1: $BODY"; return; fi
    if [[ $(wc -l <"$WORK/body") -ne 1 ]] || ! python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["error"]; sys.exit(0 if e else 1)' "$WORK/body" 2>/dev/null; then
        fail "$3: not one {\"error\": ...} line: $BODY"; return
    fi
    if ! grep -qiE -- "$2" <<<"$BODY"; then fail "$3: error does not match /$2/: $BODY"; return; fi
    pass "$3 (HTTP $1)"
}

#!/usr/bin/env bash
# The page of rangemap serve in Debian's Chromium (tests/e2e/browser/page_test.js): offline,
# no console error, a site dragged with the mouse and the table and rings following with the
# API's numbers, keyboard reachability, screenshots at 1280x800 and phone size (kept in
# BUILD_DIR/serve-screenshots to be looked at), and the exported scenario rendered by the CLI.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"

# The browser adds nothing under the sanitizer: the server's requests are tested by serve_api.
if under_sanitizer; then echo "skipped under the sanitizer"; exit 77; fi
[[ -x /usr/bin/chromium ]] || { fail "no /usr/bin/chromium (tools/setup installs it)"; finish; }
[[ -d $SOURCE_DIR/tools/serve/node_modules/playwright-core ]] || { fail "no playwright-core (tools/setup runs npm ci)"; finish; }

shots="${BUILD_DIR:-$WORK}/serve-screenshots"
mkdir -p "$shots"
start_server
if timeout 180 node "$E2E_DIR/browser/page_test.js" "$URL" "$shots"; then
    pass "the page in Chromium"
else
    fail "the page in Chromium (see above)"
fi
stop_server
[[ $STOP_CODE -eq 0 ]] && pass "server stopped, exit 0" || fail "server exit $STOP_CODE"

# The exported scenario is a valid scenario that the CLI draws.
if [[ -s $shots/exported.yaml ]]; then
    run render "$shots/exported.yaml" -o "$WORK/exported.png"
    expect_code 0 "rangemap render of the exported scenario"
    run query "$shots/exported.yaml" --json
    expect_code 0 "rangemap query of the exported scenario"
else
    fail "no exported scenario"
fi
finish

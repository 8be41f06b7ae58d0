#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# cmake --install: the installed tree, moved elsewhere, answers and renders from its own
# share/rangemap with RANGEMAP_DATA unset and the source and build trees hidden (tmpfs over
# them in a private mount namespace); its man page renders and its bash completion completes.
source "$E2E_DIR/lib.sh"
: "${BUILD_DIR:?BUILD_DIR must point at the build folder}"
: "${SOURCE_DIR:?SOURCE_DIR must point at the source tree}"

field() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(eval('d'+sys.argv[2]))" "$1" "$2"; }
# The folder the build was configured with (RANGEMAP_DATA_DIR): CTest passes it as RANGEMAP_DATA.
configured_data=${RANGEMAP_DATA:-$SOURCE_DIR/geodata}

# The build tree's own answer, to compare with the installed binary's.
run distance Kadena Taipei --json
expect_code 0 "build-tree distance Kadena Taipei"
build_distance=$(field "$OUT" "['distance_m']")

# Install, then move the tree: nothing may point at the prefix it was installed to.
if cmake --install "$BUILD_DIR" --prefix "$WORK/p" >"$WORK/install.log" 2>&1; then
    pass "cmake --install"
else
    fail "cmake --install: $(cat "$WORK/install.log")"
    finish
fi
moved="$WORK/moved/usr-local"
mkdir -p "$WORK/moved"
mv "$WORK/p" "$moved"
for f in bin/rangemap share/rangemap/natural_earth_10m.gpkg share/rangemap/bases.csv \
    share/rangemap/article.yaml share/rangemap/standoff_missiles.yaml share/man/man1/rangemap.1 \
    share/rangemap/web/index.html share/rangemap/web/vendor/ol.js \
    share/bash-completion/completions/rangemap; do
    [[ -f $moved/$f ]] && pass "installed $f" || fail "missing $f"
done
[[ -x $moved/bin/rangemap ]] && pass "bin/rangemap is executable" || fail "bin/rangemap is not executable"

# The moved binary, with the source tree, the build tree and the configured data folder hidden.
# Outputs go to $WORK (checked here to lie outside the hidden trees).
case "$WORK/" in
    "$SOURCE_DIR"/* | "$BUILD_DIR"/* | "$configured_data"/*) fail "work folder $WORK lies inside a tree the test hides"; finish ;;
esac
inner=$(
    cat <<'SH'
set -u
work=$1 moved=$2; shift 2
cd "$work" || exit 3
# Deepest first: the build tree usually lies inside the source tree.
for dir in "$@"; do
    if [[ -d $dir ]]; then mount -t tmpfs -o size=1m rangemap-hidden "$dir" || exit 4; fi
done
for dir in "$@"; do
    if [[ -n $(ls -A "$dir" 2>/dev/null) ]]; then echo "still visible: $dir" >&2; exit 5; fi
done
unset RANGEMAP_DATA
"$moved/bin/rangemap" distance Kadena Taipei --json >distance.json 2>distance.err; echo $? >distance.code
"$moved/bin/rangemap" render -o "$work/x.png" >render.out 2>render.err; echo $? >render.code
# The environment still overrides the installed folder.
RANGEMAP_DATA="$work/no-such-folder" "$moved/bin/rangemap" distance Kadena Taipei >override.out 2>override.err
echo $? >override.code
# serve: the page from the installed share/rangemap/web.
"$moved/bin/rangemap" serve --port 0 2>serve.err &
pid=$!
for ((i = 0; i < 600; i++)); do
    url=$(sed -n 's|^rangemap: serving \(http://.*/\)$|\1|p' serve.err)
    [[ -n $url ]] && break
    sleep 0.1
done
[[ -n $url ]] && curl -s -o page.html "$url" && curl -s -o ol.js "${url}vendor/ol.js"
kill -TERM $pid; wait $pid; echo $? >serve.code
exit 0
SH
)
# Under the sanitizer build the leak suppressions are read from the source tree, hidden below.
if [[ ${LSAN_OPTIONS:-} == *suppressions=* ]]; then
    supp=$(sed -nE 's/(^|.*:)suppressions=([^:]*).*/\2/p' <<<"$LSAN_OPTIONS")
    if [[ -f $supp ]]; then
        cp "$supp" "$WORK/lsan.supp"
        export LSAN_OPTIONS=${LSAN_OPTIONS/"$supp"/"$WORK/lsan.supp"}
    fi
fi
hidden=("$BUILD_DIR" "$SOURCE_DIR")
[[ -d $configured_data && $configured_data != "$SOURCE_DIR"/* && $configured_data != "$BUILD_DIR"/* ]] &&
    hidden=("$configured_data" "${hidden[@]}")

unshare_cmd=()
if unshare --mount true 2>/dev/null; then
    unshare_cmd=(unshare --mount --propagation private)
elif unshare --mount --map-root-user true 2>/dev/null; then
    unshare_cmd=(unshare --mount --map-root-user --propagation private)
fi
if ((${#unshare_cmd[@]} == 0)); then
    fail "unshare --mount is not permitted here (needs root or user namespaces): cannot hide the source and build trees, so the installed tree is not tested"
    finish
fi
"${unshare_cmd[@]}" bash -c "$inner" inner "$WORK" "$moved" "${hidden[@]}" 2>"$WORK/unshare.err"
code=$?
if [[ $code -ne 0 ]]; then
    fail "could not hide the source and build trees (exit $code): $(cat "$WORK/unshare.err")"
    finish
fi
pass "source tree, build tree and configured data hidden"

# distance: as the build tree, and as GeographicLib on the coordinates it printed.
if [[ $(cat "$WORK/distance.code") == 0 ]]; then
    pass "installed distance Kadena Taipei (exit 0)"
    json=$(cat "$WORK/distance.json")
    got=$(field "$json" "['distance_m']")
    near "$got" "$build_distance" 1e-6 "installed distance equals the build tree's"
    read -r lat1 lon1 lat2 lon2 < <(field "$json" "['from']['lat'],d['from']['lon'],d['to']['lat'],d['to']['lon']" | tr -d '(),')
    [[ $(field "$json" "['from']['name']") == "Kadena Air Base" ]] && pass "from is Kadena Air Base" ||
        fail "from: $json"
    ref=$(echo "$lat1 $lon1 $lat2 $lon2" | GeodSolve -i -p 6 | awk '{print $3}')
    near "$got" "$ref" 1 "installed distance vs GeodSolve for $lat1,$lon1 $lat2,$lon2"
else
    fail "installed distance: exit $(cat "$WORK/distance.code"): $(cat "$WORK/distance.err")"
fi

# render: the built-in figure (share/rangemap/article.yaml), a 1500x1000 PNG.
if [[ $(cat "$WORK/render.code") == 0 ]]; then
    pass "installed render (exit 0)"
    kind=$(file -b "$WORK/x.png")
    [[ $kind == "PNG image data, 1500 x 1000,"* ]] && pass "x.png: $kind" || fail "x.png is not a 1500x1000 PNG: $kind"
else
    fail "installed render: exit $(cat "$WORK/render.code"): $(cat "$WORK/render.err")"
fi

[[ $(cat "$WORK/override.code") != 0 ]] && grep -q "no-such-folder" "$WORK/override.err" &&
    pass "RANGEMAP_DATA overrides the installed data" ||
    fail "RANGEMAP_DATA=missing folder did not fail naming it: exit $(cat "$WORK/override.code"): $(cat "$WORK/override.err")"

# The man page, from the moved tree.
page=$(MANPAGER=cat MANWIDTH=80 man --manpath="$moved/share/man" rangemap 2>"$WORK/man.err")
if [[ $page == *"RANGEMAP(1)"* && $page == *"EXIT STATUS"* && $page == *RANGEMAP_DATA* ]]; then
    pass "man --manpath prints the page"
else
    fail "man --manpath: $(head -c 300 <<<"$page") $(cat "$WORK/man.err")"
fi
warnings=$(man --warnings -l "$moved/share/man/man1/rangemap.1" 2>&1 >/dev/null)
[[ -z $warnings ]] && pass "man page renders without warnings" || fail "man warnings: $warnings"

# Bash completion: sources cleanly and completes verbs and options.
complete_words() {
    bash --norc --noprofile -c '
        source "$1" || exit 9
        shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _rangemap "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' completion "$moved/share/bash-completion/completions/rangemap" "$@"
}
got=$(complete_words rangemap di)
[[ $got == distance ]] && pass "completes 'rangemap di' to distance" || fail "'rangemap di' completes to: $got"
got=$(complete_words rangemap distance --j)
[[ $got == --json ]] && pass "completes 'rangemap distance --j' to --json" || fail "'rangemap distance --j': $got"
got=$(complete_words rangemap --data x.csv ri)
[[ $got == ring ]] && pass "completes the verb after --data PATH" || fail "'rangemap --data x.csv ri': $got"
got=$(complete_words rangemap render --s)
[[ $got == *--set* && $got == *--size* && $got == *--scale* ]] && pass "render options" || fail "render --s: $got"
# serve: the installed page, with the source and build trees hidden.
if [[ $(cat "$WORK/serve.code") == 0 ]] && cmp -s "$WORK/page.html" "$moved/share/rangemap/web/index.html" &&
    cmp -s "$WORK/ol.js" "$moved/share/rangemap/web/vendor/ol.js"; then
    pass "installed serve: the page and its libraries from share/rangemap/web, exit 0"
else
    fail "installed serve: exit $(cat "$WORK/serve.code"); $(cat "$WORK/serve.err")"
fi
finish

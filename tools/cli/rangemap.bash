# SPDX-License-Identifier: MIT
# bash completion for rangemap: verbs, each verb's options, file names for file options and
# scenario arguments, and the values of --units. Installed as
# share/bash-completion/completions/rangemap (loaded on demand by bash-completion); works
# without bash-completion too (`source rangemap.bash`).

_rangemap() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -n =: || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local verbs="distance ring sector within places render query serve"
    local global_opts="--data --no-default-data --quiet --help --version"

    # The verb is the first word that is not an option or the value of --data.
    local verb="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --data) ((i++)) ;;
            -*) ;;
            *)
                verb=${words[i]}
                break
                ;;
        esac
    done

    # Values of options.
    case $prev in
        --data | --batch | -o | --out | --report)
            _rangemap_files
            return
            ;;
        --units)
            mapfile -t COMPREPLY < <(compgen -W "km mi nmi m" -- "$cur")
            return
            ;;
        --radius | --min-radius | --radials | --azimuth | --width | --tolerance | --vertices | --set | --size | --scale | --crs | --extent | --layer)
            return # free-form values
            ;;
    esac

    local opts
    case $verb in
        "")
            if [[ $cur == -* ]]; then
                opts=$global_opts
            else
                opts=$verbs
            fi
            mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
            return
            ;;
        distance) opts="--units --json --batch -o --out" ;;
        ring) opts="--radius --min-radius --radials --out --tolerance --vertices" ;;
        sector) opts="--azimuth --width --radius --min-radius --radials --out --vertices" ;;
        within) opts="--radius --layer --units --json" ;;
        places) opts="--layer --json" ;;
        render) opts="-o --out --set --size --scale --crs --extent --report" ;;
        query) opts="--set --json --csv" ;;
        serve) opts="--set --port --host --threads" ;;
        *) return ;;
    esac
    # --data, --no-default-data and --quiet are accepted after the verb as well.
    opts="$opts --data --no-default-data --quiet --help"

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    elif [[ $verb == render || $verb == query || $verb == serve ]]; then
        _rangemap_files # the SCENARIO file
    fi
}

# File names (directories too, to descend into them).
_rangemap_files() {
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir
    else
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

complete -F _rangemap rangemap

#!/usr/bin/env bash
# Runs Schemathesis, an OpenAPI-driven property-based fuzzer nobody here wrote, against the
# emulator binary with our description (openapi/authn.yaml), with every one of its checks.
#
# Creates (or reuses) a virtualenv under <cargo target dir>/schemathesis-venv, installs the pinned
# `schemathesis` from PyPI into it, builds and starts the emulator on 127.0.0.1 (a free port, a
# random token), runs `st run` with a bounded number of examples per operation, summarizes the
# checks (summarize.py) and stops the emulator however it ends. Skips (exit 0) when python3 is
# not installed.
#
# Usage, from anywhere:  authn-emulator/schemathesis/run.sh [MAX_EXAMPLES]   (default 100)
set -euo pipefail

# The Schemathesis version this check is pinned to.
SCHEMATHESIS_VERSION="4.32.5"
MAX_EXAMPLES="${1:-100}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
workspace="$(cd "$here/../.." && pwd)"
cd "$workspace"

if ! command -v python3 >/dev/null 2>&1; then
    echo "python3 is not installed: skipping the Schemathesis run."
    exit 0
fi

target_dir="$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
venv="$target_dir/schemathesis-venv"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "Reusing the virtualenv $venv"
else
    echo "Creating a virtualenv in $venv"
    rm -rf "$venv"
    if ! python3 -m venv "$venv"; then
        echo "error: 'python3 -m venv' failed; install the venv module (e.g. apt-get install python3-venv)" >&2
        exit 1
    fi
fi

installed="$("$venv/bin/python" -c '
import importlib.metadata as m
try:
    print(m.version("schemathesis"))
except m.PackageNotFoundError:
    pass
')"
if [ "$installed" = "$SCHEMATHESIS_VERSION" ]; then
    echo "schemathesis==$SCHEMATHESIS_VERSION is already installed in the virtualenv"
else
    echo "Installing schemathesis==$SCHEMATHESIS_VERSION (from PyPI, with its dependencies) into the virtualenv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

echo "Building authn-emulator"
cargo build --quiet -p authn-emulator --bin authn-emulator
emulator_bin="$target_dir/debug/authn-emulator"

token="pts_$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
work="$(mktemp -d)"
emulator_pid=""

cleanup() {
    if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# `exec`, so that $! is the emulator itself, not a subshell that would leave it behind.
(exec "$emulator_bin" --listen 127.0.0.1:0 --token "$token" >"$work/emulator.out") &
emulator_pid=$!

url=""
for _ in $(seq 1 300); do
    line="$(head -n 1 "$work/emulator.out")"
    case "$line" in
        "listening on "*)
            url="${line#listening on }"
            break
            ;;
    esac
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
        echo "error: the emulator exited before listening" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "error: the emulator did not print 'listening on ...' within 30 s" >&2
    exit 1
fi
echo "Emulator listening on $url (pid $emulator_pid); $MAX_EXAMPLES examples per operation"

# The token goes in a header given through the environment-free config file, so that it is not
# on a command line; Schemathesis filters it out of its own output.
cat >"$work/schemathesis.toml" <<TOML
[headers]
Authorization = "Bearer $token"
TOML

status=0
(cd "$work" && SCHEMATHESIS_HOOKS=hooks PYTHONPATH="$here" \
    "$venv/bin/st" --config-file "$work/schemathesis.toml" run "$workspace/openapi/authn.yaml" \
        --url "$url" \
        --max-examples "$MAX_EXAMPLES" \
        --seed 13 \
        --workers 2 \
        --no-color \
        --generation-database none \
        --report ndjson --report-ndjson-path "$work/report.ndjson") || status=$?
"$venv/bin/python" "$here/summarize.py" "$work/report.ndjson" || status=1
exit "$status"

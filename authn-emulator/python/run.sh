#!/usr/bin/env bash
# Checks Pangea's official Python SDK against authn-emulator.
# The check also makes one call that the emulator is scripted to fail once (the SDK retries it)
# and one that it accepts with a 202 (the SDK polls it), through the /_emulator/faults routes.
#
# Creates (or reuses) a virtualenv under <cargo target dir>/python-venv, installs the pinned
# `pangea-sdk` from PyPI into it, builds and starts the emulator on 127.0.0.1 (a free port, a
# random token), runs check_python_sdk.py against it, and stops the emulator however it ends.
# Skips (exit 0) when python3 is not installed.
#
# Usage, from anywhere (e.g. the workspace root):  authn-emulator/python/run.sh
set -euo pipefail

# The Python SDK version this check is pinned to.
PANGEA_SDK_VERSION="6.13.0"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
workspace="$(cd "$here/../.." && pwd)"
cd "$workspace"

if ! command -v python3 >/dev/null 2>&1; then
    echo "python3 is not installed: skipping the Python SDK check."
    exit 0
fi

target_dir="$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
venv="$target_dir/python-venv"

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
    print(m.version("pangea-sdk"))
except m.PackageNotFoundError:
    pass
')"
if [ "$installed" = "$PANGEA_SDK_VERSION" ]; then
    echo "pangea-sdk==$PANGEA_SDK_VERSION is already installed in the virtualenv"
else
    echo "Installing pangea-sdk==$PANGEA_SDK_VERSION (Pangea's official Python SDK, from PyPI, with its dependencies) into the virtualenv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pangea-sdk==$PANGEA_SDK_VERSION"
fi

echo "Building authn-emulator"
cargo build --quiet -p authn-emulator --bin authn-emulator
emulator_bin="$target_dir/debug/authn-emulator"

token="pts_$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
emulator_out="$(mktemp)"
emulator_pid=""

cleanup() {
    if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
    fi
    rm -f "$emulator_out"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# `exec`, so that $! is the emulator itself, not a subshell that would leave it behind.
(exec "$emulator_bin" --listen 127.0.0.1:0 --token "$token" >"$emulator_out") &
emulator_pid=$!

# The first line on the emulator's stdout is exactly `listening on http://<addr>`.
url=""
for _ in $(seq 1 300); do
    line="$(head -n 1 "$emulator_out")"
    case "$line" in
        "listening on "*)
            url="${line#listening on }"
            break
            ;;
    esac
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
        echo "error: the emulator exited before listening" >&2
        cat "$emulator_out" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "error: the emulator did not print 'listening on ...' within 30 s" >&2
    exit 1
fi
echo "Emulator listening on $url (pid $emulator_pid)"

AUTHN_EMULATOR_URL="$url" AUTHN_EMULATOR_TOKEN="$token" \
    "$venv/bin/python" "$here/check_python_sdk.py"

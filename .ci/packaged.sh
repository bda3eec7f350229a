#!/usr/bin/env bash
# The published crates as a user gets them: `cargo package --workspace --locked` packages every
# member and verifies that each builds from its packaged files alone (path dependencies resolve
# through a temporary local registry). Then the three publishable crates are unpacked from
# their .crate files into a scratch workspace that also holds `tests/adoption` (a user's
# project), with [patch.crates-io] pointing at the unpacked crates, and all their tests run
# there: unit, integration and doc tests, from the packaged files only.
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo unpacks the temporary registry's crates into $CARGO_HOME/registry/src/<hash>/, where
# <hash> depends on the registry's path, and reuses a directory already there without
# checking it: a second run from a clone at the same path would verify against the first
# run's sources. Our crates are not on crates.io, so any copy there is such a leftover.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
rm -rf "$cargo_home"/registry/src/*/authn-{api,emulator,sdk,tests,bench}-[0-9]* \
    "$cargo_home"/registry/src/*/xtask-[0-9]* \
    "$cargo_home"/registry/cache/*/authn-{api,emulator,sdk,tests,bench}-[0-9]*.crate \
    "$cargo_home"/registry/cache/*/xtask-[0-9]*.crate

cargo package --workspace --locked

scratch=target/packaged
rm -rf "$scratch"
mkdir -p "$scratch"
version=$(cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "authn-sdk"))')
crates=(authn-api authn-emulator authn-sdk)
patch=""
for crate in "${crates[@]}"; do
    tar -xzf "target/package/$crate-$version.crate" -C "$scratch"
    patch+="$crate = { path = \"$crate-$version\" }"$'\n'
done
cp -r tests/adoption "$scratch/adoption"
cat > "$scratch/Cargo.toml" <<TOML
[workspace]
resolver = "3"
members = ["authn-api-$version", "authn-emulator-$version", "authn-sdk-$version", "adoption"]

[patch.crates-io]
$patch
TOML
# The workspace's lock file, so that every other dependency keeps the version the workspace
# tested; cargo only adds the scratch workspace's own members to it.
cp Cargo.lock "$scratch/Cargo.lock"
cargo test --manifest-path "$scratch/Cargo.toml" --workspace

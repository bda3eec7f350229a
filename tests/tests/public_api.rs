//! A snapshot of `authn-sdk`'s public API: every public item and signature, with the auto
//! traits (`Send`, `Sync`, ...) each type implements, with the optional `jwt` and `chrono`
//! features on. Any change to the public surface shows up here as a snapshot diff in review,
//! and fails under `CI=true`.
//!
//! The items come from rustdoc's JSON output, which stable rustdoc writes when
//! `RUSTC_BOOTSTRAP=1` unlocks `-Z unstable-options` (as cargo-semver-checks does). It is
//! built into its own target directory, so the test never waits on the lock of the build that
//! runs it. To accept a change: `INSTA_UPDATE=always cargo test -p authn-tests --test
//! public_api`, then read the diff of `tests/tests/snapshots/public_api__authn_sdk.snap`.

use std::path::Path;
use std::process::Command;

#[test]
fn authn_sdk_public_api() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace");
    let target = workspace.join("target").join("public-api");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .current_dir(workspace)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", &target)
        .args([
            "rustdoc",
            "--quiet",
            "--locked",
            "-p",
            "authn-sdk",
            "--features",
            "jwt,chrono",
            "--lib",
            "--",
        ])
        .args(["-Z", "unstable-options", "--output-format", "json"])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo rustdoc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = target.join("doc").join("authn_sdk.json");
    let api = public_api::Builder::from_rustdoc_json(&json)
        .omit_blanket_impls(true)
        .build()
        .unwrap_or_else(|e| {
            panic!(
                "{} is not rustdoc JSON that public-api reads: {e}",
                json.display()
            )
        });
    let listing: String = api.items().map(|item| format!("{item}\n")).collect();
    insta::assert_snapshot!("authn_sdk", listing);
}

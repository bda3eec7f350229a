//! Snapshots of the code progenitor generates from the small descriptions in `tests/fixtures/`.
//!
//! Each fixture holds one shape the real description relies on (a string enum, string maps with
//! and without null values, an "exactly one of" body, a shared 4XX/5XX error envelope). The code
//! is generated with plain settings (builder interface, merged tags, no inner type, no hooks), so
//! the snapshots show what progenitor itself does with the shape.
//!
//! A change of the progenitor version or of the settings shows up here as a snapshot diff, and
//! `CI=true` makes the test fail rather than write a `.snap.new` file. To review a change, run
//! `cargo insta review` (with `cargo-insta` installed), or accept every change with
//! `INSTA_UPDATE=always cargo test -p authn-tests --test generator_snapshots` and read the diff
//! of `tests/tests/snapshots/` in git.

use std::path::Path;

use progenitor::{GenerationSettings, InterfaceStyle, TagStyle};

fn plain_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged);
    settings
}

/// Generates the client for `tests/fixtures/<name>.yaml` and compares it with the `<name>` snapshot.
fn snapshot(name: &str) {
    let file = format!("{name}.yaml");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(&file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let code =
        xtask::generate_with(&file, &text, &plain_settings()).unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!(name, code);
}

#[test]
fn enum_fixture() {
    snapshot("enum");
}

#[test]
fn string_map_fixture() {
    snapshot("string_map");
}

#[test]
fn exactly_one_fixture() {
    snapshot("exactly_one");
}

#[test]
fn error_response_fixture() {
    snapshot("error_response");
}

//! `cargo xtask` works on the checkout it is run in, even when another checkout of the
//! workspace shares its target directory (and so its xtask binary).
//!
//! The test copies the workspace (without `target/` and `.git/`), changes the copy's
//! description, runs the xtask binary the original built for the copy (as a shared target
//! directory reuses it), and runs `cargo xtask generate` in the copy with this workspace's
//! target directory: the copy's generated file must change, this workspace's must not, and
//! each checkout's `--check` must judge its own files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is in the workspace")
        .to_path_buf()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a directory");
    for entry in std::fs::read_dir(from).expect("readable") {
        let entry = entry.expect("an entry");
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        if entry.file_type().expect("a type").is_dir() {
            copy_tree(&source, &dest);
        } else {
            std::fs::copy(&source, &dest).expect("copied");
        }
    }
}

/// `cargo xtask ARGS` in `dir`, building into `target`.
fn xtask(dir: &Path, target: &Path, args: &[&str]) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    Command::new(cargo)
        .current_dir(dir)
        .arg("xtask")
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        // The outer `cargo test` sets it for this process; the child must find its own.
        .env_remove("CARGO_MANIFEST_DIR")
        .output()
        .expect("cargo runs")
}

#[test]
fn each_checkout_generates_its_own_files_with_a_shared_target_dir() {
    let original = workspace();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| original.join("target"));
    let copy =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("xtask-copy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(&original, &copy);
    let generated = "authn-api/src/generated.rs";
    let before = std::fs::read_to_string(original.join(generated)).expect("readable");

    // Build (or reuse) the binary from the original checkout first.
    let out = xtask(&original, &target, &["generate", "--check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A change only the copy has: a new sentence in a schema's description.
    let spec = copy.join("openapi/authn.yaml");
    let text = std::fs::read_to_string(&spec).expect("readable");
    let marker = "The fields that the service orders a user list by.";
    assert!(text.contains(marker));
    std::fs::write(
        &spec,
        text.replace(marker, "The fields that the copy orders a user list by."),
    )
    .expect("written");

    // The binary the original built, run for the copy as a reused binary is: by `cargo run`
    // (which sets CARGO_MANIFEST_DIR to the copy's xtask) or directly from the copy.
    let binary = target
        .join("debug")
        .join(format!("xtask{}", std::env::consts::EXE_SUFFIX));
    let reused = |manifest_dir: Option<&Path>| {
        let mut command = Command::new(&binary);
        command.current_dir(&copy).args(["generate", "--check"]);
        command.env_remove("CARGO_MANIFEST_DIR");
        if let Some(dir) = manifest_dir {
            command.env("CARGO_MANIFEST_DIR", dir);
        }
        command.output().expect("the binary runs")
    };
    for out in [reused(Some(&copy.join("xtask"))), reused(None)] {
        assert!(
            !out.status.success(),
            "the reused binary must check the copy"
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("copy orders"));
    }

    let out = xtask(&copy, &target, &["generate", "--check"]);
    assert!(
        !out.status.success(),
        "the copy is out of date, and its check must see it"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("copy orders"));

    let out = xtask(&copy, &target, &["generate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let copied = std::fs::read_to_string(copy.join(generated)).expect("readable");
    assert!(copied.contains("The fields that the copy orders a user list by."));
    assert_eq!(
        std::fs::read_to_string(original.join(generated)).expect("readable"),
        before,
        "the original checkout was not touched"
    );
    let out = xtask(&original, &target, &["generate", "--check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&copy);
}

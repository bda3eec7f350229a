//! `cargo xtask generate [--check]`: write or check `authn-api/src/generated.rs`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask generate [--check]\n\
  generate          regenerate authn-api/src/generated.rs from openapi/authn.yaml\n\
  generate --check  fail if the checked-in file differs from what would be generated";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate"] => run(false),
        ["generate", "--check"] => run(true),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The root of the workspace being worked in, found at run time.
///
/// Not the compile-time `env!("CARGO_MANIFEST_DIR")`: with a target directory shared by two
/// checkouts, a binary built in one is reused by the other, and would read and write the first.
/// `cargo run` (which `cargo xtask` is) sets `CARGO_MANIFEST_DIR` for the process it starts,
/// naming the xtask directory of the checkout it runs in; run another way, cargo is asked where
/// the workspace of the current directory is.
fn workspace_root() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
        // xtask lives one level below the workspace root.
        return Path::new(&dir)
            .parent()
            .map(Path::to_path_buf)
            .ok_or_else(|| "CARGO_MANIFEST_DIR has no parent directory".to_string());
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .output()
        .map_err(|e| format!("cannot run `cargo locate-project`: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo locate-project --workspace` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let manifest = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    manifest
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{} has no parent directory", manifest.display()))
}

fn run(check: bool) -> ExitCode {
    let root = match workspace_root() {
        Ok(root) => root,
        Err(e) => {
            eprintln!("error: cannot find the workspace: {e}");
            return ExitCode::FAILURE;
        }
    };
    let spec_file = root.join(xtask::SPEC_PATH);
    let out_file = root.join(xtask::OUTPUT_PATH);
    let spec_text = match std::fs::read_to_string(&spec_file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", spec_file.display());
            return ExitCode::FAILURE;
        }
    };
    let code = match xtask::generate(xtask::SPEC_PATH, &spec_text) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let current = std::fs::read_to_string(&out_file)
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if current == code {
            println!(
                "{} is up to date with {}",
                xtask::OUTPUT_PATH,
                xtask::SPEC_PATH
            );
            ExitCode::SUCCESS
        } else {
            eprintln!(
                "error: {} is out of date relative to {}; run `cargo xtask generate` and commit the result.\n{}",
                xtask::OUTPUT_PATH,
                xtask::SPEC_PATH,
                xtask::diff_summary(&current, &code, 40)
            );
            ExitCode::FAILURE
        }
    } else {
        if let Err(e) = std::fs::write(&out_file, &code) {
            eprintln!("error: cannot write {}: {e}", out_file.display());
            return ExitCode::FAILURE;
        }
        println!(
            "wrote {} ({} lines)",
            xtask::OUTPUT_PATH,
            code.lines().count()
        );
        ExitCode::SUCCESS
    }
}

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

fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn run(check: bool) -> ExitCode {
    let root = workspace_root();
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

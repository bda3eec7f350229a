//! The npm-installed peers: Pangea's official Node SDK (a contender, `bench/node/bench.cjs`)
//! and Prism (see `mock.rs`). Each is installed by the harness with the machine's `npm` into a
//! folder of its own under the target directory, never into the repository.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::client::Workload;
use crate::host::{self, Server};
use crate::measure::Sample;

/// The pinned version of Pangea's official Node SDK.
pub const PANGEA_NODE_SDK_VERSION: &str = "5.6.0";

/// The Node SDK contender: ready, or why not.
#[derive(Debug, Clone)]
pub enum Node {
    Ready {
        node: PathBuf,
        /// The folder holding `package.json` and `node_modules/pangea-node-sdk`.
        modules: PathBuf,
        /// `v20.20.2`
        node_version: String,
    },
    Skipped(String),
}

/// The `version` of an installed npm package, from its `package.json`.
pub fn installed_version(dir: &Path, package: &str) -> Option<String> {
    let manifest = dir.join("node_modules").join(package).join("package.json");
    let text = std::fs::read_to_string(manifest).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value.get("version")?.as_str().map(str::to_string)
}

/// The `package.json` of a folder that holds exactly `package@version`.
pub fn package_json(name: &str, package: &str, version: &str) -> String {
    let manifest = serde_json::json!({
        "name": name,
        "private": true,
        "description": "Installed by authn-bench; not part of the repository.",
        "dependencies": { package: version },
    });
    format!("{manifest:#}\n")
}

/// Installs `package@version` (exact) into `dir` with npm, unless it is there already.
/// Returns the versions of `node` and `npm`, or why it cannot.
pub fn npm_install(dir: &Path, package: &str, version: &str, what: &str) -> Result<String, String> {
    let Some(node) = host::output(Path::new("node"), &["--version"]) else {
        return Err(format!(
            "Node.js (`node`) is not installed or does not run; install Node.js 20 or later to \
             run {what}"
        ));
    };
    let Some(npm) = host::output(Path::new("npm"), &["--version"]) else {
        return Err(format!(
            "`npm` is not installed or does not run (Node.js {node} is); install npm to run {what}"
        ));
    };
    if installed_version(dir, package).as_deref() == Some(version) {
        println!(
            "Using {package}@{version}, already installed in {}",
            dir.display()
        );
        return Ok(node);
    }
    println!(
        "Installing {package}@{version} ({what}) and its dependencies from the npm registry into \
         {} with npm {npm} (Node.js {node})",
        dir.display()
    );
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let folder = dir.file_name().map_or_else(
        || "authn-bench-peer".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    std::fs::write(
        dir.join("package.json"),
        package_json(&folder, package, version),
    )
    .map_err(|e| format!("cannot write {}/package.json: {e}", dir.display()))?;
    let mut command = Command::new("npm");
    command
        .args([
            "install",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--save-exact",
        ])
        .current_dir(dir)
        // Prism depends on @scarf/scarf, whose install script reports the download to a third
        // party unless told not to.
        .env("SCARF_ANALYTICS", "false");
    let installed = host::run_to_end(
        command,
        &format!("`npm install {package}@{version}`"),
        Duration::from_secs(600),
    );
    match (installed, installed_version(dir, package)) {
        (Ok(_), Some(v)) if v == version => Ok(node),
        (Err(e), _) => Err(format!("{e} (in {})", dir.display())),
        (Ok(_), found) => Err(format!(
            "`npm install` in {} left {package} at {found:?}, not {version}",
            dir.display()
        )),
    }
}

/// Installs (or reuses) the Node SDK in `dir`.
pub fn node_env(dir: &Path) -> Node {
    match npm_install(
        dir,
        "pangea-node-sdk",
        PANGEA_NODE_SDK_VERSION,
        "Pangea's official Node SDK",
    ) {
        Ok(node_version) => {
            println!(
                "Node SDK contender: pangea-node-sdk {PANGEA_NODE_SDK_VERSION} on Node.js \
                 {node_version}"
            );
            Node::Ready {
                node: PathBuf::from("node"),
                modules: dir.to_path_buf(),
                node_version,
            }
        }
        Err(why) => Node::Skipped(why),
    }
}

/// The workloads the Node SDK runs (as the Python SDK's targets compare them).
pub fn runs(workload: Workload) -> bool {
    matches!(
        workload,
        Workload::Sequential | Workload::Concurrent | Workload::Mixed
    )
}

/// Runs one workload with the Node SDK against `server`.
pub fn run_node(
    node: &Path,
    modules: &Path,
    workload: Workload,
    n: usize,
    server: &Server,
) -> Result<Sample, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("node/bench.cjs");
    let mut command = Command::new(node);
    command.arg(&script).arg("--modules").arg(modules);
    let what = format!("the Node SDK client ({})", workload.name());
    host::run_client(
        command,
        workload,
        n,
        server,
        &what,
        Duration::from_secs(900),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_package_json_pins_one_exact_version() {
        let text = package_json("bench-node", "pangea-node-sdk", "5.6.0");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(value["dependencies"]["pangea-node-sdk"], "5.6.0");
        assert_eq!(value["private"], true);
        assert_eq!(value["dependencies"].as_object().map(|o| o.len()), Some(1));
    }

    #[test]
    fn an_installed_version_is_read_from_the_package() {
        let dir = std::env::temp_dir().join(format!("authn-bench-npm-{}", std::process::id()));
        let package = dir.join("node_modules/@scope/thing");
        std::fs::create_dir_all(&package).expect("mkdir");
        assert_eq!(installed_version(&dir, "@scope/thing"), None);
        std::fs::write(package.join("package.json"), r#"{"version":"1.2.3"}"#).expect("write");
        assert_eq!(
            installed_version(&dir, "@scope/thing").as_deref(),
            Some("1.2.3")
        );
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}

//! Workspace-level tests live in `tests/tests/`; this library holds what several of them read.

use std::path::{Path, PathBuf};

/// The workspace's root directory.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
        .to_path_buf()
}

/// `openapi/authn.yaml`, the description, as JSON.
pub fn description() -> serde_json::Value {
    let text = std::fs::read_to_string(workspace().join("openapi/authn.yaml"))
        .expect("the description is readable");
    serde_yaml_ng::from_str(&text).expect("the description is YAML")
}

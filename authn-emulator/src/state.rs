//! State that survives a restart: the store written to a file and read back.
//!
//! With [`EmulatorConfig::state_file`](crate::EmulatorConfig::state_file) (the binary's
//! `--state FILE`), the emulator loads the file when it starts (an absent file is an empty
//! store), and writes it when it stops and on `POST /_emulator/snapshot`. Everything is kept:
//! users with every field, their order of creation (which orders lists and ties, and which
//! cursors point into), passwords, authenticators, unused login codes and live tokens. Answers
//! held back behind a 202 and scripted faults are not.
//!
//! A write is atomic: the snapshot goes to a temporary file in the same directory, which is
//! flushed to disk and then renamed over the state file, so a crash leaves the old file or the
//! new one, never half of one. The file holds the emulator's test secrets (passwords, codes,
//! tokens), so it is created readable by its owner only, and no error message quotes its
//! content.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use authn_api::types::{Authenticator, User};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the file says it is.
const FORMAT: &str = "authn-emulator-state";
/// The version of the layout below.
const VERSION: u32 = 1;

/// The whole store, as written to the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Snapshot {
    pub format: String,
    pub version: u32,
    /// Users in creation order.
    pub users: Vec<UserState>,
    /// Unused login codes, sorted.
    pub codes: Vec<CodeState>,
    /// Issued tokens, sorted.
    pub tokens: Vec<TokenState>,
    /// The creation number of the last user created (deleted ones included).
    pub next_seq: u64,
}

impl Snapshot {
    pub(crate) fn new(
        users: Vec<UserState>,
        codes: Vec<CodeState>,
        tokens: Vec<TokenState>,
        next_seq: u64,
    ) -> Self {
        Self {
            format: FORMAT.to_string(),
            version: VERSION,
            users,
            codes,
            tokens,
            next_seq,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserState {
    pub user: User,
    pub password: Option<String>,
    pub authenticators: Vec<Authenticator>,
    pub seq: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeState {
    pub code: String,
    pub user_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TokenState {
    pub token: String,
    pub user_id: String,
    pub expire: DateTime<Utc>,
}

/// Why a state file could not be read or written. The messages name the file and the place
/// of a problem, never the file's content, which holds secrets.
#[derive(Debug)]
pub enum StateError {
    /// The file could not be read, written or renamed.
    Io {
        /// The file (or the temporary file) concerned.
        path: PathBuf,
        /// What the system said.
        error: std::io::Error,
    },
    /// The file is not an emulator state file, or is damaged.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Where the problem is (line, column), when known.
        at: Option<(usize, usize)>,
        /// The problem, without any value from the file.
        problem: String,
    },
    /// The emulator was not started with a state file.
    NoStateFile,
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            StateError::Invalid { path, at, problem } => {
                write!(f, "{} is not a valid emulator state file", path.display())?;
                if let Some((line, column)) = at {
                    write!(f, " (line {line}, column {column})")?;
                }
                write!(f, ": {problem}")
            }
            StateError::NoStateFile => f.write_str("the emulator was started without a state file"),
        }
    }
}

impl std::error::Error for StateError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StateError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// Reads a state file; `Ok(None)` when there is none yet.
pub(crate) fn load(path: &Path) -> Result<Option<Snapshot>, StateError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(StateError::Io {
                path: path.to_path_buf(),
                error,
            });
        }
    };
    let invalid = |at, problem: &str| StateError::Invalid {
        path: path.to_path_buf(),
        at,
        problem: problem.to_string(),
    };
    // serde's messages can quote a value of the file: only the position and the kind are kept.
    let snapshot: Snapshot = serde_json::from_slice(&bytes).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Io => "it could not be read",
            serde_json::error::Category::Syntax => "it is not JSON",
            serde_json::error::Category::Data => "a field is missing, unknown or of the wrong type",
            serde_json::error::Category::Eof => "it ends too early",
        };
        invalid(Some((e.line(), e.column())), kind)
    })?;
    if snapshot.format != FORMAT {
        return Err(invalid(None, "its `format` is not authn-emulator-state"));
    }
    if snapshot.version != VERSION {
        return Err(invalid(
            None,
            &format!(
                "its version is {}; this emulator reads version {VERSION}",
                snapshot.version
            ),
        ));
    }
    Ok(Some(snapshot))
}

/// Marks a loaded snapshot inconsistent (two users with one email, a code of no user...).
pub(crate) fn inconsistent(path: &Path, problem: &str) -> StateError {
    StateError::Invalid {
        path: path.to_path_buf(),
        at: None,
        problem: problem.to_string(),
    }
}

static TEMPORARIES: AtomicU64 = AtomicU64::new(0);

/// Writes `snapshot` to `path` atomically: a temporary file beside it, flushed, then renamed.
pub(crate) fn save(path: &Path, snapshot: &Snapshot) -> Result<(), StateError> {
    let bytes = serde_json::to_vec_pretty(snapshot).map_err(|_| StateError::Invalid {
        path: path.to_path_buf(),
        at: None,
        problem: "the state could not be written as JSON".to_string(),
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state".to_string());
    let temporary = path.with_file_name(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        TEMPORARIES.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // The file holds test passwords, codes and tokens.
            options.mode(0o600);
        }
        let mut file = options.open(&temporary)?;
        file.write_all(&bytes)?;
        file.sync_all()
    })();
    if let Err(error) = written.and_then(|()| std::fs::rename(&temporary, path)) {
        let _ = std::fs::remove_file(&temporary);
        return Err(StateError::Io {
            path: path.to_path_buf(),
            error,
        });
    }
    Ok(())
}

//! State that survives a restart: the store written to a file and read back.
//!
//! With [`EmulatorConfig::state_file`](crate::EmulatorConfig::state_file) (the binary's
//! `--state FILE`), the emulator loads the file when it starts (an absent file is an empty
//! store), and writes it when it stops and on `POST /_emulator/snapshot`. What each area keeps
//! is its own (see `crate::store`); this module reads and writes the file.
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

use serde::Serialize;
use serde::de::DeserializeOwned;

/// What the file says it is.
pub(crate) const FORMAT: &str = "authn-emulator-state";
/// The version of the layout this emulator writes.
pub(crate) const VERSION: u32 = 2;
/// The versions it reads: version 1 (before sessions, signing keys and invites) is read as a
/// version 2 file without them, its tokens each becoming a session of its own.
const READS: [u32; 2] = [1, 2];

/// What every state file starts with.
pub(crate) trait Header {
    fn format(&self) -> &str;
    fn version(&self) -> u32;
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
pub(crate) fn load<T: DeserializeOwned + Header>(path: &Path) -> Result<Option<T>, StateError> {
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
    let snapshot: T = serde_json::from_slice(&bytes).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Io => "it could not be read",
            serde_json::error::Category::Syntax => "it is not JSON",
            serde_json::error::Category::Data => "a field is missing, unknown or of the wrong type",
            serde_json::error::Category::Eof => "it ends too early",
        };
        invalid(Some((e.line(), e.column())), kind)
    })?;
    if snapshot.format() != FORMAT {
        return Err(invalid(None, "its `format` is not authn-emulator-state"));
    }
    if !READS.contains(&snapshot.version()) {
        return Err(invalid(
            None,
            &format!(
                "its version is {}; this emulator reads versions 1 and {VERSION}",
                snapshot.version()
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
pub(crate) fn save(path: &Path, snapshot: &impl Serialize) -> Result<(), StateError> {
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
    // The rename is durable once the directory is synced (a crash could otherwise bring the
    // old file back after "State saved").
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        std::fs::File::open(dir)
            .and_then(|dir| dir.sync_all())
            .map_err(|error| StateError::Io {
                path: path.to_path_buf(),
                error,
            })?;
    }
    Ok(())
}

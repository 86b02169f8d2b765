//! The core's errors. The gRPC edge maps each variant to one status code; nothing in the core
//! knows about status codes.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum CoreError {
    /// The caller sent something unusable; the message says what to fix.
    #[error("{0}")]
    InvalidArgument(String),
    /// A named thing (an article id) does not exist.
    #[error("{0}")]
    NotFound(String),
    /// A size or rate limit was exceeded.
    #[error("{0}")]
    ResourceExhausted(String),
    /// The index directory cannot be used as it is.
    #[error("index at {path}: {reason}")]
    BadIndex { path: String, reason: String },
    #[error("index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("index directory: {0}")]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// A bug or an impossible state; logged in full, reported generically.
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong when building an [`Analyzer`](crate::Analyzer).
///
/// Analysing text never fails; only loading data can.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A data file or string has a malformed line. Nothing of it was loaded.
    Data {
        /// The file's path, or a name such as `"<string>"` for in-memory data.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        problem: String,
    },
    /// No bundled domain pack has this name.
    UnknownDomain {
        /// The name asked for.
        name: String,
        /// The bundled packs.
        known: Vec<String>,
    },
    /// A data file could not be read.
    Io {
        /// The file's path.
        path: String,
        /// The underlying error.
        error: std::io::Error,
    },
}

impl Error {
    /// Read a data file: its display name (for errors) and text.
    pub(crate) fn read_file(path: &std::path::Path) -> Result<(String, String), Error> {
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((name, text)),
            Err(error) => Err(Error::Io { path: name, error }),
        }
    }

    pub(crate) fn data(source_name: &str, line: usize, problem: impl Into<String>) -> Self {
        Error::Data {
            source_name: source_name.to_string(),
            line,
            problem: problem.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data {
                source_name,
                line,
                problem,
            } => write!(f, "{source_name}:{line}: {problem}"),
            Error::Io { path, error } => write!(f, "cannot read {path}: {error}"),
            Error::UnknownDomain { name, known } => {
                write!(f, "unknown domain {name:?}; bundled: {}", known.join(", "))
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { error, .. } => Some(error),
            Error::Data { .. } | Error::UnknownDomain { .. } => None,
        }
    }
}

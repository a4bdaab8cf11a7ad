//! Why a run stopped, and the exit code and message that go with it.

use std::io::{self, Write};
use std::process::ExitCode;

/// A reason to stop before the end of the input.
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments or configuration (missing CSV column, bad lexicon): exit 2.
    Usage(String),
    /// A malformed record without `--keep-going`: exit 2.
    BadRecord {
        source: String,
        line: u64,
        problem: String,
    },
    /// Reading the input or writing the output failed: exit 1.
    Io(String),
    /// stdout was closed by the reader (e.g. `| head`): a normal, quiet end.
    BrokenPipe,
}

impl Failure {
    /// An error writing to stdout; a closed pipe is a quiet success.
    pub fn output(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Io(format!("cannot write output: {error}"))
        }
    }

    /// An error reading the named input.
    pub fn input(name: &str, error: io::Error) -> Self {
        Failure::Io(format!("cannot read {name}: {error}"))
    }

    /// Print the message (if any) on stderr and give the exit code.
    pub fn report(&self) -> ExitCode {
        let message = match self {
            Failure::BrokenPipe => return ExitCode::SUCCESS,
            Failure::Usage(message) | Failure::Io(message) => message.clone(),
            Failure::BadRecord {
                source,
                line,
                problem,
            } => format!(
                "{source}: line {line}: {problem}\n\
                 (use --keep-going to report malformed records in the output and continue)"
            ),
        };
        // Never panic over a closed stderr.
        let _ = writeln!(io::stderr().lock(), "cxscore: error: {message}");
        match self {
            Failure::Io(_) => ExitCode::from(1),
            _ => ExitCode::from(2),
        }
    }
}

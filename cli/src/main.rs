//! `cxscore`: score customer comments from the command line.
//!
//! Structure: [`args`] declares the command line, [`input`] turns each
//! input format into a stream of records, [`output`] writes JSON lines,
//! [`score`] drives them (one record at a time, or in bounded chunks on a
//! thread pool with [`parallel`]), and [`failure`] maps every way a run can
//! stop to a message and an exit code.
#![forbid(unsafe_code)]

mod args;
mod failure;
mod input;
mod output;
mod parallel;
mod progress;
mod score;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match &cli.command {
        args::Command::Score(score_args) => score::run(score_args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

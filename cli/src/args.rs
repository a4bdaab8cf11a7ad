//! Command-line arguments (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Explainable scoring of customer comments: sentiment, emotions, relevance,
/// resonance and customer-experience signals, one JSON object per comment.
#[derive(Debug, Parser)]
#[command(name = "cxscore", version, propagate_version = true)]
#[command(after_help = "Run `cxscore score --help` for input formats, output and exit codes.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score comments read from a file or stdin; write one JSON analysis per comment.
    #[command(long_about = SCORE_ABOUT, after_long_help = SCORE_AFTER_HELP)]
    Score(ScoreArgs),
}

const SCORE_ABOUT: &str = "\
Score comments read from FILE (or stdin) and write one JSON analysis per input
record to stdout, one per line, in input order.

The input is streamed: with --threads 1 one record at a time; otherwise in
chunks of up to 4096 records or about 8 MB of text, each scored in parallel
and written in input order before the next is read. Either way, files of any
size work in bounded memory, and the output is the same byte for byte.";

const SCORE_AFTER_HELP: &str = "\
Input formats:
  text   One comment per line. Every line is a record, empty lines included
         (they score as neutral). A trailing '\\r' (CRLF files) is removed.
  jsonl  One JSON object per line with a string field `text` and an optional
         `id` (string or number). The id is echoed back in the output as the
         string field `id`. Other fields are ignored.
  csv    A header row, then one record per row. --text-column names the
         comment's column; --id-column optionally names an id column that is
         echoed as `id`. Quoted fields may span lines.

Output:
  One JSON object per record on its own line, e.g.
    {\"id\":\"17\",\"sentiment\":{\"compound\":0.6249,\"label\":\"positive\",...},...}

Malformed records:
  Invalid UTF-8, a line that is not a JSON object with a string `text`, or a
  CSV row with the wrong number of fields stops the run with exit code 2 and a
  message naming the record's 1-based line number; everything scored before it
  has been written. With --keep-going the record's place in the output holds
    {\"line\":N,\"error\":\"...\"}
  instead and the run goes on, so the output always has exactly one line per
  input record.

Exit codes:
  0  success (also when stdout is closed early, e.g. `| head`)
  1  I/O error: the input cannot be read or the output cannot be written
  2  usage error, unreadable or malformed --lexicon or --taxonomy, unknown
     --domain, missing CSV column, or a
     malformed record (without --keep-going)

Examples:
  cxscore score comments.txt > scores.jsonl
  cxscore score --threads 4 big.txt > scores.jsonl
  cxscore score --domain hotel --taxonomy my_terms.tsv reviews.txt
  cat reviews.jsonl | cxscore score --format jsonl --keep-going
  cxscore score --format csv --text-column body --id-column review_id reviews.csv";

/// Arguments of `cxscore score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Input file; stdin when absent or `-`.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Input format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// CSV column holding the comment text (required with --format csv).
    #[arg(long, value_name = "NAME", required_if_eq("format", "csv"))]
    pub text_column: Option<String>,

    /// CSV column holding an identifier to echo back as `id` (csv only).
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,

    /// Sentiment rules: `customer` (VADER made right for customer comments) or
    /// `vader` (vaderSentiment 3.3.2's numbers, for migrating users).
    #[arg(long, value_enum, default_value_t = ProfileArg::Customer)]
    pub profile: ProfileArg,

    /// Custom lexicon merged over the bundled one: `term<TAB>value` lines
    /// (see the cxscore docs). May be given several times; later files win.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,

    /// Domain pack of touchpoint terms loaded over the default taxonomy:
    /// airline, banking, hotel, restaurant, retail, saas or telecom.
    #[arg(long, value_name = "NAME")]
    pub domain: Option<String>,

    /// Your own taxonomy file (`term<TAB>touchpoint` lines, see the cxscore
    /// docs) loaded over the default taxonomy or --domain. May be given
    /// several times; later files win.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Vec<PathBuf>,

    /// On a malformed record, write {"line":N,"error":"..."} in its place and
    /// continue instead of stopping with exit code 2.
    #[arg(long)]
    pub keep_going: bool,

    /// Number of scoring threads [default: the number of CPUs available].
    /// With 1, records are scored one at a time as they are read, with no
    /// thread pool. The output does not depend on N.
    #[arg(long, value_name = "N", value_parser = parse_threads)]
    pub threads: Option<usize>,
}

/// Upper bound of `--threads`.
const MAX_THREADS: usize = 1024;

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(n),
        _ => Err(format!("expected a whole number from 1 to {MAX_THREADS}")),
    }
}

/// Input format of `cxscore score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One comment per line.
    Text,
    /// One JSON object per line: {"text": "...", "id": ...}.
    Jsonl,
    /// CSV with a header row; see --text-column and --id-column.
    Csv,
}

/// Sentiment profile, mirroring [`cxscore::Profile`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileArg {
    /// VADER's rules made right for customer comments.
    Customer,
    /// vaderSentiment 3.3.2's polarity_scores, number for number.
    Vader,
}

impl From<ProfileArg> for cxscore::Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::Customer => cxscore::Profile::Customer,
            ProfileArg::Vader => cxscore::Profile::Vader,
        }
    }
}

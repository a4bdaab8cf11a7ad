//! `cxscore score`: read records, analyse each, write JSON lines.

use crate::args::{Format, ScoreArgs};
use crate::failure::Failure;
use crate::input::{self, CsvColumns, Item, RecordReader};
use crate::output::Output;
use crate::parallel;
use crate::progress::{self, Progress};
use cxscore::{Analyzer, Taxonomy};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

pub fn run(args: &ScoreArgs) -> Result<(), Failure> {
    if args.format != Format::Csv && (args.text_column.is_some() || args.id_column.is_some()) {
        return Err(Failure::Usage(
            "--text-column and --id-column only apply to --format csv".into(),
        ));
    }
    let analyzer = build_analyzer(args)?;

    let Input {
        stream,
        name,
        progress,
    } = open(args.file.as_deref())?;
    let columns = args.text_column.as_deref().map(|text| CsvColumns {
        text,
        id: args.id_column.as_deref(),
    });
    let mut reader = input::reader(args.format, stream, &name, columns)?;

    let mut out = Output::new(io::stdout().lock());
    let result = match threads(args) {
        1 => pump(reader.as_mut(), &analyzer, &mut out, &name, args.keep_going),
        n => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .thread_name(|i| format!("cxscore-{i}"))
                .build()
                .map_err(|e| {
                    Failure::Usage(format!(
                        "cannot start {n} scoring threads ({e}); try a smaller --threads"
                    ))
                })?;
            parallel::pump(
                reader.as_mut(),
                &analyzer,
                &mut out,
                &name,
                args.keep_going,
                &pool,
            )
        }
    };
    // Whatever happened, what was scored reaches stdout before any message.
    let flushed = out.flush().map_err(Failure::output);
    drop(progress);
    result.and(flushed)
}

/// `--threads`, by default the number of CPUs the process may use.
fn threads(args: &ScoreArgs) -> usize {
    args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    })
}

/// Score every record in input order, one at a time (`--threads 1`).
fn pump(
    reader: &mut dyn RecordReader,
    analyzer: &Analyzer,
    out: &mut Output<impl Write>,
    name: &str,
    keep_going: bool,
) -> Result<(), Failure> {
    while let Some(item) = reader.next_item().map_err(|e| Failure::input(name, e))? {
        match item {
            Item::Record(record) => {
                let analysis = analyzer.analyze(&record.text);
                let analysis = match record.id {
                    Some(id) => analysis.with_id(id),
                    None => analysis,
                };
                out.analysis(&analysis).map_err(Failure::output)?;
            }
            Item::Bad { line, problem } if keep_going => {
                out.bad_record(line, &problem).map_err(Failure::output)?;
            }
            Item::Bad { line, problem } => {
                return Err(Failure::BadRecord {
                    source: name.to_string(),
                    line,
                    problem,
                })
            }
        }
    }
    Ok(())
}

fn build_analyzer(args: &ScoreArgs) -> Result<Analyzer, Failure> {
    let mut builder = Analyzer::builder().profile(args.profile.into());
    for path in &args.lexicon {
        builder = builder.lexicon_file(path);
    }
    if args.domain.is_some() || !args.taxonomy.is_empty() {
        builder = builder.taxonomy(load_taxonomy(args)?);
    }
    builder
        .build()
        .map_err(|e| Failure::Usage(format!("bad --lexicon: {e}")))
}

/// The default taxonomy or `--domain`'s pack, extended by each `--taxonomy` file.
fn load_taxonomy(args: &ScoreArgs) -> Result<Taxonomy, Failure> {
    let mut taxonomy = match &args.domain {
        Some(name) => {
            Taxonomy::domain(name).map_err(|e| Failure::Usage(format!("bad --domain: {e}")))?
        }
        None => Taxonomy::bundled().clone(),
    };
    for path in &args.taxonomy {
        taxonomy = taxonomy
            .extend_file(path)
            .map_err(|e| Failure::Usage(format!("bad --taxonomy: {e}")))?;
    }
    Ok(taxonomy)
}

/// An opened input.
struct Input {
    stream: Box<dyn Read>,
    /// The path, or `<stdin>`, for messages.
    name: String,
    /// Present when the input is a regular file and stderr is a terminal.
    progress: Option<Progress>,
}

/// Open `path`, or stdin when it is absent or `-`.
fn open(path: Option<&Path>) -> Result<Input, Failure> {
    let path = match path {
        Some(p) if p.as_os_str() != "-" => p,
        _ => {
            return Ok(Input {
                stream: Box::new(io::stdin().lock()),
                name: "<stdin>".into(),
                progress: None,
            })
        }
    };
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| Failure::input(&name, e))?;
    let metadata = file.metadata().map_err(|e| Failure::input(&name, e))?;
    if metadata.is_dir() {
        return Err(Failure::Io(format!(
            "cannot read {name}: it is a directory"
        )));
    }
    let progress = metadata
        .is_file()
        .then(|| progress::for_file(metadata.len()))
        .flatten();
    let stream: Box<dyn Read> = match &progress {
        Some(bar) => Box::new(bar.0.wrap_read(file)),
        None => Box::new(file),
    };
    Ok(Input {
        stream,
        name,
        progress,
    })
}

//! The one parser for every lexicon file, bundled or a user's.
//!
//! A line is `term<TAB>value[<TAB>anything…]` or `term<TAB>kind[<TAB>value]`:
//!
//! | second field | meaning |
//! |---|---|
//! | a number | valence of the term, VADER's -4..+4 scale (VADER's own file fits: its extra columns are ignored) |
//! | `booster` *x* | degree modifier: positive *x* intensifies, negative *x* dampens |
//! | `negator` | flips and dampens what follows |
//! | `contrast` *x* | contrastive conjunction: the clause before it weighs *x*, the clause after `2 - x` |
//! | `idiom` *x* | a multi-word phrase whose valence *x* replaces the words' own |
//! | `emotions` *pairs* | Plutchik intensities and arousal, 0..1: `joy=0.8,trust=0.3,arousal=0.6` |
//! | `cue` *name* | the word triggers a rule: `wait`, `modal`, `polite`, `compare`, `least`, `first_person`, `story`, `greeting`, `excess` (see [`cue`](super::cue)) |
//! | `class` *name* | the word fills a pattern slot: `role`, `title`, `relative`, `vulnerable`, `fee`, `name` (see [`class`](super::class)) |
//! | `signal` *name* | the term is a pattern (syntax: [`Pattern`](super::Pattern)) showing a customer-experience signal: `surprise`, `remedy`, `recommend-`, ... (see [`Signal::parse`](super::Signal::parse)) |
//!
//! Blank lines and lines starting with `# ` are ignored. A term with spaces
//! is a phrase, matched over tokens. Any malformed line is an
//! [`Error::Data`] naming the source and line; nothing is returned then.

use crate::Error;

/// What a line says about its term.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecordKind {
    /// Sentiment valence (-4..+4).
    Valence(f64),
    /// Degree modifier scalar.
    Booster(f64),
    /// Negation word.
    Negator,
    /// Contrastive conjunction with the weight of the clause before it.
    Contrast(f64),
    /// Multi-word idiom whose valence replaces its words'.
    Idiom(f64),
    /// Rule trigger, one of the [`cue`](super::cue) bits.
    Cue(u16),
    /// Emotion intensities and arousal.
    Emotions(Affect),
    /// A word class pattern slots match, [`class`](super::class) bits.
    Class(u8),
    /// The term is a customer-experience pattern (see [`Pattern`](super::Pattern)) meaning this.
    Signal(super::Signal),
}

/// Plutchik's eight emotions, in the order of [`Affect::emotions`].
pub const EMOTION_NAMES: [&str; 8] = [
    "joy",
    "trust",
    "fear",
    "surprise",
    "sadness",
    "disgust",
    "anger",
    "anticipation",
];

/// What a word evokes: emotion intensities and arousal, each 0..1 stored in
/// a byte (0..=255) so the lexicon entry stays small.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Affect {
    /// Intensities in the order of [`EMOTION_NAMES`].
    pub emotions: [u8; 8],
    /// Arousal; 0 when unknown.
    pub arousal: u8,
}

impl Affect {
    /// Intensity of emotion `index` (see [`EMOTION_NAMES`]) as 0..1.
    pub fn emotion(&self, index: usize) -> f64 {
        f64::from(self.emotions[index]) / 255.0
    }

    /// Arousal as 0..1.
    pub fn arousal(&self) -> f64 {
        f64::from(self.arousal) / 255.0
    }

    /// Whether the word evokes any emotion.
    pub fn is_empty(&self) -> bool {
        self.emotions == [0; 8]
    }
}

/// Parse `joy=0.8,trust=0.3,arousal=0.6`.
fn parse_affect(source_name: &str, line: usize, field: &str) -> Result<Affect, Error> {
    let mut affect = Affect::default();
    for pair in field.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::data(source_name, line, format!("{pair:?} is not name=value")))?;
        let value: f64 = value
            .trim()
            .parse()
            .ok()
            .filter(|v: &f64| (0.0..=1.0).contains(v))
            .ok_or_else(|| {
                Error::data(
                    source_name,
                    line,
                    format!("{pair:?}: the value must be a number in 0..1"),
                )
            })?;
        let byte = (value * 255.0).round() as u8;
        match name.trim() {
            "arousal" => affect.arousal = byte,
            emotion => {
                let index = EMOTION_NAMES
                    .iter()
                    .position(|e| *e == emotion)
                    .ok_or_else(|| {
                        Error::data(source_name, line, format!("unknown emotion {emotion:?}"))
                    })?;
                affect.emotions[index] = byte;
            }
        }
    }
    Ok(affect)
}

/// One parsed line.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The term as written (not lowercased).
    pub term: String,
    /// What the line says.
    pub kind: RecordKind,
}

/// Parse a whole lexicon text; `source_name` names it in errors.
pub fn parse_lexicon(source_name: &str, text: &str) -> Result<Vec<Record>, Error> {
    let mut records = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line == "#" || line.starts_with("# ") {
            continue;
        }
        let mut fields = line.split('\t');
        let term = fields.next().unwrap_or("").trim();
        if term.is_empty() {
            return Err(Error::data(source_name, line_no, "empty term"));
        }
        let second = fields
            .next()
            .map(str::trim)
            .ok_or_else(|| Error::data(source_name, line_no, format!("no tab after {term:?}")))?;
        let kind = if let Ok(valence) = second.parse::<f64>() {
            check_finite(source_name, line_no, valence)?;
            RecordKind::Valence(valence)
        } else {
            let mut value = |what: &str| -> Result<f64, Error> {
                let field = fields.next().map(str::trim).unwrap_or("");
                let number = field.parse::<f64>().map_err(|_| {
                    Error::data(
                        source_name,
                        line_no,
                        format!(
                            "{what} {term:?} needs a number in the third field, found {field:?}"
                        ),
                    )
                })?;
                check_finite(source_name, line_no, number)
            };
            match second {
                "booster" => RecordKind::Booster(value("booster")?),
                "negator" => RecordKind::Negator,
                "contrast" => RecordKind::Contrast(value("contrast")?),
                "idiom" => RecordKind::Idiom(value("idiom")?),
                "emotions" => {
                    let field = fields.next().map(str::trim).unwrap_or("");
                    RecordKind::Emotions(parse_affect(source_name, line_no, field)?)
                }
                "cue" => {
                    let name = fields.next().map(str::trim).unwrap_or("");
                    let bit = super::cue::by_name(name).ok_or_else(|| {
                        Error::data(source_name, line_no, format!("unknown cue {name:?} for {term:?}"))
                    })?;
                    RecordKind::Cue(bit)
                }
                "class" => {
                    let name = fields.next().map(str::trim).unwrap_or("");
                    let bit = super::class::by_name(name).ok_or_else(|| {
                        Error::data(source_name, line_no, format!("unknown class {name:?} for {term:?}"))
                    })?;
                    if term.contains(char::is_whitespace) {
                        return Err(Error::data(source_name, line_no, format!("class term {term:?} must be one word")));
                    }
                    RecordKind::Class(bit)
                }
                "signal" => {
                    let name = fields.next().map(str::trim).unwrap_or("");
                    let signal = super::Signal::parse(name).ok_or_else(|| {
                        Error::data(source_name, line_no, format!("unknown signal {name:?} for {term:?}"))
                    })?;
                    super::pattern::compile(term, signal).map_err(|problem| {
                        Error::data(source_name, line_no, format!("pattern {term:?}: {problem}"))
                    })?;
                    RecordKind::Signal(signal)
                }
                other => {
                    return Err(Error::data(
                        source_name,
                        line_no,
                        format!(
                            "{other:?} is neither a number nor one of booster, negator, contrast, idiom, emotions, cue, class, signal"
                        ),
                    ))
                }
            }
        };
        records.push(Record {
            term: term.to_string(),
            kind,
        });
    }
    Ok(records)
}

fn check_finite(source_name: &str, line: usize, value: f64) -> Result<f64, Error> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::data(
            source_name,
            line,
            format!("{value} is not a finite number"),
        ))
    }
}

/// Parse VADER's emoji file: `emoji<TAB>description`.
pub fn parse_emoji_descriptions(
    source_name: &str,
    text: &str,
) -> Result<Vec<(String, String)>, Error> {
    let mut pairs = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.trim().split('\t');
        let emoji = fields.next().unwrap_or("");
        let description = fields.next().ok_or_else(|| {
            Error::data(source_name, index + 1, format!("no tab after {emoji:?}"))
        })?;
        pairs.push((emoji.to_string(), description.to_string()));
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind() {
        let text = "# comment\n\ngood\t1.9\t0.9\t[1, 2]\nvery\tbooster\t0.293\nnot\tnegator\nbut\tcontrast\t0.5\nabove and beyond\tidiom\t3.1\r\n";
        let records = parse_lexicon("t", text).unwrap();
        let kinds: Vec<_> = records.iter().map(|r| (r.term.as_str(), r.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("good", RecordKind::Valence(1.9)),
                ("very", RecordKind::Booster(0.293)),
                ("not", RecordKind::Negator),
                ("but", RecordKind::Contrast(0.5)),
                ("above and beyond", RecordKind::Idiom(3.1)),
            ]
        );
    }

    #[test]
    fn errors_name_source_and_line() {
        for (text, line, needle) in [
            ("good\t1\nbad", 2, "no tab"),
            ("good\tgreat", 1, "neither a number"),
            ("a\t1\n\nvery\tbooster\tx", 3, "needs a number"),
            ("\t2", 1, "empty term"),
            ("x\tNaN", 1, "finite"),
            ("x\tcue\tnope", 1, "unknown cue"),
            ("x\temotions\tjoy=2", 1, "in 0..1"),
            ("x\temotions\tglee=0.5", 1, "unknown emotion"),
            ("x\temotions\tjoy", 1, "name=value"),
            ("x\tclass\tnope", 1, "unknown class"),
            ("front desk\tclass\trole", 1, "one word"),
            ("will be back\tsignal\tcome-back+", 1, "unknown signal"),
            ("a\t1\nwill (be back\tsignal\treturn+", 2, "unclosed"),
        ] {
            match parse_lexicon("my.tsv", text) {
                Err(Error::Data {
                    source_name,
                    line: l,
                    problem,
                }) => {
                    assert_eq!(source_name, "my.tsv");
                    assert_eq!(l, line, "{text:?}");
                    assert!(problem.contains(needle), "{text:?}: {problem}");
                }
                other => panic!("{text:?}: expected a data error, got {other:?}"),
            }
        }
    }
}

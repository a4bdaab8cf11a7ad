//! Labelled customer comments and per-signal precision, recall and F1 for
//! the customer-experience signals (moments, recovery, attributes,
//! loyalty, stance, effort, kudos).
//!
//! Shared by `tests/cx_signals.rs` and `examples/eval_cx.rs`, each of which
//! includes this file with `#[path = ...] mod cx_eval;`. The format is
//! documented in `examples/eval_cx.rs`.

// Each includer uses a different part of this module.
#![allow(dead_code)]

use cxscore::analysis::Analysis;
use cxscore::score::signals::EFFORT_CUT;
use cxscore::Analyzer;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The groups the issue sets bars on, in report order.
pub const GROUPS: [&str; 7] = [
    "moments",
    "recovery",
    "attributes",
    "loyalty",
    "stance",
    "effort",
    "kudos",
];

/// What a comment is labelled with, or what the analyzer found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels {
    /// `group:value` labels: `moments:surprise`, `recovery:apology`,
    /// `attributes:attentive+`, `loyalty:recommend-`, `stance:promoter`, `effort:high`.
    pub set: BTreeSet<String>,
    /// Names or roles praised, as written.
    pub kudos: Vec<String>,
}

/// One labelled comment.
#[derive(Debug, Clone)]
pub struct Row {
    /// The row's id.
    pub id: String,
    /// The comment.
    pub text: String,
    /// The expected signals.
    pub gold: Labels,
    /// Signals that must not be found (`group:value`, or `kudos` for none at all).
    pub not: Vec<String>,
}

/// Parse a JSONL file of labelled comments; blank lines and lines starting
/// with `#` or `//` are skipped. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
            continue;
        }
        let at = |problem: String| format!("line {}: {problem}", index + 1);
        let value: Value = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
        let text = value["text"]
            .as_str()
            .ok_or_else(|| at("no \"text\" string".into()))?
            .to_string();
        let id = match &value["id"] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => format!("line-{}", index + 1),
        };
        let strings = |key: &str| -> Result<Vec<String>, String> {
            match &value[key] {
                Value::Null => Ok(Vec::new()),
                Value::Array(items) => items
                    .iter()
                    .map(|v| {
                        v.as_str()
                            .map(str::to_string)
                            .ok_or_else(|| at(format!("\"{key}\" must hold strings")))
                    })
                    .collect(),
                _ => Err(at(format!("\"{key}\" must be a list"))),
            }
        };
        let mut gold = Labels::default();
        for group in ["moments", "recovery", "attributes", "loyalty"] {
            for label in strings(group)? {
                gold.set.insert(format!("{group}:{label}"));
            }
        }
        // The recovery moment is expected exactly when recovery parts are.
        if gold.set.iter().any(|l| l.starts_with("recovery:")) {
            gold.set.insert("moments:recovery".into());
        }
        for key in ["stance", "effort"] {
            match &value[key] {
                Value::Null => {}
                Value::String(s) => {
                    gold.set.insert(format!("{key}:{s}"));
                }
                _ => return Err(at(format!("\"{key}\" must be a string"))),
            }
        }
        gold.kudos = strings("kudos")?;
        rows.push(Row {
            id,
            text,
            gold,
            not: strings("not")?,
        });
    }
    Ok(rows)
}

/// The labels of an analysis, in the labels' vocabulary.
pub fn predicted(a: &Analysis) -> Labels {
    let mut set = BTreeSet::new();
    for m in &a.moments {
        set.insert(format!("moments:{}", m.kind.as_str()));
    }
    for r in &a.recovery {
        set.insert(format!("recovery:{}", r.part.as_str()));
    }
    for x in &a.attributes {
        set.insert(format!("attributes:{}{}", x.name, sign(x.polarity)));
    }
    for i in &a.loyalty.intents {
        set.insert(format!("loyalty:{}{}", i.kind, sign(i.polarity)));
    }
    if let Some(stance) = a.loyalty.stance {
        set.insert(format!("stance:{}", stance.as_str()));
    }
    if a.effort.score >= EFFORT_CUT {
        set.insert("effort:high".into());
    } else if a.effort.score <= -EFFORT_CUT {
        set.insert("effort:low".into());
    }
    Labels {
        set,
        kudos: a.kudos.iter().map(|k| k.who.clone()).collect(),
    }
}

fn sign(polarity: i8) -> &'static str {
    if polarity > 0 {
        "+"
    } else {
        "-"
    }
}

/// Whether two kudos names refer to the same person: case-insensitive,
/// one contains the other.
pub fn same_person(x: &str, y: &str) -> bool {
    let (x, y) = (x.to_lowercase(), y.to_lowercase());
    !x.is_empty() && !y.is_empty() && (x.contains(&y) || y.contains(&x))
}

/// True and false positives and false negatives of one signal.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    /// Precision; 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall; 1.0 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(x: usize, n: usize) -> f64 {
    if n == 0 {
        1.0
    } else {
        x as f64 / n as f64
    }
}

/// One row's miss: what was expected and not found, or found and not expected.
#[derive(Debug, Clone)]
pub struct Miss {
    pub id: String,
    pub signal: String,
    pub false_positive: bool,
}

/// The evaluation of a set of rows.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per signal (`moments:surprise`, ..., `kudos`).
    pub signals: BTreeMap<String, Counts>,
    /// Guards (`not`) that held, and all guards.
    pub guards_held: usize,
    pub guards: usize,
    /// Guards that failed: row id and guard.
    pub broken_guards: Vec<(String, String)>,
    pub misses: Vec<Miss>,
    pub rows: usize,
}

impl Report {
    /// Micro-averaged counts of a group (`moments`, `loyalty`, ...).
    pub fn group(&self, group: &str) -> Counts {
        let mut total = Counts::default();
        for (name, counts) in &self.signals {
            if name == group || name.split(':').next() == Some(group) {
                total.add(*counts);
            }
        }
        total
    }
}

/// Score `rows` with `analyzer`.
pub fn evaluate(analyzer: &Analyzer, rows: &[Row]) -> Report {
    let mut report = Report {
        rows: rows.len(),
        ..Report::default()
    };
    for row in rows {
        let analysis = analyzer.analyze(&row.text);
        let found = predicted(&analysis);
        let expected = &row.gold;
        for label in expected.set.union(&found.set) {
            let counts = report.signals.entry(label.clone()).or_default();
            match (expected.set.contains(label), found.set.contains(label)) {
                (true, true) => counts.tp += 1,
                (true, false) => {
                    counts.fn_ += 1;
                    report.misses.push(Miss {
                        id: row.id.clone(),
                        signal: label.clone(),
                        false_positive: false,
                    });
                }
                (false, true) => {
                    counts.fp += 1;
                    report.misses.push(Miss {
                        id: row.id.clone(),
                        signal: label.clone(),
                        false_positive: true,
                    });
                }
                (false, false) => {}
            }
        }
        let kudos = report.signals.entry("kudos".into()).or_default();
        for who in &expected.kudos {
            if found.kudos.iter().any(|f| same_person(who, f)) {
                kudos.tp += 1;
            } else {
                kudos.fn_ += 1;
                report.misses.push(Miss {
                    id: row.id.clone(),
                    signal: format!("kudos:{who}"),
                    false_positive: false,
                });
            }
        }
        for who in &found.kudos {
            if !expected.kudos.iter().any(|e| same_person(e, who)) {
                kudos.fp += 1;
                report.misses.push(Miss {
                    id: row.id.clone(),
                    signal: format!("kudos:{who}"),
                    false_positive: true,
                });
            }
        }
        for guard in &row.not {
            report.guards += 1;
            let broken = if guard == "kudos" {
                !found.kudos.is_empty()
            } else {
                found.set.contains(guard)
            };
            if broken {
                report.broken_guards.push((row.id.clone(), guard.clone()));
            } else {
                report.guards_held += 1;
            }
        }
    }
    report
}

/// The report as a table: one row per signal, then one per group.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<34} {:>5} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "signal", "gold", "tp", "fp", "fn", "P", "R", "F1"
    );
    let line = |out: &mut String, name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{:<34} {:>5} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}",
            name,
            c.tp + c.fn_,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    };
    for (name, counts) in &report.signals {
        line(&mut out, name, counts);
    }
    let _ = writeln!(out, "{}", "-".repeat(78));
    for group in GROUPS {
        line(&mut out, &format!("{group} (micro)"), &report.group(group));
    }
    let _ = writeln!(
        out,
        "guards held: {} of {} ({:.1}%), rows: {}",
        report.guards_held,
        report.guards,
        100.0 * ratio(report.guards_held, report.guards),
        report.rows
    );
    out
}

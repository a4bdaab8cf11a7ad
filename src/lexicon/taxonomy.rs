//! Touchpoint taxonomies: which words and phrases name which part of the
//! business (`staff`, `service`, `product`, ...).
//!
//! A taxonomy file has one term per line, `term<TAB>touchpoint`; a later
//! line for the same term wins, `term<TAB>none` removes it, and
//! `@rename<TAB>touchpoint<TAB>name` changes the name a touchpoint is
//! reported under, and `@complaint<TAB>touchpoint` names the touchpoint a
//! complaint that names none is about (a tweet at an airline that only
//! says "worst airline ever" is about its service). Blank lines and lines starting with `# ` are ignored.
//! A term with spaces is a phrase matched over tokens ("front desk"); a
//! single word also matches its regular inflections ("waiter" covers
//! "waiters", "waiter's"). Domain packs are taxonomy files loaded on top
//! of the default one.
//!
//! ```
//! use cxscore::Taxonomy;
//!
//! let hotel = Taxonomy::domain("hotel").unwrap();
//! assert!(hotel.names().iter().any(|n| n == "staff"));
//! let mine = Taxonomy::bundled()
//!     .clone()
//!     .extend_str("mine.tsv", "valet\tstaff\nparking lot\tparking\n")
//!     .unwrap();
//! assert!(mine.names().iter().any(|n| n == "parking"));
//! let err = Taxonomy::empty().extend_str("bad.tsv", "valet staff\n").unwrap_err();
//! assert_eq!(err.to_string(), "bad.tsv:1: expected term<TAB>touchpoint");
//! ```

use crate::Error;
use once_cell::sync::Lazy;

const DEFAULT: &str = include_str!("../../data/taxonomy/default.tsv");

/// The bundled domain packs, each loaded on top of the default taxonomy.
pub const DOMAINS: [(&str, &str); 7] = [
    ("airline", include_str!("../../data/taxonomy/airline.tsv")),
    ("banking", include_str!("../../data/taxonomy/banking.tsv")),
    ("hotel", include_str!("../../data/taxonomy/hotel.tsv")),
    (
        "restaurant",
        include_str!("../../data/taxonomy/restaurant.tsv"),
    ),
    ("retail", include_str!("../../data/taxonomy/retail.tsv")),
    ("saas", include_str!("../../data/taxonomy/saas.tsv")),
    ("telecom", include_str!("../../data/taxonomy/telecom.tsv")),
];

/// At most this many touchpoints: ids fit the lexicon entry's 7 bits.
pub const MAX_TOUCHPOINTS: usize = 126;

/// Which terms name which touchpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taxonomy {
    /// Touchpoint keys in order of first appearance.
    keys: Vec<String>,
    /// Reported names, parallel to `keys` (differ after `@rename`).
    names: Vec<String>,
    /// `(term, touchpoint index)`, later entries override earlier ones;
    /// `None` removes the term.
    terms: Vec<(String, Option<u8>)>,
    /// Index of the touchpoint a complaint naming none is about (`@complaint`).
    complaint: Option<u8>,
}

static BUNDLED: Lazy<Taxonomy> =
    Lazy::new(
        || match Taxonomy::empty().extend_str("data/taxonomy/default.tsv", DEFAULT) {
            Ok(taxonomy) => taxonomy,
            // The bundled files are tested to parse; reaching this is a packaging bug.
            Err(error) => unreachable!("bundled taxonomy is malformed: {error}"),
        },
    );

impl Taxonomy {
    /// A taxonomy with no terms.
    pub fn empty() -> Taxonomy {
        Taxonomy::default()
    }

    /// The default taxonomy: the nine touchpoints of the spec.
    pub fn bundled() -> &'static Taxonomy {
        &BUNDLED
    }

    /// The default taxonomy extended by the bundled pack `name` (see [`DOMAINS`]).
    pub fn domain(name: &str) -> Result<Taxonomy, Error> {
        let (key, text) = DOMAINS
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::UnknownDomain {
                name: name.to_string(),
                known: DOMAINS.iter().map(|(k, _)| k.to_string()).collect(),
            })?;
        Self::bundled()
            .clone()
            .extend_str(&format!("data/taxonomy/{key}.tsv"), text)
    }

    /// Touchpoint names as reported, in order of first appearance.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// This taxonomy with the lines of `text` added; on error nothing is added.
    pub fn extend_str(mut self, source_name: &str, text: &str) -> Result<Taxonomy, Error> {
        let mut keys = self.keys.clone();
        let mut names = self.names.clone();
        let mut terms = Vec::new();
        let mut complaint = self.complaint;
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let trimmed = raw.trim_end_matches('\r');
            if trimmed.trim().is_empty() || trimmed.starts_with("# ") || trimmed == "#" {
                continue;
            }
            let fields: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
            let bad = |problem: &str| Error::data(source_name, line, problem);
            if fields[0] == "@rename" {
                let [_, key, name] = fields[..] else {
                    return Err(bad("expected @rename<TAB>touchpoint<TAB>name"));
                };
                check_name(name).map_err(|p| bad(&p))?;
                let Some(k) = keys.iter().position(|k| k == key) else {
                    return Err(bad(&format!("@rename of unknown touchpoint {key:?}")));
                };
                names[k] = name.to_string();
                continue;
            }
            if fields[0] == "@complaint" {
                let [_, key] = fields[..] else {
                    return Err(bad("expected @complaint<TAB>touchpoint"));
                };
                let Some(k) = keys.iter().position(|k| k == key) else {
                    return Err(bad(&format!("@complaint of unknown touchpoint {key:?}")));
                };
                complaint = Some(k as u8);
                continue;
            }
            let [term, touchpoint] = fields[..] else {
                return Err(bad("expected term<TAB>touchpoint"));
            };
            if term.is_empty() {
                return Err(bad("empty term"));
            }
            if touchpoint == "none" {
                terms.push((term.to_lowercase(), None));
                continue;
            }
            check_name(touchpoint).map_err(|p| bad(&p))?;
            let id = match keys.iter().position(|k| k == touchpoint) {
                Some(id) => id,
                None if keys.len() < MAX_TOUCHPOINTS => {
                    keys.push(touchpoint.to_string());
                    names.push(touchpoint.to_string());
                    keys.len() - 1
                }
                None => return Err(bad(&format!("more than {MAX_TOUCHPOINTS} touchpoints"))),
            };
            terms.push((term.to_lowercase(), Some(id as u8)));
        }
        self.keys = keys;
        self.names = names;
        self.terms.extend(terms);
        self.complaint = complaint;
        Ok(self)
    }

    /// This taxonomy with a file's lines added; on error nothing is added.
    pub fn extend_file(self, path: impl AsRef<std::path::Path>) -> Result<Taxonomy, Error> {
        let (name, text) = Error::read_file(path.as_ref())?;
        self.extend_str(&name, &text)
    }

    /// Index of the touchpoint a complaint naming none is about, if the
    /// taxonomy says (`@complaint`).
    pub(crate) fn complaint(&self) -> Option<u8> {
        self.complaint
    }

    /// Terms whose last line is `none`: neither they nor their inflections name anything.
    pub(crate) fn removed(&self) -> Vec<&str> {
        let resolved = self.resolved();
        self.terms
            .iter()
            .filter(|(term, id)| id.is_none() && !resolved.iter().any(|(t, _)| t == term))
            .map(|(term, _)| term.as_str())
            .collect()
    }

    /// Each term with its final touchpoint, removed terms left out, in
    /// order of the term's last line.
    pub(crate) fn resolved(&self) -> Vec<(&str, u8)> {
        let mut last: super::FastMap<&str, usize> = super::FastMap::default();
        for (i, (term, _)) in self.terms.iter().enumerate() {
            last.insert(term, i);
        }
        self.terms
            .iter()
            .enumerate()
            .filter(|(i, (term, _))| last[term.as_str()] == *i)
            .filter_map(|(_, (term, id))| id.map(|id| (term.as_str(), id)))
            .collect()
    }
}

fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 40
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "touchpoint name {name:?} is not lower-case letters, digits and _"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_files_parse() {
        assert_eq!(
            Taxonomy::bundled().names(),
            [
                "staff",
                "service",
                "product",
                "price",
                "place",
                "delivery",
                "digital",
                "communication",
                "policy"
            ]
            .map(String::from)
        );
        for (name, _) in DOMAINS {
            let pack = Taxonomy::domain(name).unwrap();
            assert!(
                pack.names().len() >= 9 && pack.resolved().len() > 300,
                "{name}"
            );
        }
    }

    #[test]
    fn later_lines_override_and_none_removes() {
        let t = Taxonomy::empty()
            .extend_str("a", "bar\tplace\nseat\tplace\n")
            .unwrap()
            .extend_str("b", "seat\tproduct\nbar\tnone\n@rename\tproduct\tfood\n")
            .unwrap();
        assert_eq!(t.resolved(), vec![("seat", 1)]);
        assert_eq!(t.names(), ["place", "food"]);
    }

    #[test]
    fn errors_name_file_and_line_and_load_nothing() {
        let base = Taxonomy::empty()
            .extend_str("a", "waiter\tstaff\n")
            .unwrap();
        for (text, problem) in [
            ("ok\tstaff\nx\tStaff\n", "2: touchpoint name \"Staff\""),
            ("\tstaff\n", "1: empty term"),
            ("@rename\tnope\tx\n", "1: @rename of unknown touchpoint"),
            ("a\tb\tc\n", "1: expected term<TAB>touchpoint"),
            ("@complaint\tnope\n", "1: @complaint of unknown touchpoint"),
        ] {
            let err = base.clone().extend_str("t.tsv", text).unwrap_err();
            assert!(
                err.to_string().starts_with(&format!("t.tsv:{problem}")),
                "{err}"
            );
        }
        assert!(Taxonomy::domain("casino").is_err());
    }
}

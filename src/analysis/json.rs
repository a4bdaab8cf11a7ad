//! A JSON writer for [`Analysis`] that needs no `serde`: the bytes
//! `serde_json::to_writer` writes for the same analysis, several times
//! faster, for callers that write millions of analyses (the CLI).
//!
//! serde's generic path escapes every key, writes each piece through
//! `io::Write` and formats every number by itself. Here the keys and the
//! punctuation around them are constants, the buffer grows once per call,
//! and numbers use the same formatters serde_json uses (`zmij` for floats,
//! `itoa` for integers), so the output stays byte-identical.

use super::{
    Analysis, Attribute, Effort, Emotion, Emotions, Evidence, Intent, Kudos, Loyalty, Moment,
    RecoveryPart, Relevance, Resonance, SentenceScore, Sentiment, Span, Touchpoint,
};

impl Analysis {
    /// Append this analysis to `out` as compact JSON (no trailing newline):
    /// byte for byte what `serde_json::to_writer` writes with the `serde`
    /// feature, without needing it.
    ///
    /// ```
    /// let analysis = cxscore::Analyzer::default().analyze("Great food, rude waiter.");
    /// let mut line = Vec::new();
    /// analysis.write_json(&mut line);
    /// assert!(line.starts_with(br#"{"sentiment":{"compound":"#));
    /// # #[cfg(feature = "serde")]
    /// assert_eq!(line, serde_json::to_vec(&analysis).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.reserve(self.size_hint());
        let mut w = Writer(out);
        w.raw(b"{");
        if let Some(id) = &self.id {
            w.raw(b"\"id\":");
            w.string(id);
            w.raw(b",");
        }
        w.raw(b"\"sentiment\":");
        w.sentiment(&self.sentiment);
        w.raw(b",\"emotions\":");
        w.emotions(&self.emotions);
        w.raw(b",\"relevance\":");
        w.relevance(&self.relevance);
        w.raw(b",\"resonance\":");
        w.resonance(&self.resonance);
        w.raw(b",\"moments\":");
        w.list(&self.moments, Writer::moment);
        w.raw(b",\"recovery\":");
        w.list(&self.recovery, Writer::recovery_part);
        w.raw(b",\"attributes\":");
        w.list(&self.attributes, Writer::attribute);
        w.raw(b",\"loyalty\":");
        w.loyalty(&self.loyalty);
        w.raw(b",\"effort\":");
        w.effort(&self.effort);
        w.raw(b",\"kudos\":");
        w.list(&self.kudos, Writer::kudos);
        w.raw(b"}");
    }

    /// An upper bound for most analyses' JSON length, so `write_json`
    /// reserves once.
    fn size_hint(&self) -> usize {
        const FIXED: usize = 640;
        const PER_ITEM: usize = 64;
        let items = self.sentiment.sentences.len()
            + self.sentiment.evidence.len()
            + self.relevance.touchpoints.len()
            + self.moments.len()
            + self.recovery.len()
            + self.attributes.len()
            + self.loyalty.intents.len()
            + self.effort.evidence.len()
            + self.kudos.len();
        FIXED + self.id.as_ref().map_or(0, String::len) + items * PER_ITEM
    }
}

struct Writer<'a>(&'a mut Vec<u8>);

impl Writer<'_> {
    fn raw(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// A float as serde_json writes it: shortest round-trip form, `null`
    /// when not finite.
    fn float(&mut self, value: f64) {
        if value.is_finite() {
            let mut buffer = zmij::Buffer::new();
            self.raw(buffer.format_finite(value).as_bytes());
        } else {
            self.raw(b"null");
        }
    }

    fn integer(&mut self, value: impl itoa::Integer) {
        let mut buffer = itoa::Buffer::new();
        self.raw(buffer.format(value).as_bytes());
    }

    /// A string literal with serde_json's escapes: `\"`, `\\`, the short
    /// forms of backspace, tab, newline, form feed and carriage return, and
    /// `\u00XX` for the other control characters; everything else as is.
    fn string(&mut self, text: &str) {
        self.raw(b"\"");
        let bytes = text.as_bytes();
        let mut start = 0;
        for (i, &byte) in bytes.iter().enumerate() {
            let escape: &[u8] = match byte {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\x08' => b"\\b",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                b'\x0c' => b"\\f",
                b'\r' => b"\\r",
                0..=0x1f => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    &[
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[usize::from(byte >> 4)],
                        HEX[usize::from(byte & 0xf)],
                    ]
                }
                _ => continue,
            };
            self.raw(&bytes[start..i]);
            self.raw(escape);
            start = i + 1;
        }
        self.raw(&bytes[start..]);
        self.raw(b"\"");
    }

    /// A name known to need no escaping (a `&'static str` of this crate).
    fn name(&mut self, name: &str) {
        self.raw(b"\"");
        self.raw(name.as_bytes());
        self.raw(b"\"");
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.raw(b"[");
        for (i, value) in items.iter().enumerate() {
            if i > 0 {
                self.raw(b",");
            }
            item(self, value);
        }
        self.raw(b"]");
    }

    fn span(&mut self, span: &Span) {
        self.raw(b"{\"start\":");
        self.integer(span.start);
        self.raw(b",\"end\":");
        self.integer(span.end);
        self.raw(b"}");
    }

    fn spans(&mut self, spans: &[Span]) {
        self.list(spans, Self::span);
    }

    fn sentiment(&mut self, sentiment: &Sentiment) {
        self.raw(b"{\"compound\":");
        self.float(sentiment.compound);
        self.raw(b",\"positive\":");
        self.float(sentiment.positive);
        self.raw(b",\"negative\":");
        self.float(sentiment.negative);
        self.raw(b",\"neutral\":");
        self.float(sentiment.neutral);
        self.raw(b",\"label\":");
        self.name(sentiment.label.as_str());
        self.raw(b",\"sentences\":");
        self.list(&sentiment.sentences, Self::sentence);
        self.raw(b",\"evidence\":");
        self.list(&sentiment.evidence, Self::evidence);
        self.raw(b"}");
    }

    fn sentence(&mut self, sentence: &SentenceScore) {
        self.raw(b"{\"start\":");
        self.integer(sentence.start);
        self.raw(b",\"end\":");
        self.integer(sentence.end);
        self.raw(b",\"compound\":");
        self.float(sentence.compound);
        self.raw(b"}");
    }

    fn evidence(&mut self, evidence: &Evidence) {
        self.raw(b"{\"start\":");
        self.integer(evidence.start);
        self.raw(b",\"end\":");
        self.integer(evidence.end);
        self.raw(b",\"valence\":");
        self.float(evidence.valence);
        self.raw(b"}");
    }

    fn emotions(&mut self, emotions: &Emotions) {
        self.raw(b"{\"joy\":");
        self.float(emotions.joy);
        self.raw(b",\"trust\":");
        self.float(emotions.trust);
        self.raw(b",\"fear\":");
        self.float(emotions.fear);
        self.raw(b",\"surprise\":");
        self.float(emotions.surprise);
        self.raw(b",\"sadness\":");
        self.float(emotions.sadness);
        self.raw(b",\"disgust\":");
        self.float(emotions.disgust);
        self.raw(b",\"anger\":");
        self.float(emotions.anger);
        self.raw(b",\"anticipation\":");
        self.float(emotions.anticipation);
        self.raw(b",\"dominant\":");
        match emotions.dominant {
            Some(emotion) => self.name(Emotion::as_str(&emotion)),
            None => self.raw(b"null"),
        }
        self.raw(b"}");
    }

    fn relevance(&mut self, relevance: &Relevance) {
        self.raw(b"{\"score\":");
        self.float(relevance.score);
        self.raw(b",\"touchpoints\":");
        self.list(&relevance.touchpoints, Self::touchpoint);
        self.raw(b"}");
    }

    fn touchpoint(&mut self, touchpoint: &Touchpoint) {
        self.raw(b"{\"name\":");
        self.string(&touchpoint.name);
        self.raw(b",\"sentiment\":");
        self.float(touchpoint.sentiment);
        self.raw(b",\"evidence\":");
        self.spans(&touchpoint.evidence);
        self.raw(b"}");
    }

    fn resonance(&mut self, resonance: &Resonance) {
        self.raw(b"{\"score\":");
        self.float(resonance.score);
        self.raw(b",\"intensity\":");
        self.float(resonance.intensity);
        self.raw(b",\"personal\":");
        self.float(resonance.personal);
        self.raw(b"}");
    }

    fn moment(&mut self, moment: &Moment) {
        self.raw(b"{\"kind\":");
        self.name(moment.kind.as_str());
        self.raw(b",\"evidence\":");
        self.spans(&moment.evidence);
        self.raw(b"}");
    }

    fn recovery_part(&mut self, part: &RecoveryPart) {
        self.raw(b"{\"part\":");
        self.name(part.part.as_str());
        self.raw(b",\"evidence\":");
        self.spans(&part.evidence);
        self.raw(b"}");
    }

    fn attribute(&mut self, attribute: &Attribute) {
        self.raw(b"{\"name\":");
        self.string(&attribute.name);
        self.raw(b",\"polarity\":");
        self.integer(attribute.polarity);
        self.raw(b",\"evidence\":");
        self.spans(&attribute.evidence);
        self.raw(b"}");
    }

    fn loyalty(&mut self, loyalty: &Loyalty) {
        self.raw(b"{\"stance\":");
        match loyalty.stance {
            Some(stance) => self.name(stance.as_str()),
            None => self.raw(b"null"),
        }
        self.raw(b",\"intents\":");
        self.list(&loyalty.intents, Self::intent);
        self.raw(b"}");
    }

    fn intent(&mut self, intent: &Intent) {
        self.raw(b"{\"kind\":");
        self.string(&intent.kind);
        self.raw(b",\"polarity\":");
        self.integer(intent.polarity);
        self.raw(b",\"evidence\":");
        self.spans(&intent.evidence);
        self.raw(b"}");
    }

    fn effort(&mut self, effort: &Effort) {
        self.raw(b"{\"score\":");
        self.float(effort.score);
        self.raw(b",\"evidence\":");
        self.spans(&effort.evidence);
        self.raw(b"}");
    }

    fn kudos(&mut self, kudos: &Kudos) {
        self.raw(b"{\"who\":");
        self.string(&kudos.who);
        self.raw(b",\"evidence\":");
        self.spans(&kudos.evidence);
        self.raw(b"}");
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use crate::analysis::{Analysis, Kudos, Span};
    use crate::Analyzer;

    fn assert_same_as_serde(analysis: &Analysis) {
        let mut ours = Vec::new();
        analysis.write_json(&mut ours);
        let serde = serde_json::to_vec(analysis).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&serde)
        );
    }

    #[test]
    fn matches_serde_on_comments_with_every_section() {
        let analyzer = Analyzer::default();
        for text in [
            "",
            "lol ok",
            "The food was great but the service was painfully slow. Thanks Maria!",
            "Waited 40 minutes on hold, then the agent apologized and refunded me. \
             Will definitely come back and recommend them to friends!",
            "I had to call three times and fill in the form twice. Never again.",
            "Surprised us with a free dessert for our anniversary :) Jo went above and beyond.",
        ] {
            assert_same_as_serde(&analyzer.analyze(text));
            assert_same_as_serde(&analyzer.analyze(text).with_id("c-1"));
        }
    }

    #[test]
    fn escapes_strings_as_serde_does() {
        let mut analysis =
            Analysis::default().with_id("a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é😀");
        analysis.kudos.push(Kudos {
            who: "O\"Brien\u{0}".into(),
            evidence: vec![Span::new(0, 3), Span::new(usize::MAX - 1, usize::MAX)],
        });
        analysis.sentiment.compound = f64::NAN;
        analysis.resonance.score = f64::INFINITY;
        analysis.emotions.joy = 1e-12;
        analysis.emotions.anger = -0.0;
        analysis.relevance.score = 1e300;
        assert_same_as_serde(&analysis);
    }
}

"""Write vaderSentiment 3.3.2 scores for the VADER ICWSM-2014 texts.

The parity test (`tests/vader_parity.rs`) and the evaluation example
(`examples/eval_vader.rs`) compare cxscore's `Profile::Vader` against these
numbers. The output holds only set names, ids and scores, never the texts.

Usage, from the repository root:

    python -m venv .venv && .venv/bin/pip install vadersentiment==3.3.2
    .venv/bin/python scripts/vader_reference.py [DATA_DIR] [OUT_TSV]

DATA_DIR defaults to ../shared/data/vader-icwsm2014 and OUT_TSV to
tests/data/vader_reference.tsv. Output columns: set, id, neg, neu, pos,
compound (tab-separated, one header line), exactly as `polarity_scores`
returns them (neg/neu/pos rounded to 3 decimals, compound to 4).

Files are parsed exactly like the Rust side (tests/common/icwsm.rs): decode
UTF-8, split on '\\n', strip one trailing '\\r', skip empty lines, split on
'\\t' at most twice into id, rating, text.
"""

import os
import sys

import vaderSentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# (short set name, file name), in the order the Rust side uses.
SETS = [
    ("tweets", "tweets_GroundTruth.txt"),
    ("movie", "movieReviewSnippets_GroundTruth.txt"),
    ("amazon", "amazonReviewSnippets_GroundTruth.txt"),
    ("nyt", "nytEditorialSnippets_GroundTruth.txt"),
]


def read_set(path):
    """Yield (id, rating, text) for every non-empty line of one ground-truth file."""
    with open(path, "rb") as f:
        content = f.read().decode("utf-8")
    for line in content.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        fields = line.split("\t", 2)
        if len(fields) != 3:
            raise ValueError(f"{path}: expected 3 tab-separated fields in {fields[0]!r}")
        yield fields[0], float(fields[1]), fields[2]


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data_dir = argv[1] if len(argv) > 1 else os.path.join(root, "..", "shared", "data", "vader-icwsm2014")
    out_path = argv[2] if len(argv) > 2 else os.path.join(root, "tests", "data", "vader_reference.tsv")
    if not os.path.isdir(data_dir):
        print(f"data directory {data_dir} not found; nothing to do", file=sys.stderr)
        return 1
    version = getattr(vaderSentiment, "__version__", None)
    if version is not None and version != "3.3.2":
        print(f"warning: vaderSentiment {version}, the reference is meant for 3.3.2", file=sys.stderr)

    analyzer = SentimentIntensityAnalyzer()
    rows = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("set\tid\tneg\tneu\tpos\tcompound\n")
        for name, file_name in SETS:
            count = 0
            for text_id, _rating, text in read_set(os.path.join(data_dir, file_name)):
                s = analyzer.polarity_scores(text)
                out.write(f"{name}\t{text_id}\t{s['neg']!r}\t{s['neu']!r}\t{s['pos']!r}\t{s['compound']!r}\n")
                count += 1
            print(f"{name}: {count} texts", file=sys.stderr)
            rows += count
    print(f"wrote {rows} rows to {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

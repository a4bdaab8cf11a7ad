"""Write NRCLex's scores for the emotion test sets, so `examples/eval_emotion.rs`
can print the lexicon peer beside cxscore without Python.

Usage, from the repository root (Python 3.11):

    python3 -m venv /work/venv-emo && /work/venv-emo/bin/pip install nrclex==4.1.0
    /work/venv-emo/bin/python scripts/nrclex_reference.py [DATA_DIR] [OUT_DIR]

DATA_DIR defaults to ../shared/data, OUT_DIR to tests/data. Writes, for the
test splits only:

- nrclex_goemotions_test.tsv: `id` and NRCLex's raw counts (`raw_emotion_scores`)
  of its ten categories `anger anticipation disgust fear joy negative positive
  sadness surprise trust` for each GoEmotions test comment (ekman/test.tsv order).
  Affect frequencies are count / sum of the ten counts, as NRCLex computes them.
- nrclex_wassa_test.tsv: `id emotion count frequency`: for each WASSA-2017 test
  tweet, NRCLex's raw count and affect frequency of the tweet's own emotion
  (anger, fear, joy, sadness).
- nrclex_emobank_test.tsv: `id emotion_words emotion_count`: for each EmoBank
  test sentence, the number of its tokens that NRC associates with at least
  one of the eight emotions (NRCLex's arousal proxy), and the sum of the eight
  emotion counts.

These files hold only ids and numbers: never the texts (they stay in
../shared/data), never NRC lexicon entries (non-commercial terms).

NRCLex's own `load_raw_text` tokenizes with TextBlob, which needs NLTK corpora
that are not installed here; every text is instead tokenized as
`re.findall(r"[a-z']+", text.lower())` and handed to `load_token_list`
(no lemmatization). The script also prints NRCLex's metrics on these sets.
"""

import csv
import math
import os
import re
import sys

from nrclex import NRCLex

CATEGORIES = ["anger", "anticipation", "disgust", "fear", "joy", "negative", "positive", "sadness", "surprise", "trust"]
EIGHT = ["anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust"]
EKMAN = ["anger", "disgust", "fear", "joy", "sadness", "surprise"]
WASSA = ["anger", "fear", "joy", "sadness"]


def tokens(text):
    return re.findall(r"[a-z']+", text.lower())


def raw_scores(nrc, text):
    nrc.load_token_list(tokens(text))
    return {c: nrc.raw_emotion_scores.get(c, 0) for c in CATEGORIES}


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def f1(tp, fp, fn):
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def macro_f1(golds, preds):
    per = {}
    for e in EKMAN:
        tp = sum(1 for g, p in zip(golds, preds) if e in g and e in p)
        fp = sum(1 for g, p in zip(golds, preds) if e not in g and e in p)
        fn = sum(1 for g, p in zip(golds, preds) if e in g and e not in p)
        per[e] = f1(tp, fp, fn)
    return per, sum(per.values()) / len(EKMAN)


def goemotions(nrc, data_dir, out_dir):
    base = os.path.join(data_dir, "goemotions", "ekman")
    names = open(os.path.join(base, "labels.txt"), encoding="utf-8").read().split()
    rows, golds = [], []
    with open(os.path.join(base, "test.tsv"), encoding="utf-8") as f:
        for line in f:
            text, labels, cid = line.rstrip("\n").split("\t")
            golds.append({names[int(x)] for x in labels.split(",")} - {"neutral"})
            rows.append((cid, raw_scores(nrc, text)))
    with open(os.path.join(out_dir, "nrclex_goemotions_test.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\t" + "\t".join(CATEGORIES) + "\n")
        for cid, s in rows:
            f.write(cid + "\t" + "\t".join(str(s[c]) for c in CATEGORIES) + "\n")
    # Presence definitions.
    present = [{e for e in EKMAN if s[e] > 0} for _, s in rows]

    def top(s, pool):
        m = max(s[c] for c in pool)
        return {e for e in EKMAN if m > 0 and s[e] == m}

    top10 = [top(s, CATEGORIES) for _, s in rows]
    top6 = [top(s, EKMAN) for _, s in rows]
    print(f"GoEmotions test ({len(rows)} comments), NRCLex Ekman F1:")
    for name, preds in (("frequency > 0", present), ("top of all 10 categories", top10), ("top of the 6 Ekman", top6)):
        per, macro = macro_f1(golds, preds)
        print(f"  {name:26} " + " ".join(f"{e} {per[e]:.3f}" for e in EKMAN) + f"  macro {macro:.3f}")


def wassa(nrc, data_dir, out_dir):
    raw = os.path.join(data_dir, "wassa2017_emoint", "raw")
    out = []
    print("WASSA-2017 test, Pearson r of NRCLex with gold intensity:")
    for emotion in WASSA:
        counts, freqs, golds = [], [], []
        with open(os.path.join(raw, f"{emotion}-ratings-0to1.test.gold.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n").rstrip("\r")
                if not line:
                    continue
                tid, text, emo, gold = line.split("\t")
                assert emo == emotion, (emo, emotion)
                s = raw_scores(nrc, text)
                total = sum(s.values())
                freq = s[emotion] / total if total else 0.0
                out.append((tid, emotion, s[emotion], freq))
                counts.append(s[emotion])
                freqs.append(freq)
                golds.append(float(gold))
        print(f"  {emotion:8} n={len(golds):4}  frequency r {pearson(freqs, golds):.3f}  count r {pearson(counts, golds):.3f}")
    with open(os.path.join(out_dir, "nrclex_wassa_test.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\temotion\tcount\tfrequency\n")
        for tid, emotion, count, freq in out:
            f.write(f"{tid}\t{emotion}\t{count}\t{freq:.6f}\n")


def emobank(nrc, data_dir, out_dir):
    lexicon = nrc.__lexicon__
    rows = []
    with open(os.path.join(data_dir, "emobank", "emobank.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["split"] != "test":
                continue
            toks = tokens(row["text"])
            words = sum(1 for t in toks if any(c in EIGHT for c in lexicon.get(t, ())))
            s = raw_scores(nrc, row["text"])
            count = sum(s[c] for c in EIGHT)
            rows.append((row["id"], words, count, float(row["A"])))
    with open(os.path.join(out_dir, "nrclex_emobank_test.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\temotion_words\temotion_count\n")
        for rid, words, count, _ in rows:
            f.write(f"{rid}\t{words}\t{count}\n")
    arousal = [r[3] for r in rows]
    print(
        f"EmoBank test ({len(rows)} sentences), Pearson r with arousal: "
        f"emotion words {pearson([r[1] for r in rows], arousal):.3f}, "
        f"emotion count {pearson([r[2] for r in rows], arousal):.3f}"
    )


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data_dir = argv[1] if len(argv) > 1 else os.path.join(root, "..", "shared", "data")
    out_dir = argv[2] if len(argv) > 2 else os.path.join(root, "tests", "data")
    if not os.path.isdir(data_dir):
        print(f"data directory {data_dir} not found; nothing to do", file=sys.stderr)
        return 1
    nrc = NRCLex()
    goemotions(nrc, data_dir, out_dir)
    wassa(nrc, data_dir, out_dir)
    emobank(nrc, data_dir, out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

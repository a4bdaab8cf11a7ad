"""Build data/emotion_lexicon.tsv: Plutchik emotions and arousal per word and phrase.

Usage, from the repository root (Python 3.11; only nltk, for its Snowball
stemmer, which needs no NLTK data):

    python3 -m venv /work/venv-emo && /work/venv-emo/bin/pip install nltk
    /work/venv-emo/bin/python scripts/build_emotion_lexicon.py \
        [--data ../shared/data] [--out data/emotion_lexicon.tsv] [--tune] [--check-emobank]

--data      the evaluation data folder (default ../shared/data); needs
            goemotions/{train,dev}.tsv and goemotions/ekman/{train,dev}.tsv
--out       where to write the lexicon (default data/emotion_lexicon.tsv)
--tune      re-run the grid search on GoEmotions dev that chose the constants
            below (ALPHA, LIFT, SCALE) and print the best settings; writes nothing
--check-emobank
            also print Pearson r of the word-arousal proxy with EmoBank *train*
            arousal (a sanity check only: no number here is fitted to EmoBank)

The output is deterministic: same inputs, same file, byte for byte. Only the
GoEmotions train and dev splits are read (never test); WASSA-2017 and EmoBank
are evaluation data and nothing here is derived from them. No NRC resource is
read or written.

Procedure
---------
1. Valence. VADER's mean valence (data/vader_lexicon.txt), pattern's
   (data/pattern_lexicon.tsv) and the project's customer lexicon
   (data/customer_lexicon.tsv), later files overriding earlier ones.
2. Vocabulary. Every alphabetic single word of those three files, plus every
   word of 3+ letters in at least MIN_DOCS_NEW (25) GoEmotions train comments,
   less STOPWORDS (function words, Reddit chatter and topic words such as
   "media" or "cake" that GoEmotions makes look emotional).
3. Counting. GoEmotions train comments are tokenized like the crate's lookup
   forms (lower case, ’ -> ', letters repeated 3+ times cut to 2, words with
   internal apostrophes or hyphens). An occurrence within 3 tokens after a
   negator in the same clause (the negators of data/vader_modifiers.tsv,
   data/customer_modifiers.tsv, data/rule_words.tsv, and any word ending in
   n't) is not counted: "not happy" is no evidence for joy. For each word w,
   n_w = comments containing w; n_wg = those of them labelled g, for the 6
   Ekman emotions (GoEmotions' own Ekman mapping, goemotions/ekman/) and for
   the 27 fine labels plus neutral.
4. Smoothing (hierarchical empirical Bayes: an informative Dirichlet prior).
   Words are binned by valence (VALENCE_BINS; "unknown" for words in no
   valence file). The bin prior q_bg is the mean rate of label g over the
   bin's words with >= 20 comments. A Snowball stem family ("annoy",
   "annoyed", "annoying") pools its counts: p_sg = (N_sg + ALPHA q_bg) /
   (N_s + ALPHA); then each word p_wg = (n_wg + ALPHA p_sg) / (n_w + ALPHA).
   A word without data inherits its family's rate, or its valence bin's.
5. Keep strong positive associations: Ekman emotion e is kept for w when
   p_we >= LIFT * b_e (b_e = the train base rate of e). Its intensity is
   v_we = SCALE_e * m_w * (p_we - b_e) / (1 - b_e), clipped to 0..1, where
   m_w = (1 - BETA) + BETA * min(1, |valence| / 3) lets strongly valenced
   words ("furious") weigh more than mild ones ("annoyed"); unknown valence
   counts as 1.5. Values under MIN_VALUE (0.1) are dropped; a word in no
   valence file keeps an emotion only from MIN_VALUE_UNKNOWN (0.3) on.
6. Valence sign, where known: joy needs valence > 0; anger, disgust, fear
   and sadness need valence < 0 (surprise has no sign), so "killing" can be
   anger but never joy. CAPS then caps a few derived values where Reddit usage
   misleads for customer comments (raters often tag "terrible" as fear;
   "sorry" is mostly an apology; "kind of", "pretty good" are hedges).
7. The project's own values, merged by maximum: CUSTOMER_EMOTIONS for common
   customer-comment words that GoEmotions leaves weak ("overcharged",
   "stale", "thrilled"); trust and anticipation seed lists with their
   inflections (TRUST_SEEDS: reliable, honest, trustworthy, professional,
   knowledgeable, recommend, guarantee, safe, ...; ANTICIPATION_SEEDS: hope,
   expect, waiting, soon, upcoming, eager, plan, ...), as GoEmotions has no
   such labels; and a joy floor, JOY_FLOOR * min(1, (valence - 1) / 2) for
   words of valence >= 1.5, so a clearly positive word evokes some joy.
8. Phrases: about 190 multi-word expressions common in customer comments
   ("fed up", "over the moon", "at my wits' end", "above and beyond",
   "never again", "can't wait", "let down", "blown away"), with intensities
   written by the project (PHRASES). The crate replaces a matched phrase's
   words by the phrase, so a phrase without a valence would hide its words'
   valence, negators, boosters and wait cue from the sentiment score: only
   phrases that another bundled file gives a valence, or whose words carry
   none of those (and that contain no other bundled phrase), are written
   (phrase_is_safe; about 110 today). The others are listed when the script
   runs and are written as soon as data/customer_lexicon.tsv scores them.
9. Arousal, for every entry: 0.5 * A_plutchik + 0.3 * A_goemotions +
   0.2 * |valence| / 4 (valence 0 when unknown), clipped to 0.05..1, where
   A_plutchik = min(1, 0.4 + top) * max_e(v_we * AROUSAL_PLUTCHIK[e]) / top
   (top = the word's strongest intensity; anger 0.9 ... sadness 0.35) and
   A_goemotions = sum_g p_wg AROUSAL_GOEMOTIONS[g] / sum_g p_wg over the 27
   emotion labels (excitement 0.9 ... relief 0.2), A_plutchik for a word
   without GoEmotions data. The two arousal tables are the project's
   placement of each emotion on Russell's circumplex, written before looking
   at any arousal rating. AROUSAL_FIXED then sets calm words ("relaxed",
   "bored", "thanks") low and rage, terror and ecstasy words high.
10. Tuning. ALPHA, LIFT, BETA and SCALE_e were chosen by grid search (--tune)
   for the Ekman macro F1 on GoEmotions dev of a simple scorer that mirrors
   the crate's: per emotion, intensity = 0.75 * max + 0.25 * s / (1 + s) over
   the comment's non-negated lexicon words and phrases (s = their sum),
   present when >= 0.25. Settings within 0.002 of the best were tied; of
   those, BETA = 0.5 was taken so intensity follows valence strength.
   Result on dev: macro F1 0.494 (anger 0.428, disgust 0.410, fear 0.580,
   joy 0.771, sadness 0.443, surprise 0.334); through the crate itself
   (examples/eval_emotion.rs --split dev) 0.490. Arousal was then checked, not
   fitted, against EmoBank train (--check-emobank): Pearson r 0.223 of the
   crate's word-arousal blend (0.6 max + 0.4 mean) with A.

Output format (parsed by cxscore::lexicon::parse_lexicon):
`term<TAB>emotions<TAB>joy=0.8,trust=0.3,arousal=0.6`.
"""

import argparse
import collections
import csv
import math
import os
import re
import sys

from nltk.stem.snowball import SnowballStemmer

EKMAN = ["anger", "disgust", "fear", "joy", "sadness", "surprise"]
PLUTCHIK = ["joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation"]
NEGATIVE_EMOTIONS = {"anger", "disgust", "fear", "sadness"}

# --- Constants chosen by --tune on GoEmotions dev (see the docstring, step 10) ---
ALPHA = 20.0
LIFT = 1.5
BETA = 0.5  # weight of the valence magnitude in the intensity (step 5)
SCALE = {"anger": 1.8, "disgust": 0.5, "fear": 0.8, "joy": 0.8, "sadness": 1.1, "surprise": 2.0}

JOY_FLOOR = 0.25  # joy of a word of valence >= 3, scaled down to 0 at valence 1 (step 6)
MIN_VALUE = 0.1  # smaller intensities are dropped
MIN_VALUE_UNKNOWN = 0.3  # a word in no valence file needs a strong association
MIN_DOCS_NEW = 25  # a GoEmotions word outside the valence files needs this many comments
MIN_DOCS_PRIOR = 20  # words with this many comments estimate the bin priors
NEGATION_WINDOW = 3
PRESENT = 0.25  # the crate's cut for an emotion to be present
PEAK_WEIGHT = 0.75  # the crate's blend of strongest mention and saturating sum

VALENCE_BINS = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]  # bin edges on VADER's -4..4 scale

# Arousal of each GoEmotions label, 0..1: the project's placement on Russell's circumplex.
AROUSAL_GOEMOTIONS = {
    "admiration": 0.55, "amusement": 0.75, "anger": 0.9, "annoyance": 0.65, "approval": 0.35,
    "caring": 0.35, "confusion": 0.5, "curiosity": 0.55, "desire": 0.65, "disappointment": 0.35,
    "disapproval": 0.45, "disgust": 0.65, "embarrassment": 0.55, "excitement": 0.9, "fear": 0.85,
    "gratitude": 0.45, "grief": 0.4, "joy": 0.7, "love": 0.6, "nervousness": 0.8, "optimism": 0.5,
    "pride": 0.6, "realization": 0.45, "relief": 0.2, "remorse": 0.4, "sadness": 0.3,
    "surprise": 0.85,
}
# Arousal of each Plutchik emotion, 0..1, same placement.
AROUSAL_PLUTCHIK = {
    "anger": 0.9, "fear": 0.85, "surprise": 0.85, "joy": 0.65, "anticipation": 0.6,
    "disgust": 0.6, "trust": 0.35, "sadness": 0.35,
}

# Function words, names, Reddit chatter and topic words that GoEmotions makes look emotional.
STOPWORDS = set("""
a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out
over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've this those through to
too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your
yours yourself yourselves im ive dont doesnt didnt cant isnt wasnt thats theres youre id its ill
just like get got one would really people think know also even still much well way go going make
made say said see time thing things something anything everything nothing someone anyone everyone
yeah yes yep nope ok okay oh ah um uh hmm lol lmao haha
name reddit sub subreddit post posts comment comments upvote downvote thread op mods
game games team player players season fans fan year years day days week weeks guy guys man dude
bro mom dad kid kids wife husband girl boy girls boys gf bf
allowed amount animals birthday burn cake changed color complete downvoted explain finish happened
hear laws legs liberals media monster mouth noticed per referring reality rip shut till trolling
""".split())
# Caps the project puts on derived emotions where GoEmotions' Reddit usage
# misleads for customer comments: {word: {emotion: maximum}} (0 removes it).
CAPS = {
    "sorry": {"sadness": 0.2},  # mostly an apology here, scored by the recovery rules
    "please": {"joy": 0},  # politeness
    "kind": {"joy": 0.3},  # "kind of" is a hedge
    "pretty": {"joy": 0.2},  # "pretty good": a degree adverb
    "super": {"joy": 0.3},  # "super slow": a degree adverb
    "fine": {"joy": 0.2},  # lukewarm in reviews
    "terrible": {"fear": 0.15},  # GoEmotions raters often tag "terrible" as fear
    "horrible": {"fear": 0.2},
    "fucking": {"anger": 0.4},  # mostly an intensifier ("fucking amazing")
    "fuckin": {"anger": 0.4},
    "advice": {"joy": 0},  # thanks for advice on Reddit
    "wonder": {"surprise": 0.4},  # "I wonder": curiosity, weak surprise
    "wondering": {"surprise": 0.4},
    "wait": {"surprise": 0},  # "wait, what?" on Reddit; customers wait for service
    "question": {"surprise": 0},
    "questions": {"surprise": 0},
}

# Emotions the project writes for common customer-comment words that
# GoEmotions' Reddit comments leave weak or wrong ("terrible service" is
# anger, disgust and sadness, not fear); merged by maximum with the derived values.
CUSTOMER_EMOTIONS = {
    "terrible": {"anger": 0.3, "disgust": 0.3, "sadness": 0.3},
    "terribly": {"anger": 0.3, "sadness": 0.3},
    "horrible": {"anger": 0.35, "disgust": 0.35, "sadness": 0.25},
    "horribly": {"anger": 0.3, "sadness": 0.3},
    "awful": {"anger": 0.3, "disgust": 0.4, "sadness": 0.3},
    "appalling": {"anger": 0.6, "disgust": 0.6},
    "appalled": {"anger": 0.6, "disgust": 0.6, "surprise": 0.3},
    "atrocious": {"anger": 0.5, "disgust": 0.6},
    "dreadful": {"disgust": 0.4, "sadness": 0.4, "fear": 0.2},
    "abysmal": {"anger": 0.4, "disgust": 0.5, "sadness": 0.3},
    "shoddy": {"anger": 0.4, "disgust": 0.4},
    "slow": {"anger": 0.3, "sadness": 0.2},
    "incompetent": {"anger": 0.5, "disgust": 0.3},
    "incompetence": {"anger": 0.5, "disgust": 0.3},
    "unprofessional": {"anger": 0.5, "disgust": 0.3},
    "overpriced": {"anger": 0.3, "disgust": 0.3},
    "overcharged": {"anger": 0.6, "disgust": 0.3},
    "stale": {"disgust": 0.5},
    "mouldy": {"disgust": 0.8},
    "moldy": {"disgust": 0.8},
    "greasy": {"disgust": 0.5},
    "smelly": {"disgust": 0.7},
    "stinks": {"disgust": 0.7, "anger": 0.3},
    "filthy": {"disgust": 0.8},
    "dirty": {"disgust": 0.5},
    "cockroach": {"disgust": 0.8, "fear": 0.3},
    "cockroaches": {"disgust": 0.8, "fear": 0.3},
    "mediocre": {"sadness": 0.4},
    "bland": {"sadness": 0.3, "disgust": 0.2},
    "damaged": {"sadness": 0.4, "anger": 0.3},
    "broken": {"sadness": 0.4, "anger": 0.3},
    "cancelled": {"sadness": 0.4, "anger": 0.3},
    "canceled": {"sadness": 0.4, "anger": 0.3},
    "scam": {"anger": 0.7, "disgust": 0.5, "fear": 0.2},
    "scammed": {"anger": 0.7, "disgust": 0.5, "sadness": 0.3},
    "lied": {"anger": 0.7, "disgust": 0.4},
    "liars": {"anger": 0.7, "disgust": 0.5},
    "hassle": {"anger": 0.4},
    "disaster": {"sadness": 0.5, "anger": 0.4, "fear": 0.3},
    "nightmare": {"fear": 0.5, "anger": 0.4, "sadness": 0.3},
    "unacceptable": {"anger": 0.7, "disgust": 0.3},
    "disrespectful": {"anger": 0.7, "disgust": 0.4},
    "condescending": {"anger": 0.6, "disgust": 0.4},
    "ignored": {"anger": 0.5, "sadness": 0.4},
    "useless": {"anger": 0.5, "disgust": 0.3},
    "worst": {"anger": 0.5, "disgust": 0.5},
    "pleasant": {"joy": 0.5},
    "pleasantly": {"joy": 0.5, "surprise": 0.4},
    "friendly": {"joy": 0.4},
    "satisfied": {"joy": 0.5, "trust": 0.3},
    "pleased": {"joy": 0.6},
    "exceptional": {"joy": 0.6, "surprise": 0.2},
    "perfect": {"joy": 0.5},
    "perfectly": {"joy": 0.4},
    "thrilled": {"joy": 0.9, "surprise": 0.2},
    "delighted": {"joy": 0.8},
    "ecstatic": {"joy": 0.9},
    "overjoyed": {"joy": 0.9},
    "elated": {"joy": 0.9},
    "happier": {"joy": 0.7},
    "happiest": {"joy": 0.9},
    "enjoyed": {"joy": 0.6},
    "enjoyable": {"joy": 0.6},
    "grateful": {"joy": 0.6, "trust": 0.3},
    "relieved": {"joy": 0.5},
    "delicious": {"joy": 0.6},
    "wonderful": {"joy": 0.7},
    "superb": {"joy": 0.7},
    "fantastic": {"joy": 0.7},
    "impressed": {"joy": 0.5, "surprise": 0.3},
    "impressive": {"joy": 0.5, "surprise": 0.3},
    "unexpected": {"surprise": 0.7},
    "unexpectedly": {"surprise": 0.7},
    "surprisingly": {"surprise": 0.6},
    "astonished": {"surprise": 0.9},
    "astonishing": {"surprise": 0.8},
    "stunned": {"surprise": 0.8},
    "speechless": {"surprise": 0.8},
}
# Arousal the project fixes for calm and for excited words, whatever the rule
# gives: {word: arousal}. Calm, contented and bored states are low; rage,
# terror, ecstasy and shock are high (Russell's circumplex).
AROUSAL_FIXED = {}
for _words, _arousal in (
    ("""calm calming calmly relaxed relaxing relax restful peaceful peacefully serene tranquil quiet
        cozy cosy comfy comfortable comfortably content contented leisurely mellow gentle gently
        soothing soothed bored boring dull tedious sleepy tired weary meh""", 0.2),
    ("""satisfied satisfactory fine okay relieved relief mediocre bland lonely depressed gloomy
        melancholy sorry disappointed disappointing thank thanks thx""", 0.3),
    ("""thrilled ecstatic elated exhilarated exhilarating euphoric overjoyed furious enraged
        outraged livid irate infuriated infuriating terrified terrifying horrified panic panicked
        panicking hysterical screaming screamed shocked shocking stunned astonished astounded
        rage raging""", 0.9),
    ("excited exciting amazed wow omg insane unbelievable incredible", 0.8),
):
    for _w in _words.split():
        AROUSAL_FIXED[_w] = _arousal

# --- Trust seeds (project-written): the word and its inflections, intensity 0..1 ---
TRUST_SEEDS = {
    0.8: "trustworthy trustworthiness",
    0.7: """trust trusted trusts reliable dependable honest honesty reliability truthful
        reputable faithful faithfully knowledgeable knowledgable competent competence vouch vouched
        professionalism recommend recommends recommended recommending""",
    0.6: """reliably dependability integrity sincere loyal devoted credible professional
        professionally consistent consistently consistency thorough meticulous diligent conscientious
        expertise expert experts skilled skillful skilful capable qualified reassuring reassured reassure
        reassurance assurance assured guarantee guaranteed guarantees guaranteeing secure securely
        rely relied relies relying respected respectful fairness ethical accountable accountability
        truthfully legit legitimate recommendation endorse endorsed endorses proven admire admired
        admiration""",
    0.5: """trusting trustful sincerely genuine genuinely authentic transparent transparency
        candid upfront straightforward confident confidence confidently safe safely safety secured
        security protected protective faith believe believed believes believing respect respects
        respectfully fair principled responsible responsibly loyalty committed commitment dedicated
        dedication accurate accurately precise precisely certified accredited licensed punctual
        efficient efficiently organized organised supportive considerate accommodating courteous
        attentive attentively careful carefully thoroughly recommendations warranty verified
        well-trained well-run reputation reliant caring""",
    0.4: """helpful polite politely friendly welcoming welcomed patient patiently patience
        understanding solid sturdy durable robust stable steady dependably go-to honorable
        honourable decent decency kindness kindly informative informed clear clearly
        forthcoming responsive organised""",
}
# --- Anticipation seeds (project-written) ---
ANTICIPATION_SEEDS = {
    0.8: "anticipation anticipating anticipate eager eagerly eagerness countdown",
    0.7: """anticipated hopeful hopefully awaiting await awaits upcoming suspense suspenseful
        longing yearning yearn impatient impatiently optimistic optimism vigilant vigilance""",
    0.6: """hope hopes hoping hoped expect expecting expects expectation anticipates awaited
        preorder pre-order preordered pre-ordered excited wish wishing imminent prospect prospects
        planning curious intrigued watchful pending apprehensive dread dreading""",
    0.5: """expectations expected soon plan plans planned intend intends intending wished wishes
        future someday desire desired predict prediction foresee promising interested curiosity
        ready prepare preparing prepared scheduled forthcoming pessimistic pessimism anxious
        anxiously ambitious ambition eventually""",
    0.4: """waiting sooner tomorrow intended intention intentions aim aiming goal goals
        potential predicted forecast approaching looming interest readiness exciting worried
        nervous anxiety alert reserve reserved booked booking""",
    0.3: "wait waits",
    0.15: "waited",  # mostly the past wait of a complaint: too weak to count alone
}

# --- Phrases (project-written intensities). term: {emotion: value} ---
PHRASES = {
    # anger, frustration
    "fed up": {"anger": 0.7, "disgust": 0.3, "sadness": 0.2},
    "fed up with": {"anger": 0.7, "disgust": 0.3, "sadness": 0.2},
    "sick and tired": {"anger": 0.8, "disgust": 0.4, "sadness": 0.2},
    "sick of": {"anger": 0.6, "disgust": 0.5},
    "tired of": {"anger": 0.5, "sadness": 0.3},
    "at my wits' end": {"anger": 0.6, "sadness": 0.4, "fear": 0.2},
    "at my wits end": {"anger": 0.6, "sadness": 0.4, "fear": 0.2},
    "at our wits' end": {"anger": 0.6, "sadness": 0.4, "fear": 0.2},
    "pissed off": {"anger": 0.9},
    "ticked off": {"anger": 0.7},
    "the last straw": {"anger": 0.8, "disgust": 0.3},
    "last straw": {"anger": 0.8, "disgust": 0.3},
    "had enough": {"anger": 0.6, "disgust": 0.3},
    "enough is enough": {"anger": 0.7, "disgust": 0.3},
    "up in arms": {"anger": 0.8},
    "lost my temper": {"anger": 0.8},
    "blood boiling": {"anger": 0.9},
    "blood boil": {"anger": 0.9},
    "made my blood boil": {"anger": 0.9},
    "hit the roof": {"anger": 0.8},
    "went ballistic": {"anger": 0.9},
    "drives me crazy": {"anger": 0.7},
    "drove me crazy": {"anger": 0.7},
    "driving me crazy": {"anger": 0.7},
    "drives me nuts": {"anger": 0.7},
    "drove me nuts": {"anger": 0.7},
    "shame on you": {"anger": 0.7, "disgust": 0.5},
    "shame on them": {"anger": 0.7, "disgust": 0.5},
    "how dare": {"anger": 0.8, "disgust": 0.3},
    "what a joke": {"anger": 0.6, "disgust": 0.6},
    "total joke": {"anger": 0.5, "disgust": 0.6},
    "complete joke": {"anger": 0.5, "disgust": 0.6},
    "what the hell": {"anger": 0.6, "surprise": 0.5},
    "what the heck": {"anger": 0.4, "surprise": 0.5},
    "what the fuck": {"anger": 0.7, "surprise": 0.5},
    "are you kidding me": {"anger": 0.6, "surprise": 0.6},
    "you've got to be kidding": {"anger": 0.5, "surprise": 0.6},
    "rip off": {"anger": 0.7, "disgust": 0.5},
    "ripped off": {"anger": 0.8, "disgust": 0.5, "sadness": 0.2},
    "ripped us off": {"anger": 0.8, "disgust": 0.5, "sadness": 0.2},
    "ripped me off": {"anger": 0.8, "disgust": 0.5, "sadness": 0.2},
    "waste of money": {"anger": 0.5, "disgust": 0.5, "sadness": 0.3},
    "waste of time": {"anger": 0.5, "disgust": 0.4, "sadness": 0.2},
    "never again": {"anger": 0.6, "disgust": 0.5},
    "never ever again": {"anger": 0.7, "disgust": 0.5},
    "still waiting": {"anger": 0.5, "anticipation": 0.4, "sadness": 0.2},
    "never heard back": {"anger": 0.5, "sadness": 0.3},
    "no response": {"anger": 0.4, "sadness": 0.3},
    "kept in the dark": {"anger": 0.5, "fear": 0.3},
    "left in the dark": {"anger": 0.5, "fear": 0.3},
    "on hold forever": {"anger": 0.6, "sadness": 0.2},
    "passed from pillar to post": {"anger": 0.6},
    "the runaround": {"anger": 0.6, "disgust": 0.3},
    "to no avail": {"sadness": 0.5, "anger": 0.4},
    # disgust
    "grossed out": {"disgust": 0.9},
    "made me sick": {"disgust": 0.8, "anger": 0.3},
    "sick to my stomach": {"disgust": 0.8, "fear": 0.3},
    "left a bad taste": {"disgust": 0.7, "anger": 0.3},
    "bad taste in my mouth": {"disgust": 0.7, "anger": 0.3},
    "not impressed": {"disgust": 0.4, "anger": 0.3, "sadness": 0.3},
    "thumbs down": {"disgust": 0.4, "anger": 0.3, "sadness": 0.2},
    "down the drain": {"sadness": 0.5, "anger": 0.4},
    # sadness, disappointment
    "let down": {"sadness": 0.6, "anger": 0.3},
    "let me down": {"sadness": 0.6, "anger": 0.3},
    "let us down": {"sadness": 0.6, "anger": 0.3},
    "let down by": {"sadness": 0.6, "anger": 0.3},
    "fell short": {"sadness": 0.5, "anger": 0.3},
    "falls short": {"sadness": 0.5, "anger": 0.3},
    "fell apart": {"sadness": 0.5, "anger": 0.3},
    "not worth it": {"sadness": 0.3, "anger": 0.3, "disgust": 0.3},
    "heart sank": {"sadness": 0.7, "fear": 0.3},
    "my heart sank": {"sadness": 0.7, "fear": 0.3},
    "broke my heart": {"sadness": 0.8},
    "breaks my heart": {"sadness": 0.8},
    "heart goes out": {"sadness": 0.6, "trust": 0.3},
    "in tears": {"sadness": 0.7},
    "burst into tears": {"sadness": 0.8},
    "down in the dumps": {"sadness": 0.8},
    "at a loss": {"sadness": 0.4, "surprise": 0.3},
    "beside myself": {"anger": 0.5, "sadness": 0.4, "fear": 0.3},
    "passed away": {"sadness": 0.9},
    "rest in peace": {"sadness": 0.8},
    "what a shame": {"sadness": 0.6},
    "such a shame": {"sadness": 0.6},
    "such a pity": {"sadness": 0.6},
    # fear
    "scared to death": {"fear": 0.9},
    "scared stiff": {"fear": 0.9},
    "worried sick": {"fear": 0.8, "sadness": 0.3},
    "on edge": {"fear": 0.6, "anger": 0.2},
    "on pins and needles": {"fear": 0.5, "anticipation": 0.6},
    "freaked out": {"fear": 0.7, "surprise": 0.3},
    "freaked me out": {"fear": 0.7, "surprise": 0.3},
    "gave me the creeps": {"fear": 0.7, "disgust": 0.4},
    "panic attack": {"fear": 0.9},
    "worst nightmare": {"fear": 0.8, "sadness": 0.3},
    "at risk": {"fear": 0.6},
    "felt unsafe": {"fear": 0.8},
    "felt threatened": {"fear": 0.8, "anger": 0.3},
    # surprise
    "blown away": {"surprise": 0.8, "joy": 0.7},
    "blew me away": {"surprise": 0.8, "joy": 0.7},
    "blew us away": {"surprise": 0.8, "joy": 0.7},
    "pleasantly surprised": {"surprise": 0.8, "joy": 0.6},
    "lost for words": {"surprise": 0.7},
    "jaw dropped": {"surprise": 0.8},
    "jaw dropping": {"surprise": 0.8, "joy": 0.3},
    "out of the blue": {"surprise": 0.7},
    "out of nowhere": {"surprise": 0.6},
    "caught off guard": {"surprise": 0.7, "fear": 0.3},
    "taken aback": {"surprise": 0.7},
    "who knew": {"surprise": 0.5},
    "can't believe": {"surprise": 0.6},
    "cannot believe": {"surprise": 0.6},
    "couldn't believe": {"surprise": 0.6},
    "hard to believe": {"surprise": 0.5},
    "didn't expect": {"surprise": 0.6},
    "did not expect": {"surprise": 0.6},
    "never expected": {"surprise": 0.6},
    "oh my god": {"surprise": 0.8},
    "oh my gosh": {"surprise": 0.7},
    "my goodness": {"surprise": 0.6},
    "holy cow": {"surprise": 0.8},
    "no way": {"surprise": 0.5},
    # joy
    "over the moon": {"joy": 0.9},
    "on cloud nine": {"joy": 0.9},
    "on top of the world": {"joy": 0.9},
    "walking on air": {"joy": 0.9},
    "thrilled to bits": {"joy": 0.9},
    "tickled pink": {"joy": 0.8},
    "dream come true": {"joy": 0.9, "surprise": 0.3},
    "couldn't be happier": {"joy": 0.9},
    "could not be happier": {"joy": 0.9},
    "happy camper": {"joy": 0.7},
    "made my day": {"joy": 0.8, "surprise": 0.3},
    "made our day": {"joy": 0.8, "surprise": 0.3},
    "made my week": {"joy": 0.8, "surprise": 0.3},
    "out of this world": {"joy": 0.8, "surprise": 0.5},
    "a breath of fresh air": {"joy": 0.5, "surprise": 0.3},
    "what a relief": {"joy": 0.6},
    "sigh of relief": {"joy": 0.5},
    "weight off my shoulders": {"joy": 0.6},
    "piece of cake": {"joy": 0.4},
    "peace and quiet": {"joy": 0.4},
    "worth every penny": {"joy": 0.6, "trust": 0.4},
    "worth the wait": {"joy": 0.5, "anticipation": 0.3},
    "well worth": {"joy": 0.4},
    "thumbs up": {"joy": 0.5, "trust": 0.3},
    "hats off": {"joy": 0.4, "trust": 0.5},
    "top notch": {"joy": 0.5, "trust": 0.5},
    "second to none": {"joy": 0.5, "trust": 0.5},
    "five stars": {"joy": 0.5, "trust": 0.4},
    "felt at home": {"joy": 0.5, "trust": 0.5},
    "made us feel welcome": {"joy": 0.6, "trust": 0.5},
    "made me feel welcome": {"joy": 0.6, "trust": 0.5},
    "like a charm": {"joy": 0.5, "trust": 0.4},
    # trust
    "above and beyond": {"joy": 0.6, "trust": 0.6, "surprise": 0.3},
    "went the extra mile": {"joy": 0.5, "trust": 0.6, "surprise": 0.3},
    "go the extra mile": {"joy": 0.5, "trust": 0.6, "surprise": 0.3},
    "goes the extra mile": {"joy": 0.5, "trust": 0.6, "surprise": 0.3},
    "out of their way": {"joy": 0.4, "trust": 0.5, "surprise": 0.3},
    "peace of mind": {"trust": 0.7, "joy": 0.3},
    "in good hands": {"trust": 0.8},
    "rest assured": {"trust": 0.6},
    "count on": {"trust": 0.6},
    "rely on": {"trust": 0.6},
    "depend on": {"trust": 0.5},
    "highly recommend": {"trust": 0.7, "joy": 0.4},
    "highly recommended": {"trust": 0.7, "joy": 0.4},
    "would recommend": {"trust": 0.6},
    "never disappoints": {"trust": 0.7, "joy": 0.5},
    "never fails": {"trust": 0.6},
    "no complaints": {"trust": 0.4, "joy": 0.3},
    "value for money": {"trust": 0.4, "joy": 0.3},
    "true to their word": {"trust": 0.8},
    "kept their word": {"trust": 0.7},
    "kept their promise": {"trust": 0.7},
    # anticipation
    "can't wait": {"anticipation": 0.9, "joy": 0.5},
    "cannot wait": {"anticipation": 0.9, "joy": 0.5},
    "cant wait": {"anticipation": 0.9, "joy": 0.5},
    "can hardly wait": {"anticipation": 0.9, "joy": 0.4},
    "looking forward": {"anticipation": 0.8, "joy": 0.4},
    "look forward": {"anticipation": 0.8, "joy": 0.4},
    "looks forward": {"anticipation": 0.7, "joy": 0.3},
    "looked forward": {"anticipation": 0.7},
    "fingers crossed": {"anticipation": 0.7, "fear": 0.2},
    "counting down": {"anticipation": 0.8},
    "counting the days": {"anticipation": 0.8, "joy": 0.3},
    "counting on": {"anticipation": 0.5, "trust": 0.4},
    "coming soon": {"anticipation": 0.7},
    "any day now": {"anticipation": 0.6},
    "stay tuned": {"anticipation": 0.7},
    "on its way": {"anticipation": 0.5},
    "next time": {"anticipation": 0.4},
    "in the future": {"anticipation": 0.3},
}


# --- Reading -----------------------------------------------------------------

WORD_RE = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
TOKEN_RE = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[.,;:!?()]")
CLAUSE_BREAK = set(".,;:!?()")
ELONGATION_RE = re.compile(r"([a-z])\1{2,}")


def tokenize(text):
    """Lower-case word tokens and clause-breaking punctuation, like the crate's lookup forms."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = ELONGATION_RE.sub(r"\1\1", text)
    return TOKEN_RE.findall(text)


def read_lexicon_file(path):
    """(term, second field, third field or None) for every record line of a lexicon file."""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line == "#" or line.startswith("# "):
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                continue
            yield fields[0].strip(), fields[1].strip(), (fields[2].strip() if len(fields) > 2 else None)


def read_valence(root):
    """word -> valence (-4..4) from VADER, pattern, then the customer lexicon (later wins)."""
    valence = {}
    for name in ("vader_lexicon.txt", "pattern_lexicon.tsv", "customer_lexicon.tsv"):
        for term, second, _ in read_lexicon_file(os.path.join(root, "data", name)):
            term = term.lower()
            if not WORD_RE.match(term):
                continue
            try:
                valence[term] = float(second)
            except ValueError:
                continue
    return valence


# Cues that do not touch the sentiment score; a phrase may swallow words carrying them.
HARMLESS_CUES = {"first_person", "story", "modal", "polite", "compare", "least"}


def read_rule_info(root):
    """What the other bundled files say about words and phrases.

    Returns (phrases, words): phrase token tuple -> set of kinds, and word ->
    set of kinds, a kind being "valence", "idiom", "booster", "negator",
    "contrast" or "cue:<name>".
    """
    phrases = collections.defaultdict(set)
    words = collections.defaultdict(set)
    for name in ("vader_lexicon.txt", "pattern_lexicon.tsv", "vader_modifiers.tsv", "rule_words.tsv",
                 "customer_lexicon.tsv", "customer_modifiers.tsv"):
        for term, second, third in read_lexicon_file(os.path.join(root, "data", name)):
            try:
                float(second)
                kind = "valence"
            except ValueError:
                kind = f"cue:{third}" if second == "cue" else second
            tokens = tuple(tokenize(term))
            if len(tokens) > 1:
                phrases[tokens].add(kind)
            elif tokens:
                words[tokens[0]].add(kind)
    return phrases, words


def phrase_is_safe(phrase, rule_phrases, rule_words):
    """Whether adding `phrase` leaves the sentiment score as it was (step 8).

    The crate replaces a matched phrase's words by the phrase, so a phrase
    without a valence would hide its words' valence, negation, boosters and
    wait cue. A phrase is safe when another bundled file gives it a valence,
    or when none of its words carries any of those and it contains no other
    bundled phrase (which it would shadow, being longer).
    """
    tokens = tuple(tokenize(phrase))
    kinds = rule_phrases.get(tokens, set())
    if kinds & {"valence", "idiom"}:
        return True
    if kinds:
        return False
    for t in tokens:
        if {k for k in rule_words.get(t, ()) if k.removeprefix("cue:") not in HARMLESS_CUES}:
            return False
    for other in rule_phrases:
        n = len(other)
        if n < len(tokens) and any(tokens[i:i + n] == other for i in range(len(tokens) - n + 1)):
            return False
    return True


def read_negators(root):
    negators = set()
    for name in ("vader_modifiers.tsv", "customer_modifiers.tsv", "rule_words.tsv"):
        for term, second, _ in read_lexicon_file(os.path.join(root, "data", name)):
            if second == "negator" and " " not in term:
                negators.add(term.lower())
    return negators


def read_goemotions(data_dir, split):
    """[(tokens, ekman label set, fine label set)] for one split (train or dev only)."""
    assert split in ("train", "dev"), "never build from the test split"
    base = os.path.join(data_dir, "goemotions")
    fine_names = open(os.path.join(base, "labels.txt"), encoding="utf-8").read().split()
    ekman_names = open(os.path.join(base, "ekman", "labels.txt"), encoding="utf-8").read().split()
    fine = {}
    with open(os.path.join(base, f"{split}.tsv"), encoding="utf-8") as f:
        for line in f:
            text, labels, cid = line.rstrip("\n").split("\t")
            fine[cid] = {fine_names[int(x)] for x in labels.split(",")}
    docs = []
    with open(os.path.join(base, "ekman", f"{split}.tsv"), encoding="utf-8") as f:
        for line in f:
            text, labels, cid = line.rstrip("\n").split("\t")
            ekman = {ekman_names[int(x)] for x in labels.split(",")} - {"neutral"}
            docs.append((tokenize(text), ekman, fine[cid]))
    return docs


def is_negator(token, negators):
    return token in negators or token.endswith("n't")


def non_negated(tokens, negators):
    """Indices of word tokens not within NEGATION_WINDOW after a negator in the same clause."""
    keep = []
    last_negator = -100
    for i, token in enumerate(tokens):
        if token in CLAUSE_BREAK:
            last_negator = -100
            continue
        if is_negator(token, negators):
            last_negator = i
            continue
        if i - last_negator > NEGATION_WINDOW:
            keep.append(i)
    return keep


# --- Statistics ----------------------------------------------------------------


def valence_bin(v):
    if v is None:
        return "unknown"
    for i, edge in enumerate(VALENCE_BINS):
        if v < edge:
            return i
    return len(VALENCE_BINS)


class Stats:
    """Document counts per word and label over GoEmotions train."""

    def __init__(self, docs, negators):
        self.n_docs = len(docs)
        self.labels = EKMAN + sorted(AROUSAL_GOEMOTIONS) + ["neutral"]
        self.label_index = {g: i for i, g in enumerate(self.labels)}
        self.base = [0.0] * len(self.labels)
        self.count = collections.Counter()
        self.joint = collections.defaultdict(lambda: [0] * len(self.labels))
        for tokens, ekman, fine in docs:
            idx = [self.label_index[g] for g in list(ekman) + list(fine)]
            for k in idx:
                self.base[k] += 1
            words = {tokens[i] for i in non_negated(tokens, negators)}
            for w in words:
                self.count[w] += 1
                row = self.joint[w]
                for k in idx:
                    row[k] += 1
        self.base = [b / self.n_docs for b in self.base]


def posteriors(vocab, stats, valence, alpha, stemmer):
    """word -> list of smoothed label rates (hierarchical: bin prior -> stem family -> word)."""
    nl = len(stats.labels)
    # Bin priors: mean rate over the bin's well-attested words.
    sums = collections.defaultdict(lambda: [0.0] * nl)
    ns = collections.Counter()
    for w in vocab:
        n = stats.count.get(w, 0)
        if n >= MIN_DOCS_PRIOR:
            b = valence_bin(valence.get(w))
            row = stats.joint[w]
            for k in range(nl):
                sums[b][k] += row[k] / n
            ns[b] += 1
    prior = {}
    for b in list(range(len(VALENCE_BINS) + 1)) + ["unknown"]:
        if ns[b]:
            prior[b] = [s / ns[b] for s in sums[b]]
        else:
            prior[b] = list(stats.base)
    # Stem families over every counted word (not only the vocabulary).
    family_n = collections.Counter()
    family_joint = collections.defaultdict(lambda: [0] * nl)
    stem_of = {}
    for w, n in stats.count.items():
        s = stemmer.stem(w)
        stem_of[w] = s
        family_n[s] += n
        fj = family_joint[s]
        for k, c in enumerate(stats.joint[w]):
            fj[k] += c
    out = {}
    for w in vocab:
        q = prior[valence_bin(valence.get(w))]
        s = stem_of.get(w) or stemmer.stem(w)
        fn = family_n.get(s, 0)
        fj = family_joint.get(s)
        if fn and fj is not None:
            pf = [(fj[k] + alpha * q[k]) / (fn + alpha) for k in range(nl)]
        else:
            pf = q
        n = stats.count.get(w, 0)
        row = stats.joint.get(w)
        if n and row is not None:
            out[w] = [(row[k] + alpha * pf[k]) / (n + alpha) for k in range(nl)]
        else:
            out[w] = pf
    return out


def derive_emotions(post, stats, valence, lift, scale, beta):
    """word -> {ekman emotion: value} by steps 5 and 6 of the procedure."""
    result = {}
    for w, p in post.items():
        v = valence.get(w)
        # Step 5: the valence magnitude scales the intensity (unknown valence counts as 1.5).
        strength = (1.0 - beta) + beta * min(1.0, (abs(v) if v is not None else 1.5) / 3.0)
        emotions = {}
        for e in EKMAN:
            k = stats.label_index[e]
            b = stats.base[k]
            if p[k] < lift * b:
                continue
            if v is not None:
                if e == "joy" and v <= 0:
                    continue
                if e in NEGATIVE_EMOTIONS and v >= 0:
                    continue
            value = min(1.0, scale[e] * strength * (p[k] - b) / (1.0 - b))
            if value >= (MIN_VALUE if v is not None else MIN_VALUE_UNKNOWN):
                emotions[e] = value
        for e, cap in CAPS.get(w, {}).items():
            if e in emotions:
                emotions[e] = min(emotions[e], cap)
                if emotions[e] < MIN_VALUE:
                    del emotions[e]
        if emotions:
            result[w] = emotions
    return result


def seed_entries(seeds):
    out = {}
    for value, words in seeds.items():
        for w in words.split():
            out[w] = max(out.get(w, 0.0), value)
    return out


def arousal_of(emotions, goemo_rates, stats, val):
    """Step 9: arousal from the emotion mix and the valence magnitude."""
    top = max(emotions.values())
    mix = max(emotions[e] * AROUSAL_PLUTCHIK[e] for e in emotions) / top
    a_plutchik = mix * min(1.0, 0.4 + top)
    if goemo_rates is not None:
        total = 0.0
        weighted = 0.0
        for g, a in AROUSAL_GOEMOTIONS.items():
            r = goemo_rates[stats.label_index[g]]
            total += r
            weighted += r * a
        a_goemo = weighted / total if total else a_plutchik
    else:
        a_goemo = a_plutchik
    magnitude = abs(val) / 4.0 if val is not None else 0.0
    return min(1.0, max(0.05, 0.5 * a_plutchik + 0.3 * a_goemo + 0.2 * magnitude))


def build_entries(vocab, stats, valence, stemmer, alpha, lift, scale, beta, phrases=None):
    """term -> {emotion: value, ..., 'arousal': value}, words and phrases."""
    post = posteriors(vocab, stats, valence, alpha, stemmer)
    derived = derive_emotions(post, stats, valence, lift, scale, beta)
    trust = seed_entries(TRUST_SEEDS)
    anticipation = seed_entries(ANTICIPATION_SEEDS)
    entries = {}
    floor = {
        w: round(JOY_FLOOR * min(1.0, (v - 1.0) / 2.0), 2)
        for w, v in valence.items()
        if w in vocab and v >= 1.5
    }
    for w in sorted(set(derived) | set(trust) | set(anticipation) | set(CUSTOMER_EMOTIONS) | set(floor)):
        emotions = dict(derived.get(w, {}))
        for e, x in CUSTOMER_EMOTIONS.get(w, {}).items():
            emotions[e] = max(emotions.get(e, 0.0), x)
        if floor.get(w, 0.0) > 0:
            emotions["joy"] = max(emotions.get("joy", 0.0), floor[w])
        if w in trust:
            emotions["trust"] = max(emotions.get("trust", 0.0), trust[w])
        if w in anticipation:
            emotions["anticipation"] = max(emotions.get("anticipation", 0.0), anticipation[w])
        emotions = {e: round(x, 2) for e, x in emotions.items() if round(x, 2) > 0}
        if not emotions:
            continue
        has_data = stats.count.get(w, 0) > 0
        arousal = arousal_of(emotions, post.get(w) if has_data else None, stats, valence.get(w))
        emotions["arousal"] = round(AROUSAL_FIXED.get(w, arousal), 2)
        entries[w] = emotions
    for phrase, emotions in PHRASES.items():
        if phrases is not None and phrase not in phrases:
            continue
        emotions = {e: round(x, 2) for e, x in emotions.items()}
        # A phrase's valence: the mean of its words' known valences, for the arousal rule.
        vals = [valence[t] for t in phrase.split() if t in valence]
        val = sum(vals) / len(vals) if vals else None
        emotions["arousal"] = round(arousal_of(emotions, None, stats, val), 2)
        entries[phrase] = emotions
    return entries


# --- The proxy scorer ------------------------------------------------------------


def compile_phrases(entries):
    """first word -> [(tokens, term)], longest first."""
    heads = collections.defaultdict(list)
    for term in entries:
        if " " in term:
            toks = tokenize(term)
            heads[toks[0]].append((toks, term))
    for v in heads.values():
        v.sort(key=lambda x: -len(x[0]))
    return heads


def matched_terms(tokens, entries, heads, negators):
    """Non-negated lexicon terms of a token list, phrases first (greedy, longest)."""
    out = []
    last_negator = -100
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t in CLAUSE_BREAK:
            last_negator = -100
            i += 1
            continue
        negated = i - last_negator <= NEGATION_WINDOW
        phrase = None
        for toks, term in heads.get(t, ()):
            if tokens[i:i + len(toks)] == toks:
                phrase = (toks, term)
                break
        if phrase is not None:
            if not negated:
                out.append(phrase[1])
            i += len(phrase[0])
            continue
        if is_negator(t, negators):
            last_negator = i
        elif not negated and t in entries:
            out.append(t)
        i += 1
    return out


def intensities(terms, entries, emotions):
    result = {}
    for e in emotions:
        xs = [entries[t].get(e, 0.0) for t in terms]
        if not xs:
            result[e] = 0.0
            continue
        s = sum(xs)
        result[e] = PEAK_WEIGHT * max(xs) + (1 - PEAK_WEIGHT) * s / (1 + s)
    return result


def f1(tp, fp, fn):
    if tp == 0:
        return 0.0
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    return 2 * p * r / (p + r)


def proxy_f1(docs, entries, negators):
    """Per-emotion F1 and macro F1 of the proxy scorer on (tokens, ekman) docs."""
    heads = compile_phrases(entries)
    counts = {e: [0, 0, 0] for e in EKMAN}
    for tokens, gold, _ in docs:
        terms = matched_terms(tokens, entries, heads, negators)
        inten = intensities(terms, entries, EKMAN)
        for e in EKMAN:
            pred = inten[e] >= PRESENT
            g = e in gold
            if pred and g:
                counts[e][0] += 1
            elif pred:
                counts[e][1] += 1
            elif g:
                counts[e][2] += 1
    per = {e: f1(*counts[e]) for e in EKMAN}
    return per, sum(per.values()) / len(per)


def pearson(xs, ys):
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def emobank_train_check(data_dir, entries, negators):
    """Pearson r of the crate's word-arousal blend (0.6 max + 0.4 mean) with EmoBank train A."""
    heads = compile_phrases(entries)
    xs, ys = [], []
    with open(os.path.join(data_dir, "emobank", "emobank.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["split"] != "train":
                continue
            terms = matched_terms(tokenize(row["text"]), entries, heads, negators)
            ar = [entries[t]["arousal"] for t in terms]
            xs.append(0.6 * max(ar) + 0.4 * sum(ar) / len(ar) if ar else 0.0)
            ys.append(float(row["A"]))
    return pearson(xs, ys), len(xs)


# --- Output ----------------------------------------------------------------------

HEADER = """# Emotion lexicon: Plutchik's eight emotions and arousal per English word and phrase, 0..1.
# Written by the cxscore project (MIT). Derived in part from GoEmotions (Apache-2.0,
# Demszky et al. 2020) train/dev label statistics: Ekman-mapped label rates per word,
# smoothed, kept where strongly associated, constrained by the sign of the bundled
# valence lexicons (VADER, pattern, customer).
# Trust, anticipation, the phrases and the arousal rule are the project's own.
# Generated by scripts/build_emotion_lexicon.py (see its docstring for the procedure);
# regenerate rather than edit by hand.
#
# Format: term<TAB>emotions<TAB>name=value,... (joy, trust, fear, surprise, sadness,
# disgust, anger, anticipation, arousal); zeros omitted. A term with spaces is a phrase.
"""


def format_line(term, emotions):
    order = PLUTCHIK + ["arousal"]
    pairs = ",".join(f"{k}={fmt(emotions[k])}" for k in order if k in emotions)
    return f"{term}\temotions\t{pairs}"


def fmt(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s if s else "0"


def write(path, entries):
    lines = [format_line(t, entries[t]) for t in sorted(entries)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("\n".join(lines))
        f.write("\n")


def validate(path):
    """Re-implementation of the format rules the crate's parser and the project require."""
    names = set(PLUTCHIK)
    seen = set()
    problems = []
    words = phrases = 0
    per_emotion = collections.Counter()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        problems.append("CR in file")
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if line == "#" or line.startswith("# "):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] != "emotions":
            problems.append(f"{no}: not term<TAB>emotions<TAB>pairs")
            continue
        term, _, pairs = fields
        if term != term.strip() or not term or term != term.lower() or not term.isascii():
            problems.append(f"{no}: term {term!r} not lower-case ASCII")
        if "\u2019" in term or "  " in term:
            problems.append(f"{no}: term {term!r}")
        if term in seen:
            problems.append(f"{no}: duplicate {term!r}")
        seen.add(term)
        has_emotion = has_arousal = False
        for pair in pairs.split(","):
            if "=" not in pair:
                problems.append(f"{no}: {pair!r} is not name=value")
                continue
            name, value = pair.split("=", 1)
            if not re.fullmatch(r"(0|1)(\.\d{1,2})?", value) or not 0 <= float(value) <= 1:
                problems.append(f"{no}: {pair!r} value not 0..1 with at most 2 decimals")
            elif float(value) == 0:
                problems.append(f"{no}: {pair!r} zero not omitted")
            if name == "arousal":
                has_arousal = True
            elif name in names:
                has_emotion = True
                per_emotion[name] += 1
            else:
                problems.append(f"{no}: unknown name {name!r}")
        if not (has_emotion and has_arousal):
            problems.append(f"{no}: {term!r} needs an emotion and an arousal")
        if " " in term:
            phrases += 1
        else:
            words += 1
    return problems, words, phrases, per_emotion


# --- Main --------------------------------------------------------------------------


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(root, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(root, "data", "emotion_lexicon.tsv"))
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--check-emobank", action="store_true")
    args = parser.parse_args(argv[1:])

    valence = read_valence(root)
    negators = read_negators(root)
    train = read_goemotions(args.data, "train")
    dev = read_goemotions(args.data, "dev")
    stats = Stats(train, negators)
    stemmer = SnowballStemmer("english")

    vocab = {w for w in valence if WORD_RE.match(w) and len(w) > 1}
    for w, n in stats.count.items():
        if n >= MIN_DOCS_NEW and WORD_RE.match(w) and w not in STOPWORDS and len(w) > 2:
            vocab.add(w)
    vocab -= STOPWORDS - set(valence)
    rule_phrases, rule_words = read_rule_info(root)
    safe = {p for p in PHRASES if phrase_is_safe(p, rule_phrases, rule_words)}

    if args.tune:
        tune(vocab, stats, valence, stemmer, dev, negators, safe)
        return 0

    entries = build_entries(vocab, stats, valence, stemmer, ALPHA, LIFT, SCALE, BETA, safe)
    write(args.out, entries)
    problems, words, phrases, per_emotion = validate(args.out)
    for p in problems[:20]:
        print("FORMAT:", p, file=sys.stderr)
    print(f"wrote {args.out}: {words} words, {phrases} phrases")
    held = sorted(set(PHRASES) - safe)
    print(f"{len(held)} phrases held back until a bundled file gives them a valence: " + "; ".join(held))
    print("entries per emotion: " + ", ".join(f"{e} {per_emotion[e]}" for e in PLUTCHIK))
    per, macro = proxy_f1(dev, entries, negators)
    print("GoEmotions dev proxy F1: " + ", ".join(f"{e} {per[e]:.3f}" for e in EKMAN) + f"; macro {macro:.3f}")
    if args.check_emobank:
        r, n = emobank_train_check(args.data, entries, negators)
        print(f"EmoBank train ({n} sentences): Pearson r of word arousal with A = {r:.3f}")
    return 1 if problems else 0


def tune(vocab, stats, valence, stemmer, dev, negators, safe):
    """Grid search of ALPHA, LIFT, BETA and SCALE per emotion on GoEmotions dev.

    An emotion's F1 depends only on that emotion's values, so each SCALE_e is
    chosen on its own. Terms are matched once with every vocabulary word
    present; a word without the emotion contributes 0, as it would absent.
    """
    grid_scale = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0]
    extra = set(CUSTOMER_EMOTIONS) | set(seed_entries(TRUST_SEEDS)) | set(seed_entries(ANTICIPATION_SEEDS))
    everything = {w: {} for w in vocab | extra}
    everything.update({p: {} for p in safe})
    heads = compile_phrases(everything)
    dev_terms = [(matched_terms(tokens, everything, heads, negators), gold) for tokens, gold, _ in dev]
    results = []
    for alpha in (10.0, 20.0, 40.0):
        for lift in (1.2, 1.5, 2.0):
            for beta in (0.0, 0.25, 0.5):
                per_best = {e: (-1.0, None) for e in EKMAN}
                for s in grid_scale:
                    values = build_entries(
                        vocab, stats, valence, stemmer, alpha, lift, {e: s for e in EKMAN}, beta, safe
                    )
                    per = f1_from_terms(dev_terms, values)
                    for e in EKMAN:
                        if per[e] > per_best[e][0]:
                            per_best[e] = (per[e], s)
                macro = sum(f for f, _ in per_best.values()) / len(EKMAN)
                scale = {e: per_best[e][1] for e in EKMAN}
                results.append((macro, alpha, lift, beta, scale))
                print(f"alpha {alpha} lift {lift} beta {beta} scale {scale} -> macro {macro:.4f}", flush=True)
    results.sort(key=lambda r: -r[0])
    for r in results[:5]:
        print("best:", r)


def f1_from_terms(doc_terms, values):
    """Per-emotion F1 of the proxy scorer from pre-matched terms."""
    counts = {e: [0, 0, 0] for e in EKMAN}
    for terms, gold in doc_terms:
        rows = [values[t] for t in terms if t in values]
        for e in EKMAN:
            xs = [r[e] for r in rows if e in r]
            if xs:
                s = sum(xs)
                pred = PEAK_WEIGHT * max(xs) + (1 - PEAK_WEIGHT) * s / (1 + s) >= PRESENT
            else:
                pred = False
            g = e in gold
            if pred and g:
                counts[e][0] += 1
            elif pred:
                counts[e][1] += 1
            elif g:
                counts[e][2] += 1
    return {e: f1(*counts[e]) for e in EKMAN}


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""A learned second opinion on a quotation: someone's words, or a title or term?

The rules of titles.py (``rule_title``) and terms.py decide most quotations by the
words right before the marks.  What they leave to a quote are quotations whose
context they have no rule for, and on text the rules were not written on some of
those are titles and scare quotes.  This module scores every closed quotation of up
to MAX_WORDS words that the rules leave (a verb of governed.py governing it keeps it a
quote before it is asked) with a logistic regression over features of the span and
its context, written from Russian usage rather than from any outlet:

* the span: its length in words, the case of its first letter, the first word's
  part of speech and grammatical case, the last word's and every word's part of
  speech, a finite verb or a first/second-person word inside ("мы", "ваш": someone
  talks), Latin letters or digits, capitalised words, a comma, final punctuation;
* the governing word: the lemma, part of speech and shape (lower, capitalised, an
  abbreviation, Latin) of the word right before the marks (same clause), whether it is a preposition, what stands before that, and what
  it governs ("на" + the quoted word's case, a noun + genitive); whether it agrees
  with the quoted word; a speech or naming verb, or an accusing/condemning/naming
  verb of governed.py's lexicon near; an author's distancing word ("якобы");
* the punctuation around the marks (a colon before, a dash, a comma and a speech
  verb after) and the position (a paragraph's first words, the headline);
* speech in the sentence: how many words back the nearest speech verb stands and
  whether one follows the marks; whether the same quoted words recur in the text
  (a label does, a fragment of someone's words seldom does); whether the marks stand in a
  clause a speech verb earlier in the sentence introduces ("заявил, что «…»");
* the document (round 10): the same words in any case form elsewhere within 3,000
  characters, in marks again or without marks and capitalised; whether the paragraph has a
  speech verb at all;
* crosses: the case of the first letter with the length, with the first word's case and
  with what governs the quoted words ("на «Итогах года»" vs "на «домыслы»"); the same words
  elsewhere with a speech verb near the marks or none; (round 11) the case of the first
  letter with how far back a speech verb stands, a reported clause, the headline, a
  paragraph's first words and a paragraph without a speech verb;
* (round 12) an author's distancing word in any form ("так называемых", "пресловутой") or a
  scare quote spelled out ("т.н.", "своего рода" before the marks, "в кавычках" around them);
  quotations in a row ("«…», «…» и «…»": a list of names or terms); a source frame before
  the marks in the sentence ("по его словам", "по мнению министра"); the last two crossed with
  the case of the first letter.

Words with a first- or second-person word in them, and words that end their own sentence
inside the marks, are never vetoed (:func:`may_be_a_label`).

The weights are trained on the real-news dev split by ``tools/train_term_model.py
--by-batch``, which also picks the L2 strength and the threshold on a
leave-one-batch-out table (a model of the other batches scored on each, no batch
losing more than 0.2 points of direct recall; round 12: twelve batches, r001-r1799, l2=1,
threshold 0.7, the model alone missing 105 of 692 titles/terms; round 13: fourteen batches,
r001-r1999, on the adjudicated gold, where l2=1, threshold 0.7 would lose three quotes, shipped at
l2=4, threshold 0.725: the model alone misses 163 of 813, no quote lost), and ship in
``resources/term_model.json`` (feature names and weights only, no text).  Scoring
is a sum of weights: no numpy at run time.  A broken model file raises
:class:`TermModelError` naming the file.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from operator import itemgetter
from pathlib import Path

from annotator.model import AnnotatorError
from annotator.nlp import lexicon
from annotator.nlp.context import TextContext
from annotator.nlp.model_file import read_model_json
from annotator.nlp.governed import is_fragment_verb
from annotator.nlp.morph import parses
from annotator.nlp.quotation_marks import Quotation

MODEL_FORMAT = "annotator-term-model"
MODEL_VERSION = 2
# Quotations this short are scored; longer ones are statements, decided by the rules alone.
MAX_WORDS = 12
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LATIN_RE = re.compile(r"[A-Za-z]")
_CLAUSE_BREAK_RE = re.compile(r"[.!?;:()«»„“”\"\n]")
_SENTENCE_REACH = 200  # characters before the marks searched for a speech verb
_BEFORE_MARKS = frozenset(":,–—-(")
_AFTER_MARKS = frozenset(",.:;–—-)!?")
_REPEAT_REACH = 3000  # characters either side searched for the same quoted words
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})
_SPEECH_NEAR = ("speech_verb_back=0", "speech_verb_back=2", "speech_verb_back=5", "speech_verb_after")
_REPORTING_CONJUNCTIONS = frozenset({"что", "чтобы", "будто"})
_DISTANCING = frozenset({"якобы", "мол", "дескать", "называемый", "пресловутый", "некий", "своеобразный"})
# round 12: the distancing words in any form ("так называемых «…»", "пресловутой «…»"; the forms
# above caught the masculine nominative only), and a scare quote spelled out around the marks
# ("т.н. «…»", "своего рода «…»", "«…» в кавычках")
_DISTANCING_RE = re.compile(r"(?:называем|пресловут|своеобразн|неки|неко|некая|некую)[а-я]*$")
_SCARE_BEFORE_RE = re.compile(r"(?:\bт\.\s?н\.|\bсвоего\s+рода|\bв\s+кавычках)\s*$", re.IGNORECASE)
_SCARE_AFTER_RE = re.compile(r"\s*\(?в\s+кавычках", re.IGNORECASE)
# quotations in a row ("«…», «…» и «…»"): a list of names or terms, seldom of someone's words
_LIST_BEFORE_RE = re.compile(r"[»\"“]\s*(?:,|\bи|\bили)\s*$")
_LIST_AFTER_RE = re.compile(r"\s*(?:,|и\b|или\b)\s*[«\"„“]")
# "по его словам, «…»", "по мнению министра «…»": a source frame before the marks gives the words to someone
_ACCORDING_TO_RE = re.compile(r"\bпо\s+(?:[а-яё]+\s+){0,1}(?:словам|мнению|оценке|утверждению|признанию|убеждению)\b",
                              re.IGNORECASE)
_SPEAKER_WORDS = frozenset({"мы", "нас", "нам", "нами", "наш", "наша", "наше", "наши", "нашей", "наших", "нашим", "нашего",
                            "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "я", "меня", "мне", "мой", "моя"})
_NAMING_RE = re.compile(r"(?:назва|называ|окрести|охарактеризова|характеризу)[а-я]*$")


class TermModelError(AnnotatorError):
    """The term model file is missing, unreadable or malformed."""


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


@lru_cache(maxsize=300_000)  # per word form, like morph.parses: asked of the words around every quotation
def _reading(word: str) -> tuple[str, str, str]:
    """Lemma, part of speech and case of a word's most likely reading."""
    readings = parses(word)
    if not readings:
        return word, "none", "none"
    grammemes = readings[0].grammemes
    pos = next((g for g in grammemes if g.isupper() and len(g) == 4 or g in ("PREP", "CONJ", "PRCL", "NPRO")), "other")
    case = next((g for g in ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2") if g in grammemes), "none")
    return readings[0].lemma, pos, case


def _span_features(text: str, quotation: Quotation) -> list[str]:
    content = text[quotation.start : quotation.end]
    words = _WORD_RE.findall(content)
    features = [f"len={_bucket(len(words), (1, 2, 3, 4, 6, 9))}", "first=upper" if content[:1].isupper() else "first=lower"]
    readings = [_reading(word) for word in words]
    if readings:
        _, pos, case = readings[0]
        features += [f"first_pos={pos}", f"first_case={case}", f"first_pos_case={pos}:{case}",
                     f"last_pos={readings[-1][1]}"]
        features += sorted({f"has_pos={pos}" for _, pos, _ in readings})
    if any(parses(word)[:1] and parses(word)[0].grammemes & {"VERB", "PRED"} for word in words):
        features.append("finite_inside")
    if any(parses(word)[:1] and parses(word)[0].grammemes & {"1per", "2per"} or word.lower() in _SPEAKER_WORDS
           for word in words):
        features.append("person12_inside")  # "мы", "ваш", "готовы ли вы": someone talks to someone
    if _LATIN_RE.search(content):
        features.append("latin")
    if any(char.isdigit() for char in content):
        features.append("digit")
    shape = "upper" if content[:1].isupper() else "lower"
    features.append(f"shape_len={shape}:{_bucket(len(words), (1, 2, 4))}")
    if readings:
        features.append(f"shape_case={shape}:{readings[0][2]}")  # "«Известиям»" vs "«провалом»"
    capitals = sum(word[:1].isupper() for word in words[1:])
    features.append(f"caps_after_first={_bucket(capitals, (0, 1))}")
    if words and all(word[:1].isupper() for word in words):
        features.append("all_capitalised")
    if content.rstrip()[-1:] in ".!?…":
        features.append("terminal")
    if "," in content:
        features.append("comma_inside")
    return features


def _before_features(ctx: TextContext, quotation: Quotation) -> list[str]:
    index = bisect_left(ctx.word_starts, quotation.open)
    features: list[str] = []
    near: list[str] = []  # words before the marks in the same clause, nearest first
    for i in range(index - 1, max(-1, index - 4), -1):
        if _CLAUSE_BREAK_RE.search(ctx.text, ctx.word_ends[i], quotation.open):
            break
        near.append(ctx.word_keys[i])
    if near:
        word = ctx.text[ctx.word_starts[index - 1] : ctx.word_ends[index - 1]]
        # "агентство Bloomberg «…»", "учения ОДКБ «…»": a name right before names what the marks hold
        shape = "latin" if _LATIN_RE.match(word) else "abbr" if word.isupper() and len(word) > 1 else \
            "upper" if word[:1].isupper() else "lower"
        features.append(f"prev1_shape={shape}")
    verbs = lexicon.attribution_verbs()
    if not near:
        features.append("prev=none")
    for rank, key in enumerate(near[:2], start=1):
        lemma, pos, case = _reading(key)
        features += [f"prev{rank}={lemma}", f"prev{rank}_pos={pos}"]
        if pos == "NOUN":
            features.append(f"prev{rank}_case={case}")
    if near:
        _, pos, case = _reading(near[0])
        if pos == "PREP" and len(near) > 1:
            features.append(f"prep_head_pos={_reading(near[1])[1]}")
        words = _WORD_RE.findall(ctx.text[quotation.start : quotation.end])
        first = _reading(words[0]) if words else None
        if first is not None and pos in ("ADJF", "PRTF") and case != "none" and case == first[2]:
            features.append("agrees_with_word_before")  # "несуществующие «…источники»": inside the author's phrase
        if first is not None and pos == "NOUN" and case not in ("nomn", "none") and first[2] == "nomn" \
                and not parses(near[0])[0].grammemes & _NAME_TAGS:
            features.append("nominative_after_noun")  # "газете «Известия»": apposition, a name in its own case
        if first is not None and pos == "NOUN" and first[2] == "gent":
            features.append("genitive_after_noun")  # "признаки «…революции»"
        if first is not None:
            # what governs the quoted words: "в «…»" + locative is a place, a verb + accusative its object
            head = _reading(near[0])[0] if pos == "PREP" else pos
            features.append(f"governs={head}:{first[2]}")
            shape = "upper" if ctx.text[quotation.start : quotation.start + 1].isupper() else "lower"
            features.append(f"governs_shape={head}:{first[2]}:{shape}")  # "на «Итогах года»" vs "на «домыслы»"
    if any(is_fragment_verb(key) for key in near):
        features.append("fragment_verb_near")  # accusing, condemning, naming (governed.py's lexicon)
    if any(key in verbs and verbs[key].finite for key in near):
        features.append("speech_verb_near")
    if any(_NAMING_RE.match(key) for key in near):
        features.append("naming_near")
    if any(key in _DISTANCING or _DISTANCING_RE.match(key) for key in near) \
            or _SCARE_BEFORE_RE.search(ctx.text, max(0, quotation.open - 20), quotation.open):
        features.append("distancing")
    stop = ctx.text[max(0, quotation.open - 3) : quotation.open].strip(" \t")
    mark = stop[-1:]
    features.append("before=" + (mark if mark in _BEFORE_MARKS else ("w" if mark.isalnum() else "^")))
    return features


def _after_features(ctx: TextContext, quotation: Quotation) -> list[str]:
    if quotation.close is None:
        return ["after=open"]
    rest = ctx.text[quotation.close + 1 : quotation.close + 40]
    stripped = rest.lstrip(" \t")
    mark = stripped[:1]
    features = ["after=" + (mark if mark in _AFTER_MARKS else ("w" if mark.isalnum() else "^"))]
    if re.match(r"[,.!?…]?[ \t]*[–—-]{1,2}[ \t]", stripped):
        features.append("dash_after")  # "«…», – сказал он", "«…» – Лавров"
    match = re.match(r"[,]?[ \t]*(?:[–—-]{1,2}[ \t]*)?([а-яё]+)", stripped)
    if match is not None and match.group(1) in lexicon.attribution_verbs():
        features.append("speech_verb_after")
    if _SCARE_AFTER_RE.match(rest):
        features.append("distancing_after")
    return features


def _sentence_features(ctx: TextContext, quotation: Quotation) -> list[str]:
    sentence_start = ctx.sentence_at(quotation.open)[0]
    start = max(sentence_start, quotation.open - _SENTENCE_REACH)
    first, last = bisect_left(ctx.word_starts, start), bisect_left(ctx.word_starts, quotation.open)
    verbs = lexicon.attribution_verbs()
    distance = next((last - 1 - i for i in range(last - 1, first - 1, -1)
                     if ctx.word_keys[i] in verbs and verbs[ctx.word_keys[i]].finite), None)
    features = [f"speech_verb_back={'none' if distance is None else _bucket(distance, (0, 2, 5, 10))}"]
    paragraph = ctx.paragraph_index(quotation.open)
    if paragraph == 0:
        features.append("headline")
    if not ctx.text[ctx.paragraphs[paragraph][0] : quotation.open].strip():
        features.append("opens_paragraph")
    words = ctx.folded[quotation.start : quotation.end].strip()
    low, high = max(0, quotation.open - _REPEAT_REACH), quotation.end + _REPEAT_REACH  # no whole-text scan
    if len(words) >= 3 and ctx.folded.count(words, low, high) > 1:
        features.append("repeated")
    if _in_reported_clause(ctx, sentence_start, quotation.open):
        features.append("reported_clause")
    if quotation.close is not None and (
            _LIST_BEFORE_RE.search(ctx.text, max(0, quotation.open - 8), quotation.open)
            or _LIST_AFTER_RE.match(ctx.text[quotation.close + 1 : quotation.close + 9])):
        features.append("listed")
    if _ACCORDING_TO_RE.search(ctx.text, start, quotation.open):
        features.append("according_to")
    return features


def _in_reported_clause(ctx: TextContext, sentence_start: int, offset: int) -> bool:
    """The marks stand in a clause that a speech verb earlier in the sentence introduces ("заявил,
    что «…»", "подчеркнул, чтобы …"): the words there are the speaker's or the author's paraphrase."""
    verbs = lexicon.attribution_verbs()
    before = ctx.word_keys[bisect_left(ctx.word_starts, sentence_start) : bisect_left(ctx.word_starts, offset)]
    speech = [i for i, key in enumerate(before) if key in verbs and verbs[key].finite]
    return bool(speech) and any(key in _REPORTING_CONJUNCTIONS for key in before[speech[-1] + 1 :])


_OPENING_MARKS = frozenset("«\"„“'")
_START = itemgetter(0)


def _same_word(a: str, b: str) -> bool:
    """Two folded words of one lemma, told by a shared stem ("четверки"/"четверка",
    "бабочка"/"бабочкой"): all but the last two letters of the shorter, at least four
    ("форум" and "формат" differ)."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4 or a[:4] != b[:4]:
        return False
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), shorter)
    return common >= max(4, shorter - 2)


def _document_features(ctx: TextContext, quotation: Quotation) -> list[str]:
    """The same words elsewhere in the document, in any case form: a name recurs, in marks
    again or capitalised without them; a fragment of someone's words seldom does.  And whether the quotation's paragraph has a
    speech verb at all (someone's words stand where someone speaks)."""
    first, last = bisect_left(ctx.word_starts, quotation.start), bisect_left(ctx.word_starts, quotation.end)
    keys = ctx.word_keys[first:last]
    features: list[str] = []
    paragraph = ctx.paragraphs[ctx.paragraph_index(quotation.open)]
    start, end = max(paragraph[0], quotation.open - _REPEAT_REACH), min(paragraph[1], quotation.end + _REPEAT_REACH)
    first_verb = bisect_left(ctx.verbs, start, key=_START)
    verbs = (ctx.verbs[i] for i in range(first_verb, len(ctx.verbs)))  # no copy of the list: a long text
    if not any(verb.finite for _, _, verb in takewhile(lambda found: found[0] < end, verbs)):
        features.append("paragraph_without_speech")
    if not keys:
        return features
    found = set()
    stem = keys[0] if len(keys[0]) < 4 else keys[0][:4]  # what _same_word needs the words to share
    # a window, not the whole text: the work stays linear in its length
    hit, high = ctx.folded.find(stem, max(0, quotation.open - _REPEAT_REACH)), quotation.end + _REPEAT_REACH
    while 0 <= hit < high:
        i, hit = bisect_left(ctx.word_starts, hit), ctx.folded.find(stem, hit + 1, high)
        if i + len(keys) > len(ctx.word_keys) or i + len(keys) > first and i < last:
            continue  # the quotation itself, or too near the end
        if not all(_same_word(ctx.word_keys[i + j], keys[j]) for j in range(len(keys))):
            continue  # not at a word's start (the key differs), or other words
        start = ctx.word_starts[i]
        gap = ctx.text[max(0, start - 3) : start].rstrip(" \t")
        if gap[-1:] in _OPENING_MARKS:
            found.add("again_in_marks")
        else:
            found.add("again_unquoted")
            if ctx.text[start].isupper() and gap[-1:] not in (".", "!", "?", "\n", ""):
                found.add("again_capitalised")  # not a sentence's first word
    return features + sorted(found)


# (round 12: "listed" and "according_to" too)
_CROSSED_WITH_SHAPE = frozenset({"reported_clause", "headline", "opens_paragraph", "listed", "according_to"})


def quotation_features(ctx: TextContext, quotation: Quotation) -> list[str]:
    """The feature names of one quotation (a bias is not among them)."""
    features = (_span_features(ctx.text, quotation) + _before_features(ctx, quotation)
                + _after_features(ctx, quotation) + _sentence_features(ctx, quotation))
    document = _document_features(ctx, quotation)
    # a headline repeats the fragment it took from someone's words in the body, after a speech
    # verb both times ("заявил о готовности к «…»"); a name recurs wherever it is mentioned
    speech = "speech" if any(name in features for name in _SPEECH_NEAR) else "no_speech"
    # round 11: the case of the first letter crossed with where speech stands ("«санкции»" in a
    # paragraph nobody speaks in vs after "заявил, что"): a capitalised name reads the same anywhere
    shape = "upper" if ctx.text[quotation.start : quotation.start + 1].isupper() else "lower"
    crossed = [f"{name}:{shape}" for name in features
               if name.startswith("speech_verb_back=") or name in _CROSSED_WITH_SHAPE]
    crossed += [f"{name}:{shape}" for name in document if name == "paragraph_without_speech"]
    return features + document + [f"{name}:{speech}" for name in document if name.startswith("again_")] + crossed


def scored(ctx: TextContext, quotation: Quotation) -> bool:
    """Only closed quotations of up to MAX_WORDS words are scored."""
    return quotation.close is not None and 0 < len(_WORD_RE.findall(ctx.text[quotation.start : quotation.end])) <= MAX_WORDS


@dataclass(frozen=True)
class TermModel:
    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def load_model(path: Path) -> TermModel:
    """Read a model file; any problem raises TermModelError naming the file and what is wrong."""
    data = read_model_json(path, kind="term model", fmt=MODEL_FORMAT, version=MODEL_VERSION, error=TermModelError)
    bias, threshold, weights = data.get("bias"), data.get("threshold"), data.get("weights")
    if not _number(bias) or not _number(threshold) or not 0.0 < float(threshold) < 1.0:  # type: ignore[arg-type]
        raise TermModelError(f"{path}: bias must be a number and threshold a number between 0 and 1")
    if not isinstance(weights, dict) or not all(isinstance(k, str) and _number(v) for k, v in weights.items()):
        raise TermModelError(f"{path}: weights must be an object of feature name -> number")
    return TermModel(float(bias), float(threshold), {k: float(v) for k, v in weights.items()})  # type: ignore[arg-type]


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@lru_cache(maxsize=1)
def bundled_model() -> TermModel:
    """The model shipped in ``resources/term_model.json``, read on first use."""
    from annotator.resources import resource_path

    return load_model(resource_path("term_model.json"))


def looks_like_a_label(ctx: TextContext, quotation: Quotation) -> bool:
    """The model takes this short quotation for a title or a term."""
    if not scored(ctx, quotation):
        return False
    model, features = bundled_model(), quotation_features(ctx, quotation)
    return may_be_a_label(features) and model.probability(features) >= model.threshold


# Words with a first- or second-person word in them are someone talking ("«Мы готовы …»",
# "«ваш народ»"): the model never vetoes them, whatever their shape and the words before (on
# the dev split 130 quotes against 5 titles/terms; the learned weight alone is outweighed by
# a capitalised phrase after a noun).  Nor words that close their own sentence inside the
# marks ("написал: «Хватит ждать!»", "«Время пришло.»"): a complete utterance, 23 quotes
# against 1 title on the dev split, where a capitalised or Latin phrase after a verb outweighed
# the learned weight (round 11).
_SOMEONE_TALKS = frozenset({"person12_inside", "terminal"})


def may_be_a_label(features: list[str]) -> bool:
    """The model may take a quotation with these features for a title or a term."""
    return _SOMEONE_TALKS.isdisjoint(features)

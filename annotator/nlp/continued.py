"""Unmarked speech in a paragraph of its own (ANNOTATION-GUIDE.md, direct 5).

* "Он также добавил:" closing one paragraph makes the next paragraph, when it
  carries no quotation marks of its own, a direct quote of that speaker;
* a dialogue line "— Хочу, чтобы вы понимали …, — отметил Лукашенко." is a
  direct quote from the opening dash to the attribution;
* a paragraph of speech whose attribution is the next line ("…,\n— написал он
  в соцсети X.", "«…»\n– Мария Захарова") is a direct quote of that speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import Mention, find_mentions
from annotator.nlp.morph import parses
from annotator.nlp.segment import tokenize

_LEADING_DASH_RE = re.compile(r"[–—-][ \t]+")
_MARKS = "«„“\""
_POSSESSIVE_RE = re.compile(r"\b(?:[Ее]го|[Ее]ё|[Ее]е|[Ии]х)\b")
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "их": "p"}
_STATEMENTS_RE = re.compile(r"\b(?:заявлени[яй]|тезис[ыов]*|высказывани[яй]):$")


def _statements(ctx: TextContext, index: int, attribution: Attribution) -> list[Candidate]:
    """ "Его главные заявления:" and the list that follows, one report per item
    (items end with ";", the last with a full stop)."""
    found = []
    for start, end in ctx.paragraphs[index + 1 :]:
        stop = end - 1 if ctx.text[end - 1] in ";." else end
        found.append(Candidate(start, stop, "indirect", attribution))
        if ctx.text[end - 1] != ";":
            break
    return found


def detect_after_colon(ctx: TextContext) -> list[Candidate]:
    """Direct quotes in paragraphs that follow a speech verb and a colon, and
    reports listed after "его заявления:"."""
    found: list[Candidate] = []
    for index, ((start, end), (next_start, next_end)) in enumerate(zip(ctx.paragraphs, ctx.paragraphs[1:])):
        if ctx.text[end - 1] != ":" or ctx.text[next_start] in _MARKS:
            continue
        sentence_start = max(start, ctx.sentence_at(end - 1)[0])
        cue = (end - 1, end)
        attribution = read_attribution(ctx.text, sentence_start, end - 1, require_verb=True, cue=cue, opinion=True)
        if attribution is None and _STATEMENTS_RE.search(ctx.text, sentence_start, end):
            attribution = read_attribution(ctx.text, sentence_start, end - 1, require_verb=False, cue=cue)
            possessive = _POSSESSIVE_RE.search(ctx.text, sentence_start, end)
            if attribution is not None and attribution.mention is None and possessive is not None:
                gender = _POSSESSIVE_GENDER[possessive.group().lower()]
                attribution.mention = Mention(possessive.start(), possessive.end(), "pronoun", gender)
            if attribution is not None and attribution.mention is not None:
                found += _statements(ctx, index, attribution)
            continue
        dash = _LEADING_DASH_RE.match(ctx.text, next_start, next_end)
        if attribution is None and dash is not None:
            attribution = _speaker_label(ctx, start, end - 1)  # "Имя Фамилия, должность:" over a turn
        if attribution is None or attribution.mention is None:
            continue
        found.append(Candidate(dash.end() if dash else next_start, next_end, "direct", attribution))
    return found


_LOWER_WORD_RE = re.compile(r"\b[а-яё]+\b")
_LABEL_WORDS = 14  # "Айбек Смадияров, официальный представитель МИД Республики Казахстан"


def _speaker_label(ctx: TextContext, start: int, end: int) -> Attribution | None:
    """A paragraph that only names someone, with their title, before a colon and a dash turn
    below ("Имя Фамилия, официальный представитель МИД:\n– …"): the turn is theirs."""
    if len(ctx.text[start:end].split()) > _LABEL_WORDS:
        return None
    mentions = find_mentions(tokenize(ctx.text, start, end))
    if not mentions or mentions[0].kind != "name" or not mentions[0].subject:
        return None  # "Официальный представитель МИД:" names no one: a heading
    if mentions[0].start != start and mentions[0].role is None:
        return None  # words before the name that are not its title: a heading about them
    index = bisect_left(ctx.verbs, start, key=lambda verb: verb[0])
    if index < len(ctx.verbs) and ctx.verbs[index][0] < end:
        return None  # a speech verb: a sentence, not a label
    if any("VERB" in parses(word)[0].grammemes for word in _LOWER_WORD_RE.findall(ctx.text, start, end) if parses(word)):
        return None  # "Сергей Лавров посетил три страны:" over a list: a sentence, not a label
    return Attribution((end, end + 1), None, mentions[0], False)


# "…, — отметил Лукашенко." at the end of a dialogue line: the last dash before a lower-case verb.
_LINE_ATTRIBUTION_RE = re.compile(r"(?P<stop>[,!?…]?)(?:[ \t]+[–—-]{1,2}[ \t]+|[ \t]*[–—]{1,2}[ \t]*)(?P<verb>[а-яё]+)[^–—]*$")


def detect_dialogue_lines(ctx: TextContext) -> list[Candidate]:
    """Paragraphs opened by a dash and closed by the author's attribution."""
    found = []
    for start, end in ctx.paragraphs:
        dash = _LEADING_DASH_RE.match(ctx.text, start, end)
        if dash is None:
            continue
        tail = _LINE_ATTRIBUTION_RE.search(ctx.text, dash.end(), end)
        if tail is None:
            continue
        verb = tail.start("verb")
        attribution = read_attribution(ctx.text, verb, end, require_verb=True, opinion=True)
        if attribution is None or attribution.cue is None or attribution.cue[0] != verb:
            continue
        stop = tail.start() + (1 if tail.group("stop") in ("!", "?", "…") else 0)
        if stop - dash.end() > 2:
            found.append(Candidate(dash.end(), stop, "direct", attribution))
    return found


# "— написал он в соцсети X.", "– Мария Захарова": a line that attributes the paragraph above;
# "…,\nсказал Лукашенко.": a line opened by a lower-case verb goes on with the sentence above, dash or not.
_ATTRIBUTION_LINE_RE = re.compile(r"[–—-]{1,2}[ \t]+(?=[А-ЯЁа-яё])|(?=[а-яё])")
_SPEECH_LINE_END = ",!?…"


# "– приводит слова Сергея Лаврова ТАСС": an outlet relays; the one whose words they are follows "слова".
_RELAYED_WORDS_RE = re.compile(r"(?:приводит|приводят|привело|привел|привела|привели|приводило)[ \t]+слова[ \t]+")


def relayed_words(ctx: TextContext, start: int, end: int) -> Attribution | None:
    """The attribution of "приводит слова X <outlet>" opening ``text[start:end]``:
    X, the person named right after "слова", said the words."""
    relay = _RELAYED_WORDS_RE.match(ctx.folded, start, end)
    if relay is None:
        return None
    said = [m for m in find_mentions(tokenize(ctx.text, relay.end(), end)) if m.kind in ("name", "role")]
    if not said or said[0].start != relay.end():
        return None
    return Attribution((relay.start(), relay.end()), None, said[0], True)


def attribution_below(ctx: TextContext, close: int | None) -> Attribution | None:
    """The attribution on the line after a paragraph that ends at ``close``
    (a closing mark or the words' last character, then only punctuation)."""
    if close is None:
        return None
    index = ctx.paragraph_index(close)
    if index + 1 >= len(ctx.paragraphs) or ctx.text[close + 1 : ctx.paragraphs[index][1]].strip(",.!?…"):
        return None
    next_start, next_end = ctx.paragraphs[index + 1]
    dash = _ATTRIBUTION_LINE_RE.match(ctx.text, next_start, next_end)
    if dash is None or dash.end() >= next_end:
        return None
    end = min(ctx.sentence_at(dash.end())[1], dash.end() + 300)  # a short line: no long scan per quotation
    if ctx.text[dash.end()].islower():  # "— написал он …": the verb opens the line
        attribution = read_attribution(ctx.text, dash.end(), end, require_verb=True, opinion=True)
        attribution = attribution or relayed_words(ctx, dash.end(), end)
        if attribution is None or attribution.cue is None or attribution.cue[0] != dash.end():
            return None
    else:  # "– Мария Захарова": a signature, a name and nothing else
        attribution = read_attribution(ctx.text, dash.end(), end, require_verb=False)
        if attribution is None or attribution.mention is None or attribution.mention.start != dash.end():
            return None
    return attribution if attribution.mention is not None else None


def detect_attribution_below(ctx: TextContext) -> list[Candidate]:
    """Unmarked paragraphs of speech that end with a comma (or "!", "?", "…")
    and are attributed by the next line."""
    found = []
    for start, end in ctx.paragraphs:
        if ctx.text[end - 1] not in _SPEECH_LINE_END or any(mark in ctx.text[start:end] for mark in _MARKS + "»”"):
            continue
        attribution = attribution_below(ctx, end - 1)
        if attribution is None or attribution.cue is None:
            continue  # a signature without a verb attributes only words in marks
        dash = _LEADING_DASH_RE.match(ctx.text, start, end)
        stop = end - 1 if ctx.text[end - 1] == "," else end
        found.append(Candidate(dash.end() if dash else start, stop, "direct", attribution))
    return found

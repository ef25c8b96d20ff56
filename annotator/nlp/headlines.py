"""Headlines that attribute their words with a colon or a dash.

* "Песков: визит состоится в мае", "Лукашенко об итогах саммита: …";
* "Москва готова к диалогу — МИД", "С послом провели беседу – МИД РК о
  заявлениях дипломата", "Меня не интересуют такие беседы – Токаев
  высказался о встрече".

A headline is a paragraph that does not end a sentence with a full stop.
The words are a direct quote when they speak in the first person ("Мы не
закроем двери – Лавров"), otherwise an indirect one.  Words in quotation
marks are left to the direct-quote detector, which reads the same colon.
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.inverted import strip_dateline
from annotator.nlp.mentions import find_mentions
from annotator.nlp.morph import parses
from annotator.nlp.segment import tokenize

# "Замглавы МИД Рябков: …", "Лукашенко об отсутствии коллег на саммите: …".
_COLON_RE = re.compile(r"(?P<source>[^:«»\"„“.!?()]{2,90}?)[ \t]*:[ \t]+(?=[^\s«„“\"])")
# "… – МИД РК", "… — Лавров о переговорах", "… – Токаев высказался о встрече".
_DASH_RE = re.compile(r"[ \t][–—-][ \t]+(?P<source>[^–—«»\"„“.!?:()]{2,90})$")
_NOT_SOURCES = re.compile(r"\b(?:Фото|фото|Видео|видео|Источник|Опубликовано|Обновлено)\b")
_SOURCE_WORDS = 8
_TRAILER_RE = re.compile(r"[ \t]+(?:Фото|Видео|Источник)[ \t]*[:—–-].*$")
_FIRST_PERSON = frozenset(
    "я мы меня мне мной нас нам нами мой моя мое моё мои моего моей моим моих мою "
    "наш наша наше наши нашего нашей нашим наших нашу нашему".split()
)
_WORD_RE = re.compile(r"[А-ЯЁа-яё]+")


def first_person(text: str) -> bool:
    """The words speak for the speaker: a first-person pronoun or verb."""
    for word in _WORD_RE.findall(text):
        low = word.lower()
        if low in _FIRST_PERSON:
            return True
        readings = parses(low)
        if readings and "1per" in readings[0].grammemes and "VERB" in readings[0].grammemes:
            return True
    return False


def _is_headline(ctx: TextContext, start: int, end: int) -> bool:
    return ctx.text[end - 1] not in ".!?…;" and end - start <= 300


def source_attribution(ctx: TextContext, start: int, end: int, cue: tuple[int, int]) -> Attribution | None:
    """The attribution of a headline: a short phrase whose first words name a speaker."""
    if len(ctx.text[start:end].split()) > _SOURCE_WORDS or _NOT_SOURCES.search(ctx.text, start, end):
        return None
    attribution = read_attribution(ctx.text, start, end, require_verb=False, cue=cue, opinion=True)
    if attribution is None:
        return None
    # The speaker opens the phrase ("Замглавы МИД Рябков", "Лукашенко об итогах саммита ОДКБ").
    opening = [m for m in find_mentions(tokenize(ctx.text, start, end)) if m.subject]
    if not opening or len(ctx.text[start : opening[0].start].split()) > 2:
        return None
    attribution.mention = opening[0]
    if attribution.cue is None:
        attribution.cue = cue
    return attribution


def _candidate(ctx: TextContext, start: int, end: int, attribution: Attribution) -> Candidate | None:
    trailer = _TRAILER_RE.search(ctx.text, start, end)
    end = trailer.start() if trailer else end
    while end > start and ctx.text[end - 1] in " \t,;":
        end -= 1
    if len(ctx.text[start:end].split()) < 3:
        return None
    kind = "direct" if first_person(ctx.text[start:end]) else "indirect"
    return Candidate(start, end, kind, attribution)


def _read_headline(ctx: TextContext, start: int, end: int) -> Candidate | None:
    start = strip_dateline(ctx.text, start, end)
    colon = _COLON_RE.match(ctx.text, start, end)
    if colon is not None:
        cue = (colon.end("source"), colon.end("source") + 1)
        attribution = source_attribution(ctx, start, colon.end("source"), cue)
        if attribution is not None:
            return _candidate(ctx, colon.end(), end, attribution)
    dash = _DASH_RE.search(ctx.text, start, end)
    if dash is not None and ctx.text[start] not in "«„“\"":
        cue = (dash.start() + 1, dash.start() + 2)
        attribution = source_attribution(ctx, dash.start("source"), end, cue)
        if attribution is not None:
            return _candidate(ctx, start, dash.start(), attribution)
    return None


def detect_headlines(ctx: TextContext) -> list[Candidate]:
    """Attributed headlines, one quote per headline paragraph at most."""
    found = []
    for start, end in ctx.paragraphs:
        if _is_headline(ctx, start, end):
            candidate = _read_headline(ctx, start, end)
            if candidate is not None:
                found.append(candidate)
    return found


# After a quotation that opens a headline: "«…»: Лавров о переговорах", "«…» – Алиев Лаврову".
_AFTER_QUOTE_RE = re.compile(r"[ \t]*(?::|[–—-])[ \t]+")


def quoted_headline_source(ctx: TextContext, close: int) -> Attribution | None:
    """The speaker named after a quotation in a headline paragraph."""
    paragraph = ctx.paragraphs[ctx.paragraph_index(close)]
    if not _is_headline(ctx, *paragraph):
        return None
    match = _AFTER_QUOTE_RE.match(ctx.text, close + 1, paragraph[1])
    if match is None:
        return None
    cue = (match.start(), match.end())
    return source_attribution(ctx, match.end(), paragraph[1], cue)

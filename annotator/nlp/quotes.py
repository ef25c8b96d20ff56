"""Direct quotes: quotation marks, dialogue-dash attributions, titles.

A quotation is the text between a top-level pair of marks in one paragraph:
« » with anything nested inside, „ “, “ ”, or straight " ".  A quotation left
open at the end of a paragraph stops there; when the next paragraph reopens
with «, that piece continues the same quote (same speaker).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from annotator.nlp import lexicon
from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.fragments import fragment_attribution
from annotator.nlp.headlines import quoted_headline_source
from annotator.nlp.morph import parses

_MARK_RE = re.compile(r"[«»„“”\"]")
_CLOSERS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
_DASH = "[–—-]{1,2}"
# After the closing mark: ", – сказал он." / "! – воскликнул он" / " – заявил он".
_POST_RE = re.compile(rf"[,!?.…]*[ \t]*{_DASH}[ \t]+")
_POST_COMMA_RE = re.compile(r",[ \t]+")
# The attribution ends at the end of the sentence (a full stop after an
# initial, "С. Лавров", does not count) or where the quote resumes.
_POST_END_RE = re.compile(rf"[!?…]|(?<!\b[А-ЯЁ])\.|,[ \t]*{_DASH}[ \t]*[«„“\"]|:")
# Inside a quotation: "первая часть, – отметил министр, – вторая часть".
_BROKEN_RE = re.compile(
    rf"([,!?…]|\.(?!\.))[ \t]+{_DASH}[ \t]+([^«»„“”\"–—]{{3,160}}?)([,.:])[ \t]+{_DASH}[ \t]+"
)
_TERMINAL = ".!?…"
_CREDIT_RE = re.compile(r"©|\b[Фф]ото\s*:|^\s*[Фф]ото\b", re.MULTILINE)
# A quotation left open runs on over at most this many unmarked paragraphs.
_MAX_UNMARKED_PARAGRAPHS = 8
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@dataclass
class Quotation:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None if left open
    start: int  # content, marks and surrounding spaces excluded
    end: int
    continues: bool = False  # reopens the previous paragraph's quotation


def _straight_opens(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before in ".!?…:" and after.isupper():
        return True  # "…не будет."Мы не присоединяемся…": a missing space
    return (before.isspace() or before in "([–—-/") and not after.isspace()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unmarked_piece(text: str, start: int, end: int, close: int | None) -> Quotation:
    """A paragraph of a quotation whose opening mark is missing (wire copy drops
    it when a quote runs on into a new paragraph), up to ``close`` or its end."""
    while start < end and text[start] in " \t–—-":
        start += 1
    content_start, content_end = _trimmed(text, start, end)
    return Quotation(start, close, content_start, content_end, continues=True)


def scan_quotations(text: str, paragraph_spans: list[tuple[int, int]]) -> list[Quotation]:
    found: list[Quotation] = []
    left_open = False
    pending: list[tuple[int, int]] = []  # unmarked paragraphs inside a quotation left open
    for par_start, par_end in paragraph_spans:
        opener: str | None = None
        depth = open_at = 0
        first = True
        marks = list(_MARK_RE.finditer(text, par_start, par_end))
        if left_open and not marks:
            pending.append((par_start, par_end))
            left_open = len(pending) <= _MAX_UNMARKED_PARAGRAPHS
            continue
        for match in marks:
            mark, index = match.group(), match.start()
            if opener is None:
                if first and left_open and mark in "»”\"" and not (mark == '"' and _straight_opens(text, index)):
                    # "Главное – сохранить диалог», – сказал министр.": the opening mark is missing
                    found += [_unmarked_piece(text, s, e, None) for s, e in pending]
                    found.append(_unmarked_piece(text, par_start, index, index))
                    first = False
                    continue
                if mark in "«„“" or (mark == '"' and _straight_opens(text, index)):
                    opener, depth, open_at = mark, 1, index
                    continues = left_open and first and not text[par_start:index].strip(" –—-")
                    first = False
                continue
            if opener == "«" and mark == "«":
                depth += 1
            elif mark in _CLOSERS[opener] and (opener != "«" or depth == 1):
                start, end = _trimmed(text, open_at + 1, index)
                found.append(Quotation(open_at, index, start, end, continues))
                opener = None
            elif opener == "«" and mark == "»":
                depth -= 1
        pending = []
        left_open = opener is not None
        if opener is not None:
            start, end = _trimmed(text, open_at + 1, par_end)
            found.append(Quotation(open_at, None, start, end, continues))
    return [q for q in found if q.end > q.start]


def _group_pieces(quotations: list[Quotation]) -> list[list[Quotation]]:
    groups: list[list[Quotation]] = []
    for quotation in quotations:
        if quotation.continues and groups and groups[-1][-1].close is None:
            groups[-1].append(quotation)
        else:
            groups.append([quotation])
    return groups


_CLAUSE_BREAK_RE = re.compile(r"[.!?;:,–—()«»\"\n]")  # a title noun stands in the same line


def _words_before(ctx: TextContext, offset: int, count: int) -> list[str]:
    """Up to ``count`` words right before ``offset`` with no punctuation between."""
    index = bisect_left(ctx.word_starts, offset)
    first = max(0, index - count)
    words = []
    for i in range(index - 1, first - 1, -1):
        if _CLAUSE_BREAK_RE.search(ctx.text, ctx.word_ends[i], offset):
            break
        words.append(ctx.word_keys[i])
    return words


def _content_keys(ctx: TextContext, quotation: Quotation) -> list[str]:
    first = bisect_left(ctx.word_starts, quotation.start)
    last = bisect_left(ctx.word_starts, quotation.end)
    return ctx.word_keys[first:last]


def _is_title(ctx: TextContext, quotation: Quotation) -> bool:
    """A name in guillemets: after a generic noun or listed as a known title."""
    nouns = lexicon.title_nouns()
    before = _words_before(ctx, quotation.open, 2)
    if any(key in nouns for key in before):
        return True
    if len(before) == 2 and before[1] == "так" and before[0].startswith("называем"):
        return True  # "так называемый «потолок цен»": a term in the author's voice
    keys = _content_keys(ctx, quotation)
    if keys and len(keys) <= 6:
        match = lexicon.known_titles().match_at(keys, 0)
        if match is not None and match.length == len(keys):
            return True
    return _title_shaped(ctx, quotation, len(keys))


_SPEECH_AROUND_RE = re.compile(rf"[,!?.…]*[ \t]*(?:{_DASH}|:)")


def _title_shaped(ctx: TextContext, quotation: Quotation, words: int) -> bool:
    """A name by its shape: a short capitalised phrase with no verb and no
    final stop ("в «Ынтымак Ордо»", "на «Итогах года»", "«Молодой гвардии»"),
    unless a colon before or a dash or colon after makes it someone's words
    ("заявил: «Никаких уступок»", "«Им не нужен мир»: Пашинян о …")."""
    text = ctx.text
    if not 0 < words <= 4 or not text[quotation.start].isupper() or text[quotation.end - 1] in _TERMINAL:
        return False
    if ":" in text[max(0, quotation.open - 3) : quotation.open] or quotation.close is None:
        return False
    if _SPEECH_AROUND_RE.match(text, quotation.close + 1):
        return False
    return not _has_verb(ctx, quotation)


def _in_credit(ctx: TextContext, quotation: Quotation) -> bool:
    """"© Фото: Мария Новоселова / “Вестник Кавказа“": a photo credit names an
    outlet, whatever its marks."""
    line_start = ctx.text.rfind("\n", 0, quotation.open) + 1
    return _CREDIT_RE.search(ctx.text, line_start, quotation.open) is not None


def _has_verb(ctx: TextContext, quotation: Quotation) -> bool:
    words = ctx.text[quotation.start : quotation.end].split()
    for word in words:
        readings = parses(word.strip(",.!?…:;()"))
        if readings and readings[0].grammemes & _VERB_POS:
            return True
    return False


def _looks_like_speech(ctx: TextContext, quotation: Quotation) -> bool:
    """An unattributed quotation is speech if it reads as a statement."""
    keys = _content_keys(ctx, quotation)
    if len(keys) < 4:
        return False  # a quoted term or a short title
    if ctx.text[quotation.start].islower():
        return False  # a phrase cited inside the author's sentence: a term
    if len(keys) >= 8 or ctx.text[quotation.end - 1] in _TERMINAL:
        return True
    return _has_verb(ctx, quotation)  # a short capitalised phrase without a verb is a title


def _pre_colon(ctx: TextContext, quotation: Quotation) -> Attribution | None:
    text = ctx.text
    index = quotation.open - 1
    while index >= 0 and text[index] in " \t\n–—-":
        index -= 1
    if index < 0 or text[index] != ":":
        return None
    sentence_start = ctx.sentence_at(index)[0]
    start = max(sentence_start, ctx.paragraphs[ctx.paragraph_index(index)][0])
    cue = (index, index + 1)
    return read_attribution(text, start, index, require_verb=False, cue=cue, opinion=True)


def _post_dash(ctx: TextContext, quotation: Quotation) -> Attribution | None:
    if quotation.close is None:
        return None
    text = ctx.text
    par_end = ctx.paragraphs[ctx.paragraph_index(quotation.close)][1]
    match = _POST_RE.match(text, quotation.close + 1, par_end)
    if match is None:  # "«…», заявил он" without the dash
        match = _POST_COMMA_RE.match(text, quotation.close + 1, par_end)
        if match is None or not _starts_with_verb(ctx, match.end()):
            return quoted_headline_source(ctx, quotation.close)  # "«…»: Лавров о переговорах"
    stop = _POST_END_RE.search(text, match.end(), par_end)
    end = stop.start() if stop else par_end
    found = read_attribution(text, match.end(), end, require_verb=True, opinion=True)
    return found or quoted_headline_source(ctx, quotation.close)  # "«…» – Алиев Лаврову"


# The next sentence of the paragraph names the source: "Об этом заявил Лавров."
_SOURCE_SENTENCE_RE = re.compile(
    r"[.!?…]*[ \t]*(?:Об этом|Так(?!,)|Такими словами|Такое мнение|Такое заявление|Эти слова"
    r"|Это заявление)\b"
)


def _next_sentence(ctx: TextContext, quotation: Quotation) -> Attribution | None:
    if quotation.close is None:
        return None
    match = _SOURCE_SENTENCE_RE.match(ctx.text, quotation.close + 1)
    if match is None:
        return None
    end = ctx.sentence_at(match.end())[1]
    return read_attribution(ctx.text, match.end(), end, require_verb=True, opinion=True)


def _starts_with_verb(ctx: TextContext, offset: int) -> bool:
    index = bisect_left(ctx.word_starts, offset)
    return index < len(ctx.word_keys) and ctx.word_keys[index] in lexicon.attribution_verbs()


def _split_broken(ctx: TextContext, quotation: Quotation) -> list[tuple[int, int, Attribution | None]]:
    """Pieces of a quotation broken by an attribution inside it."""
    pieces: list[tuple[int, int, Attribution | None]] = []
    start = quotation.start
    for match in _BROKEN_RE.finditer(ctx.text, quotation.start, quotation.end):
        attribution = read_attribution(
            ctx.text, match.start(2), match.end(2), require_verb=True, opinion=True
        )
        if attribution is None:
            continue
        end = match.start(1) if match.group(1) == "," else match.end(1)
        pieces.append((start, end, attribution))
        start = match.end()
    pieces.append((start, quotation.end, pieces[-1][2] if pieces else None))
    return pieces


def detect_direct(ctx: TextContext, quotations: list[Quotation]) -> list[Candidate]:
    """Direct quotes: every quotation that is not a title or a quoted term,
    with the attribution before it (colon), after it (dash, or the next
    sentence), or inside it (a broken quote)."""
    found: list[Candidate] = []
    for group in _group_pieces(quotations):
        if _in_credit(ctx, group[0]) or (len(group) == 1 and _is_title(ctx, group[0])):
            continue
        attribution = (
            _pre_colon(ctx, group[0]) or _post_dash(ctx, group[-1]) or _next_sentence(ctx, group[-1])
        )
        for piece in group:
            for raw_start, raw_end, inner in _split_broken(ctx, piece):
                start, end = _trimmed(ctx.text, raw_start, raw_end)
                if end <= start:
                    continue
                own = inner or attribution
                if own is None and len(group) == 1:
                    own = fragment_attribution(ctx, piece.open, (start, end))
                    if own is None and not _looks_like_speech(ctx, piece):
                        break
                found.append(Candidate(start, end, "direct", own, inherit=own is None))
    return found

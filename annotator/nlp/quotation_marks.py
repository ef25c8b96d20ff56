"""Quotation marks: the quotations of a text, paragraph by paragraph.

A quotation is the text between a top-level pair of marks in one paragraph:
« » with anything nested inside, „ “, “ ”, or straight " " (nested straight
marks are told apart by their shape when they pair up).  A quotation left
open at the end of a paragraph runs on over unmarked paragraphs (and those
whose marks are inner pairs) up to a paragraph that opens with a closing
mark, or to the end of the text; when the next paragraph reopens with «,
that piece continues the same quote (same speaker).  Typed-for-each-other
marks ("государства «, — сообщил", "Песков.»Что") are read as meant.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.nlp import lexicon

_MARK_RE = re.compile(r"[«»„“”\"]")
_CLOSERS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
# After the closing mark: ", – сказал он." / "! – воскликнул он" / " – заявил он" / ",—заявил он".
POST_ATTRIBUTION_RE = re.compile(r"[,!?.…]*[ \t]*(?:[–—-]{1,2}[ \t]+|[–—]{1,2}(?=[а-яё]))")
_POST_RE = POST_ATTRIBUTION_RE
_PARAGRAPH_END_RE = re.compile(r"[.!?…]*[ \t]*$")
_WORD_AFTER_RE = re.compile(r"[^\W\d_]+")
_HEADLINE_COLON_RE = re.compile(r":[ \t]+[А-ЯЁA-Z]")
_MAX_MARKS_AFTER = 8  # titles in an attribution after a quotation ("цитата по «РИА Новости»")
# A quotation left open runs on over at most this many unmarked paragraphs.
_MAX_UNMARKED_PARAGRAPHS = 8
_SYMBOLS = frozenset({"So", "Sk", "Mn", "Cf"})  # emoji, their modifiers and joiners


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


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unmarked_piece(text: str, start: int, end: int, close: int | None) -> Quotation:
    """A paragraph of a quotation whose opening mark is missing (wire copy drops
    it when a quote runs on into a new paragraph), up to ``close`` or its end."""
    while start < end and (text[start] in " \t–—-.…" or unicodedata.category(text[start]) in _SYMBOLS):
        start += 1  # "❗️Данные решения …": a leading emoji is no part of the words
    content_start, content_end = trimmed(text, start, end)
    return Quotation(start, close, content_start, content_end, continues=True)


def _straight_nesting(text: str, marks: list[re.Match[str]], par_start: int) -> frozenset[int]:
    """Offsets of straight marks that open a quotation nested in another one
    ("Компания "Газтранс" выполняет все контракты"), read from their shape
    (a space before, a word after) when the shapes pair up over the paragraph;
    empty when they do not, so a stray mark never swallows the text after it."""
    depth, nested = 0, []
    for match in marks:
        if match.group() != '"':
            continue
        if depth == 0 or _straight_opens(match.string, match.start()) and not _straight_closes(match.string, match.start()):
            depth += 1
            if depth > 1:
                nested.append(match.start())
        else:
            depth -= 1
    # A paragraph opened by a quotation may leave it open (it goes on in the next one).
    opens_paragraph = bool(marks) and not text[par_start : marks[0].start()].strip(" –—-")
    return frozenset(nested) if depth == 0 or (depth == 1 and opens_paragraph) else frozenset()


def _glued_opening(text: str, index: int, par_end: int) -> bool:
    """A closing guillemet glued between a full stop and a capital, with another
    closing one later in the paragraph, opens a quotation."""
    after = text[index + 1] if index + 1 < len(text) else " "
    return index > 0 and text[index - 1] in ".!?…" and after.isupper() and text.find("»", index + 1, par_end) > 0


def _straight_closes(text: str, index: int) -> bool:
    after = text[index + 1] if index + 1 < len(text) else " "
    return not text[index - 1].isspace() and (after.isspace() or after in ",.;:!?…)–—-")


def _closes_both(text: str, index: int, par_end: int) -> bool:
    """ "«… компенсаций за некие «последствия агрессии», – написал он": the last
    guillemet of the paragraph, before the attribution, closes the term and the quote."""
    return _POST_RE.match(text, index + 1, par_end) is not None


def _inner_term_closes(
    text: str, marks: list[re.Match[str]], position: int, par_end: int, opener: str, mark: str,
    after_colon: bool = False,
) -> bool:
    """The mark at ``marks[position]`` closes a quoted term that opens the
    quotation, not the quotation: the next mark of its kind is another closing
    one, followed by the attribution dash (and this one is not), or, when the
    quotation opens after a colon, by the end of its paragraph ("Песков заявил:
    «Коалиция желающих» к нам не обращалась».")."""
    straight = opener == '"' == mark
    if not (straight or (opener, mark) == ("«", "»")):
        return False
    if straight and _POST_RE.match(text, marks[position].end(), par_end):
        return False  # "…", - сказал он: the quotation ends here
    for following in range(position + 1, len(marks)):  # no slice: a copy per mark would be quadratic
        match = marks[following]
        if match.group() == "«" or (mark == '"' == match.group() and _straight_opens(text, match.start())):
            return False
        if match.group() == mark:
            return _POST_RE.match(text, match.end(), par_end) is not None or (
                after_colon and _PARAGRAPH_END_RE.match(text, match.end(), par_end) is not None)
    return False


def scan_quotations(text: str, paragraph_spans: list[tuple[int, int]]) -> list[Quotation]:
    found: list[Quotation] = []
    left_open = False
    pending: list[tuple[int, int]] = []  # unmarked paragraphs inside a quotation left open
    marks_by_paragraph = [list(_MARK_RE.finditer(text, start, end)) for start, end in paragraph_spans]
    for number, (par_start, par_end) in enumerate(paragraph_spans):
        opener: str | None = None
        depth = open_at = 0
        first = True
        marks = marks_by_paragraph[number]
        nested = _straight_nesting(text, marks, par_start)
        last_closer = max((i for i, match in enumerate(marks) if match.group() == "»"), default=-1)
        if left_open and (not marks or _inner_pairs_only(text, marks, par_start)
                          and _closed_ahead(text, marks_by_paragraph[number + 1 : number + 1 + _MAX_UNMARKED_PARAGRAPHS])):
            pending.append((par_start, par_end))
            left_open = len(pending) <= _MAX_UNMARKED_PARAGRAPHS
            continue
        paragraph_found = len(found)
        for position, match in enumerate(marks):
            mark, index = match.group(), match.start()
            if opener is None:
                missing = first and (mark == "»" or _lone_straight_close(text, marks, index)) \
                    and _POST_RE.match(text, index + 1, par_end) is not None
                if not first and _late_missing_opening(text, marks, position, par_end):
                    # "Президент выразил надежду … Форум «Астана» возобновит работу», — отметили в
                    # пресс-службе": the paragraph's pairs were terms inside words whose opening mark is missing
                    del found[paragraph_found:]
                    found += [_unmarked_piece(text, s, e, None) for s, e in pending]
                    found.append(_unmarked_piece(text, par_start, index, index))
                    continue
                if missing or first and left_open and mark in "»”\"" and not (mark == '"' and _straight_opens(text, index)):
                    # "Главное – сохранить диалог», – сказал министр.": the opening mark is missing
                    found += [_unmarked_piece(text, s, e, None) for s, e in pending]
                    found.append(_unmarked_piece(text, par_start, index, index))
                    first = False
                    continue
                if mark == "»" and _glued_opening(text, index, par_end):
                    mark = "«"  # "… Песков.»Что касается …»": a closing guillemet typed for the opening one
                if mark in "«„“" or (mark == '"' and _straight_opens(text, index)):
                    opener, depth, open_at = mark, 1, index
                    continues = left_open and first and not text[par_start:index].strip(" –—-")
                    first = False
                continue
            if opener == "«" == mark and depth == 1 and _POST_RE.match(text, index + 1, par_end):
                mark = "»"  # "… государства «, — сообщил он": a mistyped closing mark before the attribution
            if left_open and opener == '"' == mark and depth == 1 and position == len(marks) - 1 \
                    and _after_word(text, par_start, open_at) and _POST_RE.match(text, index + 1, par_end):
                # "…если бы "Молдовагаз" не зависел от "Газпрома", – сказала она": in a quotation run on
                # from the paragraph before, the last mark closes a title and the words together
                del found[paragraph_found:]
                found += [_unmarked_piece(text, s, e, None) for s, e in pending]
                found.append(_unmarked_piece(text, par_start, index, index))
                opener = None
                continue
            if (opener == "«" and mark == "«") or (opener == '"' == mark and index in nested):
                depth += 1
            elif opener == '"' == mark and depth > 1 and (
                not _POST_RE.match(text, index + 1, par_end) or _closed_again(text, marks, position, par_end)
                or _speech_resumes(text, marks, position, par_end)
            ):
                depth -= 1  # (one mark before the attribution closes both: "… стал "Годом дружбы", – сказал он")
            elif depth == 1 and not _after_word(text, par_start, open_at) and _inner_term_closes(
                text, marks, position, par_end, opener, mark, text[par_start:open_at].rstrip().endswith(":")
            ):  # (a mark right after a word, "форум «Астана» …»", opens a title, not the words: see below)
                continue  # "«Держим руку на пульсе» и по торговле», – сказал он": a quoted term opened it
            elif mark in _CLOSERS[opener] and (
                opener != "«" or depth == 1 or (
                    _closes_both(text, index, par_end) and (position == last_closer or _pairs_after(marks, position)))
                or position == last_closer and _HEADLINE_COLON_RE.match(text, index + 1, par_end) is not None
                and not text[par_start:open_at].strip()
            ):  # "«Мы готовы к «большой сделке»: Лавров о …": a headline's colon after the last guillemet
                start, end = trimmed(text, open_at + 1, index)
                found.append(Quotation(open_at, index, start, end, continues))
                opener = None
            elif opener == "«" and mark == "»":
                depth -= 1
        pending = []
        left_open = opener is not None
        if opener is not None:
            start, end = trimmed(text, open_at + 1, par_end)
            found.append(Quotation(open_at, None, start, end, continues))
    if left_open and pending and _speech_paragraph_open(text, found, paragraph_spans):
        # the text ends inside a quotation that opened a paragraph (an excerpt cut in mid-speech)
        found += [_unmarked_piece(text, s, e, None) for s, e in pending]
    return [q for q in found if q.end > q.start]


def _speech_resumes(text: str, marks: list[re.Match[str]], position: int, par_end: int) -> bool:
    """ "\"…, - заявил он на заседании комиссии \"Единой России\". - Доходит до …\"": a dash and a
    capital or a word that is no speech verb after this straight mark resume the words, and
    the paragraph's last straight mark closes them, so this one closes only the title inside
    the attribution."""
    dash = _POST_RE.match(text, marks[position].end(), par_end)
    if dash is None or position + 1 >= len(marks):
        return False
    word = _WORD_AFTER_RE.match(text, dash.end(), par_end)
    if word is None or not word.group()[0].isupper() and word.group().lower().replace("ё", "е") in lexicon.attribution_verbs():
        return False  # "…\"Годом дружбы\", – сказал он": the attribution, not the words resumed
    last = marks[-1]
    return last.group() == '"' and _straight_closes(text, last.start()) and not _straight_opens(text, last.start())


def _pairs_after(marks: list[re.Match[str]], position: int) -> bool:
    """ "«… «Союз Восток», – сказал Миллер (цитата по «РИА Новости»)": after the guillemet
    that the attribution follows there are only a few pairs of the attribution's own."""
    if len(marks) - position - 1 > _MAX_MARKS_AFTER:
        return False  # bounded, so a paragraph of marks is never walked once per mark
    kinds = [match.group() for match in marks[position + 1 :]]
    return kinds.count("«") == kinds.count("»") and kinds.count('"') % 2 == 0 and (not kinds or kinds[0] in "«\"")


def _lone_straight_close(text: str, marks: list[re.Match[str]], index: int) -> bool:
    """ "Консультации идут", - сказал он.": a straight mark shaped as a closing one that
    the paragraph's other straight marks leave unpaired closes words whose opening
    mark is missing, as "»" does."""
    return (text[index] == '"' and _straight_closes(text, index) and not _straight_opens(text, index)
            and sum(match.group() == '"' for match in marks) % 2 == 1)


def _closed_again(text: str, marks: list[re.Match[str]], position: int, par_end: int) -> bool:
    """ "… слова о "мирном плане" — лишь ширма", – написал он": a dash follows this
    straight mark, but the next one closes too and the attribution follows it."""
    if position + 1 >= len(marks):
        return False
    following = marks[position + 1]
    return (following.group() == '"' and not _straight_opens(text, following.start())
            and _POST_RE.match(text, following.end(), par_end) is not None)


def _after_word(text: str, par_start: int, index: int) -> bool:
    """The mark at ``index`` follows a word of its paragraph ("форум «Астана»"), not
    the paragraph's start, a colon or a dash."""
    before = text[par_start:index].rstrip()
    return bool(before) and before[-1].isalnum()


def _late_missing_opening(text: str, marks: list[re.Match[str]], position: int, par_end: int) -> bool:
    """The paragraph's last mark is a closing guillemet left over after balanced « » pairs,
    followed by the attribution: it closes words whose opening mark is missing."""
    if position != len(marks) - 1 or marks[position].group() != "»":
        return False
    if _POST_RE.match(text, marks[position].end(), par_end) is None:
        return False
    return all(match.group() in "«»" for match in marks[:position])


def _speech_paragraph_open(text: str, found: list[Quotation], paragraph_spans: list[tuple[int, int]]) -> bool:
    """The last quotation is left open and opens its paragraph."""
    last = next((q for q in reversed(found) if not q.continues), None)
    if last is None or last.close is not None or last.end <= last.start:
        return False
    par_start = next(s for s, e in reversed(paragraph_spans) if s <= last.open)
    return not text[par_start : last.open].strip(" –—-")


def _inner_pairs_only(text: str, marks: list[re.Match[str]], par_start: int) -> bool:
    """A paragraph whose only marks are pairs inside its text ("был объявлен
    «persona non grata»"): inside a quotation left open, it goes on with it."""
    kinds = [match.group() for match in marks]
    if kinds[0] not in "«„\"" or not text[par_start : marks[0].start()].strip(" –—-"):
        return False
    pairs = kinds.count("«") == kinds.count("»") and kinds.count("„") == kinds.count("“")
    return pairs and kinds.count('"') % 2 == 0 and "”" not in kinds


def _closed_ahead(text: str, paragraphs_marks: list[list[re.Match[str]]]) -> bool:
    """The next paragraph with marks opens with a closing one: the quotation
    left open runs on up to it."""
    for marks in paragraphs_marks:
        if marks:
            mark = marks[0]
            return mark.group() in "»”" or (mark.group() == '"' and not _straight_opens(text, mark.start()))
    return False

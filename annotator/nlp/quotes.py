"""Direct quotes: the quotations found by quotation_marks.py that are someone's
words (not titles or terms), with their attributions (a colon before, a dash
or a comma after, the next sentence or line, or inside a broken quote)."""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.nlp import lexicon
from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.continued import attribution_below, relayed_words
from annotator.nlp.fragments import fragment_attribution
from annotator.nlp.governed import coordinated_fragment, governed_fragment, is_participle_cue
from annotator.nlp.headlines import is_headline, quoted_headline_source
from annotator.nlp.quotation_marks import POST_ATTRIBUTION_RE as _POST_RE
from annotator.nlp.quotation_marks import Quotation, scan_quotations, trimmed
from annotator.nlp.titles import _content_keys, _has_verb, _starts_with_verb, is_title
from annotator.nlp.woven import is_woven_clause

__all__ = ["Quotation", "detect_direct", "repeated_in_body", "scan_quotations"]

_DASH = "[–—-]{1,2}"
# A dash between words: spaced, or an em/en dash typed without spaces (",— сказал он.— Мы …").
_GAP_DASH = r"(?:[ \t]+[–—-]{1,2}[ \t]+|[ \t]*[–—]{1,2}[ \t]*)"
_POST_COMMA_RE = re.compile(r",[ \t]+")
# The attribution ends at the end of the sentence (a full stop after an
# initial, "С. Лавров", does not count) or where the quote resumes.
_POST_END_RE = re.compile(rf"[!?…]|(?<!\b[А-ЯЁ])(?<!\sим)\.|,[ \t]*{_DASH}[ \t]*[«„“\"]|:")
# Inside a quotation: "первая часть, – отметил министр, – вторая часть"; the attribution may
# name an outlet in guillemets ("? — сказал он (цитата по «БелТА»). — …").
_BROKEN_RE = re.compile(
    rf"([,!?…]|\.(?!\.)){_GAP_DASH}((?:[^«»„“”\"–—]|«[^«»„“”\"]{{1,40}}»|\"[^«»„“”\"]{{1,40}}\"){{3,160}}?)([,.:]){_GAP_DASH}"
)
_TERMINAL = ".!?…"
# An attribution stands within this many characters of its quotation: no attribution is
# read over a whole long sentence or paragraph once per quotation (that would be quadratic).
_REACH = 300
_CREDIT_RE = re.compile(r"©|\b[Фф]ото\s*:|^\s*[Фф]ото\b", re.MULTILINE)
_CREDIT_REACH = 200


def _group_pieces(quotations: list[Quotation]) -> list[list[Quotation]]:
    groups: list[list[Quotation]] = []
    for quotation in quotations:
        if quotation.continues and groups and groups[-1][-1].close is None:
            groups[-1].append(quotation)
        else:
            groups.append([quotation])
    return groups



def _in_credit(ctx: TextContext, quotation: Quotation) -> bool:
    """"© Фото: Мария Новоселова / “Вестник Кавказа“": a photo credit names an
    outlet, whatever its marks."""
    window = max(0, quotation.open - _CREDIT_REACH)  # a credit is short: no scan of a long line per quotation
    line_start = ctx.text.rfind("\n", window, quotation.open) + 1
    start = max(line_start, window)
    # Every credit holds "©" or "[Фф]ото": two substring scans rule most quotations out
    # before the regular expression is tried at each position.
    if ctx.text.find("©", start, quotation.open) < 0 and ctx.text.find("ото", start, quotation.open) < 0:
        return False
    return _CREDIT_RE.search(ctx.text, start, quotation.open) is not None



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
    start = max(sentence_start, ctx.paragraphs[ctx.paragraph_index(index)][0], index - _REACH)
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
        if match is None or not _starts_with_verb(ctx, match.end()) or _OWN_CLAUSE_RE.match(ctx.folded, match.end()):
            # "«…»: Лавров о переговорах"; "Кадыров, обещавший «…», заявил, что …" reports another clause
            return quoted_headline_source(ctx, quotation.close) or _headline_colon(ctx, quotation, par_end)
    limit = min(par_end, match.end() + _REACH)
    stop = _POST_END_RE.search(text, match.end(), limit)
    found = read_attribution(text, match.end(), stop.start() if stop else limit, require_verb=True, opinion=True)
    if found is not None and found.cue is not None and _SENTENCE_DASH_RE.search(text, match.end(), found.cue[0]):
        return None  # "о «мирном плане» — лишь ширма, — написал он": the words go on past the mark
    found = found or relayed_words(ctx, match.end(), stop.start() if stop else limit)
    return found or quoted_headline_source(ctx, quotation.close)  # "«…» – Алиев Лаврову"


# A comma and a dash between the dash after a quotation and the speech verb: the first dash
# was the sentence's own, the quotation a term inside unmarked words that end at the second.
_SENTENCE_DASH_RE = re.compile(rf",[ \t]*{_DASH}[ \t]")
_HEADLINE_COLON_RE = re.compile(r"[ \t]*(?P<stop>[:.])[ \t]+(?=[А-ЯЁа-яё])")
_LOCATED_RE = re.compile(r"(?:в|во|В|Во)[ \t]+")
_PREPOSITION_RE = re.compile(r"(?:^|[ \t])(?:в|во|на|по|из|у|с|со|к|о|об|при|для|после|до)[ \t]", re.IGNORECASE)


def _headline_colon(ctx: TextContext, quotation: Quotation, par_end: int) -> Attribution | None:
    """ "«Не заинтересован»: Гутерриш раскрыл, с кем …": a headline opened by the
    words, then a colon and a clause whose subject says them."""
    colon = _HEADLINE_COLON_RE.match(ctx.text, quotation.close + 1 if quotation.close is not None else par_end, par_end)
    if colon is None or ctx.text[ctx.paragraphs[ctx.paragraph_index(quotation.open)][0] : quotation.open].strip():
        return None
    if colon.group("stop") == "." and not is_headline(ctx, *ctx.paragraphs[ctx.paragraph_index(quotation.open)]):
        return None  # "«…». Лукашенко прокомментировал …" heads an article; in a paragraph the stop ends a sentence
    limit = min(par_end, colon.end() + _REACH)
    stop = _POST_END_RE.search(ctx.text, colon.end(), limit)
    end = stop.start() if stop else limit
    found = read_attribution(ctx.text, colon.end(), end, require_verb=True, opinion=True)
    if found is None or found.mention is None or found.cue is None or not found.mention.subject:
        return None
    prefix = ctx.text[colon.end() : found.mention.start]
    if found.mention.located and _LOCATED_RE.fullmatch(prefix):
        prefix = ""  # "«…»: в МИД России озвучили …": the ministry speaks, "в" is part of its mention
    if found.mention.start > found.cue[0] or prefix.count(" ") > 3 or _PREPOSITION_RE.search(prefix):
        return None  # the one who speaks opens the clause: "Гутерриш признался …", "генсек ООН Гутерриш …"
    return found


# The next sentence names the source: "Об этом заявил Лавров.", in the same
# paragraph or at the head of the next one (wire copy often breaks the line there).
_SOURCE_WORDS = r"(?:Об этом|Так(?!,)|Такими словами|Такое мнение|Такое заявление|Эти слова|Это заявление)\b"
_SOURCE_SENTENCE_RE = re.compile(rf"[.!?…]*[ \t]*{_SOURCE_WORDS}")
_SOURCE_BELOW_RE = re.compile(rf"[.!?…]*[ \t]*(?:\n[ \t]*){{0,2}}{_SOURCE_WORDS}")


def _next_sentence(ctx: TextContext, quotation: Quotation) -> Attribution | None:
    if quotation.close is None:
        return None
    match = _SOURCE_BELOW_RE.match(ctx.text, quotation.close + 1)
    if match is None:
        return None
    end = min(ctx.sentence_at(match.end())[1], match.end() + _REACH)
    return read_attribution(ctx.text, match.end(), end, require_verb=True, opinion=True)


_OWN_CLAUSE_RE = re.compile(r"[а-яё]+(?:[ \t]+[^,.!?;:«»]{1,40}?)?(?:,[ \t]*|[ \t]+)(?:что|о том)\b")


def _reported_around(ctx: TextContext, quotation: Quotation) -> bool:
    """A quotation inside the author's sentence whose attribution stands outside
    it, after a comma ("… по итогам встречи «в конце недели», сообщил Рябков.")
    or in the next sentence ("… можно «назвать поворотными». Об этом заявил …"):
    the sentence is reported speech that holds the words (guide, indirect 3, 4
    and 8), not a direct quote of its own."""
    if quotation.close is None:
        return False
    sentence_start = ctx.sentence_at(quotation.open)[0]
    before = ctx.text[sentence_start : quotation.open].rstrip(" \t–—-")
    if not any(char.isalpha() for char in before) or before.endswith(":"):
        return False
    after = quotation.close + 1
    if _POST_RE.match(ctx.text, after):
        return False  # "…», – заявил он": the dash sets the words apart
    comma = _POST_COMMA_RE.match(ctx.text, after)
    if comma is not None:  # "Кадыров, просивший «…», заявил, что …": the verb reports its own clause
        return _starts_with_verb(ctx, comma.end()) and not _OWN_CLAUSE_RE.match(ctx.folded, comma.end())
    if _SOURCE_SENTENCE_RE.match(ctx.text, after) is None or ctx.text[after : after + 1] not in ".!?…":
        return False
    verbs = lexicon.attribution_verbs()
    first, last = bisect_left(ctx.word_starts, sentence_start), bisect_left(ctx.word_starts, quotation.open)
    # "Лукашенко предложил прекратить «эту драчку». Об этом …": the words of the one who speaks in it
    return not any(key in verbs for key in ctx.word_keys[first:last])



def _split_broken(ctx: TextContext, quotation: Quotation) -> list[tuple[int, int, Attribution | None]]:
    """Pieces of a quotation broken by an attribution inside it."""
    pieces: list[tuple[int, int, Attribution | None]] = []
    start = quotation.start
    for match in _BROKEN_RE.finditer(ctx.text, quotation.start, quotation.end):
        if _inside_nested(ctx.text[quotation.start : match.start()]):
            continue  # the break is in words quoted inside the quotation: one quote
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


def _inside_nested(before: str) -> bool:
    """The text ``before`` a point of a quotation leaves an inner quotation open."""
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("„") > before.count("“")


# "«Мы готовы к диалогу, – сказал он.": the attribution at the end of a paragraph
# whose closing mark is missing (the last dash before a lower-case verb).
_UNCLOSED_TAIL_RE = re.compile(r"(?P<stop>[,!?…]?)(?:[ \t]+[–—-]{1,2}[ \t]+|[ \t]*[–—]{1,2}[ \t]*)(?P<verb>[а-яё]+)[^–—«»„“”\"]*$")


def _unclosed_tail(ctx: TextContext, group: list[Quotation]) -> Attribution | None:
    """The attribution inside the last piece of a quotation left open, which
    then ends before it (the piece is shortened in place)."""
    last = group[-1]
    if last.close is not None:
        return None
    tail = _UNCLOSED_TAIL_RE.search(ctx.text, max(last.start, last.end - _REACH), last.end)
    if tail is not None:
        verb = tail.start("verb")
        attribution = read_attribution(ctx.text, verb, last.end, require_verb=True, opinion=True)
        if attribution is not None and attribution.cue is not None and attribution.cue[0] == verb:
            last.end = tail.start() + (1 if tail.group("stop") in ("!", "?", "…") else 0)
            return attribution
    return None


def detect_direct(
    ctx: TextContext, quotations: list[Quotation], woven: list[Candidate] | None = None,
    unsaid: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Direct quotes: every quotation that is not a title or a quoted term,
    with the attribution before it (colon), after it (dash, or the next
    sentence), or inside it (a broken quote).  Lower-case clauses with no
    attribution go into ``woven`` (decided later, by woven.py); headline quotations
    with none into ``unsaid`` (see repeated_in_body)."""
    found: list[Candidate] = []
    fragment: tuple[int, Attribution] | None = None  # the last fragment's closing mark and attribution
    for group in _group_pieces(quotations):
        if _in_credit(ctx, group[0]):
            group = group[1:]  # a credit's mark left open does not take the quotation after it
        if not group:
            continue
        # "обвинил Лондон в «…»": a verb's complement in marks is its subject's words, not a title
        governed = None
        if len(group) == 1:
            governed = governed_fragment(ctx, group[0]) or coordinated_fragment(ctx, group[0], fragment)
        fragment = None
        if len(group) == 1 and governed is None and is_title(ctx, group[0]):
            continue
        if len(group) == 1 and _reported_around(ctx, group[0]) and not (governed and is_participle_cue(ctx, governed)):
            continue  # "Визит содержал «…», заявили в МИД.": the whole sentence is reported
        if governed is not None:
            found.append(Candidate(*trimmed(ctx.text, group[0].start, group[0].end), "direct", governed))
            fragment = (group[0].close, governed) if group[0].close is not None else None
            continue
        attribution = _unclosed_tail(ctx, group) or (
            _pre_colon(ctx, group[0]) or _post_dash(ctx, group[-1]) or _next_sentence(ctx, group[-1])
            or attribution_below(ctx, group[-1].close)
        )
        for piece in group:
            for raw_start, raw_end, inner in _split_broken(ctx, piece):
                start, end = trimmed(ctx.text, raw_start, raw_end)
                if end <= start:
                    continue
                own = inner or attribution
                if own is None and len(group) == 1:
                    own = fragment_attribution(ctx, piece.open, (start, end))
                    fragment = (piece.close, own) if own is not None and piece.close is not None else None
                    if own is None and not _looks_like_speech(ctx, piece):
                        if woven is not None and is_woven_clause(ctx, piece):
                            woven.append(Candidate(start, end, "direct", None, inherit=True))  # see woven.py
                        elif unsaid is not None and _in_headline(ctx, piece):
                            unsaid.append((start, end))  # see repeated_in_body
                        break
                found.append(Candidate(start, end, "direct", own, inherit=own is None))
    return found


def _in_headline(ctx: TextContext, quotation: Quotation) -> bool:
    paragraph = ctx.paragraphs[ctx.paragraph_index(quotation.open)]
    return quotation.close is not None and is_headline(ctx, *paragraph)


def repeated_in_body(ctx: TextContext, unsaid: list[tuple[int, int]], quotes: list[Candidate]) -> list[Candidate]:
    """ "Минск отказался «слепо следовать» санкциям" over a body where someone's quote holds
    the same words in marks: the headline quotes that speaker (guide, seventh batch), with
    the body's attribution.  ``unsaid`` are the headlines' quotations no rule attributed."""
    repeated = []
    for start, end in unsaid:
        words = ctx.text[start:end]
        for quote in quotes:
            attribution = quote.attribution
            if attribution is None or attribution.mention is None or quote.start < end:
                continue
            at = ctx.text.find(words, quote.start, quote.end + 1)
            if at > 0 and ctx.text[at - 1] in "«„“\"" and ctx.text[at + len(words) : at + len(words) + 1] in "»“”\"":
                repeated.append(Candidate(start, end, "direct", attribution))
                break
    return repeated

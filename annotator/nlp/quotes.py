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
from annotator.nlp.headlines import quoted_headline_source
from annotator.nlp.morph import parses
from annotator.nlp.quotation_marks import POST_ATTRIBUTION_RE as _POST_RE
from annotator.nlp.quotation_marks import Quotation, scan_quotations, trimmed
from annotator.nlp.terms import is_author_term, names_a_piece
from annotator.nlp.woven import is_woven_clause

__all__ = ["Quotation", "detect_direct", "scan_quotations"]

_DASH = "[–—-]{1,2}"
# A dash between words: spaced, or an em/en dash typed without spaces (",— сказал он.— Мы …").
_GAP_DASH = r"(?:[ \t]+[–—-]{1,2}[ \t]+|[ \t]*[–—]{1,2}[ \t]*)"
_POST_COMMA_RE = re.compile(r",[ \t]+")
# The attribution ends at the end of the sentence (a full stop after an
# initial, "С. Лавров", does not count) or where the quote resumes.
_POST_END_RE = re.compile(rf"[!?…]|(?<!\b[А-ЯЁ])\.|,[ \t]*{_DASH}[ \t]*[«„“\"]|:")
# Inside a quotation: "первая часть, – отметил министр, – вторая часть"; the attribution may
# name an outlet in guillemets ("? — сказал он (цитата по «БелТА»). — …").
_BROKEN_RE = re.compile(
    rf"([,!?…]|\.(?!\.)){_GAP_DASH}((?:[^«»„“”\"–—]|«[^«»„“”\"]{{1,40}}»){{3,160}}?)([,.:]){_GAP_DASH}"
)
_TERMINAL = ".!?…"
# An attribution stands within this many characters of its quotation: no attribution is
# read over a whole long sentence or paragraph once per quotation (that would be quadratic).
_REACH = 300
_CREDIT_RE = re.compile(r"©|\b[Фф]ото\s*:|^\s*[Фф]ото\b", re.MULTILINE)
_CREDIT_REACH = 200
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


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
    nouns, verbs = lexicon.title_nouns(), lexicon.attribution_verbs()
    before = _words_before(ctx, quotation.open, 4)
    verb = next((i for i, key in enumerate(before) if key in verbs and verbs[key].finite), len(before))
    before = before[:verb]  # "в одном из эфиров предложил «…»": the words are the verb's, not the noun's
    naming = any(_NAMING_RE.match(key) for key in before) and ctx.text[quotation.start].islower()
    if before and (naming or _predicative_instrumental(ctx, quotation)):
        before = []  # "назвав слухи на эту тему «хайпом …»": a name given by someone, not the noun's title
    if any(key in nouns for key in before[:2]):
        return True
    if any(key in nouns for key in before[2:]) and _capitalised_without_verb(ctx, quotation):
        return True  # "на конференции в Астане «Казахстан и Россия. Итоги»": the noun a place apart
    if is_author_term(ctx, quotation.open):
        return True  # "так называемый «потолок цен»", "термин «…»": a term in the author's voice
    if names_a_piece(ctx, quotation.open):
        return True  # "публикацию The Wall Street Journal «…»": an article's headline
    if tuple(before[1::-1]) in _FRAMING:
        return True  # "в рамках «зерновой сделки»": the name of a format, not anyone's words
    if before[:1] and before[0] in _PLACE_PREPOSITIONS and _lower_case_phrase(ctx, quotation) \
            and _opens_in_locative(ctx, quotation):
        return True  # "выступил на «круглом столе»": a place or an event in the author's voice
    return _title_shaped(ctx, quotation, len(_content_keys(ctx, quotation)))


# "назвал план Зеленского «нереалистичной затеей»": what a naming verb gives a thing is the
# subject's words, whatever noun stands between ("план" also names titles: "план «Мир сейчас»").
_NAMING_RE = re.compile(r"(?:назва(?!ни)|называ(?!ем)|окрести)[а-я]*$")  # not "название", "так называемый"


def _predicative_instrumental(ctx: TextContext, quotation: Quotation) -> bool:
    """Lower-case words in marks that open with a word only read in the
    instrumental case: what someone called a thing ("назвал X «провалом»"); a
    title in apposition to a noun stands in the nominative or agrees with it."""
    return _opens_only_in(ctx, quotation, frozenset({"ablt"}))


def _opens_only_in(ctx: TextContext, quotation: Quotation, cases: frozenset[str]) -> bool:
    """The first quoted word is lower-case and every reading of it is in one of ``cases``."""
    word = ctx.text[quotation.start : quotation.end].split(maxsplit=1)[0].strip(",.!?…:;()")
    readings = parses(word) if word[:1].islower() else ()
    return bool(readings) and all(cases & reading.grammemes for reading in readings)


# Prepositional frames that name a format, a process or a channel.
_FRAMING = frozenset({("в", "рамках"), ("за", "рамки"), ("за", "рамками"), ("в", "формате"), ("по", "линии"),
                      ("на", "полях"), ("в", "ходе")})
# A lower-case quotation in the locative right after one of these is where something happens
# ("на «круглом столе»", "в «серой зоне»"): the author's word for a place or an event.
_PLACE_PREPOSITIONS = frozenset({"на", "в", "во"})
_SPEECH_AROUND_RE = re.compile(rf"[,!?.…]*[ \t]*(?:{_DASH}|:)")


def _title_shaped(ctx: TextContext, quotation: Quotation, words: int) -> bool:
    """A name by its shape: a short capitalised phrase with no verb and no
    final stop ("в «Ынтымак Ордо»", "на «Итогах года»", "«Молодой гвардии»"),
    unless a colon before or a dash or colon after makes it someone's words
    ("заявил: «Никаких уступок»", "«Им не нужен мир»: Пашинян о …")."""
    text = ctx.text
    if not 0 < words <= 4 or not text[quotation.start].isupper() or text[quotation.end - 1] in _TERMINAL:
        return False
    if quotation.close is None:
        return False
    if ":" in text[max(0, quotation.open - 3) : quotation.open] and not _CLAUSE_GOES_ON_RE.match(text, quotation.close + 1):
        return False
    if _SPEECH_AROUND_RE.match(text, quotation.close + 1) and not _governed_name(ctx, quotation):
        return False
    comma = _POST_COMMA_RE.match(text, quotation.close + 1)
    if comma is not None and _starts_with_verb(ctx, comma.end()):
        return False  # "«Мы готовы к диалогу», заявил он"
    return not _has_verb(ctx, quotation)


# Words that govern a noun phrase in a case: a quotation right after one is part of the
# author's sentence ("санкций против «Северного потока – 2» – Песков"), not the words set apart.
_GOVERNING_PREPOSITIONS = frozenset(
    "в во на с со у к ко для от о об при между перед за по из без против через после до вокруг вместо среди".split()
)
# "«Сила Сибири – 2» – коммерческая сделка, а не политическая, заявил Песков": a copula dash
# opens the predicate of a sentence that a speech verb after a comma reports as a whole.
_COPULA_DASH_RE = re.compile(rf"[ \t]*{_DASH}[ \t]+(?P<predicate>[а-яё][^,.!?…:;«»\"\n]*),")


def _governed_name(ctx: TextContext, quotation: Quotation) -> bool:
    """A capitalised name in marks that a dash follows, yet is no one's words: it
    is governed by a preposition in the middle of the sentence, or the dash after
    it is a copula whose sentence goes on to a comma and a speech verb."""
    before = _words_before(ctx, quotation.open, 1)
    if before and before[0] in _GOVERNING_PREPOSITIONS:
        return True
    if quotation.close is None:
        return False
    copula = _COPULA_DASH_RE.match(ctx.text, quotation.close + 1)
    if copula is None or _starts_with_verb(ctx, copula.start("predicate")):
        return False  # "«…» – заявил он, добавив …": the dash sets the words apart
    end = min(ctx.sentence_at(copula.end())[1], copula.end() + _REACH)
    verbs = lexicon.attribution_verbs()
    first, last = bisect_left(ctx.word_starts, copula.end()), bisect_left(ctx.word_starts, end)
    return any(key in verbs and verbs[key].finite for key in ctx.word_keys[first:last])


# "Захарова: «Мюнхенская речь» Путина актуальна как никогда": after the closing mark the
# sentence goes on with a lower-case word, so the words after the colon are the clause, and
# the name in marks only opens it.
_CLAUSE_GOES_ON_RE = re.compile(r"[ \t]+(?:[А-ЯЁA-Z][а-яёa-z]+[ \t]+)?[а-яё]")


def _lower_case_phrase(ctx: TextContext, quotation: Quotation) -> bool:
    """A short lower-case phrase with no verb and no final stop: a name for a thing, not a clause."""
    words = len(_content_keys(ctx, quotation))
    return (0 < words <= 4 and ctx.text[quotation.start].islower() and quotation.close is not None
            and ctx.text[quotation.end - 1] not in _TERMINAL and not _has_verb(ctx, quotation))


def _opens_in_locative(ctx: TextContext, quotation: Quotation) -> bool:
    """The first quoted word reads only as a locative: where ("на «круглом столе»"), not
    the object a speaker named ("опирается на «домыслы»")."""
    return _opens_only_in(ctx, quotation, frozenset({"loct", "loc2"}))


def _capitalised_without_verb(ctx: TextContext, quotation: Quotation) -> bool:
    return ctx.text[quotation.start].isupper() and ctx.text[quotation.end - 1] not in _TERMINAL and not _has_verb(
        ctx, quotation
    )


def _in_credit(ctx: TextContext, quotation: Quotation) -> bool:
    """"© Фото: Мария Новоселова / “Вестник Кавказа“": a photo credit names an
    outlet, whatever its marks."""
    window = max(0, quotation.open - _CREDIT_REACH)  # a credit is short: no scan of a long line per quotation
    line_start = ctx.text.rfind("\n", window, quotation.open) + 1
    return _CREDIT_RE.search(ctx.text, max(line_start, window), quotation.open) is not None


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
_HEADLINE_COLON_RE = re.compile(r"[ \t]*:[ \t]+(?=[А-ЯЁа-яё])")
_PREPOSITION_RE = re.compile(r"(?:^|[ \t])(?:в|во|на|по|из|у|с|со|к|о|об|при|для|после|до)[ \t]", re.IGNORECASE)


def _headline_colon(ctx: TextContext, quotation: Quotation, par_end: int) -> Attribution | None:
    """ "«Не заинтересован»: Гутерриш раскрыл, с кем …": a headline opened by the
    words, then a colon and a clause whose subject says them."""
    colon = _HEADLINE_COLON_RE.match(ctx.text, quotation.close + 1 if quotation.close is not None else par_end, par_end)
    if colon is None or ctx.text[ctx.paragraphs[ctx.paragraph_index(quotation.open)][0] : quotation.open].strip():
        return None
    limit = min(par_end, colon.end() + _REACH)
    stop = _POST_END_RE.search(ctx.text, colon.end(), limit)
    end = stop.start() if stop else limit
    found = read_attribution(ctx.text, colon.end(), end, require_verb=True, opinion=True)
    if found is None or found.mention is None or found.cue is None or not found.mention.subject:
        return None
    prefix = ctx.text[colon.end() : found.mention.start]
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


def _starts_with_verb(ctx: TextContext, offset: int) -> bool:
    index = bisect_left(ctx.word_starts, offset)
    return index < len(ctx.word_keys) and ctx.word_keys[index] in lexicon.attribution_verbs()


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
    tail = _UNCLOSED_TAIL_RE.search(ctx.text, max(last.start, last.end - _REACH), last.end)
    if last.close is None and tail is not None:
        verb = tail.start("verb")
        attribution = read_attribution(ctx.text, verb, last.end, require_verb=True, opinion=True)
        if attribution is not None and attribution.cue is not None and attribution.cue[0] == verb:
            last.end = tail.start() + (1 if tail.group("stop") in ("!", "?", "…") else 0)
            return attribution
    return None


def detect_direct(
    ctx: TextContext, quotations: list[Quotation], woven: list[Candidate] | None = None
) -> list[Candidate]:
    """Direct quotes: every quotation that is not a title or a quoted term,
    with the attribution before it (colon), after it (dash, or the next
    sentence), or inside it (a broken quote).  Lower-case clauses with no
    attribution go into ``woven`` (decided later, by woven.py)."""
    found: list[Candidate] = []
    for group in _group_pieces(quotations):
        if _in_credit(ctx, group[0]):
            group = group[1:]  # a credit's mark left open does not take the quotation after it
        if not group or (len(group) == 1 and _is_title(ctx, group[0])):
            continue
        if len(group) == 1 and _reported_around(ctx, group[0]):
            continue  # "Визит содержал «…», заявили в МИД.": the whole sentence is reported
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
                    if own is None and not _looks_like_speech(ctx, piece):
                        if woven is not None and is_woven_clause(ctx, piece):
                            woven.append(Candidate(start, end, "direct", None, inherit=True))  # see woven.py
                        break
                found.append(Candidate(start, end, "direct", own, inherit=own is None))
    return found

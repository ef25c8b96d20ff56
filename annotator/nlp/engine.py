"""The analysis pipeline behind :func:`analyze`.

1. normalise the text (annotator.text.normalize) and find its words once
   (context.py); 2. scan quotation marks per paragraph (quotation_marks.py) and split
   sentences without cutting a quotation (segment.py); 3. detect Q&A
   transcripts (qa.py), direct quotes with their attributions (quotes.py) and
   indirect speech outside them (indirect.py); 4. resolve every attribution's
   mention to one entity per article, in text order (speakers.py), after
   learning which titles stand next to which names; 5. match theme keywords
   (themes.py).  Every stage is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count

from annotator.gc_pause import collector_paused
from annotator.model import Theme
from annotator.nlp.analysis import Analysis, Offsets, Quote, Speaker
from annotator.nlp.attribution import Candidate
from annotator.nlp.chunked import CHUNK_CHARS, analyse_in_pieces
from annotator.nlp.context import TextContext
from annotator.nlp.continued import detect_after_colon, detect_attribution_below, detect_dialogue_lines
from annotator.nlp.headlines import detect_headlines
from annotator.nlp.indirect import detect_indirect
from annotator.nlp.inverted import detect_inverted
from annotator.nlp.mentions import Mention, mention_at, role_starters
from annotator.nlp.qa import detect_qa
from annotator.nlp.quotes import Quotation, detect_direct, repeated_in_body, scan_quotations
from annotator.nlp.segment import sentences, tokenize
from annotator.nlp.speakers import Entity, SpeakerResolver
from annotator.nlp.phrases import PhraseIndex
from annotator.nlp.themes import compile_themes, match_themes
from annotator.nlp.woven import woven_quotes
from annotator.resources import default_taxonomy
from annotator.text import normalize


@lru_cache(maxsize=1)
def _default_themes() -> tuple[Theme, ...]:
    return tuple(default_taxonomy())


def _overlaps(candidate: Candidate, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect_left(starts, candidate.end)
    return index > 0 and spans[index - 1][1] > candidate.start


def _spans(taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    merged = _union(taken)
    return merged, [start for start, _ in merged]


def _merge(qa: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    if not qa:
        return direct
    spans = [(c.start, c.end) for c in qa]
    starts = [s for s, _ in spans]
    return sorted(qa + [c for c in direct if not _overlaps(c, spans, starts)], key=lambda c: c.start)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# A capitalised word later in the same clause (a name may follow the title).
_NAME_AHEAD_RE = re.compile(r"[^.!?;:«»\n]*?[ \t][А-ЯЁA-Z]")




def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Quotes never overlap: a quotation with no attribution of its own inside
    reported speech is part of it ("заявил, что санкции «не работают»");
    otherwise the earlier, attributed quote wins."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if kept and candidate.start < kept[-1].end:
            last = kept[-1]
            if last.kind == "direct" and last.attribution is None and candidate.kind == "indirect":
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


def _learn_roles(ctx: TextContext) -> list[tuple[int, Mention]]:
    """Role titles right before names anywhere in the text, as (offset, mention)."""
    starters = role_starters()
    keys = ctx.word_keys
    if starters.isdisjoint(keys):
        return []
    events = []
    after = -1
    for index in compress(count(), map(starters.__contains__, keys)):  # C-level scan of the words
        start = ctx.word_starts[index]
        if start < after:
            continue
        window_end = ctx.word_ends[min(index + 12, len(keys) - 1)]  # room for "(ОДКБ)" and a name
        if not _NAME_AHEAD_RE.match(ctx.text, ctx.word_ends[index], window_end):
            continue  # no capitalised word ahead in the clause: no name to attach
        mention = mention_at(tokenize(ctx.text, start, window_end), 0)
        if mention is not None and mention.kind == "name" and mention.role:
            events.append((start, mention))
            after = mention.end
    return events


def _reported(candidates: list[Candidate]) -> list[Offsets]:
    """Quotes introduced by their attribution ("заявил, что …", "По его словам, …"):
    a name inside is what was said.  A quote whose attribution follows it ("X
    прибудет в мае. Об этом он сообщил") may name its own speaker."""
    return [
        (c.start, c.end) for c in candidates
        if c.attribution is not None and c.attribution.cue is not None and c.attribution.cue[1] <= c.start
    ]


# The cue of a reported question: "спросил", "поинтересовался", "на вопрос".
_ASKING_CUE_RE = re.compile(r"спрос|интересова|вопрос")


def _asks(ctx: TextContext, item: Candidate) -> bool:
    cue = item.attribution.cue if item.attribution is not None else None
    return cue is not None and item.kind == "indirect" and _ASKING_CUE_RE.search(ctx.folded, cue[0], cue[1] + 4) is not None


def _resolve(ctx: TextContext, candidates: list[Candidate]) -> tuple[list[Quote], list[Speaker]]:
    """Speakers of all quotes, in text order (pronouns look back)."""
    resolver = SpeakerResolver(ctx.text, [start for start, _ in ctx.sentences], _reported(candidates))
    events: list[tuple[int, int, Mention | Candidate]] = [(o, 0, m) for o, m in _learn_roles(ctx)]
    events += [(c.start, 1, c) for c in candidates]
    events.sort(key=lambda e: (e[0], e[1]))
    resolved: list[tuple[Candidate, Entity | None, Offsets | None]] = []
    previous: tuple[Entity | None, Offsets | None] = (None, None)
    for _, _, item in events:
        if isinstance(item, Mention):
            resolver.learn(item)
            continue
        entity, mention_span = None, None
        attribution = item.attribution
        if attribution is not None and attribution.mention is not None:
            mention = attribution.mention
            entity = resolver.resolve(mention, attribution.verb_gender, item.start)
            mention_span = (mention.start, mention.end)
        elif attribution is not None and attribution.has_verb and attribution.cue is not None:
            found = resolver.named_after(attribution.cue[1], attribution.verb_gender)
            if found is not None:
                entity, mention_span = found
        if item.interviewee:
            entity, mention_span = resolver.interviewee(ctx.paragraphs[ctx.paragraph_index(item.start)][0])
        unnamed = attribution is not None and attribution.mention is None and item.kind == "direct"
        if entity is None and (item.inherit or unnamed) and not item.speakerless:
            # "Их цель, по его словам, …:\n«…»": an attribution that names no one is the last speaker's
            entity, mention_span = previous
            if entity is None:  # no quote before: the person the paragraph is about
                entity, mention_span = resolver.context_person(item.start)
        if entity is None and not item.speakerless:
            # "Отмечается, что …", "В письме подчёркивается, что …", a mention that names no one
            # known: the reporting goes on in the voice of the last speaker
            entity, mention_span = previous
        if entity is not None and _asks(ctx, item):
            resolver.asked(entity, mention_span)  # the asker of a question does not give its answer
        elif entity is not None:
            previous = (entity, mention_span)
        resolved.append((item, entity, mention_span if entity else None))
    resolved = [(c, resolver.named_holder(e) if e else None, span) for c, e, span in resolved]
    resolved = _headline_speaker(ctx, resolved)
    speakers = resolver.speakers({id(e) for _, e, _ in resolved if e is not None})
    quotes = [
        Quote(c.start, c.end, c.kind, e.name if e else None, span,  # type: ignore[arg-type]
              c.attribution.cue if c.attribution else None)
        for c, e, span in resolved
    ]
    return quotes, speakers


def _headline_speaker(
    ctx: TextContext, resolved: list[tuple[Candidate, Entity | None, Offsets | None]]
) -> list[tuple[Candidate, Entity | None, Offsets | None]]:
    """A quotation that is the whole headline with no attribution («…» over an interview)
    is the words of the one the article quotes most (the guide: a headline fragment that
    names no speaker is the speaker the article names), with no mention."""
    if not resolved or not ctx.paragraphs:
        return resolved
    first, entity, _ = resolved[0]
    headline = ctx.paragraphs[0]
    if entity is not None or first.attribution is not None or first.kind != "direct" or first.speakerless \
            or first.start > headline[0] + 2 or first.end < headline[1] - 2:
        return resolved
    counts = Counter(id(e) for _, e, _ in resolved if e is not None and e.type == "person")
    if not counts:
        return resolved
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return resolved  # two people quoted as often: no one to give the headline to
    speaker = next(e for _, e, _ in resolved if e is not None and id(e) == ranked[0][0])
    return [(first, speaker, None)] + resolved[1:]


def _detect(ctx: TextContext, quotations: list[Quotation]) -> list[Candidate]:
    """Every quote candidate, the more specific detectors first: transcripts and
    dialogue lines, quotation marks, headlines, paragraphs after a colon,
    reported speech, then inverted and anaphoric attributions."""
    qa = detect_qa(ctx)
    qa_spans = _spans([(c.start, c.end) for c in qa])
    lines = [c for c in detect_dialogue_lines(ctx) if not _overlaps(c, *qa_spans)]
    units = sorted(qa + lines, key=lambda c: c.start)
    woven: list[Candidate] = []
    unsaid: list[tuple[int, int]] = []
    direct = _merge(units, detect_direct(ctx, quotations, woven, unsaid))
    taken = [(q.open, (q.close or q.end) + 1) for q in quotations] + [(c.start, c.end) for c in units]
    # A headline may hold a quoted term or fragment ("Москва проявила «гибкость» – Эрдоган"):
    # only the quotes already found and the transcript turns keep it out.
    headlines = [c for c in detect_headlines(ctx) if not _overlaps(c, *_spans([(d.start, d.end) for d in direct]))]
    taken += [(c.start, c.end) for c in headlines]
    after_colon = [c for c in detect_after_colon(ctx) + detect_attribution_below(ctx) if not _overlaps(c, *_spans(taken))]
    taken += [(c.start, c.end) for c in after_colon]
    direct += [c for c in headlines if c.kind == "direct"] + after_colon
    indirect = [c for c in headlines if c.kind == "indirect"] + detect_indirect(ctx, _union(taken))
    indirect += detect_inverted(ctx, _union(taken), direct + indirect)
    direct += woven_quotes(ctx, woven, direct + indirect)  # only where no other quote stands
    direct += repeated_in_body(ctx, unsaid, direct + indirect)  # a headline's words said below
    return _drop_nested(sorted(_worded(ctx.text, direct + indirect), key=lambda c: c.start))


def _worded(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates trimmed of whitespace at their edges; one with no word in it (a dash
    left between two cues: "по его словам, – по его словам") is nobody's words."""
    kept = []
    for candidate in candidates:
        words = text[candidate.start : candidate.end]
        if not any(ch.isalnum() for ch in words):
            continue
        candidate.start += len(words) - len(words.lstrip())
        candidate.end -= len(words) - len(words.rstrip())
        kept.append(candidate)
    return kept


def analyze(text: str, *, themes: list[Theme] | None = None) -> Analysis:
    """Quotes, speakers and theme suggestions of one article (see DESIGN.md).

    A text longer than ``chunked.CHUNK_CHARS`` is analysed in pieces cut at
    line breaks, so memory stays bounded (see annotator/nlp/chunked.py)."""
    text = normalize(text)
    theme_index = compile_themes(themes if themes is not None else _default_themes())
    # A huge text keeps millions of objects alive: see annotator/gc_pause.py.
    with collector_paused():
        if len(text) > CHUNK_CHARS:
            return analyse_in_pieces(text, lambda piece: _analyse_text(piece, theme_index), CHUNK_CHARS)
        return _analyse_text(text, theme_index)


def _analyse_text(text: str, theme_index: PhraseIndex[str]) -> Analysis:
    ctx = TextContext.build(text)
    quotations = scan_quotations(text, ctx.paragraphs)
    ctx.set_sentences(sentences(text, ctx.paragraphs, [(q.start, q.end) for q in quotations]))
    quotes, speakers = _resolve(ctx, _detect(ctx, quotations))
    words = ctx.word_keys if ctx.plain_fold else None
    return Analysis(text, quotes, speakers, match_themes(ctx, theme_index), words)

"""A surname misspelt once: the spelling the article (or the list of known
people) uses is the canonical one.

The guide: "a misspelt mention keeps its spelling in the text but not in the
canonical name".  A speaker's surname one letter away from a capitalised word
the article writes more often ("Дачиашвили" once, "Дарчиашвили" twice), or
from a listed surname ("Сиуланов" for "Силуанов"), takes that spelling.  Only
the inside of a word may differ: "Алиев" and "Алиева" (another person, or a
case form) end differently and are never merged.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.morph import fold

# "\b[А-ЯЁ]…" written with the capital first and the boundary checked behind it: the same
# matches, but the regex engine skips to the next capital instead of trying every position.
_CAPITALISED_RE = re.compile(r"[А-ЯЁ](?<!\w[А-ЯЁ])[а-яё]{5,}(?:-[А-ЯЁ][а-яё]+)?\b")
_SHORTEST = 6
_COMMON_ENDING = 3


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    index = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[index:] == long_[index + 1 :]


@lru_cache(maxsize=1)
def _listed_surnames() -> frozenset[str]:
    return frozenset(person.name.split()[-1] for person in lexicon.known_surnames().values())


class Speller:
    """Corrects surnames against the article's own spellings; the article's
    capitalised words are counted once, on the first surname that needs it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None
        self._done: dict[str, str] = {}

    def correct(self, surname: str) -> str:
        if len(surname) < _SHORTEST or fold(surname) in lexicon.known_surnames():
            return surname
        if surname not in self._done:
            self._done[surname] = self._closest(surname)
        return self._done[surname]

    def _closest(self, surname: str) -> str:
        if self._counts is None:
            self._counts = Counter(_CAPITALISED_RE.findall(self._text))
        counts, listed = self._counts, _listed_surnames()
        own = counts.get(surname, 0)
        best: tuple[int, str] | None = None
        ending = surname[-_COMMON_ENDING:]
        for candidate in {w for w in counts if abs(len(w) - len(surname)) <= 1} | listed:
            # the same ending first: a slice compared, no call, for every capitalised word of the article
            if candidate[-_COMMON_ENDING:] != ending or not _one_edit_apart(candidate, surname):
                continue
            weight = counts.get(candidate, 0) + (100 if candidate in listed else 0)
            if weight > own and (best is None or weight > best[0]):
                best = (weight, candidate)
        return best[1] if best is not None else surname

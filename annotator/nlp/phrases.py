"""Matching lexicon phrases in any inflected form by set lookups.

Each phrase is stored as a tuple of *slots*, one per word, each slot the set
of every folded form of that word (see :func:`annotator.nlp.morph.forms_of`).
Matching a text word is then a dictionary lookup on its folded form, so no
text word is ever parsed just to be compared with a lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from annotator.nlp.morph import phrase_slots

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class PhraseMatch(Generic[Payload]):
    first: int  # index of the first matched word
    length: int  # number of words matched
    payload: Payload


class PhraseIndex(Generic[Payload]):
    """Longest-match lookup of inflecting phrases over a list of word keys."""

    def __init__(self, entries: Iterable[tuple[str, Payload]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], Payload]]] = {}
        for phrase, payload in entries:
            slots = phrase_slots(phrase)
            if not slots:
                continue
            for form in slots[0]:
                self._by_first.setdefault(form, []).append((slots, payload))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        self._firsts = frozenset(self._by_first)

    def first_forms(self) -> frozenset[str]:
        return self._firsts

    def __contains__(self, key: str) -> bool:
        return key in self._by_first

    def match_at(self, keys: Sequence[str], index: int) -> PhraseMatch[Payload] | None:
        """The longest phrase starting at ``keys[index]``, if any."""
        if index >= len(keys):
            return None
        candidates = self._by_first.get(keys[index])
        if not candidates:
            return None
        for slots, payload in candidates:
            length = len(slots)
            if index + length > len(keys):
                continue
            matched = 1  # a loop, not all() over a generator: this runs for every candidate word
            while matched < length and keys[index + matched] in slots[matched]:
                matched += 1
            if matched == length:
                return PhraseMatch(index, length, payload)
        return None

    def find_all(self, keys: Sequence[str]) -> list[PhraseMatch[Payload]]:
        """Non-overlapping leftmost-longest matches."""
        found = []
        index = 0
        while index < len(keys):
            match = self.match_at(keys, index) if keys[index] in self._by_first else None
            if match is None:
                index += 1
            else:
                found.append(match)
                index += match.length
        return found

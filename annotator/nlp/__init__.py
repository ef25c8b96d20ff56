"""Analysis of Russian diplomatic news: quotes, speakers, theme suggestions.

``analyze(text)`` is the whole public surface; suggestions it makes are stored
with origin ``auto:<RULESET_VERSION>``.  No Qt, no SQL.
"""

from annotator.nlp.analysis import Analysis, Quote, Speaker, ThemeHit
from annotator.nlp.engine import analyze

# Bump when the rules, lexicons or output shape change the suggestions.
RULESET_VERSION = "2"  # 2: real-news rounds 2–5 and the document theme model

__all__ = ["Analysis", "Quote", "RULESET_VERSION", "Speaker", "ThemeHit", "analyze"]

"""Recognizers: every value a text states (dates, periods, amounts, counts, country lists).

``recognize(text, lang, published)`` is their entry point; each kind has its module
(``numbers``, ``amounts``, ``qualifiers``, ``countries``, ``dates/``), built from the
language's data (``factcheck.lang``) and scanning through ``factcheck.extract.scan``.
"""

from factcheck.extract.recognizers.recognize import Mention, recognize

__all__ = ["Mention", "recognize"]

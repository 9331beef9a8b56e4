"""Batch fuzzy scoring of many subjects at once: rapidfuzz's cdist, read back with numpy.

Scores are token_sort_ratio, computed as the plain ratio of texts whose words are sorted
(:func:`sorted_words`), so each text is sorted once rather than once per pair.
"""

from __future__ import annotations

from collections.abc import Iterator

_BATCH_ROWS = 1 << 22  # scores held at once while batch scoring: 32 MiB
# Rows scored per call: the square of a block's rows against themselves is half wasted (the
# ratio is symmetric), so blocks are kept small while the calls stay few.
_BLOCK_ROWS = 256


def sorted_words(text: str) -> str:
    """A match key's words in sorted order: what token_sort_ratio compares."""
    return " ".join(sorted(text.split()))


def near_subjects(subjects: list[str], floor: float) -> dict[str, dict[str, float]]:
    """For each subject (a match key), the earlier ones scoring at least ``floor``.

    Clustering adds subjects in this order, so when a subject is scored the earlier ones are
    all that its block holds. ``floor`` must be above zero: a zero score is not told apart
    from no score.
    """
    texts = [sorted_words(s) for s in subjects]
    near: dict[str, dict[str, float]] = {s: {} for s in subjects}
    step = max(1, min(_BLOCK_ROWS, _BATCH_ROWS // max(1, len(subjects))))
    for start in range(0, len(subjects), step):
        end = min(start + step, len(subjects))
        # the ratio is symmetric: each row is scored against the rows before it only
        for row, column, score in _hits(texts[start:end], texts[:end], floor, start):
            near[subjects[start + row]][subjects[column]] = score
    return near


def near_choices(
    queries: list[str], choices: list[str], floor: float
) -> dict[str, dict[str, float]]:
    """For each query (a match key), the choices scoring at least ``floor`` against it.

    ``floor`` must be above zero, as for :func:`near_subjects`.
    """
    texts = [sorted_words(c) for c in choices]
    near: dict[str, dict[str, float]] = {q: {} for q in queries}
    step = max(1, _BATCH_ROWS // max(1, len(choices)))
    for start in range(0, len(queries), step):
        rows = [sorted_words(q) for q in queries[start : start + step]]
        for row, column, score in _hits(rows, texts, floor, None):
            near[queries[start + row]][choices[column]] = score
    return near


def _hits(
    rows: list[str], columns: list[str], floor: float, below: int | None
) -> Iterator[tuple[int, int, float]]:
    """(row, column, score) of every pair scoring at least ``floor``, in row order.

    With ``below``, only pairs whose column comes before row + ``below``.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    scores = process.cdist(
        rows, columns, scorer=fuzz.ratio, score_cutoff=floor, dtype=np.float64, workers=1
    )
    found_rows, found_columns = np.nonzero(scores)
    if below is not None:
        earlier = found_columns < found_rows + below
        found_rows, found_columns = found_rows[earlier], found_columns[earlier]
    values = scores[found_rows, found_columns].tolist()
    return zip(found_rows.tolist(), found_columns.tolist(), values, strict=True)

"""The language detector's model, kept unpacked in the user's cache folder after its first load.

py3langid ships its model LZMA-compressed: unpacking its 68 MB takes most of a second on every
run of a command that detects a language, which is most of the time it takes to extract one
article. The unpacked arrays are written once to ``$FACTCHECK_CACHE`` (else
``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``), under a name that changes with the
package's version and model file (its size and both ends), and mapped from there on later runs:
environments with the same package share one copy, and only the two most recently used copies
are kept. Where the folder cannot be written, the model is unpacked as before; the detector's
answers are the same either way.

The mapped model also walks its automaton over a text's bytes with array operations rather
than byte by byte (see :func:`_visits`), with the same counts in the same order. Its feature
weights are kept as 32-bit floats, which the package's 16-bit ones widen to exactly: scoring
a text widened the rows it read one by one in software, more than half of telling its
language, for the same scores to the last bit.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from factcheck.cache.files import cache_root, drop_older, mark_used

_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
_STEM = "py3langid"
_COPIES_KEPT = 2  # 66 MB each: the current one and one an older environment may still use
_SAMPLE = 1 << 16  # bytes read from each end of the packed model to key its unpacked copy
# how the unpacked copy is laid out: a copy laid out otherwise is filed under another name
_LAYOUT = b"ptc float32"
_LOW = (1 << 32) - 1  # the low 32 bits of a key that holds a position
# what BLAS libraries read, as they load, for how many threads to start
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _folder(langid: Any) -> Path:
    """Where the unpacked model of this package version and model file lives."""
    import hashlib

    from factcheck.cache.tables import package_version

    model = langid.MODEL_DIR / langid.MODEL_FILE
    digest = hashlib.sha256(package_version("py3langid").encode("utf-8") + b"\0" + _LAYOUT + b"\0")
    with model.open("rb") as packed:
        # the size and both ends of the packed file tell one model from another: hashing
        # all of its 4.5 MB took tens of milliseconds of every run
        size = os.fstat(packed.fileno()).st_size
        digest.update(str(size).encode("ascii") + b"\0" + packed.read(_SAMPLE))
        packed.seek(max(0, size - _SAMPLE))
        digest.update(packed.read(_SAMPLE))
    return cache_root() / f"{_STEM}-{digest.hexdigest()[:16]}"


def _unpack(langid: Any, folder: Path) -> None:
    """Write the model's arrays to ``folder`` as plain .npy files, atomically."""
    import io
    import lzma

    import numpy as np

    with lzma.open(langid.MODEL_DIR / langid.MODEL_FILE) as packed:
        data = np.load(io.BytesIO(packed.read()), allow_pickle=False)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for key in _ARRAYS:
            # widened once here: float16 to float32 is exact, so the scores stay the same
            values = data[key].astype(np.float32) if key == "ptc" else data[key]
            np.save(work / f"{key}.npy", values)
        (work / "classes.json").write_text(json.dumps(data["classes"].tolist()), "utf-8")
        os.replace(work, folder)
        drop_older(folder.parent, _STEM, _COPIES_KEPT)
        _drop_mtime_keyed(folder.parent)
    except Exception:
        # never leave a half-written folder behind, whatever stopped the writing
        shutil.rmtree(work, ignore_errors=True)
        if not folder.is_dir():
            raise


def _visits(moves: Any, rows: Any, outputs: Any, data: bytes) -> tuple[Any, Any] | None:
    """py3langid's ``visit_counts`` with array operations: the features the automaton
    outputs over ``data`` and the count of each, as arrays in the order the features first
    occur (the order py3langid's dict has them in); None for none.

    The state after byte i is the move from the state after byte i - 1. Every state is first
    taken as the move from the start state; then each is recomputed from its predecessor's,
    all at once, until nothing changes. The sequence that no longer changes has the first
    state right and follows every move, so it is the one a byte-by-byte walk visits; with an
    automaton of patterns at most k bytes long it settles after about k rounds."""
    import numpy as np

    codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    if not len(codes):
        return None
    # ``take`` gathers from one axis without the general indexing machinery: the same items
    states = moves.take(rows[0] + codes)
    while True:
        after = moves.take(rows.take(states[:-1]) + codes[1:])
        if np.array_equal(after, states[1:]):
            break
        states[1:] = after
    features = outputs.take(states)
    features = features[features >= 0]
    if not len(features):
        return None
    if len(features) > _LOW:
        found, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first)
        return found[order], counts[order]
    return _counted(features)


def _counted(features: Any) -> Any:
    """The distinct ``features`` in the order they first occur, and the count of each: what
    ``np.unique`` with first indices and counts, reordered by those indices, gives. Each is
    sorted with its position in the low 32 bits instead, so that a plain sort keeps them in
    order (``np.unique`` sorts stably, several times slower); for fewer than 2**32 items."""
    import numpy as np

    keys = features.astype(np.int64) << 32
    keys |= np.arange(len(features))
    keys.sort()
    feats = keys >> 32
    starts = np.flatnonzero(feats[1:] != feats[:-1])
    starts += 1
    starts = np.concatenate(([0], starts))
    counts = np.diff(starts, append=len(features))
    # each distinct feature's first position, high, above its place among them, low
    firsts = (keys.take(starts) & _LOW) << 32
    firsts |= np.arange(len(starts))
    firsts.sort()
    order = firsts & _LOW
    return feats.take(starts).take(order), counts.take(order)


def _drop_mtime_keyed(root: Path) -> None:
    """Remove the copies filed under the model file's size and time
    (``py3langid-<version>-<size>-<mtime>``): every new environment made one."""
    for old in root.glob(f"{_STEM}-*-*-*"):
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)


def _mapped(langid: Any, folder: Path) -> Any:
    import numpy as np

    arrays = {key: np.load(folder / f"{key}.npy", mmap_mode="r") for key in _ARRAYS}
    classes = json.loads((folder / "classes.json").read_text("utf-8"))

    class ArrayWalked(langid.LanguageIdentifier):  # type: ignore[misc, name-defined]
        """py3langid's identifier, with the automaton walked by :func:`_visits`."""

        __slots__ = ("_arrays",)
        _arrays: tuple[Any, Any, Any]  # moves, row offsets, outputs

        def _raw_score(self, text: bytes) -> Any:
            visits = _visits(*self._arrays, text)
            if visits is None:
                # no feature at all: the package's own answer for that, the same for every
                # such text (its walk of no bytes finds none, and reads no table)
                return super()._raw_score(b"")
            # ``_sparse_score`` on arrays, without a dict between: the same operations in
            # the same order, so the same scores to the last bit
            features, counts = visits
            weights = np.log1p(counts.astype(np.float32))
            return weights @ self.nb_ptc.take(features, axis=0) + self.nb_pc

    # the package's own byte walk is never taken, so its tables are not built: the output
    # table and the shifted row offsets as lists, about 150,000 ints, took most of the
    # load and a few thousand page faults of every process that tells a language
    found = ArrayWalked(
        np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), classes, None, None, tk_row=()
    )
    rows = np.asarray(arrays["nextmove_row"]).astype(np.intp) << 8
    found._arrays = (np.asarray(arrays["nextmove"]), rows, np.asarray(arrays["out_feat"]))
    return found


def _numpy_on_one_thread() -> None:
    """Import numpy with its BLAS on one thread, where numpy is not imported yet and the
    user set no thread count. The detector's one product per text is far too small to
    share out: a second BLAS thread only spins waiting for work, about 4 % of
    ``extract``'s CPU on two cores. The environment is left as it was, for any process the
    command starts."""
    if "numpy" in sys.modules:
        return
    unset = [name for name in _BLAS_THREADS if name not in os.environ]
    for name in unset:
        os.environ[name] = "1"
    try:
        import numpy  # noqa: F401
    finally:
        for name in unset:
            os.environ.pop(name, None)


def identifier() -> Any:
    """py3langid's identifier, loaded once per process, from the cache folder where it can."""
    _numpy_on_one_thread()
    from py3langid import langid

    if langid.IDENTIFIER is None:
        try:
            folder = _folder(langid)
            if folder.is_dir():
                mark_used(folder)
            else:
                _unpack(langid, folder)
            langid.IDENTIFIER = _mapped(langid, folder)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            langid.IDENTIFIER = langid._get_identifier()
    return langid.IDENTIFIER


def told_language(text: str) -> str:
    """The language the detector tells for ``text``: the supported language it names
    ("nb" for "no"), else the code it gives (a language with no folder)."""
    from factcheck.lang import supported

    code = str(identifier().classify(text)[0])
    try:
        return supported(code)
    except ValueError:
        return code

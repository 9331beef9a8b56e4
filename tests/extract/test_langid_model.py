"""The detector's model read from the cache folder answers as the packed one does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from py3langid import langid

from factcheck.extract.pipeline import langid_model

TEXTS = [
    "Il consiglio si è riunito ieri e ha detto che almeno due persone erano assenti.",
    "Der Vorstand tagte gestern und erklärte, dass niemand ans Telefon ging.",
    "Styret møttes i går og sa at ingen tok telefonen den ettermiddagen.",
    "Styrelsen sammanträdde i går och sade att ingen svarade i telefon.",
]


def test_the_cached_model_gives_the_packed_models_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    packed = langid._load_identifier()
    written = langid_model.identifier()  # unpacks into tmp_path
    assert any(tmp_path.iterdir())
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    mapped = langid_model.identifier()  # maps what was written
    for text in TEXTS:
        expected = packed.rank(text)
        assert written.rank(text) == expected
        assert mapped.rank(text) == expected


def test_an_unwritable_cache_folder_falls_back_to_the_packed_model(
    unwritable_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    assert langid_model.identifier().classify(TEXTS[0])[0] == "it"


def test_the_array_walk_counts_what_the_byte_walk_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    mapped = langid_model.identifier()
    assert hasattr(mapped, "_arrays"), "the mapped model walks with arrays"
    own = langid._load_identifier()  # the package's own byte walk and 16-bit weights
    packed = own.nb_ptc
    assert packed.dtype != mapped.nb_ptc.dtype, "the mapped model's weights are widened"
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzéüøçğış日本語中文한국어 ,.;'-\n0123456789"
    texts = [*TEXTS, "", "a", "日", "1234", "Ab Cd"]
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 400))) for _ in range(300)]
    for text in texts:
        data = mapped._encode(text)
        walked = langid.visit_counts(own.tk_nextmove, own._rowbase, own.tk_output, data)
        visits = langid_model._visits(*mapped._arrays, data)
        assert (None if walked is None else list(walked.items())) == (
            None if visits is None else list(zip(*(a.tolist() for a in visits), strict=True))
        ), text
        if walked is not None:  # the same scores, to the last bit, as the package's own
            scores = mapped._sparse_score(walked, packed)
        else:  # no feature: the package's answer for none
            scores = own._raw_score(data)
        assert mapped._raw_score(data).tobytes() == scores.tobytes(), text


def test_environments_share_one_copy_and_old_copies_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    # copies another version of the package left: two under the current naming, one under
    # the naming by file size and time
    for name, age in (("py3langid-0000000000000001", 1), ("py3langid-0000000000000002", 2)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pc.npy").write_bytes(b"old")
        os.utime(tmp_path / name, (0, 1_000_000 * age))
    (tmp_path / "py3langid-0.3.0-4586720-1795735657638850671").mkdir()
    (tmp_path / "tables").mkdir()  # anything else in the folder is left alone
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    langid_model.identifier()
    current = langid_model._folder(langid)
    assert current.is_dir()
    # the newest copy left by another environment stays; the older and the old naming go
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([current.name, "py3langid-0000000000000002", "tables"])
    # a second environment with the same package file maps the same copy
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    langid_model.identifier()
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_a_copy_in_use_is_marked_as_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    langid_model.identifier()
    current = langid_model._folder(langid)
    os.utime(current, (0, 0))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    langid_model.identifier()
    assert current.stat().st_mtime > time.time() - 3600


def test_counting_by_packed_keys_gives_what_numpy_unique_gives() -> None:
    import numpy as np

    rng = np.random.default_rng(11)
    for size, high in ((1, 5), (2, 2), (50, 3), (700, 100_053), (5_000, 40)):
        features = rng.integers(0, high, size).astype(np.int32)
        found, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first)
        packed = langid_model._counted(features)
        assert packed[0].tolist() == found[order].tolist()
        assert packed[1].tolist() == counts[order].tolist()


_ROOT = Path(__file__).resolve().parents[2]
_BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def test_numpy_loads_with_one_blas_thread_and_the_environment_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    # a stand-in numpy that notes the thread counts it would have been loaded with
    (tmp_path / "numpy.py").write_text(
        f"import os\nSEEN = {{k: os.environ.get(k) for k in {_BLAS!r}}}\n", encoding="utf-8"
    )
    script = (
        "import os, json\n"
        "from factcheck.extract.pipeline.langid_model import _numpy_on_one_thread\n"
        "_numpy_on_one_thread()\n"
        "import numpy\n"
        f"print(json.dumps([numpy.SEEN, {{k: os.environ.get(k) for k in {_BLAS!r}}}]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in _BLAS}
    env["OMP_NUM_THREADS"] = "3"  # set by the user: kept
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(_ROOT)])
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    seen, after = json.loads(run.stdout)
    assert seen == {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "3", "MKL_NUM_THREADS": "1"}
    assert after == {"OPENBLAS_NUM_THREADS": None, "OMP_NUM_THREADS": "3", "MKL_NUM_THREADS": None}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_loading_the_detector_starts_no_thread() -> None:
    script = (
        "import os\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "from factcheck.extract.pipeline.langid_model import told_language\n"
        "told_language('Der Vorstand tagte gestern und erklärte, dass niemand anrief.')\n"
        "print(len(os.listdir('/proc/self/task')) - before)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in _BLAS}
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=_ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "0"

"""set: countries, regions and free names; complete and partial lists."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.values.set import SetValue


def test_countries_by_name_in_any_language_or_code(values) -> None:
    a = values.of({"kind": "set", "members": ["Espagne", "Portugal"], "complete": True})
    b = values.of({"kind": "set", "members": ["ES", "PT"]})
    c = values.of({"kind": "set", "members": ["ES"], "complete": False})
    d = values.of({"kind": "set", "members": ["ES", "PT", "FR"]})
    assert values.groups("set", a, b, c) == 1
    assert values.groups("set", a, d) == 2


def test_regions_by_code_or_own_name(values) -> None:
    codes = values.of({"kind": "set", "of": "region", "members": ["ES-AN", "ES-GA"]})
    names = values.of({"kind": "set", "of": "region", "members": ["Andalucía", "Galicia"]})
    assert values.groups("set", codes, names) == 1


def test_free_names_match_despite_spelling(values) -> None:
    one = values.of({"kind": "set", "of": "name", "members": ["Acme Holdings", "Globex"]})
    two = values.of({"kind": "set", "of": "name", "members": ["ACME holdings.", "Globex"]})
    three = values.of({"kind": "set", "of": "name", "members": ["Initech"], "complete": False})
    assert values.groups("set", one, two) == 1
    assert values.groups("set", one, three) == 2


def test_a_complete_list_cannot_state_another_count() -> None:
    with pytest.raises(ValidationError):
        SetValue.model_validate({"kind": "set", "members": ["ES", "PT"], "count": 3})
    with pytest.raises(ValidationError):
        SetValue.model_validate({"kind": "set", "members": ["Atlantis"]})

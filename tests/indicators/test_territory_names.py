"""Province, region and country names read as each language writes them (indicators/territory_codes.py)."""

import pytest
from django.utils import translation

from indicators.territory_codes import ITALY, LOMBARDY, PROVINCE_CODES, territory_name


@pytest.mark.parametrize(
    "language, code, name",
    [
        ("en", "MI", "Milan"),
        ("it", "MI", "Milano"),
        ("de", "MI", "Mailand"),
        ("fr", "MI", "Milan"),
        ("zh-hans", "MI", "米兰"),
        ("ja", "MI", "ミラノ"),
        ("ar", "MI", "ميلانو"),
        ("it", "MN", "Mantova"),
        ("fr", "MN", "Mantoue"),
        ("de", LOMBARDY, "Lombardei"),
        ("fr", ITALY, "Italie"),
    ],
)
def test_a_territory_is_named_in_the_visitors_language(language, code, name):
    with translation.override(language):
        assert territory_name(code) == name


@pytest.mark.parametrize("language", ["zh-hans", "ja", "ar"])
def test_every_province_has_a_name_in_the_script_of_the_language(language):
    with translation.override("en"):
        english = [territory_name(code) for code in PROVINCE_CODES]
    with translation.override(language):
        names = [territory_name(code) for code in PROVINCE_CODES]

    assert len(set(names)) == 12
    assert not set(names) & set(english), f"{language} still shows Latin names"

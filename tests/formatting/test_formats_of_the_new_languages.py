"""Dates and figures in German, French, Chinese, Japanese and Arabic as each writes them (home/formats)."""

import datetime

import pytest
from django.utils import timezone, translation

from home import formatting

DAY = datetime.date(2026, 12, 3)
AT = timezone.make_aware(datetime.datetime(2026, 12, 3, 14, 30))


@pytest.mark.parametrize(
    "language, date, at, figure",
    [
        ("de", "3. Dezember 2026", "3. Dezember 2026, 14:30", "1.234,5"),
        ("fr", "3 décembre 2026", "3 décembre 2026 à 14:30", "1\u202f234,5"),
        ("zh-hans", "2026年12月3日", "2026年12月3日 14:30", "1,234.5"),
        ("ja", "2026年12月3日", "2026年12月3日 14:30", "1,234.5"),
        ("ar", "3 ديسمبر، 2026", "3 ديسمبر، 2026، 14:30", "1,234.5"),
        ("it", "3 dicembre 2026", "3 dicembre 2026, 14:30", "1.234,5"),
        ("en", "3 December 2026", "3 December 2026, 14:30", "1,234.5"),
    ],
)
def test_a_date_a_time_and_a_figure_read_as_the_language_writes_them(language, date, at, figure):
    with translation.override(language):
        assert formatting.date(DAY) == date
        assert formatting.date(AT, "DATETIME_FORMAT") == at
        assert formatting.number(1234.5, 1) == figure


def test_chinese_groups_large_figures_by_thousands_not_ten_thousands():
    with translation.override("zh-hans"):
        assert formatting.number(12345678) == "12,345,678"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_short_date_and_time_put_the_day_first_on_a_24_hour_clock(language):
    with translation.override(language):
        short = formatting.date(AT, "SHORT_DATETIME_FORMAT")
    assert short.replace("\u200f", "") == "03/12/2026 14:30"

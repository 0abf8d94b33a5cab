"""The demo incentives are the strategy's instruments, with its legal bases and no amount it does not state."""

import datetime

import pytest

from incentives.demo.loader import IncentivesLoader
from incentives.models import Incentive, IncentiveIndexPage

pytestmark = pytest.mark.django_db


def quiet(_line):
    pass


def test_the_loader_builds_the_strategys_instruments_in_both_languages_once(site_tree):
    IncentivesLoader(log=quiet).run()
    IncentivesLoader(log=quiet).run()  # idempotent

    english = Incentive.objects.filter(locale__language_code="en")
    italian = Incentive.objects.filter(locale__language_code="it")
    assert english.count() == italian.count() == 8
    bases = set(italian.values_list("legal_basis", flat=True))
    assert "Legge regionale 11/2014 (l.r. 11/14)" in bases
    assert "Legge regionale 19/2019 (l.r. 19/19)" in bases
    # The strategy states no amount, no call date and no address for any of them.
    assert not english.exclude(amount="").exists()
    assert not english.filter(opens_on__isnull=False).exists()
    assert not english.exclude(official_url="").exists()
    assert set(english.values_list("last_checked", flat=True)) == {datetime.date(2025, 9, 8)}
    credit = english.get(name="ZLS tax credit on capital goods")
    assert credit.territories == ["ZLS"] and credit.state_aid_area_only
    assert IncentiveIndexPage.objects.filter(live=True).count() == 2

"""One bilingual site for the noticeboard's tests: sectors, sites of two owners, notices in every state."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache

from tests.factories import (
    SectorIndexPageFactory,
    SectorPageFactory,
    built_once_per_module,
    translate,
    translate_snippet,
)
from tests.noticeboard.factories import NoticeFactory, noticeboard_pages, owner_with_sites
from tests.opportunities.factories import build_catalogue, make_site, translate_site


def _build():
    tree = build_catalogue()
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, title="Settori di prova", slug="settori")
    mechanics = SectorPageFactory(parent=index, title="Test mechanics", slug="test-mechanics")
    it_mechanics = translate(mechanics, title="Meccanica di prova", slug="meccanica-di-prova")
    food = SectorPageFactory(parent=index, title="Test food", slug="test-food")
    own = make_site(tree.index, "Test plant in Brescia", province="BS", municipality="Brescia")
    translate_site(own, "Stabilimento di prova a Brescia")
    second = make_site(tree.index, "Test yard in Brescia", province="BS", municipality="Brescia")
    foreign = make_site(tree.index, "Test depot in Lodi", province="LO", municipality="Lodi")
    owner = owner_with_sites("owner@padana.example", own, second)
    other = owner_with_sites("other@owner.example", foreign)
    board = noticeboard_pages(tree.en)
    demand = NoticeFactory(title="Test plant sought", sector=mechanics, province="BS")
    it_demand = translate_snippet(demand, title="Cercasi stabilimento di prova")
    notices = SimpleNamespace(
        demand=demand,
        it_demand=it_demand,
        pending=NoticeFactory(title="Test pending demand", status="pending"),
        rejected=NoticeFactory(title="Test rejected offer", kind="partnership", status="rejected"),
        site=NoticeFactory(title="Test site offered", kind="site", site=foreign, province="LO", sector=food),
        partnership=NoticeFactory(
            title="Test lab partner sought", kind="partnership", offered_by="university", sector=mechanics
        ),
    )
    return SimpleNamespace(
        tree=tree,
        board=board,
        mechanics=mechanics,
        it_mechanics=it_mechanics,
        own=own,
        second=second,
        foreign=foreign,
        owner=owner,
        other=other,
        notices=notices,
    )


noticeboard_site = built_once_per_module(_build)


@pytest.fixture
def site(db, noticeboard_site):
    return noticeboard_site


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()

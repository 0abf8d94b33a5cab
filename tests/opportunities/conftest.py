import datetime

import pytest

from tests.opportunities.factories import OpportunityPageFactory, build_catalogue, translate_site

# 14 English sites (more than one page of 12), spread over four provinces; two also in Italian.
PLACES = [
    ("Cremona", "CR"),
    ("Spinadesco", "CR"),
    ("Pizzighettone", "CR"),
    ("Mantova", "MN"),
    ("Viadana", "MN"),
    ("Segrate", "MI"),
    ("Melzo", "MI"),
]

# Written straight by the factory, without the revision an editor's publishing adds: fourteen
# publications per test would cost more than every catalogue test itself. Publication times are
# set as publishing in this order would set them.
PUBLISHED = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=datetime.UTC)


def build_sites():
    tree = build_catalogue()
    index, it_index = tree.index, tree.it_index
    pages = []
    for number in range(14):
        municipality, province = PLACES[number % len(PLACES)]
        published = PUBLISHED + datetime.timedelta(hours=number)
        pages.append(
            OpportunityPageFactory(
                parent=index,
                title=f"Site {number:02d} in {municipality}",
                first_published_at=published,
                last_published_at=published,
                municipality=municipality,
                province=province,
                kind="building" if number % 2 else "area",
                site_area_m2=10000 + 1000 * number,
                covered_area_m2=2000 + 500 * number if number % 2 else None,
                permitted_uses=["logistics"] if number % 3 else ["industrial", "research"],
                tenure="lease" if number % 4 == 0 else "sale",
                asking_price_eur=100_000 * (number + 1),
                power_kw=100 * number,
                in_zls=province in {"CR", "MN"},
                summary=f"Summary of site {number:02d} <b>not bold</b>",
            )
        )
    translate_site(pages[0], "Sito 00 a Cremona", slug="sito-00")
    translate_site(pages[3], "Sito 03 a Mantova", slug="sito-03")
    return index, it_index, pages


@pytest.fixture
def catalogue(db):
    """(English catalogue page, Italian catalogue page, the 14 English sites), built for each test."""
    return build_sites()

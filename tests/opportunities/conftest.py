import pytest

from tests.opportunities.factories import build_catalogue, cleanup_catalogue, make_site, translate

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


def build_sites():
    index, it_index = build_catalogue()
    pages = []
    for number in range(14):
        municipality, province = PLACES[number % len(PLACES)]
        pages.append(
            make_site(
                index,
                f"Site {number:02d} in {municipality}",
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
    translate(pages[0], "Sito 00 a Cremona", slug="sito-00")
    translate(pages[3], "Sito 03 a Mantova", slug="sito-03")
    return index, it_index, pages


@pytest.fixture(scope="module")
def catalogue_pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        built = build_sites()
        yield built
        cleanup_catalogue()


@pytest.fixture
def catalogue(db, catalogue_pages):
    return catalogue_pages

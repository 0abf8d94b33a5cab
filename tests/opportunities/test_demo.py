import pytest

from home.demo.loader import DemoLoader
from home.models import NavigationSettings
from opportunities.demo.loader import OpportunityDemoLoader
from opportunities.models import OpportunityIndexPage, OpportunityPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo, pytest.mark.usefixtures("demo_content")]


def test_demo_catalogue_is_bilingual_illustrative_and_idempotent(client):
    DemoLoader(log=lambda line: None).run()
    OpportunityDemoLoader(log=lambda line: None).run()
    en = OpportunityPage.objects.filter(locale__language_code="en")
    it = OpportunityPage.objects.filter(locale__language_code="it")
    assert en.count() == it.count() >= 20
    assert en.filter(in_zls=True).count() >= 6
    assert len({p.province for p in en}) == 12

    lines = []
    OpportunityDemoLoader(log=lines.append).run()
    assert lines == []
    assert OpportunityPage.objects.count() == 2 * en.count()

    home = OpportunityIndexPage.objects.get(locale__language_code="en").get_parent()
    menu = NavigationSettings.for_site(home.get_site()).main_menu
    assert (
        sum(1 for block in menu if block.value["page"] and block.value["page"].specific_class is OpportunityIndexPage)
        == 1
    )

    html = client.get("/it/opportunita/?province=CR").content.decode()
    assert "Area logistica presso il porto canale di Cremona" in html
    page = client.get("/en/opportunities/cremona-canal-port-logistics-area/").content.decode()
    assert "Demo content." in page

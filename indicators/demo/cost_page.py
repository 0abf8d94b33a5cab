"""The demo cost-of-doing-business page (cost_page.yaml), in English and Italian, linked from the main menu."""

from home.demo import blocks as b
from home.demo.pages import AppDemoLoader
from home.models import NavigationSettings
from indicators.models import CostOfDoingBusinessPage


class CostPageLoader(AppDemoLoader):
    label = "Costs"
    data_file = ("indicators", "cost_page")

    def run(self):
        home = self.english_home()
        if home is None:
            return
        page = self.page(home, CostOfDoingBusinessPage, self.text["en"], self.text["it"], unique=True)
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if not any((entry.get("value") or {}).get("page") == page.pk for entry in entries):
            navigation.main_menu = [*entries, b.raw("page", {"page": page.pk, "url": ""})]
            navigation.save()
            self.log(f"Main menu: {page.title}")

"""The demo's noticeboard page (noticeboard.yaml, both languages), empty: no invented notice.

Idempotent like home.demo.loader: the page is found as the only one of its kind under the home page.
"""

from home.demo.pages import AppDemoLoader
from noticeboard.models import NoticeboardPage


class NoticeboardLoader(AppDemoLoader):
    label = "Noticeboard"
    data_file = ("noticeboard", "noticeboard")

    def run(self):
        home = self.english_home()
        if home is None:
            return
        self.page(home, NoticeboardPage, self.text["en"]["index"], self.text["it"]["index"], unique=True)

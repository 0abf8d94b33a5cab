"""No layout shift (issue 11): what a visitor reads does not jump while the page finishes loading.

Cumulative Layout Shift, as Chromium reports it to a PerformanceObserver ('layout-shift' entries grouped
in session windows, as Core Web Vitals and Lighthouse count them), must stay at most 0.05 on the home,
a sector, a territory, the catalogue, an opportunity and a success story of the full factory site
(tests/full_site.py: hero, cards, photos and maps included), on a 320 px phone and a 1280 px desktop.

Scripts and images are held back until after the first paint (a slow phone connection delivers them
late), so whatever they change once the page is on screen is counted: a menu that folds itself up,
an image without reserved space, a map that grows.
"""

import time

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUDGET = 0.05
VIEWPORTS = [{"width": 320, "height": 800}, {"width": 1280, "height": 900}]
LATE = 0.4  # seconds scripts and images wait, longer than the page and its stylesheet take to paint here

# Before any of the page's own code: collect every shift with the elements that moved.
OBSERVE = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shifts.push({
      time: entry.startTime, value: entry.value,
      nodes: entry.sources.map(s => s.node && s.node.nodeType === 1
        ? s.node.tagName.toLowerCase() + (s.node.className ? '.' + String(s.node.className).split(' ').join('.') : '')
        : String(s.node && s.node.nodeName)),
    });
  }
}).observe({type: 'layout-shift', buffered: true});
"""
# Largest session window: shifts less than 1 s apart, a window at most 5 s long.
CLS = """() => {
  let best = 0, current = 0, start = -1, last = -1;
  for (const s of window.__shifts) {
    if (start < 0 || s.time - last > 1000 || s.time - start > 5000) { current = 0; start = s.time; }
    current += s.value; last = s.time; best = Math.max(best, current);
  }
  return best;
}"""


@pytest.fixture
def templates(live_server):
    from wagtail.models import Collection

    from tests.full_site import build_full_site

    # A transactional test before this one flushed the root collection that migrations made; images need it.
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    site = build_full_site()
    return {
        "home": site.home.en.url,
        "sector": site.science.en.url,
        "territory": site.province.en.url,
        "catalogue": site.catalogue.en.url,
        "opportunity": site.sites[0].en.url,
        "story": site.story.en.url,
    }


def held_back(route):
    time.sleep(LATE)
    route.continue_()


@pytest.fixture
def slow_page(page):
    page.add_init_script(OBSERVE)
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    page.route("**/*.js", held_back)
    page.route("**/media/**", held_back)
    return page


def test_no_template_shifts_its_layout_while_loading(templates, live_server, slow_page):
    shifted, measured = [], []
    for viewport in VIEWPORTS:
        slow_page.set_viewport_size(viewport)
        for name, url in templates.items():
            slow_page.goto(f"{live_server.url}{url}", wait_until="load")
            slow_page.wait_for_timeout(600)  # maps and enhancements settle
            cls = slow_page.evaluate(CLS)
            measured.append(f"{name}@{viewport['width']}: {cls:.3f}")
            if cls > BUDGET:
                moved = sorted({node for s in slow_page.evaluate("window.__shifts") for node in s["nodes"]})
                text = f"{name} at {viewport['width']} px: CLS {cls:.3f}, moved {moved[:6]}"
                shifted.append((name, viewport["width"], text))
    print("CLS " + ", ".join(measured))
    assert not shifted, "\n".join(text for *_, text in shifted)


def test_without_scripts_a_phone_shows_the_whole_menu_and_no_dead_button(templates, live_server, chromium):
    """The menu's folded first state is for browsers that run site.js; others must still reach every section."""
    context = chromium.new_context(java_script_enabled=False, viewport=VIEWPORTS[0])
    phone = context.new_page()
    phone.goto(f"{live_server.url}{templates['home']}")
    menu = phone.get_by_role("navigation", name="Main")
    assert menu.get_by_role("link").count() > 3
    assert all(link.is_visible() for link in menu.get_by_role("link").all())
    assert not menu.get_by_role("button", name="Menu").is_visible()
    context.close()

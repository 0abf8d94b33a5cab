#!/usr/bin/env bash
# Lighthouse (mobile, its default emulation and throttling) on one page of each kind, as production serves them.
#
#     benchmarks/lighthouse.sh                 # a fresh demo database (migrate + load_demo_content)
#     DEMO_DB=path/db.sqlite3 DEMO_MEDIA=path/media benchmarks/lighthouse.sh   # a copy of a loaded demo
#
# gunicorn runs config.settings.production on a throwaway copy of the database, with static files collected
# and hashed by WhiteNoise as in production, on a loopback port. Media files are served beside it by a
# WhiteNoise layer of this script only (production serves them from S3 or the proxy). Each page (home,
# sector, territory, catalogue, opportunity, success story: the first live English page of each type) is
# requested once to warm the page cache, then audited RUNS times (5) by npm's lighthouse 12 on Debian's
# Chromium; the median of each figure is printed, with the audits that failed in any run.
# Lighthouse is installed in LIGHTHOUSE_PREFIX (/tmp/lh), never in the repository: 12.2.3, the last 12
# whose lock npm accepts on Node 20 (13 wants Node 22).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="$ROOT/.venv/bin/python"
RUNS="${RUNS:-5}"
PORT="${PORT:-8766}"
LIGHTHOUSE_PREFIX="${LIGHTHOUSE_PREFIX:-/tmp/lh}"
LIGHTHOUSE="$LIGHTHOUSE_PREFIX/node_modules/.bin/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ ! -x "$LIGHTHOUSE" ]; then
    npm install --silent --prefix "$LIGHTHOUSE_PREFIX" -E lighthouse@12.2.3
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=config.settings.production
export DJANGO_SECRET_KEY="lighthouse-benchmark-only-$(head -c 48 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export PUBLIC_BASE_URL="http://127.0.0.1:$PORT"
export DJANGO_SECURE_SSL_REDIRECT=false DJANGO_SECURE_HSTS_SECONDS=0
export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
export DEMO_NEW_LANGUAGES="" LOG_LEVEL=WARNING
# No tile server: this benchmark reaches nothing outside the machine, and failed tile requests would be counted
# as the site's console errors. Maps draw the shipped outlines alone (README: MAP_TILE_URL empty).
export MAP_TILE_URL="" MAP_TILE_ATTRIBUTION=""
unset ELASTICSEARCH_URL REDIS_URL AWS_STORAGE_BUCKET_NAME FRONTEND_CACHE_VARNISH_URL

cd "$ROOT"
mkdir -p "$MEDIA_ROOT"
# Static files first: the demo prints its booklets with production's hashed stylesheets.
"$PYTHON" manage.py collectstatic --no-input -v 0
if [ -n "${DEMO_DB:-}" ]; then
    cp "$DEMO_DB" "$WORK/db.sqlite3"
    if [ -n "${DEMO_MEDIA:-}" ]; then cp -r "$DEMO_MEDIA/." "$MEDIA_ROOT/"; fi
    "$PYTHON" manage.py migrate --no-input -v 0
else
    "$PYTHON" manage.py migrate --no-input -v 0
    "$PYTHON" manage.py load_demo_content > /dev/null
fi

# The first live English page of each kind.
PAGES="$("$PYTHON" manage.py shell -v 0 -c '
from django.apps import apps
for label in ["home.HomePage", "sectors.SectorPage", "territories.TerritoryPage",
              "opportunities.OpportunityIndexPage", "opportunities.OpportunityPage", "stories.SuccessStoryPage"]:
    page = apps.get_model(label).objects.live().public().filter(locale__language_code="en").order_by("path").first()
    print(label.split(".")[1], page.get_url())
' | grep -E '^[A-Za-z]+ /')"

# Media beside the site, as S3 or the proxy would serve them (renditions are made while pages render).
cat > "$WORK/media_wsgi.py" <<'EOF'
import os

from whitenoise import WhiteNoise

from config.wsgi import application as site

application = WhiteNoise(site, autorefresh=True, max_age=86400)
application.add_files(os.environ["MEDIA_ROOT"], prefix="media/")
EOF
"$ROOT/.venv/bin/gunicorn" media_wsgi:application --pythonpath "$WORK,$ROOT" --bind "127.0.0.1:$PORT" \
    --workers 2 --log-level warning &
SERVER_PID=$!
for _ in $(seq 60); do
    if curl -so /dev/null "http://127.0.0.1:$PORT/healthz"; then break; fi
    sleep 0.5
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); lighthouse $("$LIGHTHOUSE" --version); $("$CHROME_PATH" --version 2>/dev/null)"
while read -r -u 3 kind url; do
    curl -fso /dev/null "http://127.0.0.1:$PORT$url"  # warms the page cache and makes the renditions
    for run in $(seq "$RUNS"); do
        # Lighthouse sometimes loses its own trace (NO_NAVSTART, a runtime error of the tool): that run is
        # made again, up to three times, rather than ending the benchmark.
        for attempt in 1 2 3; do
            if "$LIGHTHOUSE" "http://127.0.0.1:$PORT$url" --quiet --output=json --output-path="$WORK/$kind-$run.json" \
                --only-categories=performance,accessibility,best-practices,seo \
                --chrome-flags="--headless=new --no-sandbox --disable-gpu"; then
                break
            fi
            echo "$kind run $run: Lighthouse failed (attempt $attempt of 3)" >&2
            [ "$attempt" -lt 3 ] || exit 1
        done
    done
    echo "$kind $url" >> "$WORK/pages.txt"
done 3<<< "$PAGES"

"$PYTHON" - "$WORK" "$RUNS" <<'EOF'
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

work, runs = Path(sys.argv[1]), int(sys.argv[2])
columns = ["perf", "a11y", "best-pr", "SEO", "CLS", "TBT ms", "LCP ms"]
print(f"median of {runs} runs\n{'page':20} {'url':44} " + " ".join(f"{c:>8}" for c in columns))
failed, examples = defaultdict(set), {}
for line in (work / "pages.txt").read_text().splitlines():
    kind, url = line.split(" ", 1)
    reports = [json.loads((work / f"{kind}-{run}.json").read_text()) for run in range(1, runs + 1)]
    scores = {
        key: statistics.median(r["categories"][key]["score"] * 100 for r in reports)
        for key in ("performance", "accessibility", "best-practices", "seo")
    }
    metrics = {
        key: statistics.median(r["audits"][key]["numericValue"] for r in reports)
        for key in ("cumulative-layout-shift", "total-blocking-time", "largest-contentful-paint")
    }
    print(
        f"{kind:20} {url[:44]:44} "
        + " ".join(f"{v:8.0f}" for v in scores.values())
        + f" {metrics['cumulative-layout-shift']:8.3f} {metrics['total-blocking-time']:8.0f}"
        + f" {metrics['largest-contentful-paint']:8.0f}"
    )
    for report in reports:
        for category in ("accessibility", "best-practices", "seo", "performance"):
            for ref in report["categories"][category]["auditRefs"]:
                audit = report["audits"][ref["id"]]
                if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                    key = f"{category}: {ref['id']} ({audit['title']})"
                    failed[key].add(kind)
                    items = (audit.get("details") or {}).get("items") or []
                    examples.setdefault(key, [str(item.get("description") or item.get("node", {}).get("snippet")
                                                  or item.get("url") or item)[:160] for item in items[:2]])
print("\naudits below 0.9 in at least one run:" if failed else "\nno weighted audit below 0.9")
for audit, kinds in sorted(failed.items()):
    print(f"  {audit}: {', '.join(sorted(kinds))}")
    for example in examples[audit]:
        print(f"      e.g. {example}")
EOF

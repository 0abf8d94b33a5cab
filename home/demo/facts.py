"""The Region's facts (data/lombardy-facts.yaml), read once.

The file is the project's copy of the strategy's figures; the site never reads anything
outside the project at run time.
"""

from functools import cache
from pathlib import Path

import yaml

FACTS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "lombardy-facts.yaml"


@cache
def facts():
    with FACTS_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)

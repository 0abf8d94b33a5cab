"""Every e-mail subject made from a template reads as plain text, whatever the names in it contain."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from home.emails import render_subject

TITLE = "L'area d'Adda & <Co>\nlotto 2"


@pytest.mark.parametrize(
    ("template", "context", "expected"),
    [
        ("leads/email/booklet_subject.txt", {"booklet": SimpleNamespace(title=TITLE)}, "Your booklet: {}"),
        ("owners/email/rejected_subject.txt", {"submission": SimpleNamespace(title=TITLE)}, "{}"),
        ("owners/email/published_subject.txt", {"submission": SimpleNamespace(title=TITLE)}, "{}"),
        ("opportunities/email/reconfirm_subject.txt", {"page": SimpleNamespace(title=TITLE)}, "{}"),
    ],
)
def test_subjects_are_not_html_escaped_and_fit_on_one_line(template, context, expected):
    with translation.override("en"):
        subject = render_subject(template, context)
    assert "L'area d'Adda & <Co> lotto 2" in subject
    assert subject.endswith(expected.format("L'area d'Adda & <Co> lotto 2"))
    assert "&#x27;" not in subject and "&amp;" not in subject and "\n" not in subject

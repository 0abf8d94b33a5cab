"""The investor's side of a proposal: its private page and its PDF, at the signed address.

Neither is a Wagtail page: nothing lists them (menus, sitemap, site search, the catalogue), the page
cache never stores them, and both tell robots not to index them. A forged or damaged address gets a
404 page, an expired one a 410 page, both in plain words.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import override
from django.views.decorators.cache import never_cache

from home.models import ContactSettings
from home.pdf import render_pdf
from proposals import content, links
from proposals.models import ProposalView

NOINDEX = "noindex, nofollow, noarchive"


def _private(response):
    response["X-Robots-Tag"] = NOINDEX
    return response


def _refused(request, status):
    template = "proposals/expired.html" if status == 410 else "proposals/not_found.html"
    return _private(render(request, template, status=status))


def _context(request, proposal, token):
    return {
        **content.assemble(proposal),
        "token": token,
        "contact": ContactSettings.for_request(request),
        "author": proposal.created_by,
    }


def _readable(request, token):
    """(proposal, None) for a valid, unexpired address; else (None, the refusal page)."""
    proposal = links.proposal_for(token)
    if proposal is None:
        return None, _refused(request, 404)
    if proposal.has_expired:
        with override(proposal.language):
            return None, _refused(request, 410)
    return proposal, None


@never_cache
def page(request, token):
    proposal, refusal = _readable(request, token)
    if refusal:
        return refusal
    with override(proposal.language):
        response = render(request, "proposals/proposal.html", _context(request, proposal, token))
    ProposalView.objects.create(proposal=proposal, form=ProposalView.Form.PAGE)
    return _private(response)


@never_cache
def pdf(request, token):
    proposal, refusal = _readable(request, token)
    if refusal:
        return refusal
    with override(proposal.language):
        html = render_to_string("proposals/proposal.html", {**_context(request, proposal, token), "printing": True})
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="proposal-{proposal.pk}.pdf"'
    ProposalView.objects.create(proposal=proposal, form=ProposalView.Form.PDF)
    return _private(response)

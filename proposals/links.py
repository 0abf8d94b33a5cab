"""The private address of a proposal: `/p/<token>/`, the token a signature of its id.

The signature makes the address unguessable and tamper-evident; the expiry is the proposal's own
`expires_at`, which staff may extend or bring forward without sending a new address.
"""

from django.core import signing
from django.urls import reverse

from home.public_urls import absolute_url
from proposals.models import Proposal

SALT = "proposals:link"


def token_for(proposal):
    return signing.dumps(proposal.pk, salt=SALT, compress=True)


def url_for(proposal):
    return absolute_url(reverse("proposals:page", args=[token_for(proposal)]))


def proposal_for(token):
    """The proposal a genuine token names (expired or not), or None for a forged or damaged one."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return Proposal.objects.select_related("lead").filter(pk=pk).first()

from django.views.decorators.csrf import csrf_exempt

from api import errors
from api.http import in_request_language


@csrf_exempt
@in_request_language
def api_not_found(request):
    """Any other address under /api/: a 404 in the API's error shape, not the site's HTML page."""
    return errors.not_found()

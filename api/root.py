"""/api/v2/ itself: what the API offers, read from its OpenAPI document so the list cannot drift."""

from django.http import JsonResponse
from django.urls import reverse

from api.http import read_endpoint
from api.schema import openapi_document

METHODS = ("get", "post", "put", "patch", "delete")


def endpoints(document):
    listed = []
    for path, item in document["paths"].items():
        operations = {method: item[method] for method in METHODS if method in item}
        listed.append(
            {
                "path": path,
                "methods": [method.upper() for method in operations],
                "summary": next(iter(operations.values()))["summary"],
            }
        )
    return listed


@read_endpoint
def api_root(request):
    document = openapi_document()
    return JsonResponse(
        {
            "name": document["info"]["title"],
            "version": document["info"]["version"],
            "openapi": reverse("api:openapi"),
            "documentation": reverse("api_docs"),
            "endpoints": endpoints(document),
        },
        json_dumps_params={"ensure_ascii": False},
    )

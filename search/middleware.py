"""An index that must not be read (other versions, a damaged segment) answers 503, never a 500 or a guess.

Every page and API endpoint that searches reaches the backend through the selectors; this catches the one
error family (``IndexUnusable``) wherever it surfaces: JSON for /api/, the explaining page elsewhere.
"""
from django.http import JsonResponse
from django.shortcuts import render

from search.contract import IndexDamaged, IndexUnusable

RETRY_AFTER_SECONDS = "600"


class UnusableIndexMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, IndexUnusable):
            return None
        damaged = isinstance(exception, IndexDamaged)
        if "/api/" in request.path:
            response = JsonResponse({"error": "search index damaged" if damaged else "search index outdated",
                                     "detail": str(exception), "action": "rebuild_index"},
                                    status=503, json_dumps_params={"ensure_ascii": False})
        else:
            response = render(request, "search/index_unusable.html", {"damaged": damaged}, status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response

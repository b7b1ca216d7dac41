"""A search engine that cannot answer honestly answers 503, never a 500 or a guess.

Every page and API endpoint that searches reaches the backend through the selectors; this catches the one
error family (``BackendUnavailable``) wherever it surfaces: JSON for /api/, the explaining page elsewhere.
An index that must not be read (other versions, a damaged segment: ``IndexUnusable``) asks staff for
rebuild_index; an engine that cannot be reached (Solr down) asks the reader to try again later. The public
answer never carries the engine's own message (server paths, Solr URLs); the log has it.
"""
import logging

from django.http import JsonResponse
from django.shortcuts import render

from search.contract import BackendUnavailable, IndexDamaged, IndexUnusable

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = "600"
ERRORS = {
    "damaged": "search index damaged",
    "outdated": "search index built by other versions",
    "unreachable": "search engine unreachable",
}


def _reason(exception: BackendUnavailable) -> str:
    if isinstance(exception, IndexDamaged):
        return "damaged"
    return "outdated" if isinstance(exception, IndexUnusable) else "unreachable"


class SearchUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, BackendUnavailable):
            return None
        reason = _reason(exception)
        logger.warning("search answered 503 (%s): %s", reason, exception)
        if "/api/" in request.path:
            body = {"error": ERRORS[reason]}
            if reason != "unreachable":
                body.update(detail=str(exception), action="rebuild_index")
            response = JsonResponse(body, status=503, json_dumps_params={"ensure_ascii": False})
        else:
            response = render(request, "search/search_unavailable.html", {"reason": reason}, status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response

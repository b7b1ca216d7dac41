"""Links to the same page with one parameter changed (the article page's script switch keeps ?q=).

The page number is dropped: page N of something else means nothing. Search filters do not use this;
they use SearchParams.toggle, the rule the API's facet buckets use.
"""
from django.http import QueryDict

PAGE = "page"


def with_param(query: QueryDict, name: str, value: str | None) -> str:
    """'?…' for `query` with `name` set to `value` (None or '': removed); '' when nothing is left."""
    changed = query.copy()
    changed.pop(PAGE, None)
    changed.pop(name, None)
    if value not in (None, ""):
        changed[name] = value
    encoded = changed.urlencode()
    return f"?{encoded}" if encoded else ""

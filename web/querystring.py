"""Links that change one thing about the current search: every view of the archive is a shareable URL.

Changing a filter always goes back to the first page (page N of a different result set means nothing).
"""
from django.http import QueryDict

PAGE = "page"


def query_string(query: QueryDict) -> str:
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def with_values(query: QueryDict, name: str, values: list[str], *, keep_page: bool = False) -> str:
    """The query with `name` set to exactly `values` (none: removed)."""
    changed = query.copy()
    if not keep_page:
        changed.pop(PAGE, None)
    changed.setlist(name, [v for v in values if v != ""])
    if not changed.getlist(name):
        changed.pop(name, None)
    return query_string(changed)


def with_value(query: QueryDict, name: str, value: str | None, *, keep_page: bool = False) -> str:
    return with_values(query, name, [] if value in (None, "") else [str(value)], keep_page=keep_page)


def toggling(query: QueryDict, name: str, value: str) -> str:
    """Add `value` to the values of `name`, or take it away when it is already there."""
    current = query.getlist(name)
    value = str(value)
    values = [v for v in current if v != value] if value in current else [*current, value]
    return with_values(query, name, values)


def without(query: QueryDict, *names: str) -> str:
    changed = query.copy()
    for name in (*names, PAGE):
        changed.pop(name, None)
    return query_string(changed)

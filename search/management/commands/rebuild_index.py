"""haystack's rebuild_index deletes the live index first; ours builds a new one and swaps it in.

Takes effect when "search" comes before "haystack" in INSTALLED_APPS (Django picks the first app's command).
"""
from search.management.commands.build_index import Command  # noqa: F401

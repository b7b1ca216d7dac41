"""Template helpers for the archive's pages: dates at their real precision, region paths, text script."""
from django import template
from django.utils.html import format_html

from web.dates import DisplayDate, article_date
from web.language import switch_targets
from web.script import script_of

register = template.Library()


@register.filter
def as_time(shown: DisplayDate):
    """<time> with a machine-readable value when any part of the date is known; plain text otherwise."""
    if not shown.machine:
        return format_html('<span class="date unknown">{}</span>', shown.text)
    return format_html('<time datetime="{}">{}</time>', shown.machine, shown.text)


@register.simple_tag
def published(article):
    return as_time(article_date(article))


@register.filter
def script_lang(text: str) -> str:
    return script_of(text or "")


@register.simple_tag(takes_context=True)
def language_switch(context):
    """The header's language buttons: each posts the current page, translated, to set_language."""
    return switch_targets(context["request"])

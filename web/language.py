"""Which language a page is in: the URL's prefix first (/en/…), so a shared link opens as it was seen.

Unprefixed URLs are the default language's (zh-hans), unless the reader asked for another one: the
language cookie (the header switch sets it) or Accept-Language. Then the page redirects to that
language's URL (/ → /en/), so the address bar always says which language is shown. Django's own
LocaleMiddleware instead forces the default language on unprefixed URLs when
i18n_patterns(prefix_default_language=False) is used, which would make Accept-Language: en useless.
"""
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import get_script_prefix, is_valid_path
from django.utils.cache import patch_vary_headers
from django.urls import reverse, translate_url
from django.utils import translation


class UrlFirstLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or \
            translation.get_language_from_request(request, check_path=False)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        language = translation.get_language()
        unprefixed = not translation.get_language_from_path(request.path_info)
        if response.status_code == 404 and unprefixed and language != settings.LANGUAGE_CODE:
            # A page of the i18n patterns, asked for in another language: send the reader to its URL.
            urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
            if is_valid_path(f"/{language}{request.path_info}", urlconf):
                prefix = get_script_prefix()
                redirect = self.response_redirect_class(
                    request.get_full_path().replace(prefix, f"{prefix}{language}/", 1))
                patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
                return redirect
        return super().process_response(request, response)


def url_in_language(name: str, language: str, *args) -> str:
    """The route `name` as it is written in `language` (/en/… or unprefixed for the default language)."""
    with translation.override(language):
        return reverse(name, args=args)


def neutral_url(name: str, *args) -> str:
    """The route in the default language (no prefix): stable ids and permalinks that do not change with
    the reader's language."""
    return url_in_language(name, settings.LANGUAGE_CODE, *args)


def switch_targets(request) -> list[dict]:
    """For each other language: the current page (path and query) as written in it.

    Computed while rendering the page, when the active language is the one its path was resolved in;
    Django's set_language cannot always do this itself, because it resolves `next` in the language of
    its own request (a fresh browser posting from /en/… would get /en/… back for Chinese).
    """
    current = translation.get_language()
    here = request.get_full_path()
    targets = []
    for code, name in settings.LANGUAGES:
        if code != current:
            info = translation.get_language_info(code)
            targets.append({"code": code, "name": info["name_local"], "next": translate_url(here, code)})
    return targets

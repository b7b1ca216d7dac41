"""Settings for the archive. Everything that differs between machines comes from the environment."""
import os
from pathlib import Path

import dj_database_url

from config.secret_key import secret_key

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]

# DATA_DIR holds the SQLite database, the Whoosh index and jieba's cache: all derived or local state.
DATA_DIR = Path(os.environ.get("DATA_DIR", BASE_DIR / "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Never a public default: without SECRET_KEY in the environment, one is generated once into DATA_DIR (0600).
SECRET_KEY = secret_key(DATA_DIR)

# Behind HTTPS (DJANGO_HTTPS=1; a proxy terminating TLS sets X-Forwarded-Proto): HSTS, secure cookies and a
# redirect to https, so that `manage.py check --deploy` is clean. Off by default: `make run` serves plain
# http on 127.0.0.1.
HTTPS = env_bool("DJANGO_HTTPS", False)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # search before haystack: its rebuild_index/update_index override haystack's (atomic swap, no -k).
    "search",
    "haystack",
    "archive",
    "web",
    # Admin login throttling: failed sign-ins are counted per user name and address, then locked out.
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # /en/… URLs are English; unprefixed ones negotiate (cookie, Accept-Language), defaulting to zh-hans.
    "web.language.UrlFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "search.middleware.SearchUnavailableMiddleware",  # a damaged, outdated or unreachable index: 503, not 500
    "axes.middleware.AxesMiddleware",  # last: it answers a locked-out sign-in
]

# A strict Content-Security-Policy on every page (django-csp; Django 5.2 has none of its own): everything from
# this site only, no inline script or style, no plugins, no framing. The raw-page view sets its own ("sandbox").
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# django-axes: 5 failed sign-ins for one user name from one address lock that pair out for an hour,
# even with the right password afterwards; a successful sign-in before that resets the count.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run while the single writer commits; the timeout rides out short write bursts.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 30, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
         "transaction_mode": "IMMEDIATE"}
    )
    # Tests get a file database too: the in-memory one cannot use WAL or the busy timeout, so
    # concurrent-request tests would fail on "table is locked" where production would wait.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-archive.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The search engine (search.engines): whoosh (an index beside the database, swapped in atomically by
# rebuilds), solr (a SolrCloud collection at SOLR_URL) or database (the brute-force reference). Switching
# is `manage.py rebuild_index`.
from search.engines import haystack_connection  # noqa: E402  (no Django needed)

SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
SOLR_URL = os.environ.get("SOLR_URL", "http://127.0.0.1:8983/solr/archive")
HAYSTACK_CONNECTIONS = {"default": haystack_connection(SEARCH_BACKEND, data_dir=DATA_DIR, solr_url=SOLR_URL)}
# Index updates go through search.indexing (one writer, after commit), never through request signals.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# An upload waits at most this long for its own pages to become searchable before it answers (and then
# says which are not yet). search.indexing.settle.
SEARCH_SETTLE_SECONDS = float(os.environ.get("SEARCH_SETTLE_SECONDS", 6))

JIEBA_CACHE_DIR = DATA_DIR

# Upload limits (admin upload is the one place untrusted files enter).
ARCHIVE_MAX_FILE_BYTES = int(os.environ.get("ARCHIVE_MAX_FILE_BYTES", 20 * 1024 * 1024))
ARCHIVE_MAX_ZIP_MEMBERS = int(os.environ.get("ARCHIVE_MAX_ZIP_MEMBERS", 2000))
ARCHIVE_MAX_UNCOMPRESSED_BYTES = int(os.environ.get("ARCHIVE_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024))
ARCHIVE_MAX_COMPRESSION_RATIO = int(os.environ.get("ARCHIVE_MAX_COMPRESSION_RATIO", 100))
# One request's files together; past this the rest are refused by name without being stored.
ARCHIVE_MAX_BATCH_BYTES = int(os.environ.get("ARCHIVE_MAX_BATCH_BYTES", 200 * 1024 * 1024))
DATA_UPLOAD_MAX_NUMBER_FILES = 500
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Larger uploads stream to temporary files: keep them inside DATA_DIR, not the system /tmp.
FILE_UPLOAD_TEMP_DIR = DATA_DIR / "upload-tmp"
FILE_UPLOAD_TEMP_DIR.mkdir(exist_ok=True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

"""Settings shared by every environment: secure by default, configured from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parents[2]

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

INSTALLED_APPS = [
    "mint",
    "mint.people",
    "courses",
    "events",
    "certificates",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_tasks",
    "django_tasks_db",  # the queue's tables; production runs it (manage.py db_worker)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "mint.middleware.ContentSecurityPolicyMiddleware",
    "mint.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix.
    "mint.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "mint.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "mint.middleware.StaffMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "mint.urls"
CSRF_FAILURE_VIEW = "mint.views.csrf_failure"
WSGI_APPLICATION = "mint.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default; DATABASE_URL (e.g. postgres://user:pass@host/db) wherever it is set.
# IMMEDIATE makes SQLite writers queue instead of failing on lock upgrades.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    INSTALLED_APPS.append("django.contrib.postgres")  # full-text search on PostgreSQL
    # The planner overestimates the account pages' subqueries and then spends more
    # time compiling them (JIT) than running them: `make bench` doubled without it.
    # A statement waits at most 5 s for a row another holds, then the visitor gets
    # "please try again" (503, mint.views.server_error) instead of a page that hangs;
    # bookings wait less (events.booking.LOCK_TIMEOUT_MS). Commands too: a migration
    # on a busy site stops instead of holding everyone up.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c lock_timeout=5000"
    )
    # A kept connection (CONN_MAX_AGE) is tested before a request uses it: after the
    # server restarted, requests open a new one instead of failing on the old.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "people.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "people:account"  # a URL name keeps the page language
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# A mail to the account's address when its password, addresses or two-factor sign-in
# change: the owner notices a change they did not make.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# The site's rules in allauth's forms (an e-mail address no longer than an account holds).
ACCOUNT_ADAPTER = "mint.people.adapter.AccountAdapter"
# Sign-up also asks the language of the person's mail (preset to the page's).
ACCOUNT_SIGNUP_FORM_CLASS = "mint.people.forms.SignupForm"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    # The public certificate check (certificates.views.verify): enough for an
    # employer's office, too few to try codes.
    "verify_certificate": "30/m/ip,300/h/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
WAGTAILADMIN_LOGIN_URL = "account_login"
# Whoever may open the Wagtail admin must have an authenticator app for the admin and
# the teaching area (mint.people.second_factor).
MINT_STAFF_MFA_REQUIRED = True
# The database cache's table where production has no Redis (mint.settings.production).
MINT_SHARED_CACHE_TABLE = "mint_cache"
# Instructors who are not staff see only their own dates' rosters; asking them for an
# authenticator app too is the organisation's choice.
MINT_INSTRUCTOR_MFA_REQUIRED = False

# Sessions: a new key at every sign-in (Django), two weeks with allauth's "remember me".
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_HTTPONLY = True
# No script reads the CSRF cookie: forms, roster.js, scan.js and the Wagtail admin take
# the token from the page.
CSRF_COOKIE_HTTPONLY = True
# Staff idle out after 30 minutes: a middleware (StaffMiddleware), not a shorter
# SESSION_COOKIE_AGE, so that learners and parents keep "remember me".
MINT_STAFF_SESSION_IDLE_SECONDS = 30 * 60
# ...and 12 hours after signing in however busy they were: a session taken over
# (a shared computer, a stolen cookie) cannot be kept alive by using it.
MINT_STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60

# Headers (SecurityMiddleware, XFrameOptionsMiddleware, mint.middleware); the values are
# Django's defaults, stated because tests/mint/test_security.py holds them.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # data: for allauth's TOTP QR code
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# What the Wagtail admin (/admin/) needs on top: inline scripts (date pickers, inline
# panels, chooser modals) and styles, image uploads previewed from blob: URLs.
# Its preview iframes (X-Frame-Options: SAMEORIGIN) also get frame-ancestors 'self'.
MINT_ADMIN_CSP = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
# Browser features off, except the camera on the instructor's QR scan page.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "bluetooth",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}
MINT_CAMERA_VIEWS = {"events:scan"}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no e-mail hashes to a third party; CSP-clean

LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("pl", "Polski"),
    ("cs", "Čeština"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Each language's date forms, named ones included (mint/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["mint.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # Wagtail recommends this for large page forms

# Every mail is kept in the outbox (mint.outbox) and handed to the mail server over
# MINT_DELIVERY_EMAIL_BACKEND, at once and, while the server is away, again later
# (`manage.py deliver_mail`, every minute) for about a day (MINT_MAIL_MAX_ATTEMPTS).
EMAIL_BACKEND = "mint.outbox.EmailBackend"
MINT_DELIVERY_EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
MINT_MAIL_MAX_ATTEMPTS = 30  # 1, 2, 4 … 32 minutes apart, then hourly: 24 hours
MINT_OUTGOING_MAIL_DAYS = 30  # sent and given-up mails are deleted after this
# A silent mail server holds up a sign-up page this long at most; the mail waits.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("DJANGO_EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "MINT Dreiländereck <noreply@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "MINT Dreiländereck"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# One index for all languages. On PostgreSQL its words are stemmed as German, the
# default language (there is no Polish or Czech configuration, and the starts of
# words are matched unstemmed for all languages: courses/search.py); SQLite ignores
# SEARCH_CONFIG. Changing it needs `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}
# Uploads in the admin: known types only (no SVG or HTML, which could carry scripts)
# and a size limit, checked by Wagtail before it reads the file.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # a 40-megapixel photo; more is a bomb
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Remarks, contact data and free texts of dates that ended this long ago are cleared
# (events.retention, `manage.py purge_past_data`, daily); the figures stay.
MINT_RETENTION_DAYS = int(os.environ.get("MINT_RETENTION_DAYS", "365"))
# Accounts (not staff, no role) without a sign-in for this long and with nothing
# coming are told by mail, and deleted after the grace period unless their holder signs
# in (mint.people.dormancy, `manage.py tidy_dormant_accounts`, nightly).
MINT_DORMANT_AFTER_DAYS = int(os.environ.get("MINT_DORMANT_AFTER_DAYS", "730"))
MINT_DORMANT_GRACE_DAYS = int(os.environ.get("MINT_DORMANT_GRACE_DAYS", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_keys": {"()": "mint.log_redaction.WithoutKeys"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.request": {"level": "WARNING", "filters": ["without_keys"]}},
}

CATALOGUE_PAGE_SIZE = 12

# Instructors take attendance from an hour before a session until two days after it;
# later changes are corrections by staff, with a reason (events.attendance).
ATTENDANCE_WINDOW_BEFORE = datetime.timedelta(hours=1)
ATTENDANCE_WINDOW_AFTER = datetime.timedelta(days=2)

"""The production settings for the load test's gunicorn, on loopback without TLS.

`bench.load` starts gunicorn with these, DATABASE_URL (the throwaway database) and
DJANGO_SECRET_KEY (the bench's own, so that the sessions it prepares are valid) in the
environment. Everything else is `mint.settings.production` as it is, except what
plain HTTP on 127.0.0.1 and a run without a mail server or collected static files need.
"""

import warnings

from mint.settings.production import *  # noqa: F403

ALLOWED_HOSTS = ["127.0.0.1"]

# No TLS on loopback: no redirect to https, no HSTS, cookies sent over plain HTTP.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"  # __Host- cookies need https
CSRF_COOKIE_NAME = "csrftoken"

# Every simulated visitor comes from 127.0.0.1, so allauth's sign-in limit per IP
# (30 a minute by default) would turn most of the load test's sign-ins away: raised
# for the bench only. The limit on failed sign-ins stays as in production.
ACCOUNT_RATE_LIMITS = {**ACCOUNT_RATE_LIMITS, "login": "1000/m/ip"}  # noqa: F405

# The confirmations are rendered and "sent" as in production (synchronously, by the
# immediate task backend), into each worker's memory instead of an SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Static files are not collected for a bench run (and not requested by it): plain
# storage, so that `{% static %}` needs no manifest.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
warnings.filterwarnings("ignore", "No directory at", UserWarning)

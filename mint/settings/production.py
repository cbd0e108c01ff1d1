"""Production: every secret from the environment; refuses to start without a key."""

import os

from .base import *  # noqa: F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # fail at start; never invent a key

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Browsers take __Host- cookies only from https, for the whole site (Path=/) and for
# this host alone (no Domain): no subdomain or plain-HTTP page can set or replace them.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_REFERRER_POLICY = "same-origin"
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "1"))

# One cache for every gunicorn worker and app server: allauth's limits on sign-ins,
# authenticator codes and certificate checks count there. Redis where REDIS_URL is
# set, otherwise a table in the database (made by `migrate`: mint/migrations/0005).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": MINT_SHARED_CACHE_TABLE,  # noqa: F405
        }
    }

# Background work (e-mails, bulk certificates, reminders, retention) waits in the
# database for `manage.py db_worker` (scripts/deploy/mint-worker.service) instead of
# running inside the request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

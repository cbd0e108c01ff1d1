"""The test suite: fast hashing, in-memory mail and cache, work done at once."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Through the outbox (mint.outbox, put back by tests/conftest.py) into
# django.core.mail.outbox.
MINT_DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# As in production; tests/conftest.py turns it off except for tests marked staff_mfa.
MINT_STAFF_MFA_REQUIRED = True
# Pages and snippets are not indexed on save: most tests never search, and indexing
# took a third of the time a page takes to create. Tests that search ask for the
# `search_index` fixture (tests/conftest.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}  # noqa: F405
}

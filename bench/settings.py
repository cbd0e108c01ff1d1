"""The test settings, made production-like for timing: no debug, the bench's URLs.

`bench.__main__` sets DATABASE_URL to the throwaway database before Django reads this.
"""

import warnings

from mint.settings.test import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["localhost", "testserver"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# The registrations part: mails rendered and "sent" in memory (as in the test settings),
# synchronously on commit through the immediate task backend. CSRF: the test client
# does not enforce it (`enforce_csrf_checks=False`), so the middleware stays, as in
# production, and costs what it costs.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# whitenoise warns once about the missing collected-static directory: not measured here.
warnings.filterwarnings("ignore", "No directory at", UserWarning)

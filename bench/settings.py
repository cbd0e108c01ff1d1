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

# whitenoise warns once about the missing collected-static directory: not measured here.
warnings.filterwarnings("ignore", "No directory at", UserWarning)

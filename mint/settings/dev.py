"""Local development: debug on, mail to the console, any host."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ACCOUNT_EMAIL_VERIFICATION = (
    "optional"  # demo accounts sign in at once; mails go to the console
)

try:
    from .local import *  # noqa: F403
except ImportError:
    pass

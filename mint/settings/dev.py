"""Local development: debug on, mail (through the outbox) into files under sent-mail/,
any host."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["*"]
# One file per message (certificates carry PDFs: too much for a terminal).
MINT_DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BASE_DIR / "sent-mail"  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ACCOUNT_EMAIL_VERIFICATION = (
    "optional"  # demo accounts sign in at once; mails go to sent-mail/
)
# The demo coordinator opens the admin without an authenticator app.
MINT_STAFF_MFA_REQUIRED = False

try:
    from .local import *  # noqa: F403
except ImportError:
    pass

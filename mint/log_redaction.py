"""Keys that travel in a path stay out of the logs: whoever reads the logs must not be
able to open a family's calendar feed, accept a guardian invitation, confirm an
address, reset a password or look up a certificate with what they find there."""

import logging
import re

from gunicorn.glogging import Logger

from .paths import every_language

# The part after these is a key: calendar feeds, guardian invitations, allauth's
# e-mail confirmations and password resets, certificate codes (check and download).
# The unprefixed calendar feed and allauth's keep their English words; the site's own
# ones are in every language (mint.paths).
KEY_IN_PATH = re.compile(
    "(/{})".format(
        "|/".join(
            (
                "calendar/",
                *every_language("invitations/"),
                "confirm-email/",
                "password/reset/key/",
                *every_language("certificates/verify/"),
                *every_language("account/certificates/"),
            )
        )
    )
    + r"[^/?#.\s\"]+"
)
HIDDEN = r"\1[key]"


def without_keys(text):
    return KEY_IN_PATH.sub(HIDDEN, text)


class AccessLogger(Logger):
    """gunicorn's logger (logger_class in scripts/deploy/gunicorn.conf.py): the path,
    request line and referrer of each access log line without keys."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in ("U", "r", "f"):
            atoms[name] = without_keys(atoms[name])
        return atoms


class WithoutKeys(logging.Filter):
    """Django's own request log ("Not Found: /de/account/invitations/…") without keys."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(
                without_keys(arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        return True

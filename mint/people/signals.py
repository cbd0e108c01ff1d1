"""Signals of `mint.people`: other apps listen here, `mint.people` imports none of them."""

from django.dispatch import Signal

# Sent with `participant=` and `keep_certificates=` just before a participant is
# deleted, while the row and its registrations are still linked (afterwards the
# registrations stay without a person). `keep_certificates` False: the person asked
# that certificates issued to them be withdrawn. A receiver that must stop the
# deletion raises RemovalRefused; receivers that ran before it are not undone, so
# refuse before changing anything. Sent outside any transaction: receivers may open
# their own durable ones.
participant_removed = Signal()

# Sent with `user=` and `keep_certificates=` when an account is deleted, before its
# participants are removed and while everything it booked still names it (class
# visits, for one). The same rules as `participant_removed`.
account_removed = Signal()


# Sent with `user=` and `now=` before an unused account is warned or deleted
# (mint.people.dormancy): a receiver returns True if the account has something on a
# date not yet ended (a registration, a class visit, a course to teach), and the
# account stays.
account_has_dates_coming = Signal()


class RemovalRefused(Exception):
    """A receiver of `participant_removed` or `account_removed` refuses; `message` is
    shown to the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

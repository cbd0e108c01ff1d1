from django.core.management.base import BaseCommand

from mint import outbox


class Command(BaseCommand):
    help = (
        "Send again the mails the mail server did not take, once their wait is over "
        "(run every minute)."
    )

    def handle(self, *args, **options):
        outcome = outbox.deliver_due()
        if any(outcome.values()):
            self.stdout.write(
                ", ".join(f"{status} {count}" for status, count in outcome.items())
            )

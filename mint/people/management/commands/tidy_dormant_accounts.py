from django.core.management.base import BaseCommand

from mint.people import dormancy


class Command(BaseCommand):
    help = (
        "Warn the holders of accounts unused for MINT_DORMANT_AFTER_DAYS with nothing "
        "coming, and delete those still unused MINT_DORMANT_GRACE_DAYS after the "
        "warning (run nightly)."
    )

    def handle(self, *args, **options):
        done = dormancy.tidy()
        self.stdout.write(
            "Accounts: " + ", ".join(f"{what} {n}" for what, n in done.items()) + "."
        )

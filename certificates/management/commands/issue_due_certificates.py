from django.core.management.base import BaseCommand

from certificates.services import issue_due


class Command(BaseCommand):
    help = (
        "Issue certificates for dates that ended lately, for courses that issue them "
        "automatically (run hourly)."
    )

    def handle(self, *args, **options):
        issued = issue_due()
        self.stdout.write(f"{issued} certificate(s) issued.")

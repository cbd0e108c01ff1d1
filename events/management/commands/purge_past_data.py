from django.core.management.base import BaseCommand

from events import tasks


class Command(BaseCommand):
    help = (
        "Clear remarks, contact data and free texts of dates that ended more than "
        "MINT_RETENTION_DAYS ago (run daily); the figures stay as they were."
    )

    def handle(self, *args, **options):
        result = tasks.purge_past_data.enqueue()
        if not result.is_finished:  # a worker runs it (django-tasks-db)
            self.stdout.write(f"Retention run queued as task {result.id}.")
            return
        cleared = result.return_value or {}
        self.stdout.write(
            "Cleared: "
            + ", ".join(f"{name} {count}" for name, count in cleared.items())
            + "."
        )

"""Entry point: `python -m bench [--courses N] [--events M] [--repeat R]`.

See the package docstring (`bench/__init__.py`) for what is measured and why.
Django is set up only once the throwaway database exists, so everything that imports
models is imported inside the functions below.
"""

import argparse
import os
import sys
import time

WARMUPS = 5


def main(argv=None):
    options = parse_args(argv)
    started = time.perf_counter()
    from .database import throwaway_database

    with throwaway_database() as database:
        say(f"bench: {database.description}")
        setup_django(database.url)
        migrate_seconds = migrate()
        say(f"bench: seeding {options.courses:,} courses, {options.events:,} events")
        from .seed import seed

        seeded = seed(options.courses, options.events)
        say("bench: timing requests")
        measurements = run_probes(seeded, options)
        from .report import report

        report(database, seeded, migrate_seconds, measurements, options, say)
    say(f"\nTotal run time: {time.perf_counter() - started:.1f} s")
    return 0


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Time the German catalogue on a throwaway database.",
    )
    parser.add_argument("--courses", type=_positive, default=5_000)
    parser.add_argument("--events", type=_positive, default=20_000)
    parser.add_argument(
        "--repeat", type=_positive, default=30, help="timed requests per row"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=20.0,
        help="at most this many seconds of timed requests per row (default 20)",
    )
    return parser.parse_args(argv)


def _positive(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def setup_django(database_url):
    """Bench settings on the throwaway database (read by mint/settings/base.py)."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


def migrate():
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    return time.perf_counter() - started


def run_probes(seeded, options):
    from .measure import measure, probes

    return [
        measure(probe, warmups=WARMUPS, repeat=options.repeat, budget_s=options.budget)
        for probe in probes(seeded)
    ]


def say(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())

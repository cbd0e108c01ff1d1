"""Entry point: `python -m bench [--courses N] [--events M] [--repeat R]
[--reg-events E] [--reg-accounts A] [--reg-clients C] [--certificates K]
[--users U] [--seconds S] [--workers W] [--load]`.

Without `--load`: every part, the load test last. With `--load`: the catalogue is
seeded as usual, then only the load test runs (`bench/load.py`).

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
        if not options.load:
            say("bench: timing requests")
            measurements = run_probes(seeded, options)
            from .report import report

            report(database, seeded, migrate_seconds, measurements, options, say)
            run_registrations(options)
            run_certificates(options)
        failed = run_load(options)
    say(f"\nTotal run time: {time.perf_counter() - started:.1f} s")
    return 1 if failed else 0


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
    parser.add_argument(
        "--reg-events",
        type=_positive,
        default=20,
        help="dates (10 seats each) for the registrations part (default 20)",
    )
    parser.add_argument(
        "--reg-accounts",
        type=_positive,
        default=400,
        help="accounts, one participant each, registering once per row (default 400)",
    )
    parser.add_argument(
        "--reg-clients",
        type=_positive,
        default=8,
        help="concurrent client threads, each with its own connection (default 8)",
    )
    parser.add_argument(
        "--certificates",
        type=_positive,
        default=200,
        help="certificate PDFs per round, and as many floor pages (default 200)",
    )
    parser.add_argument(
        "--bulk-certificates",
        type=_positive,
        default=1_000,
        help="participants of the date issued to in bulk (default 1,000)",
    )
    parser.add_argument(
        "--load",
        action="store_true",
        help="seed the catalogue, then run only the load test (PostgreSQL only)",
    )
    parser.add_argument(
        "--users",
        type=_positive,
        default=30,
        help="simulated people in the load test, visitors : parents = 3 : 2 "
        "(default 30)",
    )
    parser.add_argument(
        "--seconds",
        type=_positive,
        default=30,
        help="how long the load test runs (default 30)",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=3,
        help="gunicorn workers (2 threads each) for the load test (default 3)",
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


def run_registrations(options):
    from . import registrations

    say(
        f"\nbench: registrations: {options.reg_events} dates, "
        f"{options.reg_accounts} accounts, {options.reg_clients} clients"
    )
    started = time.perf_counter()
    data = registrations.setup(options.reg_events, options.reg_accounts)
    rows = registrations.run_all(data, clients=options.reg_clients)
    registrations.report(data, rows, options, say)
    say(f"Registrations part: {time.perf_counter() - started:.1f} s")


def run_certificates(options):
    from . import certificates

    say(f"\nbench: certificates: {options.certificates} PDFs per round")
    certificates.run(options.certificates, say, bulk=options.bulk_certificates)


def run_load(options):
    """The load test on PostgreSQL; True when it found an overbooking, a waiting
    list out of order or a server error, or when the client itself failed."""
    from django.db import connection

    if connection.vendor != "postgresql":
        say("\nbench: load test SKIPPED: it needs PostgreSQL (DATABASE_URL)")
        return options.load
    from . import load

    say(
        f"\nbench: load: {options.users} users for {options.seconds} s, "
        f"gunicorn {options.workers} workers on 127.0.0.1"
    )
    started = time.perf_counter()
    data = load.setup()
    result = load.run(
        data, users=options.users, seconds=options.seconds, workers=options.workers
    )
    checked = load.check(data)
    load.report(data, result, checked, say)
    say(f"Load part: {time.perf_counter() - started:.1f} s")
    server_errors = sum(1 for s in load.failures(result.samples) if s[2] >= 500)
    return bool(
        checked.overbooked or checked.out_of_order or server_errors or result.exceptions
    )


def say(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())

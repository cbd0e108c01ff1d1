"""The markdown table `make bench` prints."""

from django.db import connection


def report(database, seeded, migrate_seconds, measurements, options, say):
    say()
    say(header(seeded, migrate_seconds))
    say()
    say("| request | results | queries | median ms | p95 ms | x floor |")
    say("|---|---:|---:|---:|---:|---:|")
    floor = measurements[0].median
    for m in measurements:
        results = "–" if m.results is None else f"{m.results:,}"
        say(
            f"| `{m.probe.label}` | {results} | {m.queries} | {m.median:.1f} "
            f"| {m.p95:.1f} | {m.median / floor:.1f} |"
        )
    say()
    say(footer(measurements, options))


def header(seeded, migrate_seconds):
    seeding = sum(seeded.timings.values())
    steps = ", ".join(f"{name} {s:.1f} s" for name, s in seeded.timings.items())
    return (
        f"**{_vendor()}** · {seeded.courses:,} courses · {seeded.events:,} events "
        f"({seeded.sessions:,} sessions, {seeded.registrations:,} registrations, "
        f"{seeded.full_events:,} full) · migrate {migrate_seconds:.1f} s · "
        f"seeding {seeding:.1f} s ({steps})"
    )


def footer(measurements, options):
    lines = [
        f"Server time in-process (Django test client), {options.repeat} timed "
        "requests per row after 5 warm-ups; queries counted on the last warm-up; "
        "x floor = median / median of the minimal view."
    ]
    short = [m for m in measurements if len(m.times_ms) < options.repeat]
    for m in short:
        lines.append(
            f"`{m.probe.label}`: only {len(m.times_ms)} timed requests "
            f"(time budget {options.budget:g} s per row)."
        )
    return "\n".join(lines)


def _vendor():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"

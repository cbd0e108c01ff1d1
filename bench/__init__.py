"""`python -m bench`: how fast the German catalogue answers on a realistic amount of data.

What is measured, and why
-------------------------
The catalogue (`/de/kurse/`) is the page every visitor starts from, and its filters turn
into SQL that joins courses, events, sessions and registrations. It has to stay fast
with a region's full offer, so the bench builds a throwaway database with thousands
of courses and events (PostgreSQL when `DATABASE_URL` points to one, as under
`make bench`; otherwise a temporary SQLite file), then requests typical filter
combinations in-process through Django's test client.

For each request it reports the number of results (`data-result-count`), the number of
SQL queries (should not grow with the data), the median and 95th percentile of the
server time (middleware, view, queries, template; no network, no browser) and the
ratio to a "floor": a view that only returns "ok" through the same middleware. The
floor tells what any request costs here; the ratio is comparable across machines.

Then, on the same database: registrations racing for seats (`registrations.py`),
certificate PDFs (`certificates.py`), and last a bounded load test over HTTP
(`load.py`, alone with `--load`): gunicorn with the production settings on
127.0.0.1, locust's simulated visitors and parents for a fixed time, throughput and
latency per kind of request, and a check in the database that no date is overbooked.

This is a benchmark, not a test: nothing here asserts on timings.
"""

"""The load test's simulated people: locust users against the bench's gunicorn.

Run by `bench.load` as its own process, `python -m bench.load_client PLAN RESULT`:
locust patches the standard library for gevent when it is imported, which must not
happen in the process that holds Django and its database connections. Django is not
imported here; everything the users need (server address, accounts, dates, pages,
the messages to recognise) comes in the JSON file PLAN, and every request's name,
time, status and verdict goes out in the JSON file RESULT.

Two kinds of users, by weight:

- `Visitor` (anonymous): the catalogue with filters and pages, course pages, the
  class-visit finder;
- `Parent` (signed in): opens a date's registration form and registers one or more
  of the family's children (GET the form, POST it with its CSRF token), looks at the
  family's registrations, now and then gives a place up (which moves the waiting list
  up), and now and then hands the device to the next family. A quarter of the
  families sign in through allauth's form; the others come back with a session made
  beforehand ("remember me").

Only the statuses a request may give count as success (the `expect` sets below);
anything else, a connection error included, is an error.
"""

import json
import random
import re
import sys
import time
from http.cookiejar import Cookie
from itertools import count
from urllib.parse import urlencode

import gevent
from locust import FastHttpUser, between, task
from locust.env import Environment

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CHECKBOX = re.compile(r'<input type="checkbox" name="participants" value="(\d+)"[^>]*>')
CANCEL = re.compile(r'href="(/de/account/registrations/\d+/cancel/)"')

PLAN = {}
# Registration outcomes as the parents saw them, and the samples of every request.
OUTCOMES = {}
SAMPLES = []
ERRORS = []
_next_account = count()


def outcome(name):
    OUTCOMES[name] = OUTCOMES.get(name, 0) + 1


class _Person(FastHttpUser):
    abstract = True
    wait_time = between(0.5, 2.5)

    def fetch(self, method, path, name, expect=(200,), to=None, form=None):
        """One request, judged by its status (and a redirect by where it leads, `to`);
        returns the response. `form`: fields to POST, a list as repeated fields."""
        kwargs = {}
        if form is not None:
            kwargs["data"] = urlencode(form, doseq=True)
            kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}
        with self.client.request(
            method,
            path,
            name=name,
            catch_response=True,
            allow_redirects=False,
            **kwargs,
        ) as response:
            status = response.status_code
            location = response.headers.get("Location") or ""
            if status not in expect:
                response.failure(f"{method} {path}: {status}")
            elif status in (301, 302, 303) and to and to not in location:
                response.failure(f"{method} {path}: {status} to {location}")
            else:
                response.success()
        return response


class Visitor(_Person):
    """Someone looking for a course for their child, or a teacher for a class visit."""

    weight = 3

    @task(6)
    def catalogue(self):
        rng = random
        choices = [
            "",
            f"age={rng.randint(4, 17)}",
            f"topic={rng.choice(PLAN['topics'])}&age={rng.randint(6, 14)}",
            f"topic={rng.choice(PLAN['topics'])}",
            f"page={rng.randint(2, 30)}",
            f"age={rng.randint(6, 14)}&page=2",
            "country=PL&seats=on",
            f"town={PLAN['town']}&seats=on",
            f"q={PLAN['search_word']}",
            "view=dates",
            "sort=title&page=3",
        ]
        query = rng.choice(choices)
        self.fetch("GET", f"{PLAN['catalogue']}?{query}", "catalogue")

    @task(4)
    def course_page(self):
        self.fetch("GET", random.choice(PLAN["course_paths"]), "course page")

    @task(1)
    def class_visit_finder(self):
        grade = random.randint(1, 10)
        view = random.choice(["", "&view=calendar"])
        self.fetch("GET", f"{PLAN['finder']}?grade={grade}{view}", "class-visit finder")


class Parent(_Person):
    """A guardian with one to three children, registering them for a few dates."""

    weight = 2

    def on_start(self):
        """Arrives, signs in (or comes back signed in) and registers a child."""
        self.next_family()
        self.register()

    def next_family(self):
        accounts = PLAN["accounts"]
        account = accounts[next(_next_account) % len(accounts)]
        self.client.cookiejar.clear()
        if account.get("password"):
            self.sign_in(account)
        else:
            self.client.cookiejar.set_cookie(_cookie("sessionid", account["session"]))

    def sign_in(self, account):
        form = self.fetch("GET", PLAN["login"], "sign in: form")
        token = _csrf(form.text)
        if token is None:
            return
        self.fetch(
            "POST",
            PLAN["login"],
            "sign in: POST",
            expect=(302,),
            to=PLAN["account"],
            form={
                "csrfmiddlewaretoken": token,
                "login": account["email"],
                "password": account["password"],
                "remember": "on",
            },
        )

    @task(6)
    def register(self):
        path = PLAN["register"].format(id=random.choice(PLAN["event_ids"]))
        form = self.fetch("GET", path, "register: form")
        token, children = _csrf(form.text), _free_children(form.text)
        if token is None or not children:
            outcome("nobody left to register")
            return
        chosen = children if random.random() < 0.3 else [random.choice(children)]
        response = self.fetch(
            "POST",
            path,
            "register: POST",
            expect=(200, 302),  # 200: the form again, with the reason
            to=PLAN["my_registrations"],
            form={"csrfmiddlewaretoken": token, "participants": chosen},
        )
        if response.status_code == 302:
            outcome("registered")
            self.fetch("GET", PLAN["my_registrations"], "my registrations")
        elif response.status_code == 200:
            text = response.text or ""
            if PLAN["busy_text"] in text:
                outcome("refused: busy")
            elif PLAN["full_text"] in text:
                outcome("refused: full, no waiting list")
            else:
                outcome("refused: other")

    @task(2)
    def my_registrations(self):
        self.fetch("GET", PLAN["my_registrations"], "my registrations")

    @task(1)
    def give_a_place_up(self):
        page = self.fetch("GET", PLAN["my_registrations"], "my registrations")
        links = CANCEL.findall(page.text or "")
        if not links:
            return
        path = random.choice(links)
        form = self.fetch("GET", path, "cancel: form")
        token = _csrf(form.text)
        if token is None:
            return
        self.fetch(
            "POST",
            path,
            "cancel: POST",
            expect=(302,),
            to=PLAN["my_registrations"],
            form={"csrfmiddlewaretoken": token},
        )
        outcome("cancelled")

    @task(1)
    def hand_over(self):
        self.next_family()


def _csrf(text):
    match = CSRF.search(text or "")
    return match.group(1) if match else None


def _free_children(text):
    """The children the form offers (a disabled checkbox: age, already registered…)."""
    return [
        match.group(1)
        for match in CHECKBOX.finditer(text or "")
        if "disabled" not in match.group(0)
    ]


def _cookie(name, value):
    return Cookie(
        version=0,
        name=name,
        value=value,
        port=None,
        port_specified=False,
        domain=PLAN["host_name"],
        domain_specified=False,
        domain_initial_dot=False,
        path="/",
        path_specified=True,
        secure=False,
        expires=None,
        discard=True,
        comment=None,
        comment_url=None,
        rest={},
    )


def _record(request_type, name, response_time, response, exception, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    SAMPLES.append([name, round(response_time, 2), status, exception is None])
    if exception is not None and len(ERRORS) < 20:
        ERRORS.append(f"{name}: {exception}")


def run(plan):
    PLAN.update(plan)
    random.seed(plan["seed"])
    env = Environment(user_classes=[Visitor, Parent], host=plan["host"])
    env.events.request.add_listener(_record)
    runner = env.create_local_runner()
    users = {}
    env.events.spawning_complete.add_listener(
        lambda user_count, **kwargs: users.update(runner.user_classes_count)
    )
    started = time.perf_counter()
    runner.start(plan["users"], spawn_rate=plan["spawn_rate"])
    gevent.spawn_later(plan["seconds"], runner.quit)
    runner.greenlet.join()
    elapsed = time.perf_counter() - started
    return {
        "elapsed": elapsed,
        "users": users,
        "samples": SAMPLES,
        "outcomes": OUTCOMES,
        "errors": ERRORS,
        # A task that raised (the client's own fault, not a request's): message and
        # where, each once with its count.
        "exceptions": [
            f"{row['count']} x {row['msg']}\n{row['traceback']}"
            for row in runner.exceptions.values()
        ],
    }


def main(argv):
    plan_path, result_path = argv
    with open(plan_path, encoding="utf-8") as file:
        plan = json.load(file)
    result = run(plan)
    with open(result_path, "w", encoding="utf-8") as file:
        json.dump(result, file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

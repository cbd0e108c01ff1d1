"""axe-core in the browser on every kind of page, at phone and desktop width: no
serious or critical violation of WCAG 2.1 A/AA. One test per role, signed in once,
walking its pages (some in Polish or Czech) and their error and result states; the
failure lists rule, impact, elements and help link for every page at once. The
pages are those of the `world` fixture (tests/e2e/world.py)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import address

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
BLOCKING = {"serious", "critical"}
AXE = Axe()
# axe lets an aria-describedby pass while one of its ids exists; a field whose error
# message has another id than the one it points to is silent all the same.
MISSING_IDS = """() => [...document.querySelectorAll(
  "[aria-describedby], [aria-labelledby], [aria-controls], label[for]")].flatMap(el =>
  ["aria-describedby", "aria-labelledby", "aria-controls", "for"].flatMap(name =>
    (el.getAttribute(name) || "").split(/\\s+/).filter(id => id &&
      !document.getElementById(id)).map(id => `${el.outerHTML.split(">")[0]}> ${name}=${id}`)))
"""


def submit(page):
    """Send the page's main form as it stands (empty): its error summary has the
    focus."""
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()
    expect(page.locator("[data-error-summary]")).to_be_focused()


def open_all(page):
    """Every <details> open, so that the hidden half is checked too."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


def has_results(page):
    count = page.locator("[data-result-count]").get_attribute("data-result-count")
    assert int(count) > 0
    open_all(page)


def no_results(page):
    results = page.locator("[data-result-count]")
    expect(results).to_have_attribute("data-result-count", "0")


def filter_errors(page):
    expect(page.locator(".filters .alert--error")).to_be_visible()
    open_all(page)


def register_ola(page):
    page.get_by_label("Ola Nowak").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()


def mark_present(page):
    page.locator("[data-row] .roster-mark").first.click()
    expect(page.locator("[data-row] [aria-pressed=true]")).to_have_count(1)
    open_all(page)


def scanned(ticket):
    def scan(page):
        code = page.locator("#scan-code")
        code.fill(str(ticket))
        code.press("Enter")
        expect(page.locator("[data-scan-result]")).to_have_class(
            "scan-result scan-result--green scan-result--fresh"
        )
        page.wait_for_function("() => document.getAnimations().length === 0")
        code.fill("kein Ticket")
        code.press("Enter")
        expect(page.locator("[data-scan-result]")).to_have_class(
            "scan-result scan-result--red scan-result--fresh"
        )
        page.wait_for_function("() => document.getAnimations().length === 0")

    return scan


def pages_of(role, world):
    """(name, path, expected status, what to do before the check) per page."""
    if role == "anonymous":
        code, revoked = world["valid"].code, world["revoked"].code
        return [
            ("home", "/de/", 200, None),
            ("content page", "/de/barrierefreiheit/", 200, None),
            ("catalogue", "/de/kurse/", 200, has_results),
            ("catalogue, no results", "/cs/kurzy/?q=zzz&country=PL", 200, no_results),
            (
                "catalogue, bad filter",
                "/de/kurse/?age=alt&date_from=1.1.",
                200,
                filter_errors,
            ),
            ("catalogue dates", "/pl/kursy/?view=dates", 200, has_results),
            ("course", "/de/kurse/lego-roboter/", 200, None),
            ("course (pl)", "/pl/kursy/lego-roboter/", 200, None),
            ("class-visit programme", "/de/kurse/chemie-zum-anfassen/", 200, None),
            ("sign-in", "/de/accounts/login/", 200, None),
            ("sign-in with errors", "/pl/accounts/login/", 200, submit),
            ("sign-up", "/cs/accounts/signup/", 200, None),
            ("sign-up with errors", "/de/accounts/signup/", 200, submit),
            ("password reset", "/de/accounts/password/reset/", 200, None),
            ("verify form", address("de", "certificates:verify_form"), 200, None),
            ("verify valid", address("cs", "certificates:verify", code), 200, None),
            (
                "verify revoked",
                address("de", "certificates:verify", revoked),
                200,
                None,
            ),
            (
                "verify unknown",
                address("pl", "certificates:verify", "A" * 26),
                404,
                None,
            ),
            ("404", "/de/gibt-es-nicht/", 404, None),
        ]
    if role == "parent":
        event = world["event"].pk
        return [
            ("account", address("pl", "people:account"), 200, None),
            ("profile", address("pl", "people:profile"), 200, None),
            ("people", address("pl", "people:participants"), 200, None),
            ("person form", address("pl", "people:participant_add"), 200, None),
            (
                "person form with errors",
                address("de", "people:participant_add"),
                200,
                submit,
            ),
            ("registration", address("de", "events:register", event), 200, None),
            (
                "registration with error",
                address("pl", "events:register", event),
                200,
                submit,
            ),
            (
                "registered",
                address("de", "events:register", event),
                200,
                register_ola,
            ),
            ("my registrations", address("pl", "events:my_registrations"), 200, None),
            ("my certificates", address("pl", "certificates:mine"), 200, None),
            ("e-mail addresses", "/de/accounts/email/", 200, None),
            ("password change", "/de/accounts/password/change/", 200, None),
            ("delete account", address("cs", "people:delete_account"), 200, None),
        ]
    if role == "teacher":
        month = f"{timezone.localtime(world['slot'].starts_at):%Y-%m}"
        book = address("de", "events:book_class_visit", world["slot"].pk)
        return [
            (
                "class-visit finder",
                f"{address('de', 'events:class_visit_finder')}?grade=7",
                200,
                None,
            ),
            (
                "class-visit finder by date",
                f"{address('pl', 'events:class_visit_finder')}?group=date",
                200,
                None,
            ),
            (
                "class-visit calendar",
                f"{address('cs', 'events:class_visit_finder')}?view=calendar&month={month}",
                200,
                None,
            ),
            ("booking form", book, 200, None),
            ("booking form with errors", book, 200, submit),
            ("my class visits", address("de", "events:class_visits"), 200, None),
            (
                "class visit",
                address("pl", "events:class_visit", world["booking"].pk),
                200,
                None,
            ),
            ("schools", address("de", "people:schools"), 200, None),
            (
                "school form with errors",
                address("de", "people:school_add"),
                200,
                submit,
            ),
        ]
    if role == "instructor":
        pk = world["session"].pk
        return [
            ("my sessions", address("de", "events:my_sessions"), 200, None),
            ("roster", address("pl", "events:roster", pk), 200, open_all),
            (
                "roster, one marked",
                address("de", "events:roster", pk),
                200,
                mark_present,
            ),
            ("walk-in", address("de", "events:walk_in", pk), 200, None),
            ("scan", address("cs", "events:scan", pk), 200, None),
            (
                "scan results",
                address("de", "events:scan", pk),
                200,
                scanned(world["tickets"][1]),
            ),
        ]
    if role == "coordinator":
        year = timezone.localdate().year
        report = f"/admin/figures/?first_day={year}-01-01&last_day={year}-12-31"
        return [
            ("dashboard with this year's figures", "/admin/", 200, None),
            ("figures", report, 200, None),
            ("figures, bad selection", "/admin/figures/?first_day=1.1.", 200, None),
            (
                "figures, a future period",
                f"/admin/figures/?first_day={year + 2}-01-01&last_day={year + 2}-12-31",
                200,
                None,
            ),
        ]
    raise AssertionError(role)


def sign_in(page, base, email):
    page.goto(f"{base}/de/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "demo-password")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}{address('de', 'people:account')}")


def violations(page, name):
    """Serious and critical violations on the page as it is, at both widths."""
    found = [
        f"{name} missing-id (serious): points to no element\n      {reference}"
        for reference in page.evaluate(MISSING_IDS)
    ]
    for width, (x, y) in WIDTHS.items():
        page.set_viewport_size({"width": x, "height": y})
        results = AXE.run(page, options=AXE_OPTIONS)
        for violation in results.response["violations"]:
            if violation["impact"] not in BLOCKING:
                continue
            targets = "\n".join(
                f"      {' '.join(node['target'])}: {node['html'][:160]}"
                for node in violation["nodes"][:8]
            )
            found.append(
                f"{name} [{width}] {violation['id']} ({violation['impact']}): "
                f"{violation['help']}\n{targets}\n      {violation['helpUrl']}"
            )
    return found


@pytest.mark.parametrize(
    "role", ["anonymous", "parent", "teacher", "instructor", "coordinator"]
)
def test_no_serious_accessibility_violations(live_server, page, world, role):
    base = live_server.url
    if role != "anonymous":
        sign_in(page, base, world[role].email)
    found = []
    for name, path, status, action in pages_of(role, world):
        response = page.goto(base + path)
        assert response.status == status, f"{name}: {path} answered {response.status}"
        if action:
            action(page)
        found += violations(page, f"{name} ({page.url.removeprefix(base)})")
    assert not found, "axe found serious or critical violations:\n" + "\n".join(found)


def test_the_check_finds_what_it_should(page):
    """A page with a nameless button, an image without text and pale text fails."""
    page.set_content(
        '<html lang="de"><body><main><h1>Test</h1><button></button><img src="x.png">'
        '<p style="color:#bbb">blass</p></main></body></html>'
    )
    found = "\n".join(violations(page, "broken"))
    for rule in ("button-name", "image-alt", "color-contrast"):
        assert f"] {rule} (" in found

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from courses.models import CourseIndexPage
from mint.models import HomePage

from .factories import CourseIndexPageFactory, HomePageFactory

TRANSLATED_SLUGS = {"pl": "kursy", "cs": "kurzy", "en": "courses"}

# The slow suites: real browsers, servers, dumps and races. `make test` runs them apart
# from the rest, `make test-fast` leaves them out.
SLOW = (
    "tests/e2e/",
    "tests/events/test_booking_race.py",
    "tests/events/test_demo_data.py",
    "tests/events/test_visit_race.py",
    "tests/mint/test_backup.py",
    "tests/mint/test_database_restart.py",
    "tests/mint/test_deploy.py",
    "tests/mint/test_load.py",
    "tests/mint/test_lock_timeout.py",
    "tests/mint/test_mail_outage.py",
    "tests/mint/test_shared_rate_limits.py",
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.startswith(SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _staff_mfa(request, settings):
    """Staff need an authenticator app for the admin (MINT_STAFF_MFA_REQUIRED, on in
    mint.settings.test as in production). Tests about something else sign staff in
    without one; tests marked `staff_mfa` keep the rule."""
    if request.node.get_closest_marker("staff_mfa") is None:
        settings.MINT_STAFF_MFA_REQUIRED = False


@pytest.fixture(autouse=True)
def _outbox(settings):
    """Mail goes through the outbox (mint.outbox) as in production, delivered into
    django.core.mail.outbox (MINT_DELIVERY_EMAIL_BACKEND in mint.settings.test): Django's
    test setup had made locmem the EMAIL_BACKEND itself."""
    settings.EMAIL_BACKEND = "mint.outbox.EmailBackend"


@pytest.fixture(scope="session", autouse=True)
def _no_reference_index():
    """Wagtail's reference index ("usage" in the admin) is not kept up to date on save:
    no test reads it, and updating it took about a sixth of a page's creation."""
    with disable_reference_index_auto_update():
        yield


@pytest.fixture
def search_index(settings):
    """Pages and snippets saved from now on are indexed for search, as in production
    (mint.settings.test turns it off for the tests that do not search)."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": True}}


@pytest.fixture(autouse=True)
def _reset_language():
    """Each test starts in German, whatever the one before switched to."""
    translation.activate("de")
    yield
    translation.activate("de")


def _page_tree_root():
    """Wagtail's locales and root page, which its migrations create. A transactional
    test flushes them; the next one finds them here again."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )
    return root


def _build_home_page():
    """A German home page as the default site's root, the welcome page gone."""
    root = _page_tree_root()
    Page.objects.filter(depth=2).delete()  # the welcome page, and its Site with it
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="MINT"
    )
    return home


def _build_catalogue(home):
    """The German catalogue at /de/kurse/ with its pl, cs and en translations."""
    index = CourseIndexPageFactory(parent=home)
    for code, slug in TRANSLATED_SLUGS.items():
        locale = Locale.objects.get(language_code=code)
        home.copy_for_translation(locale).save_revision().publish()
        copy = index.copy_for_translation(locale)
        copy.slug = slug
        copy.title = slug.title()
        copy.save_revision().publish()
    return index


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The four-language page tree is built once, in the test database itself: every
    test runs in a transaction that is rolled back, so each finds it as it was.
    Transactional tests (browser, races) flush the database afterwards; they run last
    and `home_page`/`catalogue` build the tree again where it is gone."""
    with django_db_blocker.unblock():
        _build_catalogue(_build_home_page())
        # Servers started with the production settings (races, load, restarts) count
        # sign-ins in the database cache, whose table `migrate` makes only there.
        call_command("createcachetable", settings.MINT_SHARED_CACHE_TABLE)


@pytest.fixture
def home_page(db):
    """The German home page, the default site's root."""
    home = HomePage.objects.filter(locale__language_code="de").first()
    return home or _build_home_page()


@pytest.fixture
def catalogue(home_page):
    """The German catalogue at /de/kurse/ with its pl, cs and en translations."""
    index = CourseIndexPage.objects.filter(locale__language_code="de").first()
    return index or _build_catalogue(home_page)


def pytest_report_header(config):
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    if engine == "sqlite3":
        return "database: SQLite — PostgreSQL-only tests will be SKIPPED"
    return f"database: {engine}"

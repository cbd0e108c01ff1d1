import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from .factories import CourseIndexPageFactory, HomePageFactory

TRANSLATED_SLUGS = {"pl": "kursy", "cs": "kurzy", "en": "courses"}


@pytest.fixture(autouse=True)
def _staff_mfa(request, settings):
    """Staff need an authenticator app for the admin (MINT_STAFF_MFA_REQUIRED, on in
    mint.settings.test as in production). Tests about something else sign staff in
    without one; tests marked `staff_mfa` keep the rule."""
    if request.node.get_closest_marker("staff_mfa") is None:
        settings.MINT_STAFF_MFA_REQUIRED = False


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


@pytest.fixture
def home_page(db):
    """A German home page as the default site's root, the welcome page gone."""
    root = _page_tree_root()
    Page.objects.filter(depth=2).delete()  # the welcome page, and its Site with it
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="MINT"
    )
    return home


@pytest.fixture
def catalogue(home_page):
    """The German catalogue at /de/kurse/ with its pl, cs and en translations."""
    index = CourseIndexPageFactory(parent=home_page)
    for code, slug in TRANSLATED_SLUGS.items():
        locale = Locale.objects.get(language_code=code)
        home_page.copy_for_translation(locale).save_revision().publish()
        copy = index.copy_for_translation(locale)
        copy.slug = slug
        copy.title = slug.title()
        copy.save_revision().publish()
    return index


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    if engine == "sqlite3":
        return "database: SQLite — PostgreSQL-only tests will be SKIPPED"
    return f"database: {engine}"

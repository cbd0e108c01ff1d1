import pytest
from django.urls import NoReverseMatch, reverse

from ..factories import ParticipantFactory, UserFactory


@pytest.fixture(autouse=True)
def _account_urls(settings):
    """Use the site's URLs; add the account area only if mint/urls.py lacks it."""
    try:
        reverse("people:account")
    except NoReverseMatch:
        settings.ROOT_URLCONF = "tests.people.urls"


@pytest.fixture
def user(db):
    return UserFactory(first_name="Anna", last_name="Muster")


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def child(user):
    return ParticipantFactory(guardian=user, first_name="Ben")


@pytest.fixture
def strangers_child(other_user):
    return ParticipantFactory(guardian=other_user, first_name="Fremd")

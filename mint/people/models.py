"""People: accounts (e-mail login) and the participants they look after."""

import datetime
import secrets
import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account, identified by its e-mail address; no user names."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails and certificates are sent in this language."),
    )

    calendar_token = models.CharField(
        _("calendar token"),
        max_length=43,
        default=secrets.token_urlsafe,
        unique=True,
        editable=False,
        help_text=_("Secret part of the personal calendar feed's address."),
    )
    # Set when the holder was told that the unused account will be deleted; signing
    # in after it calls the deletion off (mint.people.dormancy).
    dormancy_warned_at = models.DateTimeField(
        _("told of deletion for disuse at"), null=True, blank=True, editable=False
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def dormancy_deletion_at(self):
        """When the unused account goes unless its holder signs in (None: no plan)."""
        if self.dormancy_warned_at is None:
            return None
        grace = datetime.timedelta(days=settings.MINT_DORMANT_GRACE_DAYS)
        return self.dormancy_warned_at + grace


def age_on(birth_date: datetime.date, day: datetime.date) -> int:
    """Completed years on `day` (a 29 February birthday counts from 1 March)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


# The consent texts; bump a version when its wording changes.
GUARDIAN_CONSENT_VERSION = "2026-11"
GUARDIAN_CONSENT_TEXT = _(
    "I am the parent or legal guardian of this child and agree that the data given here "
    "is stored to register the child for courses, as described in the privacy policy."
)
PHOTO_CONSENT_VERSION = "2026-12"
PHOTO_CONSENT_TEXT = _(
    "Photos in which this person can be recognised may be published."
)


class ParticipantQuerySet(models.QuerySet):
    def for_user(self, user):
        """The participants this account may see and register."""
        if user is None or not user.is_authenticated:
            return self.none()
        shared = Participant.co_guardians.through.objects.filter(user=user)
        return self.filter(
            models.Q(guardian=user) | models.Q(pk__in=shared.values("participant"))
        )

    def owned_by(self, user):
        """The participants this account added: only it may share or remove them."""
        return self.for_user(user).filter(guardian=user)


class Participant(models.Model):
    """A person who attends: the account holder or someone in their care."""

    class Gender(models.TextChoices):
        FEMALE = "female", _("female")
        MALE = "male", _("male")
        DIVERSE = "diverse", _("diverse")
        NOT_STATED = "not_stated", _("prefer not to say")

    class HomeCountry(models.TextChoices):
        DE = "DE", _("Germany")
        PL = "PL", _("Poland")
        CZ = "CZ", _("Czechia")
        OTHER = "other", _("another country")

    guardian = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("account"),
    )
    # A random key, copied onto each registration: the funder's figures count people
    # (and who came back) by it, and it says nothing once the person is gone.
    pseudonym = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    birth_date = models.DateField(_("date of birth"))
    is_account_holder = models.BooleanField(
        _("this is me"), default=False, help_text=_("The account holder takes part.")
    )
    gender = models.CharField(
        _("gender (optional)"),
        max_length=12,
        choices=Gender,
        blank=True,
        help_text=_("Only used, anonymously, for the funder's statistics."),
    )
    home_country = models.CharField(
        _("country of residence (optional)"),
        max_length=5,
        choices=HomeCountry,
        blank=True,
    )
    home_municipality = models.CharField(
        _("town or municipality (optional)"), max_length=120, blank=True
    )
    notes_for_instructor = models.TextField(
        _("notes for the instructor"),
        blank=True,
        help_text=_(
            "For example allergies or help needed. Only the instructors and staff "
            "of the events this person is registered for can read this."
        ),
    )
    photo_consent = models.BooleanField(
        _("photos allowed"), default=False, help_text=PHOTO_CONSENT_TEXT
    )
    co_guardians = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="shared_participants",
        verbose_name=_("other parents or guardians"),
        help_text=_("Accounts that share this person: they see and register them too."),
    )
    guardian_consent_at = models.DateTimeField(
        _("guardian consent given"), null=True, blank=True
    )
    guardian_consent_version = models.CharField(
        _("version of the consent text"), max_length=20, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["first_name", "last_name", "pk"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def guardians(self) -> list:
        """Every account that looks after this person, the owner first."""
        return [self.guardian, *self.co_guardians.all()]

    def is_shared_by(self, user) -> bool:
        """`user` looks after this person through an invitation, not as the owner."""
        return self.guardian_id != user.pk

    def has_a_seat_coming(self) -> bool:
        """A confirmed place on a date that has not ended: only then are notes for
        the instructor asked (read through the reverse relation; people never
        import events)."""
        return (
            self.pk is not None
            and self.registrations.filter(
                status="confirmed", event__ends_at__gt=timezone.now()
            ).exists()
        )


class Consent(models.Model):
    """A consent given or withdrawn, with the words shown and their version: what the
    privacy policy promises to be able to show (GDPR Art. 7). Rows are only added;
    they go with the person."""

    class Kind(models.TextChoices):
        GUARDIAN = "guardian", _("consent of a parent or guardian")
        PHOTOS = "photos", _("photos allowed")

    VERSIONS = {
        Kind.GUARDIAN: GUARDIAN_CONSENT_VERSION,
        Kind.PHOTOS: PHOTO_CONSENT_VERSION,
    }
    TEXTS = {Kind.GUARDIAN: GUARDIAN_CONSENT_TEXT, Kind.PHOTOS: PHOTO_CONSENT_TEXT}

    participant = models.ForeignKey(
        Participant,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("participant"),
    )
    kind = models.CharField(_("consent"), max_length=12, choices=Kind)
    given = models.BooleanField(_("given"))
    text = models.TextField(_("text shown"))
    version = models.CharField(_("version of the text"), max_length=20)
    language = models.CharField(_("language"), max_length=10)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["at", "pk"]

    @classmethod
    def record(cls, participant, kind, *, given, by):
        """Note a consent as the person saw it: the text in the active language."""
        return cls.objects.create(
            participant=participant,
            kind=kind,
            given=given,
            text=str(cls.TEXTS[kind]),
            version=cls.VERSIONS[kind],
            language=get_language() or settings.LANGUAGE_CODE,
            by=by,
        )


class GuardianInvitationQuerySet(models.QuerySet):
    def open(self):
        """Neither accepted nor expired."""
        cutoff = timezone.now() - GuardianInvitation.VALID_FOR
        return self.filter(accepted_at__isnull=True, created_at__gt=cutoff)

    def with_token(self, token: str):
        """The invitation a link's token was signed for, if the signature holds."""
        try:
            pk = signing.loads(token, salt=GuardianInvitation.TOKEN_SALT)
        except signing.BadSignature:
            return self.none()
        return self.filter(pk=pk)


class GuardianInvitation(models.Model):
    """An e-mailed offer to look after a participant together.

    The link carries the row's id signed with the site's secret key: nothing secret is
    stored, and a replaced invitation's link dies with its row."""

    VALID_FOR = datetime.timedelta(days=14)
    TOKEN_SALT = "mint.people.guardian-invitation"

    participant = models.ForeignKey(
        Participant,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("participant"),
    )
    email = models.EmailField(_("e-mail address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    objects = GuardianInvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation of a second guardian")
        verbose_name_plural = _("invitations of second guardians")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.participant} → {self.email}"

    @property
    def token(self) -> str:
        return signing.dumps(self.pk, salt=self.TOKEN_SALT)

    @property
    def expires_at(self):
        return self.created_at + self.VALID_FOR

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and timezone.now() < self.expires_at


class SchoolQuerySet(models.QuerySet):
    def for_user(self, user):
        """The schools this teacher's account books for."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(teacher=user)


class School(models.Model):
    """A school (or Kita) a teacher books class visits for; counted in the funder's
    figures by type and country."""

    class Type(models.TextChoices):
        KITA = "kita", _("Kita / pre-school")
        PRIMARY = "primary", _("Primary school")
        SECONDARY = "secondary", _("Secondary school")
        GRAMMAR = "grammar", _("Grammar school (Gymnasium)")
        SPECIAL = "special", _("Special needs school")
        VOCATIONAL = "vocational", _("Vocational school")
        OTHER = "other", _("Other")

    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="schools",
        verbose_name=_("teacher"),
    )
    # A random key, copied onto each class booking: the funder's figures count schools
    # by it, and it says nothing once the school's data are gone.
    pseudonym = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name of the school"), max_length=200)
    school_type = models.CharField(_("type of school"), max_length=12, choices=Type)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=12)
    town = models.CharField(_("town"), max_length=120)
    country = models.CharField(
        _("country"), max_length=5, choices=Participant.HomeCountry
    )
    school_number = models.CharField(
        _("official school number (optional)"), max_length=40, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SchoolQuerySet.as_manager()

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name", "pk"]

    def __str__(self):
        return f"{self.name}, {self.town}"

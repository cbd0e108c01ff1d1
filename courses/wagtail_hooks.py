from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AudienceLevel, Provider, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "icon", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class AudienceLevelViewSet(SnippetViewSet):
    model = AudienceLevel
    icon = "group"
    list_display = ["name", "slug", "age_min", "age_max", "locale"]
    list_filter = ["locale"]


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "doc-full-inverse"
    list_display = ["name", "town", "website", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class CatalogueGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "list-ul"
    menu_order = 200
    items = [TopicViewSet, AudienceLevelViewSet, ProviderViewSet]


register_snippet(CatalogueGroup)

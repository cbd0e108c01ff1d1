from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from mint.models import ContentPage, HomePage

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language, to this page's translation where there is one."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    query = request.GET.urlencode()
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:  # the same page, filters kept
            url = translations[code].get_url(request) + (f"?{query}" if query else "")
        elif isinstance(page, Page):  # not translated yet: that language's home
            url = _home_url(request, code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {"code": code, "name": name, "url": url, "active": code == current}
        )
    return links


@register.simple_tag(takes_context=True)
def home_url(context):
    return _home_url(context["request"], get_language())


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The content pages directly under the home page of the active language."""
    home = _home(context["request"], get_language())
    if home is None:
        return []
    return ContentPage.objects.child_of(home).live().public().order_by("path")


def _homes(request):
    """The site's home page in every language, looked up once per request."""
    if not hasattr(request, "_homes_by_language"):
        site = Site.find_for_request(request)
        homes = {}
        if site is not None:
            homes = {
                home.locale.language_code: home
                for home in HomePage.objects.filter(
                    translation_key=site.root_page.translation_key
                )
                .live()
                .select_related("locale")
            }
        request._homes_by_language = homes
    return request._homes_by_language


def _home(request, language_code):
    homes = _homes(request)
    return homes.get(language_code) or homes.get(settings.LANGUAGE_CODE)


def _home_url(request, language_code):
    home = _home(request, language_code)
    return home.get_url(request) if home else f"/{language_code}/"

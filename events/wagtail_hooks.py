from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .figures_admin import FiguresPanel, FiguresViewSet, can_see_figures
from .models import Venue
from .viewsets import AttendanceViewSet, ClassVisitsGroup, RegistrationsGroup


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "town", "country", "step_free", "locale"]
    list_filter = ["country", "step_free", "locale"]
    search_fields = ["name", "town"]


register_snippet(VenueViewSet)


@hooks.register("register_admin_viewset")
def register_registration_admin():
    """Events with their seats, and registrations: /admin/events/, /admin/registrations/."""
    return RegistrationsGroup()


@hooks.register("register_admin_viewset")
def register_class_visit_admin():
    """Class visits: the booking queue at /admin/class-visits/, the slot calendar,
    slots in bulk and the figures under /admin/class-visits/…/."""
    return ClassVisitsGroup()


@hooks.register("register_admin_viewset")
def register_attendance_admin():
    """Attendance of one event, from its overview: /admin/events/attendance/<id>/."""
    return AttendanceViewSet()


@hooks.register("register_admin_viewset")
def register_figures_admin():
    """The figures for the funder and their downloads: /admin/figures/."""
    return FiguresViewSet()


@hooks.register("construct_homepage_panels")
def add_figures_panel(request, panels):
    """This year's figures on the dashboard of those who may see them."""
    if can_see_figures(request.user):
        panels.append(FiguresPanel())

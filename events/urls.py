from django.urls import path

from mint.paths import route

from . import scan_views, teach_views, views, visit_views

app_name = "events"

urlpatterns = [
    path(route("events/<int:event_id>/register/"), views.register, name="register"),
    path(
        route("account/registrations/"), views.my_registrations, name="my_registrations"
    ),
    path(
        route("account/registrations/<int:registration_id>/cancel/"),
        views.cancel_registration,
        name="cancel",
    ),
    # Class visits: the slot finder, booking a slot, the teacher's bookings.
    path(route("class-visits/"), visit_views.finder, name="class_visit_finder"),
    path(
        route("class-visits/<int:event_id>/book/"),
        visit_views.book,
        name="book_class_visit",
    ),
    path(route("account/class-visits/"), visit_views.bookings, name="class_visits"),
    path(
        route("account/class-visits/<int:booking_id>/"),
        visit_views.booking_page,
        name="class_visit",
    ),
    path(
        route("account/class-visits/<int:booking_id>/numbers/"),
        visit_views.change_numbers,
        name="class_visit_numbers",
    ),
    path(
        route("account/class-visits/<int:booking_id>/cancel/"),
        visit_views.cancel,
        name="class_visit_cancel",
    ),
    path(
        route("account/class-visits/<int:booking_id>/answer/"),
        visit_views.answer_proposal,
        name="class_visit_answer",
    ),
    path(
        route("account/class-visits/<int:booking_id>/reminder/"),
        visit_views.reminder,
        name="class_visit_reminder",
    ),
    path(
        route("account/class-visits/<int:booking_id>/confirmation.pdf"),
        visit_views.confirmation,
        name="class_visit_confirmation",
    ),
    path(
        route("account/class-visits/<int:booking_id>/participation.pdf"),
        visit_views.participation,
        name="class_visit_participation",
    ),
    # Attendance: instructors' sessions, the roster, check-in by ticket code.
    path(route("teach/"), teach_views.my_sessions, name="my_sessions"),
    path(route("teach/sessions/<int:session_id>/"), teach_views.roster, name="roster"),
    path(route("teach/sessions/<int:session_id>/mark/"), teach_views.mark, name="mark"),
    path(
        route("teach/sessions/<int:session_id>/close/"),
        teach_views.close_session,
        name="close_session",
    ),
    path(
        route("teach/sessions/<int:session_id>/walk-in/"),
        teach_views.walk_in,
        name="walk_in",
    ),
    path(
        route("teach/sessions/<int:session_id>/class/<int:booking_id>/"),
        teach_views.group_presence,
        name="group_presence",
    ),
    path(route("teach/sessions/<int:session_id>/scan/"), scan_views.scan, name="scan"),
    path(
        route("teach/sessions/<int:session_id>/check-in/"),
        scan_views.check_in,
        name="check_in",
    ),
]

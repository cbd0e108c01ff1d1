from django.urls import path

from mint.paths import route

from . import views

app_name = "people"

urlpatterns = [
    path("", views.account, name="account"),
    path(route("profile/"), views.profile, name="profile"),
    path(route("my-data.json"), views.export_data, name="export_data"),
    path(route("delete/"), views.delete_account, name="delete_account"),
    path(
        route("calendar/new-address/"),
        views.rotate_calendar_token,
        name="rotate_calendar_token",
    ),
    path(route("people/"), views.participants, name="participants"),
    path(route("people/add/"), views.participant_add, name="participant_add"),
    path(route("people/<int:pk>/"), views.participant_edit, name="participant_edit"),
    path(
        route("people/<int:pk>/delete/"),
        views.participant_delete,
        name="participant_delete",
    ),
    path(
        route("people/<int:pk>/share/"),
        views.participant_share,
        name="participant_share",
    ),
    path(
        route("people/<int:pk>/share/<int:invitation_pk>/withdraw/"),
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path(
        route("people/<int:pk>/stop-sharing/"), views.stop_sharing, name="stop_sharing"
    ),
    path(route("invitations/<str:token>/"), views.invitation, name="invitation"),
]

# Schools a teacher books class visits for.
urlpatterns += [
    path(route("schools/"), views.schools, name="schools"),
    path(route("schools/add/"), views.school_add, name="school_add"),
    path(route("schools/<int:pk>/"), views.school_edit, name="school_edit"),
    path(route("schools/<int:pk>/delete/"), views.school_delete, name="school_delete"),
]

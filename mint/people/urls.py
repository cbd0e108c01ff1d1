from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("", views.account, name="account"),
    path("profile/", views.profile, name="profile"),
    path("my-data.json", views.export_data, name="export_data"),
    path("delete/", views.delete_account, name="delete_account"),
    path(
        "calendar/new-address/",
        views.rotate_calendar_token,
        name="rotate_calendar_token",
    ),
    path("people/", views.participants, name="participants"),
    path("people/add/", views.participant_add, name="participant_add"),
    path("people/<int:pk>/", views.participant_edit, name="participant_edit"),
    path(
        "people/<int:pk>/delete/",
        views.participant_delete,
        name="participant_delete",
    ),
    path("people/<int:pk>/share/", views.participant_share, name="participant_share"),
    path(
        "people/<int:pk>/share/<int:invitation_pk>/withdraw/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("people/<int:pk>/stop-sharing/", views.stop_sharing, name="stop_sharing"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
]

# Schools a teacher books class visits for.
urlpatterns += [
    path("schools/", views.schools, name="schools"),
    path("schools/add/", views.school_add, name="school_add"),
    path("schools/<int:pk>/", views.school_edit, name="school_edit"),
    path("schools/<int:pk>/delete/", views.school_delete, name="school_delete"),
]

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("events/<int:event_id>/register/", views.register, name="register"),
    path("account/registrations/", views.my_registrations, name="my_registrations"),
    path(
        "account/registrations/<int:registration_id>/cancel/",
        views.cancel_registration,
        name="cancel",
    ),
]

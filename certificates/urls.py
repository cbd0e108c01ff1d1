from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("certificates/verify/", views.verify_form, name="verify_form"),
    path("certificates/verify/<str:code>/", views.verify, name="verify"),
    path("account/certificates/", views.mine, name="mine"),
    path("account/certificates/<str:code>.pdf", views.download, name="download"),
]

from django.urls import path

from mint.paths import route

from . import views

app_name = "certificates"

urlpatterns = [
    path(route("certificates/verify/"), views.verify_form, name="verify_form"),
    path(route("certificates/verify/<str:code>/"), views.verify, name="verify"),
    path(route("account/certificates/"), views.mine, name="mine"),
    path(route("account/certificates/<str:code>.pdf"), views.download, name="download"),
]

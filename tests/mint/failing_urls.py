"""A URL that fails, for the 500 page test."""

from django.urls import path


def fail(request):
    raise RuntimeError("broken on purpose")


urlpatterns = [path("kaputt/", fail)]

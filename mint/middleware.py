from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths that live outside the
    language prefixes: an API client asking for a missing object gets a plain 404, not
    a redirect to an HTML page (Wagtail's catch-all makes every prefixed path look valid)."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            self.UNPREFIXED
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)

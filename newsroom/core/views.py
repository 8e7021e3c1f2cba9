from django.http import Http404
from django.shortcuts import render


class ReaderFacingHttp404(Http404):
    """A 404 whose message is written for the reader and is shown on the error page."""


def page_not_found(request, exception=None):
    message = str(exception) if isinstance(exception, ReaderFacingHttp404) else ""
    return render(request, "404.html", {"message": message}, status=404)

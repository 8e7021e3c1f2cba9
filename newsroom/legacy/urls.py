from django.urls import re_path

from . import views

urlpatterns = [
    re_path(
        r"^(?:[\w-]+/)+(?P<legacy_id>WCMS_\d+)/lang--(?P<language>[a-z]{2})/index\.htm$",
        views.legacy_item,
        name="legacy_item",
    ),
    re_path(
        r"^(?P<section>(?:[\w-]+/)+)lang--(?P<language>[a-z]{2})/"
        r"(?:nextRow--(?P<offset>\d{1,9})/)?index\.htm$",
        views.legacy_listing,
        name="legacy_listing",
    ),
]

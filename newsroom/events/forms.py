"""The editor's form for an event: an event cannot be published without its first day."""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.stories.forms import StoryPageForm

from .time_zones import time_zone_names


class EventPageForm(StoryPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first_day = self.fields.get("date_start")
        if first_day is not None:
            # Wagtail lifts this when a draft is saved: only publishing needs the date.
            first_day.required = True
            first_day.error_messages["required"] = _(
                "Give the first day of the event: readers are told when it takes place, and it "
                "is listed as upcoming until its last day."
            )
        zone = self.fields.get("time_zone")
        if zone is not None:
            zone.widget = forms.Select(choices=[(name, name) for name in time_zone_names()])

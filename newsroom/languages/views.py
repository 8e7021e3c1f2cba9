"""The translation report: every story in rows, every language in columns, and in each cell
whether the story is there and up to date (``status.py`` decides)."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage

from .status import STATE_LABELS, State, needing, source_stories, states
from .switcher import local_name

TRANSLATION_STATES = [State.MISSING, State.OUT_OF_DATE, State.DRAFT, State.UP_TO_DATE]


def _need_choices():
    """“Missing in Chinese”, “Out of date in Mongolian”…: one choice per language and state."""
    choices = []
    for code, name in settings.LANGUAGES:
        for state in TRANSLATION_STATES:
            label = _("%(state)s in %(language)s") % {
                "state": STATE_LABELS[state],
                "language": name,
            }
            choices.append((f"{code}:{state.value}", label))
    return choices


class TranslationReportFilterSet(WagtailFilterSet):
    need = django_filters.ChoiceFilter(
        label=_("Translation"),
        choices=_need_choices,
        method="filter_need",
        empty_label=_("Any state"),
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices)

    class Meta:
        model = StoryPage
        fields = ["kind"]

    def filter_need(self, queryset, name, value):
        code, _colon, state = value.partition(":")
        return needing(queryset, code, State(state))


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    results_template_name = "languages/translation_report_results.html"
    filterset_class = TranslationReportFilterSet
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    model = StoryPage
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    export_headings = {"title": _("Title"), "kind": _("Kind"), "locale": _("Source language")}
    list_export = ["title", "kind", "locale"]

    def get_queryset(self):
        return source_stories()

    def get_filename(self):
        return "translations"

    def decorate_paginated_queryset(self, object_list):
        stories = list(object_list)
        by_story = states(stories)
        for story in stories:
            story.language_states = by_story[story.pk]
        return stories

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [(code, local_name(code)) for code, _name in settings.LANGUAGES]
        return context

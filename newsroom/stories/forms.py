"""The editor's form for every story: its countries, topics and office are offered in the
story's own language only (one “China”, not one per language)."""

from wagtail.admin.forms import WagtailAdminPageForm

FILING_FIELDS = ("topics", "countries", "office")


class StoryPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        if locale_id is None:
            return
        for name in FILING_FIELDS:
            field = self.fields.get(name)
            if field is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)

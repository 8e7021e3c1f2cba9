from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StructuredDataConfig(AppConfig):
    name = "newsroom.structured_data"
    label = "structured_data"
    verbose_name = _("Structured data and social cards")

from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "newsroom.taxonomy"
    label = "taxonomy"

    def ready(self):
        from . import signal_handlers  # noqa: F401

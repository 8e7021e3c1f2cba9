from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "newsroom.search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from . import signal_handlers  # noqa: F401

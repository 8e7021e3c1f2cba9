from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"

    def ready(self):
        from . import signal_handlers  # noqa: F401

from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "newsroom.publications"
    label = "publications"

    def ready(self):
        from newsroom.stories.registry import register

        from .registration import PUBLICATIONS

        register(PUBLICATIONS)

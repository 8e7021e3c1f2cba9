from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "newsroom.publications"
    label = "publications"

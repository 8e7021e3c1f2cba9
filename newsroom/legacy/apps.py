from django.apps import AppConfig


class LegacyConfig(AppConfig):
    name = "newsroom.legacy"
    label = "legacy"

from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "newsroom.taxonomy"
    label = "taxonomy"

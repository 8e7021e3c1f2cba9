from django.apps import AppConfig


class CrawlingConfig(AppConfig):
    name = "newsroom.crawling"
    label = "crawling"
    verbose_name = "Sitemaps and robots.txt"

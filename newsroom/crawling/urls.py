"""Addresses at the root of the site, outside every language: what crawlers ask for first."""

from django.urls import path

from . import views

app_name = "crawling"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", views.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:section>.xml", views.sitemap_section, name="sitemap-section"),
]

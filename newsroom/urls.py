from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsroom.languages.prefixes import language_patterns
from newsroom.search.views import search_view

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("newsroom.crawling.urls")),
    path("", include("newsroom.legacy.urls")),
]

handler404 = "newsroom.core.views.page_not_found"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += language_patterns(
    path("search/", search_view, name="search"),
    path("", include(wagtail_urls)),
)

"""The header and footer of every page: the site's name, the main menu, the footer links."""

from django import template

from newsroom.home.navigation import footer_links, main_menu

register = template.Library()


@register.inclusion_tag("components/header.html", takes_context=True)
def site_header(context):
    request = context.get("request")
    home, items = main_menu(request, context.get("page")) if request else (None, [])
    return {
        "request": request,
        "page": context.get("page"),
        "settings": context.get("settings"),
        "home": home,
        "menu": items,
        # The results page keeps the reader's search in the box.
        "search_text": getattr(context.get("query"), "text", ""),
        # A view that is not a page gives the language switcher its own addresses.
        "alternates": context.get("alternates"),
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    return {
        "settings": context.get("settings"),
        "links": footer_links(request) if request else [],
    }

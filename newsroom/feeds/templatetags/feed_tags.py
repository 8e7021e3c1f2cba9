from django import template

from newsroom.feeds.links import feeds_of

register = template.Library()


@register.inclusion_tag("components/feed_autodiscovery.html", takes_context=True)
def feed_autodiscovery(context):
    """``<link rel="alternate">`` for each feed of the page, for feed readers to find."""
    name, links = feeds_of(context)
    request = context.get("request")
    return {
        "name": name,
        "links": [(link, request.build_absolute_uri(link.url)) for link in links],
    }


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def feed_links(context):
    """The visible links to the page's feeds, under its list."""
    name, links = feeds_of(context)
    return {"name": name, "links": links}

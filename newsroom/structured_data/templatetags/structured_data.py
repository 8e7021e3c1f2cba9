"""The page head's description of the page for search engines and social sites:
``{% canonical_link %}``, ``{% social_cards %}`` and ``{% structured_data %}``."""

from django import template
from django.template import Context

from newsroom.structured_data import schema, social
from newsroom.structured_data.facts import facts_for

register = template.Library()


@register.inclusion_tag("components/canonical_link.html", takes_context=True)
def canonical_link(context: Context) -> dict:
    """The page's own address as ``<link rel="canonical">``; none where no page is served."""
    facts = facts_for(context)
    return {"url": facts.url if facts else ""}


@register.inclusion_tag("components/social_cards.html", takes_context=True)
def social_cards(context: Context) -> dict:
    """The Open Graph and Twitter card tags of the page; none where no page is served."""
    facts = facts_for(context)
    if facts is None:
        return {"tags": []}
    tags = [("property", name, value) for name, value in social.open_graph(facts)]
    tags += [("name", name, value) for name, value in social.twitter_card(facts)]
    return {"tags": tags}


@register.inclusion_tag("components/structured_data.html", takes_context=True)
def structured_data(context: Context) -> dict:
    """The story's schema.org description as a JSON-LD script; nothing for other pages."""
    facts = facts_for(context)
    data = schema.for_page(context["request"], facts) if facts else None
    return {"json": schema.script_json(data) if data else ""}

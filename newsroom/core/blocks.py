"""Blocks for the body of stories."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("Its credit is shown under it."))
    caption = blocks.CharBlock(required=False, help_text=_("Shown under the picture."))

    class Meta:
        icon = "image"
        template = "components/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, help_text=_("Who said it."))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"]
    )
    heading = blocks.CharBlock(form_classname="title", template="components/blocks/heading.html")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(help_text=_("A video or post address, e.g. a YouTube link."))

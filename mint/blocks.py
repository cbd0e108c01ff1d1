from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class FactBlock(blocks.StructBlock):
    """A short highlighted box: what to bring, good to know."""

    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"], label=_("Text")
    )

    class Meta:
        icon = "info-circle"
        label = _("Info box")
        template = "blocks/fact_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    fact = FactBlock()

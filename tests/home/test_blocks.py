import pytest
from wagtail.blocks import StructBlockValidationError

from home.blocks import BarChartBlock, LinkBlock, VideoBlock, parse_video_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://youtu.be/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://vimeo.com/123456", ("vimeo", "123456")),
        ("https://example.com/video.mp4", (None, None)),
    ],
)
def test_video_addresses_are_recognised(url, expected):
    assert parse_video_url(url) == expected


def test_video_block_rejects_other_hosts():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://evil.example/x", "title": "X", "transcript": ""}))


def test_video_loads_nothing_from_the_host_until_asked():
    block = VideoBlock()
    html = block.render(block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Lombardy", "transcript": ""}))
    assert "<iframe" not in html
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html


def test_link_block_needs_a_page_or_an_address():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": ""}))


def test_bar_chart_scales_bars_to_the_largest_value_and_keeps_a_table():
    block = BarChartBlock()
    html = block.render(
        block.to_python(
            {
                "title": "Projects",
                "unit": "",
                "source": "",
                "rows": [{"label": "2022", "value": 107}, {"label": "2023", "value": 90}],
            }
        )
    )
    assert "bar-w-100" in html
    assert "bar-w-84" in html  # 90 / 107
    assert '<th scope="row">2023</th><td>90</td>' in html


def test_text_typed_by_editors_is_escaped():
    block = VideoBlock()
    html = block.render(
        block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "<script>alert(1)</script>", "transcript": ""})
    )
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def project_blocks():
    """Every block an editor can pick in the project's StreamFields, and every block class the project defines."""
    from django.apps import apps
    from wagtail.blocks import ListBlock
    from wagtail.fields import StreamField

    found = {}

    def walk(block, pickable):
        if pickable or not type(block).__module__.startswith("wagtail"):
            found.setdefault(block.definition_prefix, block)
        if isinstance(block, ListBlock):
            walk(block.child_block, False)
        for child in getattr(block, "child_blocks", {}).values():
            # The children of a stream are what editors pick; those of a struct are its fields.
            walk(child, pickable=hasattr(block, "sorted_child_blocks"))

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                walk(field.stream_block, False)
    return list(found.values())


BLOCKS = project_blocks()


def block_name(block):
    return f"{type(block).__module__}.{type(block).__name__}:{block.name}"


def test_the_walk_finds_the_blocks_of_every_app():
    modules = {type(block).__module__ for block in BLOCKS}
    assert {"home.blocks", "sectors.blocks", "territories.blocks", "opportunities.models"} <= modules
    assert len(BLOCKS) >= 22


@pytest.mark.parametrize("block", BLOCKS, ids=block_name)
def test_every_block_has_an_icon_a_description_and_a_preview(block):
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert str(block.get_description()).strip()
    assert block.meta.preview_value is not None  # chosen for the block, not its empty default


@pytest.mark.django_db
@pytest.mark.parametrize("block", BLOCKS, ids=block_name)
def test_wagtails_block_preview_renders_every_block(admin_client, home_site, block):
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    assert b"<html" in response.content


@pytest.mark.django_db
def test_the_contact_form_preview_shows_the_form_though_no_contact_page_is_chosen(admin_client, home_site):
    block = next(block for block in BLOCKS if type(block).__name__ == "ContactFormBlock")
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    html = response.content.decode()
    assert "Tell us about your project" in html
    assert 'action="#"' in html  # a sample to look at, never sent
    assert 'name="email"' in html

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

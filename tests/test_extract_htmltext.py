"""HTML to plain text: lines break at block elements only; comments, scripts and entities."""

from bantin_extract.htmltext import html_to_text


def test_html_breaks_lines_at_block_elements_only():
    html = (
        "<h2>Tin</h2>\n<p>Đồng chí <strong>Lò Văn Pá</strong>, <em>Bí thư</em>\n"
        'Chi bộ <a href="/a?b>c">bản Mường</a>, phát biểu.<br>Dòng sau</p>'
        "<figure><img src='a.jpg' alt='ảnh'><figcaption>Ảnh:&nbsp;Thu Hà</figcaption></figure>"
        "<ul><li>Một</li><li>Hai</li></ul><table><tr><td>A</td><td>B</td></tr></table>"
    )
    assert html_to_text(html).split("\n") == [
        "Tin",
        "Đồng chí Lò Văn Pá, Bí thư Chi bộ bản Mường, phát biểu.",
        "Dòng sau",
        "Ảnh:\xa0Thu Hà",
        "Một",
        "Hai",
        "A",
        "B",
    ]


def test_html_comments_scripts_and_entities():
    html = (
        '<p>5 &lt; 7 &amp; 8</p><!-- <p>ẩn</p> --><script>x = "<p>ẩn</p>"</script><pre>a\nb</pre>'
    )
    assert html_to_text(html) == "5 < 7 & 8\na\nb"


def test_html_white_space_runs_and_tag_case():
    # Tabs, carriage returns and form feeds inside a paragraph are spaces, as line breaks are;
    # spaces before them stay. Tag names are case-blind; "</br>" is no line break.
    html = "<P>Chi bộ \r\n\tbản Mường\fhọp</P><DIV>Sáng</br>nay<BR/>Chiều</div>"
    assert html_to_text(html).split("\n") == ["Chi bộ  bản Mường họp", "Sángnay", "Chiều"]

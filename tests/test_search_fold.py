"""bantin_search.fold: đ-words are repeated with d inside the indexed body only."""

from bs4 import BeautifulSoup

from bantin_search.fold import fold_d, with_folded_words

PAGE = (
    "<html><body><nav>Đảng ủy</nav><main><div class='article-body' data-pagefind-body>"
    "<div><p>Kết nạp <b>đảng viên</b> Đỗ Đức</p></div><div>xong</div></div>"
    "<aside>Đoàn</aside></main></body></html>"
)


def test_fold_d_changes_only_d_with_stroke():
    assert fold_d("Đỗ Đức đảng viên ủy") == "Dỗ Dức dảng viên ủy"


def test_folded_words_land_hidden_at_the_end_of_the_indexed_body():
    soup = BeautifulSoup(with_folded_words(PAGE), "html.parser")
    body = soup.find(attrs={"data-pagefind-body": True})
    hidden = body.find_all(recursive=False)[-1]
    assert hidden.has_attr("hidden")
    assert hidden.get_text() == "dảng Dỗ Dức"
    # Navigation and sidebars are outside the body and must not be repeated.
    assert soup.nav.get_text() == "Đảng ủy" and soup.aside.get_text() == "Đoàn"


def test_pages_without_an_indexed_body_are_left_out():
    assert with_folded_words("<html><body><p>Đảng</p></body></html>") is None
    plain = "<div data-pagefind-body>không có chữ đ hoa</div>"
    assert with_folded_words(plain).count("hidden") == 1
    assert (
        with_folded_words("<div data-pagefind-body>abc</div>")
        == "<div data-pagefind-body>abc</div>"
    )

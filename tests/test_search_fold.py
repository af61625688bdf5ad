"""bantin_search.fold: đ-words get a d-twin inside the indexed body only."""

from bs4 import BeautifulSoup

from bantin_search.fold import fold_d, with_folded_words

PAGE = (
    "<html><body><nav>Đảng ủy</nav><main><div class='article-body' data-pagefind-body>"
    "<div><p>Kết nạp <b>đảng viên</b>, Đỗ Đức.</p></div><div><a href='/dang/đi'>xong</a></div>"
    "</div><aside>Đoàn</aside></main></body></html>"
)


def test_fold_d_changes_only_d_with_stroke():
    assert fold_d("Đỗ Đức đảng viên ủy") == "Dỗ Dức dảng viên ủy"


def test_each_d_word_is_followed_by_its_twin_in_the_indexed_body_only():
    soup = BeautifulSoup(with_folded_words(PAGE), "html.parser")
    body = soup.find(attrs={"data-pagefind-body": True})
    assert body.p.get_text() == "Kết nạp đảng dảng viên, Đỗ Dỗ Đức Dức."
    assert body.a["href"] == "/dang/đi"  # tags are not text
    # Navigation and sidebars are outside the body and stay as they are.
    assert soup.nav.get_text() == "Đảng ủy" and soup.aside.get_text() == "Đoàn"


def test_pages_without_an_indexed_body_are_left_out():
    assert with_folded_words("<html><body><p>Đảng</p></body></html>") is None
    plain = "<div data-pagefind-body>abc</div>"
    assert with_folded_words(plain) == plain

from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply, text_doc
from threadclean.model import Removed


def test_discuz_posts_authors_dates():
    doc = html_doc("discuz_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("discuz", "thread", "阳台种番茄总是落花怎么办")
    # the ad block (id post_ad_1) is not a post
    assert authors_and_ids(doc) == [("小番茄", "60101"), ("老园丁", "60105"), ("小番茄", "60112")]
    assert [p.posted_at_raw for p in doc.posts] == ["2023-6-18 09:12:40", "2023-6-18 10:30:05", "2023-6-19 18:01:27"]
    assert doc.posts[0].posted_at == datetime(2023, 6, 18, 9, 12, 40, tzinfo=UTC)
    assert doc.posts[0].parts == ["番茄开了很多花，但是几乎都掉了。\n\n每天浇一次水，阳台朝南。"]


def test_discuz_quote_headers_name_author_date_and_post():
    doc = html_doc("discuz_topic.html")
    assert reply(doc.posts[1]) == (
        ("小番茄", "每天浇一次水，阳台朝南。", "60101", 1),
        "温度太高会落花，中午要遮阴。")
    assert doc.posts[1].quotes[0].quoted_when_raw == "2023-6-18 09:12"
    assert nested_reply(doc.posts[2]) == (
        ("老园丁", "温度太高会落花，中午要遮阴。", "60105", 1),
        [("小番茄", "每天浇一次水，阳台朝南。", "60101", 2)],
        "遮阴以后新开的花都坐果了，谢谢！")
    assert doc.removed.count(Removed("种菜是最好的减压方式", "signature")) == 2
    assert Removed("本帖最后由 老园丁 于 2023-6-18 10:35 编辑", "editor") in doc.removed
    assert chrome_left(doc, ("发表于", "本帖最后由", "只看该作者", "评分", "下一页", "有机肥料", "种菜是")) == []


def test_discuz_text_dump():
    doc = text_doc("discuz_topic.txt")
    assert doc.engine == "discuz"
    # the author is on the post's date line "X 发表于 date |只看该作者"; a quote header lacks the link
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("小番茄", "2023-6-18 09:12:40"), ("老园丁", "2023-6-18 10:30:05"), ("小番茄", "2023-6-19 18:01:27")]
    assert reply(doc.posts[1]) == (("小番茄", "每天浇一次水，阳台朝南。", None, 1), "温度太高会落花，中午要遮阴。\n三十年种菜经验")
    assert nested_reply(doc.posts[2]) == (
        ("老园丁", "温度太高会落花，中午要遮阴。", None, 1),
        [("小番茄", "每天浇一次水，阳台朝南。", None, 2)],
        "遮阴以后新开的花都坐果了，谢谢！")
    # the signature the author repeats under both posts, as the HTML path finds it
    assert doc.removed.count(Removed("种菜是最好的减压方式", "signature")) == 2
    assert doc.posts[0].parts[0].startswith("番茄开了很多花，但是几乎都掉了。\n\n每天浇一次水，阳台朝南。")
    assert chrome_left(doc, ("发表于", "本帖最后由", "只看该作者", "评分", "参与人数", "下一页", "有机肥料", "楼主",
                             "2#", "Powered by")) == []

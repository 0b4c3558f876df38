"""Per-engine selectors: one `EngineSpec` per forum engine, in detection priority order.

Selectors follow each engine's default templates (and common theme variants); see the field language in
`threadclean.html.spec`. Post ids are required wherever the engine always prints them: that is what tells a
real post from an ad or a pagination block styled like one.
"""

from __future__ import annotations

from threadclean.html.spec import EngineSpec, QuoteSpec

XENFORO = EngineSpec(
    name="xenforo",
    fingerprints=('id="XF"', "data-xf-init=", "message--post", "MessageCard", 'id="XenForo"', 'id="messageList"'),
    post="article.message--post, div.MessageCard, li.message",
    post_id_pattern=r"post-(\d+)",
    author=("@data-author", ".message-name .username", ".MessageCard__user-info__name", "meta[itemprop=name]@content",
            ".messageUserInfo .username"),
    # VerticalScope's cards print the thread's "last post by X <time>" above the first post's own date; XenForo 1
    # prints dates older than a week as <span class="DateTime" title="May 26, 2025 at 11:12 PM">
    date=(".message-attribution-main time@datetime", ".MessageCard__date-created time@datetime", "time.u-dt@datetime",
          "abbr.DateTime@data-time", "meta[itemprop=datePublished]@content", ".datePermalink span.DateTime@title"),
    date_text=(".message-attribution-main time", ".MessageCard__date-created time", "time.u-dt",
               ".messageMeta .DateTime", ".datePermalink .DateTime"),
    body=(".message-body .bbWrapper", ".message-body", ".messageText", ".message-userContent"),
    quotes=(
        QuoteSpec(block="blockquote.bbCodeBlock--quote", author=("@data-quote",), title=".bbCodeBlock-title",
                  content=".bbCodeBlock-expandContent", source="@data-source", chrome=".bbCodeBlock-expandLink"),
        # XenForo 2.0: a <div> block, the name only in its title ("X said:"), the source in the title's jump link
        QuoteSpec(block="div.bbCodeBlock--quote", title=".bbCodeBlock-title", content=".bbCodeBlock-expandContent",
                  source=".bbCodeBlock-sourceJump@data-content-selector", source_pattern=r"post-(\d+)",
                  chrome=".bbCodeBlock-expandLink"),
        QuoteSpec(block="div.bbCodeQuote", author=("@data-author",), title=".attribution", content=".quote",
                  source=".attribution a@href", source_pattern=r"post-(\d+)", chrome=".quoteExpand"),
    ),
    chrome=((".js-selectToQuoteEnd, .message-lastEdit, .editDate", "editor"),
            (".samCodeUnit, .samBannerUnit, .samUnitWrapper", "ad"),
            (".bbCodeSpoiler-button", "editor"),
            # link previews (unfurl cards) show the linked page, not the poster's words
            (".bbCodeBlock--unfurl", "media"),
            # the small italic "View: <url>" link printed under an embedded video or post (s9e media embeds)
            (", ".join(f"{embed} + {gap}i:has(> span > a)" for embed in (".bbMediaWrapper", "[data-s9e-mediaembed]")
                       for gap in ("", "br + ")), "media")),
    signature=".message-signature, .signature",
    # (XenForo 2.0 lists who liked a post in `.likesBar`, before 2.1's reactions; XenForo 1's ratings add-on
    # counts each rating: "Like x 2")
    reactions=".reactionsBar, .message-reactionSummary, .likesSummary, .LikeText, .likesBar, .dark_postrating_outputlist",
    title=("h1.p-title-value", ".MessageCard__thread-title", ".titleBar h1"),
)

IPS = EngineSpec(
    name="ips",
    fingerprints=("ipsComment", "cAuthorPane", "data-ipsquote", "ipsEntry", "Powered by Invision Community"),
    post="article.ipsComment, article.ipsEntry, article[data-ips-hook=postWrapper]",
    post_id_pattern=r"elComment_(\d+)",
    author=(".cAuthorPane_author a", ".cAuthorPane_author", ".ipsEntry__username a", ".ipsEntry__username",
            "[itemprop=author] [itemprop=name]"),
    date=(".ipsComment_meta time@datetime", ".ipsEntry__meta time@datetime", "time@datetime"),
    # IPS 5 prints a long and a short form in one <time> ("June 14, 2024" + "1 yr"): the long one is the date
    date_text=(".ipsTime__long", ".ipsComment_meta time", ".ipsEntry__meta time", "time"),
    body=("div[data-role=commentContent]", ".cPost_contentWrap .ipsType_richText"),
    quotes=(
        QuoteSpec(block="blockquote.ipsQuote", author=("@data-ipsquote-username",), title=".ipsQuote_citation",
                  content=".ipsQuote_contents", when=("@data-ipsquote-timestamp",),
                  source="@data-ipsquote-contentcommentid"),
    ),
    chrome=((".cPostShareMenu, [id^=elShareComment]", "share"),
            # IPS marks its "Edited <date> by X" note as left out of quotes
            (".ipsComment_lastEdit, .ipsEntry__lastEdit, [data-role=editNote], [data-excludequote]", "editor")),
    signature="div[data-role=memberSignature], .cSignature",
    reactions="ul.ipsReact_reactions li.ipsReact_reactCount, [data-role=reactionSummary] .ipsReact_reactCount",
    title=("h1.ipsType_pageTitle", "h1.ipsPageHeader__title", "[data-role=pageTitle]"),
)

#: IP.Board 3 (before Invision Community 4): `div.post_block` posts, the date an ISO title on `abbr.published`;
#: quotes carry their author, time and source post as attributes (3.4), or follow a "X, on <date>, said:" citation
IPB3 = EngineSpec(
    name="ips",
    fingerprints=("ipsBlockquote", "ipsUserPhoto", "ipb.vars['"),
    post="div.post_block",
    post_id_pattern=r"^post_id_(\d+)$",
    author=("h3 .author [itemprop=name]", "h3 .author a", "h3 .author", ".author_info .author"),
    date=("abbr.published@title",),
    date_text=("abbr.published",),
    body=("div.post.entry-content", ".post_body .post"),
    quotes=(QuoteSpec(block="blockquote.ipsBlockquote", author=("@data-author",), when=("@data-time",),
                      source="@data-cid"),
            QuoteSpec(block="div.blockquote", header="p.citation", content="div.quote")),
    chrome=(("p.edit", "editor"), ("ul.post_controls", "share")),
    signature="div.signature",
    title=("h1.ipsType_pagetitle", ".main_topic_title", "h1"),
)

VBULLETIN = EngineSpec(
    name="vbulletin",
    fingerprints=("post_message_", "vbulletin_css", 'id="vbulletin_html"', "postbitlegacy", "b-post ", 'b-post"',
                  "js-post__content-text", 'content="vBulletin'),
    post="li.b-post, li[id^=post_], div[id^=edit], table[id^=post]",
    post_id_pattern=r"^(?:post_|edit|post)(\d+)$",
    author=(".author [itemprop=name]", ".b-post__author [itemprop=name]", "a.username", ".username_container .username",
            ".bigusername", "[itemprop=author] [itemprop=name]"),
    date=("meta[itemprop=publishDate]@content", "time[itemprop=dateCreated]@datetime", "time@datetime"),
    date_text=(".postdate .date", ".b-post__timestamp", "td.thead", "div.thead"),
    date_text_pattern=r"(?:#\s*\d+\s*)?(.+?)(?:\s*#\d+)?$",
    body=(".js-post__content-text", "div[id^=post_message_] blockquote.postcontent", "div[id^=post_message_]",
          ".content .postcontent"),
    quotes=(
        # (the same container holds a code block, "Code:" over a <pre>: no quote)
        QuoteSpec(block="div.bbcode_container:has(> div.bbcode_quote)", author=(".bbcode_postedby strong",),
                  title=".bbcode_postedby",
                  content=".message", source=".bbcode_postedby a@href", source_pattern=r"p=(\d+)"),
        # vB3 marks a quote box only by its style ("Quote:" label, then "Originally Posted by X" and the
        # quoted words in italics); restyled themes put the label in a <label> and the box in a div panel
        QuoteSpec(block='div[style*="margin:20px"], div[style*="margin: 20px"], div:has(> div > label):has(> .alt2)',
                  author=("strong",), title="div.smallfont, div > label",
                  content='.alt2 > div[style*="italic"]'),
    ),
    chrome=((".postfoot, .postcontrols, .b-post__footer", "share"), (".lastedited, .b-post__edit", "editor"),
            (".bbcode_container > .bbcode_description", "post_chrome")),  # a code block's "Code:" label
    signature=".signaturecontainer, .post-signature, .b-post__signature",
    reactions=".post_thanks_box .likes, .votecount",
    title=("h1.main-title", "span.threadtitle", "h2.title", "td.navbar strong"),
)

PHPBB = EngineSpec(
    name="phpbb",
    fingerprints=('class="postprofile', "phpBB", 'class="postbody'),
    post="div.post",
    # some themes move `id="pN"` to an anchor inside the post; the profile block `dl#profileN` still names it
    post_id=("@id", "dl.postprofile@id"),
    post_id_pattern=r"^(?:p_?|profile)(\d+)$",
    author=("dl.postprofile .username", "dl.postprofile .username-coloured", "p.author .username",
            "p.author .username-coloured", "p.author strong a", "p.author strong"),
    date=("p.author time@datetime",),
    date_text=("p.author time", "p.author"),
    date_text_pattern=r"(?:by\s.+?»\s*|»\s*)?([^»]+)$",
    body=("div.postbody div.content", "div.content"),
    quotes=(
        QuoteSpec(block="blockquote", author=("cite > a",), title="cite", when=("cite .responsive-hide",),
                  source="cite a[data-post-id]@data-post-id", source_pattern=r"(\d+)"),
    ),
    # the code box header ("Code: Select all") is a button row, not the code
    chrome=((".notice, .post-buttons, div.codebox > p", "editor"),),
    signature="div.signature",
    reactions=".post-likes, .reactions-block",
    title=("h2.topic-title", "#page-body h2", "h2"),
)

PHPBB2 = EngineSpec(
    name="phpbb",
    fingerprints=('class="postbody"', "forumline"),
    post="table.forumline tr:has(span.postbody)",
    post_id=(),
    require_id=False,
    author=("span.name b", "span.name"),
    date_text=("span.postdetails",),
    date_text_pattern=r"(?:Posted:\s*)(.+?)(?:\s+Post subject:.*)?$",
    body=("span.postbody",),
    quotes=(QuoteSpec(block="td.quote"),),
    title=("a.maintitle", ".maintitle"),
)

SMF = EngineSpec(
    name="smf",
    fingerprints=("var smf_", "post_wrapper", "smf_scripturl", 'class="quoteheader'),
    # SMF 2: `div.post_wrapper`; SMF 1 (table layout): the `windowbg` cell holding one post's `div.post`
    post="div.post_wrapper, td.windowbg:has(div.post), td.windowbg2:has(div.post)",
    post_id=(".inner@id", "div.post div@id", "div[id^=subject_]@id"),
    post_id_pattern=r"(?:msg_?|subject_)(\d+)",
    author=(".poster h4 a", ".poster h4", "td b a[title^='View the profile']", "td b a"),
    date_text=(".keyinfo .smalltext", ".postinfo .smalltext", ".keyinfo", "div[id^=subject_] + div.smalltext",
               "div.smalltext"),
    date_text_pattern=r"(?:«\s*)?(?:(?:Reply\s*#\d+\s*)?on:\s*)?([^«»]+?)\s*»?$",
    body=("div.inner[id^=msg_]", "div.post .inner", "div.post"),
    quotes=(
        # SMF 1 and 2.0 print the "Quote from: X on <date>" header (with the quoted message's link) before the block
        QuoteSpec(block="div.quoteheader + div.quote, div.quoteheader + blockquote", header="div.quoteheader",
                  source="a@href", source_pattern=r"msg=?(\d+)"),
        QuoteSpec(block="blockquote.bbc_standard_quote, blockquote.bbc_alternate_quote", author=("cite > a",),
                  title="cite", source="cite a@href", source_pattern=r"msg=?(\d+)"),
    ),
    chrome=((".quickbuttons, .reportlinks, .moderatorbar .modified", "editor"),),
    signature="div.signature",
    reactions=".like_count",
    # SMF 1 `#top_subject` and SMF 2.0 `h3.catbg` read "Topic: X (Read N times)": the page title is the subject
    title=("span#top_subject",),
)

MYBB = EngineSpec(
    name="mybb",
    fingerprints=('class="post_body', "mycode_quote", "Powered By MyBB"),
    post="div.post",
    post_id_pattern=r"^post_(\d+)$",
    author=(".post_author .largetext a", ".post_author strong a", ".author_information a"),
    date_text=(".post_date",),
    date_text_pattern=r"^(.+?)(?:\s*\(This post was last modified.*)?$",
    body=("div.post_body",),
    # the quick-jump link is `showthread.php?pid=N#pidN` or, with search-engine friendly URLs, `post-N.html#pidN`
    quotes=(QuoteSpec(block="blockquote.mycode_quote", title="cite", source="cite a@href", source_pattern=r"pid=?(\d+)"),),
    chrome=((".post_edit, .edited_post", "editor"),),
    signature="div.signature",
    # the subject is the `div > strong` of the thread's header cell ("Threaded Mode" and login panels use strong too)
    title=("td.thead div > strong", "td.thead h1"),
)

DISCOURSE = EngineSpec(
    name="discourse",
    fingerprints=('content="Discourse', "crawler-post"),
    post="div.topic-body.crawler-post:not([role=navigation])",
    post_id=("@id",),
    post_id_pattern=r"post_(\d+)",
    require_id=False,
    author=(".creator [itemprop=name]", ".creator a", ".creator"),
    date=("time@datetime", "meta[itemprop=datePublished]@content"),
    date_text=("time.post-time", "time"),
    body=("div.post[itemprop=text]", "[itemprop=articleBody]", "div.post"),
    quotes=(QuoteSpec(block="aside.quote", author=("@data-username",), title=".title", content="blockquote",
                      source="@data-post", source_pattern=r"(\d+)"),),
    # link previews (onebox cards) show the linked page, not the poster's words
    chrome=(("aside.onebox, div.onebox-metadata, .lightbox-wrapper .meta", "media"),),
    reactions="span.post-likes",
    # a JavaScript shell has no heading; its Open Graph title is the topic's (<title> adds category and site)
    title=("#topic-title h1", "h1 a", "h1", "meta[property='og:title']@content"),
    spa=True,
)

_FLARUM_MENTION = "p:first-child > a.PostMention:first-child"
FLARUM = EngineSpec(
    name="flarum",
    fingerprints=("flarum-content", "flarum-loading"),
    root="noscript#flarum-content, #flarum-content",
    spa=True,
    post="article",
    post_id=(),
    require_id=False,
    author=(".PostUser-name", "h3"),
    date_text=("time",),
    date=("time@datetime",),
    body=(".Post-body",),
    # a quote opens with a mention of the quoted post: its author's name, the post id in data-id
    quotes=(QuoteSpec(block="blockquote", author=(_FLARUM_MENTION,), title=_FLARUM_MENTION,
                      source=_FLARUM_MENTION + "@data-id"),),
    title=("h1", "h2"),
)

NODEBB = EngineSpec(
    name="nodebb",
    fingerprints=('component="post"', "data-pid="),
    post='[component="post"]',
    post_id=("@data-pid",),
    author=("@data-username", "[itemprop=author] [itemprop=name]", "[itemprop=author]", ".username"),
    date=("@data-timestamp", "meta[itemprop=datePublished]@content", "span.timeago@title"),
    date_text=(".post-header .timeago", ".timeago", "meta[itemprop=datePublished]@content"),
    body=('[component="post/content"]',),
    # a quote reply prints "@X said in <topic>:" in the paragraph before the blockquote, linking the quoted post
    quotes=(QuoteSpec(block="blockquote", header="p", source='a[href*="/post/"]@href', source_pattern=r"/post/(\d+)"),),
    signature='[component="post/signature"]',
    reactions='[component="post/vote-count"]',
    reaction_name="vote",
    title=('[component="topic/title"]', "h1"),
)

VANILLA = EngineSpec(
    name="vanilla",
    fingerprints=("ItemComment", "ItemDiscussion", "gdn.meta"),
    post="div.ItemDiscussion, li.ItemComment, li.Item.Comment",
    post_id_pattern=r"(?:Comment|Discussion)_(\d+)",
    author=(".Author .Username", "a.Username", ".Author a"),
    date=("time@datetime",),
    date_text=(".DateCreated time", "time"),
    body=("div.Message.userContent", "div.Message"),
    # Quotes plugin: "X wrote: »" (» links the quoted comment); BBCode quotes name the author in `rel`
    quotes=(QuoteSpec(block="blockquote.UserQuote, blockquote.Quote, .blockquote", author=("@rel", ".QuoteAuthor a"),
                      title=".QuoteAuthor", content=".QuoteText", source=".QuoteLink@href",
                      source_pattern=r"(?:Comment|Discussion)_(\d+)"),),
    signature=".UserSignature, .Signature",
    # a button reads "4 Like" (count and reaction name); buttons nobody used print no count
    reactions=".Reactions .ReactButton:has(.Count)",
    title=("h1", ".PageTitle h1"),
)

WOLTLAB = EngineSpec(
    name="woltlab",
    fingerprints=("wbbPost", "woltlab-core-date-time"),
    post="article.wbbPost, article.message[data-post-id]",
    post_id=("@data-post-id",),
    author=(".messageAuthor [itemprop=name]", ".username", "[itemprop=author] [itemprop=name]"),
    date=("meta[itemprop=datePublished]@content", "woltlab-core-date-time@date", "time@datetime"),
    date_text=("woltlab-core-date-time", "time", ".messageHeader .datetime"),
    body=("div.messageText",),
    quotes=(QuoteSpec(block="blockquote.quoteBox", title=".quoteBoxTitle", content=".quoteBoxContent",
                      source="@cite", source_pattern=r"(?:postID=|#post)(\d+)"),),
    chrome=((".messageFooterNotes, .messageFooterNote", "editor"),),
    signature=".messageSignature",
    # the count button holds the reaction's icon (named in its alt text) and the count
    reactions=".reactionSummaryList .reactionCountButton",
    title=("h1.contentTitle", "h1"),
)

FLUXBB = EngineSpec(
    name="fluxbb",
    fingerprints=("blockpost", 'id="punviewtopic"', ">FluxBB<", ">PunBB<"),
    post="div.blockpost",
    post_id_pattern=r"^p(\d+)$",
    author=(".postleft dt strong a", ".postleft dt strong", ".postleft dt"),
    date_text=("h2 span a", "h2 a", "h2"),
    date_text_pattern=r"^(?:#\d+\s*)?(.+)$",
    body=(".postmsg",),
    quotes=(QuoteSpec(block="div.quotebox", title="cite", content="blockquote"),),
    chrome=((".postedit", "editor"),),
    signature=".postsignature",
    # the last breadcrumb (`#brdmain h2 span` is the first post's "#1 date" header)
    title=("ul.crumbs li strong a", "ul.crumbs li strong"),
)

DISCUZ = EngineSpec(
    name="discuz",
    fingerprints=("Discuz!", 'id="postmessage_'),
    post="#postlist > div[id^=post_], div[id^=post_]",
    post_id_pattern=r"^post_(\d+)$",
    author=(".authi a.xw1", ".authi a", ".postauthor cite a"),
    date_text=("em[id^=authorposton]", ".authorposton"),
    date_text_pattern=r"^(?:发表于\s*)?(.+)$",
    body=("td.t_f[id^=postmessage_]", "[id^=postmessage_]"),
    # header "X 发表于 date" (X3) or "原帖由 X 于 date 发表" (7.x/X2) with a findpost link to the quoted post
    quotes=(QuoteSpec(block="div.quote", content="blockquote", title="blockquote > font:has(a[href*='findpost'])",
                      source="a[href*='findpost']@href", source_pattern=r"pid=(\d+)"),),
    chrome=((".pstatus, .attach_nopermission", "editor"),),
    signature=".sign",
    title=("#thread_subject", "h1"),
)

STACKEXCHANGE = EngineSpec(
    name="stackexchange",
    fingerprints=("answercell", "js-post-body", 'class="post-text"'),
    post="div#question, div.question, div.answer",
    # saved pages may lose the data-* attributes; the share link and `answer-N` id still carry the post id, and a
    # promoted block styled as an answer carries none
    post_id=("@data-questionid", "@data-answerid", ".js-share-link@href", ".short-link@href", "@id"),
    post_id_pattern=r"^(?:answer-|/[qa]/)?(\d+)",
    # an edited post shows the editor's "edited <date>" card first and the author's "asked/answered <date>"
    # card last; only the author's card is marked as schema.org author
    author=(".user-details[itemprop=author] a", ".post-signature:last-of-type .user-details a",
            ".post-signature.owner .user-details a", ".user-details a"),
    date=("time[itemprop=dateCreated]@datetime", ".post-signature:last-of-type .relativetime@title",
          ".relativetime@title"),
    date_text=(".post-signature:last-of-type .user-action-time", ".post-signature.owner .user-action-time",
               ".user-action-time"),
    date_text_pattern=r"^(?:asked|answered)\s+(.+)$",
    body=("div.js-post-body", "div.s-prose", "div.post-text"),
    quotes=(QuoteSpec(block="blockquote"),),
    # comments sit under each post, outside its body: kept in the audit trail, not as posts
    chrome=((".js-post-menu, .post-menu", "share"), (".comment-copy, [itemprop=comment] [itemprop=text]", "comment")),
    reactions=".js-vote-count",
    reaction_name="score",
    title=("#question-header h1", "h1"),
)

REDDIT = EngineSpec(
    name="reddit",
    fingerprints=('data-type="comment"', "<shreddit-comment", "<shreddit-post"),
    # promoted links reuse the link markup, ids included
    post="div.thing.link:not(.promoted), div.thing.comment, shreddit-post, shreddit-comment",
    post_id=("@data-fullname", "@thingid", "@id"),
    post_id_pattern=r"(t\d_\w+)",
    nested_posts=True,
    author=("@data-author", "@author"),
    date=("time@datetime", "@created-timestamp"),
    date_text=("time", "faceplate-timeago"),
    body=("div.usertext-body div.md", "div[slot=text-body]", "div[id$=-comment-rtjson-content]", "div.md"),
    quotes=(QuoteSpec(block="blockquote"),),
    # a comment's points sit in its tagline, the submission's score in its vote column
    reactions=".entry .tagline .score.unvoted, .midcol .score.unvoted",
    reaction_name="point",
    # a link submission has no text body: what is left of it is its vote column, "submitted ... by" line and
    # button row (its title line is the thread's title)
    chrome=(("div.midcol, ul.flat-list.buttons, a.thumbnail", "share"), ("p.tagline", "navigation"),
            # the link flair is a tag the subreddit sets, printed flush against the title
            ("span.linkflairlabel", "navigation")),
    title=("a.title", "h1"),
)

#: detection and priority order: engines with the most specific fingerprints first
INSIDED = EngineSpec(
    name="insided",
    fingerprints=("qa-topic-post-box", "qa-topic-first-post", "insided.com/"),
    post="div.qa-topic-post-box",
    post_id_pattern=r"^post(\d+)$",
    author=("a.qa-username", ".post__user__meta .username"),
    date=("a.post__date time@datetime", "time@datetime"),
    date_text=(".tooltip__content--publish-date", "a.post__date time"),
    body=(".post__content",),
    quotes=(QuoteSpec(block="content-quote, blockquote", author=("@data-username",)),
            # the best answer shown again under the question ("Best answer by X", its text, "View original")
            QuoteSpec(block="div.qa-answer-field", title=".best-answer-label", content="div",
                      source="a[href*=postid]@href", source_pattern=r"postid=(\d+)",
                      chrome=".qa-icon-answered, a[href*=postid]")),
    chrome=((".post__actions, .post__like-list, .post__user__info", "share"), (".post__edited, .edit-info", "editor")),
    signature=".signature",
    title=("h1.qa-thread-title", "h1"),
)

#: Lemmy (lemmy-ui): the submission is a `post-listing` (its header printed twice, for phones and desktops, then the
#: body), each comment an `article.comment-node` whose replies follow it in a list of their own
LEMMY = EngineSpec(
    name="lemmy",
    fingerprints=("lemmy-site",),
    post="div.post-listing, article.comment-node",
    post_id=("@id", "a[title=link]@href"),
    post_id_pattern=r"^(?:comment-|/post/)(\d+)",
    author=("a.person-listing > span", "a.person-listing@title"),
    date_text=(".moment-time",),
    body=("#postContent .md-div", ".comment-content"),
    quotes=(QuoteSpec(block="blockquote"),),
    # a comment's score shares its element with the arrow icon's hidden name; the submission's stands alone
    reactions="div.post-score",
    reaction_name="score",
    title=(".post-title h1", "h1"),
)

#: Kunena (Joomla): Blue Eagle (Kunena 2-3) prints each post as a `div.kbody` holding a header (subject, date, "#id")
#: and a `table.kmsg`; Crypsis and Aurelia (Kunena 4-6) as a `div.message` row. Both give the post id as the
#: `id` of the header's `rel=canonical` link and the date as the hover title of the shown (often relative) one.
KUNENA = EngineSpec(
    name="kunena",
    fingerprints=("kmsgtext", "kmsgbody", "mykmsg-header"),
    post="div.kbody, div.message",
    post_id=("a[rel=canonical][id]@id",),
    post_id_pattern=r"^(\d+)$",
    author=(".kpost-username a", ".kpost-username", "ul.profilebox strong a", ".mykmsg-header a[class*=kwho-]"),
    date_text=(".kmsgdate@title", ".kdate@title", ".kmsgdate", ".kdate"),
    body=("div.kmsgtext", "div.kmsg"),
    # Kunena 1: a bold "X wrote:" before the block; later versions: "X wrote:" opens the block's own words (Kunena 6
    # prints it as a link to the quoted post)
    quotes=(QuoteSpec(block="div.kmsgtext-quote", header="b, strong"),
            QuoteSpec(block="blockquote", lead_header=True, source="div > a[href]@href",
                      source_pattern=r"(?:mesid=|#)(\d+)$")),
    chrome=((".kmsgattach, .kattach", "media"),),
    signature=".kmsgsignature, .ksig",
    # "Thank you: A, B" (the names are the count)
    reactions=".kmessage-thankyou",
    reaction_name="thanks",
    title=(".kheader h1 > span", "h1"),
)

#: bbPress (WordPress forums): each post is a header row (date, "#id") followed by the post's own `div` (author, body),
#: both under `li.bbp-body`; WordPress's post classes give the id ("post-801"). GD bbPress Toolbox adds titled quotes
#: and signatures
BBPRESS = EngineSpec(
    name="bbpress",
    fingerprints=("bbp-reply-header", "bbp-topic-header", "bbp-reply-author"),
    # threaded replies sit in lists under the post they answer
    post="li.bbp-body > div:not(.bbp-reply-header):not(.bbp-topic-header), "
         "ul.bbp-threaded-replies > li > div:not(.bbp-reply-header)",
    post_id=("@class",),
    post_id_pattern=r"\bpost-(\d+)\b",
    author=(".bbp-author-name", ".bbp-reply-author a.bbp-author-link", ".bbp-topic-author a.bbp-author-link"),
    date_text=(".bbp-reply-post-date", ".bbp-topic-post-date"),
    head="div.bbp-reply-header, div.bbp-topic-header",
    body=(".bbp-reply-content", ".bbp-topic-content"),
    quotes=(QuoteSpec(block="blockquote.d4p-bbt-quote-block", title=".d4p-bbt-quote-title",
                      source=".d4p-bbt-quote-title a@href", source_pattern=r"post-(\d+)"),
            QuoteSpec(block="blockquote")),
    chrome=((".bbp-reply-revision-log, .bbp-topic-revision-log", "editor"), (".bbp-attachments, .d4p-bbt-attachments",
                                                                             "media")),
    signature=".bbp-signature, .d4p-bbt-signature",
    title=(".bbp-breadcrumb-current", "h1.entry-title", "h1"),
)

#: Hacker News (and sites on its code): the submission is a table of rows (title, "N points by X ...", its text);
#: each comment is one `tr.athing.comtr` row, replies flattened by indent, its date an ISO time (and epoch) in a title
HACKERNEWS = EngineSpec(
    name="hackernews",
    fingerprints=('hnmain"', "commtext", "hnuser"),
    post="table.fatitem, tr.athing.comtr",
    post_id=("@id", "tr.athing@id"),
    post_id_pattern=r"^(\d+)$",
    author=("a.hnuser",),
    date=("span.age@title",),
    date_text=("span.age",),
    body=("div.toptext", "div.commtext", "span.commtext"),
    chrome=(("td.title, td.subtext, td.votelinks, form", "navigation"), ("span.comhead, div.reply", "post_chrome")),
    reactions="span.score",
    reaction_name="point",
    marked_quotes=True,
    # the title row is submission chrome (read before the posts' chrome goes): the page's spacer row repeats it
    title=("tr#pagespace@title",),
)

#: Khoros (Lithium) communities: each message a `lia-message-view-wrapper` with its id in `data-lia-message-uid`;
#: the date split into local date and time spans; quotes open with "<linked name> wrote:"; kudos counts
KHOROS = EngineSpec(
    name="khoros",
    fingerprints=("MessageKudosCount", "kudos-widget"),
    post="div.lia-message-view-wrapper",
    post_id=("@data-lia-message-uid",),
    post_id_pattern=r"^(\d+)$",
    author=(".lia-message-author-username a.lia-user-name-link", ".lia-message-author-username",
            "a.lia-user-name-link"),
    date_text=(".lia-message-posted-on .local-friendly-date@title", ".lia-message-posted-on", ".DateTime"),
    body=("div.lia-message-body-content",),
    quotes=(QuoteSpec(block="blockquote", lead_header=True),),
    signature=".lia-message-signature",
    reactions=".MessageKudosCount",
    reaction_name="kudos",
    title=("h1.lia-message-subject-banner", ".lia-message-subject h1", "h1"),
)

#: ProBoards (hosted forums, version 5): `tr.post` rows (post-N), the poster's mini profile in the left panel (a
#: guest's name in a span), the date as epoch milliseconds on `abbr.time`, quotes with their source post as attributes
PROBOARDS = EngineSpec(
    name="proboards",
    fingerprints=("proboards.data(",),
    post="tr.post",
    post_id_pattern=r"^post-(\d+)$",
    author=("td.left-panel a.user-link", "td.left-panel .user-guest"),
    date=("span.date abbr@data-timestamp", "abbr.time@data-timestamp"),
    date_text=("span.date abbr", "abbr.time"),
    body=("article div.message", "div.message"),
    quotes=(QuoteSpec(block="div.quote", title="div.quote_header", content="div.quote_body", source="@data-post"),),
    chrome=(("div.edited_by", "editor"),),
    signature="div.signature",
    title=(".container.posts .title-bar h1", ".title-bar h1"),
)

#: Slash (Slashdot, SoylentNews): the story (`article.fhitem-story`) then the comments, each an `li.comment`
#: (tree_N) holding its replies' items; the comment's subject and its share menu are chrome, its score a reaction.
#: Comments under the reader's threshold show one line (`li.oneline`: the subject, no words) and hidden ones
#: nothing: they are no posts, as on the page; a collapsed reply's words inside a shown comment are kept in the
#: audit trail (reason `collapsed`)
SLASH = EngineSpec(
    name="slash",
    fingerprints=('class="commentTop', 'id="commentlisting"'),
    post="article.fhitem-story, li.comment.full",
    post_id=("@id",),
    post_id_pattern=r"^(?:firehose-|tree_)(\d+)$",
    nested_posts=True,
    # the story's poster is named in its byline's words ("Posted by msmash on <date> from the ... dept.")
    author=(".commentTop .by a", ".story-byline"),
    author_pattern=r"^Posted\s+by\s+(.+?)\s+on\s",
    date_text=(".story-byline time", ".commentTop .otherdetails"),
    date_text_pattern=r"^(?:on\s+)?(.+?)(?:\s*\(#\d+\))?(?:\s+(?:Homepage|Journal))*$",
    body=("div.commentBody", "div.body"),
    # the quote button's block names no one (the quoted post is found by its words)
    quotes=(QuoteSpec(block="div.quote"),),
    # (a folded reply's words only: a shown reply nested under a folded one is a post of its own)
    chrome=((".commentTop .title, .commentSub", "post_chrome"), ("li.oneline > div.cw > div.commentBody", "collapsed")),
    # the comment's own score, not that of a collapsed reply inside it
    reactions="li.full > div.cw > div.commentTop .score",
    reaction_name="score",
    # readers quote their parent in italics, no quote block
    copied_quotes=True,
    title=("h1.story .story-title > a", "h1"),
)

#: Fingerprints are chosen so that none ends with the start of another (where one does, `detect` also searches for
#: the runs they make, and each such pair adds alternatives to the one search every page pays for).
ENGINES: tuple[EngineSpec, ...] = (
    XENFORO, IPS, IPB3, DISCOURSE, FLARUM, NODEBB, WOLTLAB, VBULLETIN, MYBB, SMF, FLUXBB, PHPBB, PHPBB2, VANILLA,
    DISCUZ, STACKEXCHANGE, REDDIT, INSIDED, LEMMY, KUNENA, BBPRESS, HACKERNEWS, KHOROS, PROBOARDS, SLASH,
)

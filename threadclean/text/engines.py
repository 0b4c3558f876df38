"""Per-engine knowledge for text dumps, kept as data: one `TextEngine` table per forum engine.

Every pattern is a regular expression matched against one stripped line (bullets "•" removed).
Named groups carry the values: `author`, `when`, `name`, `count`. Lines every engine prints (member
info, share buttons, post counters) live in `COMMON_*` and are added to each engine's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from threadclean.text.pattern_heads import grouped_by_first

_REL = (r"\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|"
        r"just now")
_NAME = r"[^\s,\"“][^\"”]{0,40}?"
#: the verb of a quote's header ("X wrote:") in the languages boards print it in, for headers not tied to one engine
WROTE = (r"(?:wrote|writes|said|schrieb|a écrit|escribió|ha scritto|schreef|napisał|skrev|kirjoitti|написал\(а\)|"
         r"dijo|disse|ha detto|zei|sagte|сказал\(а\)|"
         r"написал|писал\(а\))")

#: the label of a summary of who reacted to a post ("Reactions: A, B and 3 others"), in the languages boards print it in
_REACTIONS_ABROAD = r"Reaktionen|Réactions|Reacciones|Reazioni|Reações|Reacties|Reakcje"
#: (the Russian label is no engine fingerprint: the detector's quick scan reads those opening in ASCII or CJK only)
REACTIONS_LABEL = r"Reactions|Реакции|" + _REACTIONS_ABROAD

#: a member's role or rank printed under the name in an author pane, in the languages boards print it in
ROLE_LINE = (
    r"^(?:Member|Junior Member|Senior Member|New Member|Well-known member|Active member|Registered User|Administrator|"
    r"Moderator|Staff member|Original poster|OP|Thread starter|Discussion starter|Guest|Banned|Premium Member|"
    r"Supporting Member|Veteran|Newbie|Retired|"
    r"Gast|(?:Neues |Aktives |Erfahrenes )?Mitglied|(?:Neuer )?Benutzer|Moderatorin|Administratorin|Gesperrt|"
    r"(?:Nouveau )?[Mm]embre(?: actif)?|Invité|Modérateur|Administrateur|(?:Nuevo )?[Mm]iembro|Invitado|Usuario|"
    r"Moderador|Administrador|(?:Nuovo )?[Uu]tente|Ospite|Moderatore|Amministratore|(?:Nieuw )?[Ll]id)$"
)
#: member info printed in author panes by most engines
_INFO_NAMES = (r"(?:Posts|Beiträge|Messages|Threads|Reputation|Joined|Join Date|Registered|Location|Ort|Wohnort|"
               r"Reaction score|Points|Likes received|Trophies|Reactions Received|Dabei seit|Mitglied seit|Registriert|"
               r"Inscrit le|Age|Gender|Country|Karma|Credits|Total Posts|Member since|Likes Received|Trophy Points|"
               r"Best Answers|Date d'inscription|Localisation|Âge|Registriert seit|Alter|Geschlecht|Zustimmungen|"
               r"Punkte für Erfolge|Erhaltene Likes|About me|Über mich|City|Interests|Occupation|Enregistré le|"
               r"Inscription|Mensajes|Messaggi|Iscritto il|Membro desde|Lid sinds|Geregistreerd op|Berichten)")
#: the label of the date a member joined ("Joined:", "Registriert seit:"): a pane's date, not a post's
JOIN_LABEL = (r"(?:Joined|Join Date|Registered|Member since|Registriert(?: seit)?|Dabei seit|Mitglied seit|Inscrit le|"
              r"Inscrit depuis|Date d'inscription|Enregistré le|Inscription|Miembro desde|Registrado|Fecha de registro|"
              r"Iscritto(?: dal| il)?|Registrato|Membro desde|Lid sinds|Geregistreerd op)")
#: phpBB's post byline ("Post by jdoe » Sat Feb 24, 2024 12:41 pm"), kept by boards built on it in any language;
#: some themes glue the label to the name's link ("Messagepar jdoe » date")
PHPBB_BYLINE = (r"^(?:Post ?by|by|Beitrag ?von|Message ?par|Mensaje ?por|Bericht ?door|Messaggio ?da|Autor) "
                r"(?P<author>.+?) » (?P<when>.+)$")
#: a member info label on a line of its own, its value on the next ("Join Date" / "Mar 2016")
INFO_LABEL = re.compile(r"^" + _INFO_NAMES + r"(?:\s*\([^)]{1,40}\))?\s*:?$", re.I)  # "Location (town + country)"
#: a member's count in a pane ("1,077 posts")
_COUNT = (r"[\d.,]+[kK]? (?:posts?|helpful votes?|reviews?|answers?|solutions?|reputation|followers?|Beiträge|Punkte|"
          r"Themen|messages)")
#: one item of a pane's stats line: a count, or a labelled value ("Joined 2002", "Posts: 12")
_STAT = r"(?:" + _COUNT + r"|" + _INFO_NAMES + r":?\s+[\w ,.]{1,20}?)"
COMMON_MEMBER_INFO = (
    r"^" + _INFO_NAMES + r"\s*:.*$", r"^" + _INFO_NAMES + r"\s+[\d.,]+\s*[kKmM]?$",
    r"^[\d.,]+\s*[kKmM]?$", r"^#\d+$", r"^\w$", r"^\*+$", r"^(?:Offline|Online)$", ROLE_LINE,
    r"^.{1,40}'s (?:user )?(?:avatar|picture|profile picture|photo)$", r"^(?:Profile picture|Profile photo|Avatar) (?:of|for) .{1,60}$", r"^(?:View Public Profile|Send a private message to .+|Find More Posts by .+|"
    r"Visit .+'s homepage!?|Profile|PM|Email|Website|Find|View Profile|View Forum Posts|View Forum Threads|"
    r"View Blog Entries|View Articles|Visit Homepage)$", r"^" + _INFO_NAMES + r"(?:\s*\([^)]{1,40}\))?\s*:?$",
    r"^" + _COUNT + r"$",
    # several on one line ("410 posts · Joined 2002", "Posts: 12 | Joined: Mar 2016")
    r"^" + _STAT + r"(?:\s*[·|•]\s*" + _STAT + r")+$",
)

#: a reply's subject line: the thread title, maybe after "Re:" ("AW:", "Antw:" in German, "Sv:" in Nordic)
REPLY_PREFIX = re.compile(r"^(?:(?:re|aw|antw|sv|r)\s*:\s*)+", re.I)

#: a post's button labels; a line of them only is chrome
_BUTTON = (r"(?:Reply With Quote|Reply with quote|Multi-?Quote(?: This Message)?|Quote|Quote Reply|Reply|Report|"
           r"Report Post|Like|Likes|Unlike|Thanks|Share|Permalink|Link|Top|Bottom|Back to top|Edit|Delete|"
           r"Save|Bookmark|Add bookmark|More options|Flag|Vote|Upvote|Downvote|Helpful|Quick Reply|Quote this post|"
           r"Post Reply|Antworten|Zitieren|Zitat|Melden|Antwort|Citer|Répondre|Signaler|Responder|Citar|Alert|"
           r"Mention|Follow(?: - \d+)?|Ignore|PM|IP|Logged|Gefällt mir|J'aime|Me gusta|Mi piace|Curtir|Vind ik leuk|"
           r"Lubię to|Нравится|Rispondi|Cita|Segnala|Denunciar|Reportar|Compartir|Condividi|Compartilhar|Partager|Teilen|"
           r"New Topic|New Thread|Post new topic|"
           r"Start new topic|Neues Thema(?: erstellen)?|Nouveau sujet|Answer Question)")

#: a line of a post's button labels only ("Reply", "Share | Report")
BUTTON_LINE = r"^" + _BUTTON + r"(?:\s*[|/·•]?\s*" + _BUTTON + r")*$"
#: a template expression the page's script never filled in ("{{ errors[1179].message }}"), the whole line
TEMPLATE_LINE = r"\{\{.*\}\}"
#: a post's number or a counter under it ("#3", "2 replies")
COUNTER_LINE = (r"^(?:#\d+|\d+ (?:likes?|upvotes?|replies|Replies|Reply|points?|Responses?|[Aa]nswers?|Antworten|"
                r"[Rr]éponses?|[Rr]espuestas?|[Rr]isposte))$")
#: like and share counts under a post ("12 Likes 3 Shares"); the counts are the `like` / `share` groups
#: a notice to guests where a post shows a member-only extra ("Join to see EXIF info for this image (if available)",
#: "You must log in or register to view this attachment"): printed by the board in the post's text
GUEST_VIEW_LINE = (r"^(?:You (?:must|need to) )?(?:Join|Log ?in|Sign ?in|Sign ?up|Register)(?: (?:or|and) "
                   r"(?:register|sign ?up|log ?in|join))?(?: now)? to (?:see|view|download) .{1,80}$")
REACTION_COUNT_LINE = r"^(?:(?P<like>\d+)\s+Likes?(?:\s+(?P<share>\d+)\s+Shares?)?|(?P<share_only>\d+)\s+Shares?)$"

#: the reactions' names boards print beside their icons, besides "Like" and "Thanks" (button labels too)
REACTION_KINDS = ("Informative|Wow|Haha|Love|Sad|Angry|Agree|Disagree|Funny|Winner|Useful|Insightful|Creative|"
                  "Optimistic")

#: per-post and page chrome that looks the same on every engine: (pattern, reason)
COMMON_CHROME = (
    (BUTTON_LINE, "post_chrome"),
    (r"^(?-i:Aa)$", "navigation"),  # the text-size button ("AA" is an airline)
    (COUNTER_LINE, "post_counter"),
    (r"^Upvote -?\d+ Downvote$", "reaction"),
    # the reaction types a post received, listed under it ("Like", "Informative", "Wow")
    (rf"^(?:{REACTION_KINDS})$", "reaction"),
    (r"^Report inappropriate content$|^\d+ repl(?:y|ies) to this topic$|^\d+-\d+ of \d+ repl(?:y|ies)$|"
     r"^(?:Read|View|See) (?:all )?\d+ (?:Responses|Replies|Answers|Comments)$", "navigation"),
    (r"^Share (?:on|via) (?:Facebook|X|Twitter|Bluesky|LinkedIn|Reddit|Tumblr|WhatsApp|Email|Pinterest|Telegram)$",
     "share"),
    # a row of share links ("Facebook X Bluesky LinkedIn Reddit Tumblr WhatsApp Email Share Link")
    (r"^(?:Share:\s*)?(?:(?:Facebook|X|Twitter|Bluesky|LinkedIn|Reddit|Tumblr|WhatsApp|Email|Pinterest|Telegram|Share|Link|"
     r"Copy link)(?: |$)){3,}$", "share"),
    (REACTION_COUNT_LINE, "reaction"),
    # the summary may follow the icons' labels ("Likes   Reactions: jdoe")
    (r"^(?:(?:Likes?|Love|Haha|Wow|Thanks|Informative)\s+)*(?:" + REACTIONS_LABEL + r"|Likes|Like|Thanks|Danke|"
     r"Gefällt mir):\s+.+$|^(?:" + REACTIONS_LABEL + r"):\S.*$|^(?:Liked|Thanked) by .+$", "reaction"),
    # the lookahead (no match is longer than 98 characters) spares long lines the 80 tries of the name's end
    (r"^(?=.{1,98}$).{1,80}\b(?:likes? this|liked this|like this|thanked this post|gefällt das|says thank you)\.?$",
     "reaction"),
    (r"^The following \d+ users? (?:says?|liked|thanked).*$|^\d+ (?:users?|members?) (?:say|said|thanked).*$",
     "reaction"),
    (r"^(?:Last edited|Zuletzt bearbeitet|Edited|Dernière édition|Modifié)\b.{0,120}$|"
     r"^\(This post was last modified:.*\)$", "edited"),
    (r"^(?:Page|Seite|Pages?) \d+ (?:of|von|sur|/) \d+$|^Pages? ?\(\d+\):.*$|^Pages:.*$|^\d+ - \d+ of \d+ Posts$|"
     r"^(?:Next|Prev|Previous|Weiter|Zurück|First|Last|Next ›|‹ Prev|« Prev|Next »|Go to page|Jump to page|"
     r"(?:First|Last|Next|Previous) page)$|"
     # the page links' words, one or two on a line ("Next Last", "Nächste Letzte")
     r"^(?:Erste|Vorherige|Nächste|Letzte|Précédente?|Suivante?|First|Prev|Next|Last)(?: (?:Erste|Vorherige|"
     r"Nächste|Letzte|Précédente?|Suivante?|First|Prev|Next|Last))?$|"
     r"^(?:« )?Previous Thread(?: \| Next Thread »)?$|^\d+(?: \d+){1,9}(?: Next.*)?$", "pagination"),
    # "Go to Page...", "Viewing Page 1 of 16", phpBB's "25 posts • Page 1 of 2 • 1, 2", SMF-style
    # "(1) (2) (Reply) (Go Down)", results counters ("Showing results 1 to 30 of 30")
    (r"^(?:Go to page|Gehe zu Seite|Wechsle zu Seite|Aller à la page)\s*(?:\.\.\.|…)?$|^Viewing page \d+ of \d+$|"
     r"^\d+ (?:of|von|sur) \d+$|"
     r"^\d+ (?:posts?|messages?|Beiträge|réponses?|topics?) • (?:Page|Seite) \d+ (?:of|sur|von) \d+\b.*$|"
     r"^(?:\(\d+\)\s*)*(?:\d+ Repl(?:y|ies)\s*)?(?:\((?:Reply|Go Down|Go Up)\)\s*)+$|"
     r"^(?:\w+ ){0,2}(?:results?|résultats|Ergebnis(?:se)?|posts|messages|Beiträge) \d+ (?:to|à|bis) \d+ "
     r"(?:of|sur|von) \d+$", "pagination"),
    (r"^(?:Thread starter|Discussion starter|Start date|Started by|Sort by .+|Thread Tools|Display Modes|"
     r"Search this Thread|Show Printable Version|Subscribe to this Thread.*|Print view|Jump to|Forum Jump|"
     r"Share:|Share this|Share on other sites|Tweet|Facebook|Twitter|X|Reddit|Pinterest|Tumblr|WhatsApp|Email|"
     r"Copy link|Link to post|Original poster|Quote Post|Report Content|Go to first unread)\b.*$", "navigation"),
    (r"^You (?:must|need to) (?:log in|be a member|sign in|register).*$|^Log in or (?:register|sign up).*$|"
     r"^Sign (?:In|Up) (?:or|to) .*$|^(?:You are not logged in|Hello There, Guest|Howdy, Stranger|Welcome,? Guest).*$|"
     r"^(?:Login|Log in|Register|Sign in|Sign up|Log In|Sign In|Sign Up|Create an account)$|"
     r"^Join the (?:conversation|discussion)$|^(?:Sign in|Log in)\s*/\s*(?:Join|Register|Sign up)$", "guest_notice"),
    (GUEST_VIEW_LINE, "guest_notice"),
    (r"^You (?:are using an out of date browser|should upgrade or use an alternative browser).*$", "browser_notice"),
    (r"^(?:.{0,40}\bis (?:offline|online)(?: now)?(?-i: [A-Z][\w ]{0,30})?|Offline|Online|Posted via .+)$",
     "post_chrome"),
    (r"^(?:Mitglied|Member) .{1,40} (?:ist|is) (?:offline|online)\b.{0,60}$", "post_chrome"),
    (r"^_{5,}$|^-{5,}$", "signature"),
    # an embedded GIF's alt text as GIPHY writes it ("Happy Dance GIF by Some Channel")
    (r"(?-i:^(?:[A-Z0-9][\w'’&-]*\s){1,8}GIF by (?:[A-Z0-9@][\w'’&.-]*\s?){1,5}$)", "media"),
    # an image's placeholder, alone on its line (XenForo 1 writes "[IMG]" with a zero-width space after "[")
    (r"^(?:\[\u200b?IMG\]\s*)+$", "media"),
    # an ad's label with a remark ("Advertisement - Continue Reading Below")
    (r"^Advertisement\s*[-–]\s+[^.!?]{1,60}$", "ad"),
    # an ad between posts under its label ("Sponsored Links: Cheap hosting", "Sponsored: Amp Mega Sale")
    (r"^Sponsored(?: Links?)?: .{1,100}$", "ad"),
    (rf"^{TEMPLATE_LINE}$", "template"),
    (r"^(?:Powered by|Forum software by|All times are|The time now is|Copyright ©|©\s?\d{4}).*$", "footer"),
    (r"^Attachments?:?$|^Attached (?:Files|Images|Thumbnails)$|^(?:View attachment|Click to enlarge).*$|"
     r"^.{1,80}\.(?:png|jpe?g|gif|webp)(?: \([\d.,]+ ?[KkMm]i?B[^)]*\))?$|"
     r"^[\d.,]+ ?[KkMm]i?B(?:\s*(?:·\s*)?(?:Views|Aufrufe|Affichages): [\d,.]+)?$|"
     r"^Views: [\d,]+$", "attachment"),
)

COMMON_END = (r"^(?:Reply With Quote|Share Improve this answer Follow)$",)
COMMON_THREAD_END = (
    r"^You must log in or (?:register|sign up) to (?:reply|post) here\.?$", r"^Similar (?:threads|Threads|topics)$",
    r"^Share this page$", r"^(?:Trending|Related|Recent|Latest|Popular) (?:threads|topics|discussions)$", r"^(?:Posting Rules|Quick Reply|Post Reply|Related Threads|Similar Threads|Users Viewing "
    r"This Thread.*|Who is online|Users browsing this (?:forum|topic).*|Currently Active Users.*|Tags for this Thread|"
    r"Related topics|Suggested Topics|Hot Network Questions|Log in to reply|Reply to this topic.*|Jump to)$",
    r"^You (?:may not|cannot) post (?:new threads|replies).*$",
    # a Q&A site's sidebar under the answers: experts' latest posts, the site's articles, its ask box
    r"^(?:Expert Activity|Popular Resources|Didn't find the answer you were looking for\?)$",
)


@dataclass(frozen=True)
class TextEngine:
    """What one forum engine leaves in a plain-text dump of its pages."""

    name: str
    #: lines typical of the engine; the engine with most matching lines wins detection
    fingerprints: tuple[str, ...]
    #: lines that close a post (e.g. IPS's hidden share menu "Link to comment", vBulletin "Reply With Quote")
    post_end: tuple[str, ...] = ()
    #: a post's date line ("Posted May 22, 2024", "Post by X » date"): groups `when`, `author` (optional)
    post_date: tuple[str, ...] = ()
    #: whether a line holding only a date ("Jul 9, 2022") is a post date line too
    bare_dates: bool = True
    #: whether a day word alone ("Today", "Yesterday") is a post date line (an unknown engine's page prints the
    #: words in menus and headings: "Start TODAY")
    word_dates: bool = True
    #: whether a short name before a date on one line ("jdoe Tue 16-Jun-20 16:12", "Pat | Feb 24, 2006 | #1")
    #: is a post's author and date line
    name_dates: bool = False
    #: lines that open a quote: groups `author` and `when` (both optional)
    quote_open: tuple[str, ...] = ()
    #: lines that close a quote ("Click to expand...")
    quote_close: tuple[str, ...] = ()
    #: the last line of the page header before the first post
    thread_start: tuple[str, ...] = ()
    #: the first line of the page footer after the last post
    thread_end: tuple[str, ...] = ()
    #: the thread starter in the header ("By X"): group `author`
    starter: tuple[str, ...] = ()
    #: the header line that labels the thread title ("Thread: X"): group `title`
    title_line: tuple[str, ...] = ()
    #: (pattern, reason) for per-post and page chrome removed wherever it appears
    chrome: tuple[tuple[str, str], ...] = ()
    #: a reaction line: groups `count` and `name` (`reaction_name` when the line names none), or `names` (who reacted,
    #: comma-separated: their number is the count)
    reaction: tuple[str, ...] = ()
    reaction_name: str = "like"
    #: a post header line showing the post's score: group `score` (old Reddit's tagline "[–]name 11 points12
    #: points13 points ...": the middle one is the score as shown, the others its value after a vote)
    header_score: tuple[str, ...] = ()
    #: the line opening a post (after its pane, before its words) that shows its score: group `score` (Stack
    #: Exchange's vote count)
    score_open: tuple[str, ...] = ()
    #: a line anywhere on the page showing the first post's score: group `score` (old Reddit's sidebar: "1,100 points
    #: (98% upvoted)")
    page_score: tuple[str, ...] = ()
    #: lines that start a signature (the rest of the post is the signature)
    signature: tuple[str, ...] = ()
    #: "Edited May 22, 2024 by X" lines, removed from the post
    edited: tuple[str, ...] = ()
    #: member info lines in a post header ("Posts: 1,077", "Members", "Author")
    member_info: tuple[str, ...] = ()
    #: rank or member info printed after the name on the author's line ("Linc Admin", "Wendy Posts: 3,870")
    author_suffix: tuple[str, ...] = ()
    #: whether the avatar's alt text runs into the name, no space between ("LincLinc Admin", Vanilla): a name made
    #: of one half printed twice is that half (other engines print such names as they are: "ticktick")
    glued_avatar_name: bool = False
    #: whether the author pane opens with the name, its other lines under it (Tripadvisor: the name, then the home
    #: town and badges, then the counts): a name-like line between the name and the counts is no name
    name_atop_pane: bool = False
    #: a header line that names the post's author with a role ("X Discussion starter"): group `author`
    author_line: tuple[str, ...] = ()
    #: the author pane follows the body (Stack Exchange: "answered DATE" + name under the answer)
    pane_after_body: bool = False
    #: with `pane_after_body`: the first line of the pane block under a body ("Share"), and a line that opens
    #: the next post when no post-end line closes the one before (its vote count)
    pane_open: tuple[str, ...] = ()
    post_open: tuple[str, ...] = ()
    #: a line under the body that closes the post with its author and date (XenForo 1 "jdoe, May 26, 2025"):
    #: groups `author` and `when` (a date, checked); with two or more on a page, posts are cut after them
    closing_date: tuple[str, ...] = ()
    #: whether a post-end line may be a list item (SMF 2.1 lists "Logged" in the pane above the post)
    end_in_lists: bool = True
    #: whether the signature follows the post's buttons (SMF 2.1: body, "Quote", then the signature)
    signature_after_buttons: bool = False
    #: whether an edit note closes the post's text, the signature under it (phpBB: "Last edited by X on DATE,
    #: edited 2 times in total.", then the signature)
    signature_after_edit: bool = False
    #: whether a post starts at its date line, the author pane under it (FluxBB "#2 2022-10-08 15:20:09")
    date_first: bool = False
    #: a list item under a post's footer that opens a preview of the post the next one replies to (NodeBB's
    #: parent post: its author, then its text); the preview runs to the end of the segment
    parent_preview: tuple[str, ...] = ()
    #: whether the author pane is printed as a list between a post's two date lines (IPS 4: the narrow layout's
    #: "Posted DATE", the pane's items (name, group, counts, profile fields as label and value), the post's own
    #: "Posted DATE"): the two date lines are one header, however long the pane's items
    pane_list: bool = False
    #: the first lines of a topic summary printed under a post (IPS 5 under the first: "Replies 1", "Views 2k",
    #: "Top Posters In This Topic", "Popular Days"): from there the segment is navigation when no prose follows
    summary: tuple[str, ...] = ()
    #: the heading of a list of other posts' excerpts printed in the page (IPS 5's "Most Popular Posts" in the
    #: topic summary): each item (its name a list item, a date, an excerpt) would read as a post
    popular_posts: tuple[str, ...] = ()
    #: whether an empty paragraph closes the message body, the signature after it (XenForo 2)
    body_end_spacer: bool = False
    #: whether the author's name is the line under the post's date line (new Reddit: "r/sub • 2 yr. ago", name)
    name_under_date: bool = False
    #: whether each post is a list item, replies nested deeper (Lemmy's comments): a list item less indented than a
    #: post's date line opens the next post, however short the text between them
    posts_as_items: bool = False
    #: a post's opening line (its date line) under which the thread's title is the post's first line (new
    #: Reddit: "r/sub •", the author, the title, the text)
    title_in_post: tuple[str, ...] = ()
    #: the line over a submission's byline naming the link it submits (old Reddit: "<title> (example.com)"): the
    #: submission's text when it has no words of its own, as the HTML path reads it
    link_title: tuple[str, ...] = ()
    #: whether quotes may lose their header in the dump (IP.Board 3.4 prints it with a script): a post's opening
    #: paragraphs found word for word in an earlier post are then a quote of it
    unmarked_quotes: bool = False
    #: whether a post date line without a date opens a comment the page folds (Slash: under the reader's score
    #: threshold): its lines are no post, reason `collapsed`
    folded_undated: bool = False
    extra: dict = field(default_factory=dict)

    @cached_property
    def rx(self) -> CompiledEngine:
        return CompiledEngine(self)


def _any(patterns: tuple[str, ...]) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _any_test(patterns: tuple[str, ...]) -> re.Pattern | None:
    """_any for patterns only asked whether they match a line (no group read): the alternatives grouped by their
    first character (pattern_heads.grouped_by_first), which matches the same lines faster."""
    if not patterns:
        return None
    return re.compile(grouped_by_first("|".join(patterns)), re.I)


class ReasonTable:
    """(pattern, reason) pairs compiled into one alternation; the matching group names the reason. Each pattern's
    alternatives are grouped by their first character (pattern_heads.grouped_by_first): a pattern matches the
    same lines, so the first pattern that matches is the same."""

    def __init__(self, table: tuple[tuple[str, str], ...]) -> None:
        self.table = table
        self.reasons = [reason for _, reason in table]
        self.rx = re.compile("|".join(f"(?P<r{i}>{grouped_by_first(p)})" for i, (p, _) in enumerate(table)),
                             re.I) if table else None
        self.reason = lru_cache(maxsize=1 << 13)(self._reason)  # several steps ask about the same lines

    def __reduce__(self) -> tuple:
        return ReasonTable, (self.table,)  # rebuilt (the cache does not pickle)

    def _reason(self, text: str) -> str | None:
        m = self.rx.match(text) if self.rx else None
        return self.reasons[int(m.lastgroup[1:])] if m else None


class CachedPattern:
    """A compiled pattern whose `match` results are cached: the reading steps ask about the same lines."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.match = lru_cache(maxsize=1 << 13)(rx.match)

    def __reduce__(self) -> tuple:
        return CachedPattern, (self.rx,)  # rebuilt (the cache does not pickle)


_GROUP = re.compile(r"\(\?P([<=])(\w+)")


class FirstMatch:
    """Patterns tried in order, the first match returned; one alternation of them all says first whether any
    matches (most lines match none), and answers are cached: the reading steps ask about the same lines."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        self.rxs = [re.compile(p, re.I) for p in patterns]
        # the patterns' group names made their own (p3_author), so that they may sit side by side
        own = [_GROUP.sub(rf"(?P\1p{k}_\2", p) for k, p in enumerate(patterns)]
        self.any = re.compile("|".join(f"(?:{p})" for p in own), re.I) if patterns else None
        self.match = lru_cache(maxsize=1 << 13)(self._match)

    def __reduce__(self) -> tuple:
        return FirstMatch, (self.patterns,)  # rebuilt (the cache does not pickle)

    def __iter__(self):
        return iter(self.rxs)

    def _match(self, text: str) -> re.Match | None:
        if self.any is None or not self.any.match(text):
            return None
        return next((m for rx in self.rxs if (m := rx.match(text))), None)


class CompiledEngine:
    """The engine's patterns compiled once."""

    def __init__(self, e: TextEngine) -> None:
        self.name = e.name
        self.fingerprints = [re.compile(p, re.I) for p in e.fingerprints]
        # line-start fingerprints in one alternation tried only at line starts (the group names which one
        # matched); the few that may sit inside a line are searched one by one
        starts = [(i, p[1:]) for i, p in enumerate(e.fingerprints) if p.startswith("^")]
        self.fingerprint_any = re.compile(r"^(?:" + "|".join(f"(?P<f{i}>{p})" for i, p in starts) + ")"
                                          if starts else "(?!)", re.I | re.M)
        self.fingerprint_inline = [re.compile(p, re.I | re.M) for p in e.fingerprints if not p.startswith("^")]
        self.post_end = _any_test(e.post_end)
        self.post_date = [re.compile(p, re.I) for p in e.post_date]
        self.bare_dates = e.bare_dates
        self.word_dates = e.word_dates
        self.name_dates = e.name_dates
        self.quote_open = FirstMatch(e.quote_open + COMMON_QUOTE_OPEN)
        self.quote_close = _any_test(e.quote_close + COMMON_QUOTE_CLOSE)
        self.thread_start = _any_test(e.thread_start)
        self.thread_end = _any_test(e.thread_end + COMMON_THREAD_END)
        self.starter = [re.compile(p, re.I) for p in e.starter]
        self.title_line = _any(e.title_line)
        self.chrome = ReasonTable(e.chrome + COMMON_CHROME)
        self.reaction = [re.compile(p, re.I) for p in e.reaction]
        self.reaction_name = e.reaction_name
        self.header_score = _any(e.header_score)
        self.score_open = _any(e.score_open)
        self.page_score = _any(e.page_score)
        self.signature = _any_test(e.signature)
        self.edited = _any_test(e.edited)
        member_info = _any_test(e.member_info + COMMON_MEMBER_INFO)
        self.member_info = CachedPattern(member_info) if member_info else None
        self.author_suffix = re.compile("(?:" + "|".join(e.author_suffix) + r")$", re.I) if e.author_suffix else None
        self.author_line = FirstMatch(e.author_line) if e.author_line else None
        self.pane_after_body = e.pane_after_body
        self.pane_open = _any_test(e.pane_open)
        self.post_open = _any_test(e.post_open)
        self.closing_date = _any(e.closing_date)
        self.end_in_lists = e.end_in_lists
        self.signature_after_buttons = e.signature_after_buttons
        self.signature_after_edit = e.signature_after_edit
        self.glued_avatar_name = e.glued_avatar_name
        self.name_atop_pane = e.name_atop_pane
        self.posts_as_items = e.posts_as_items
        self.date_first = e.date_first
        self.parent_preview = _any_test(e.parent_preview)
        self.pane_list = e.pane_list
        self.summary = _any_test(e.summary)
        self.popular_posts = _any_test(e.popular_posts)
        self.body_end_spacer = e.body_end_spacer
        self.name_under_date = e.name_under_date
        self.title_in_post = _any_test(e.title_in_post)
        self.unmarked_quotes = e.unmarked_quotes
        self.folded_undated = e.folded_undated
        self.link_title = _any_test(e.link_title)


#: BBCode quotes left unrendered by some themes, on a line of their own
#: a quote header's name at the start of a line whose quoted words follow on it: up to three words, not led by a
#: pronoun or an article ("My teacher wrote: ..." is a member's sentence)
QUOTED_NAME_LEAD = (r"^(?!(?:my|the|a|an|our|his|her|their|your|this|that|he|she|it|they|we|i|you) )"
                    r"(?P<author>[^\s,\"“][^\"”:\s]{0,30}(?: [^\"”:\s]{1,20}){0,2})")
COMMON_QUOTE_OPEN = (r"^\[quote(?:=[\"']?(?P<author>[^\]\"';]+?)[\"']?(?:;[^\]]*)?|\s[^\]]*)?\]$",
                     # the quote's header run into its first words ("jdoe wrote:The trick is", "jdoe wrote:with
                     # fish"): no space after it; a lower-case start needs two letters (not "said:p", a smiley)
                     QUOTED_NAME_LEAD + r" (?:wrote|said|schrieb|a écrit):(?=(?-i:[A-ZÄÖÜÀ-Þ])[a-zà-ÿ ]|(?-i:[a-zà-ÿ]{2}))")
COMMON_QUOTE_CLOSE = (r"^\[/quote\]$",)


IPS = TextEngine(
    name="ips",
    fingerprints=(
        r"^Link to comment$",
        r"^Share on other sites$",
        r"^Recommended Posts$",
        r"^Posted (?:on )?\w+ \d{1,2}(?:, \d{4})?",
        r"(?:" + _REL + r"), [^\n]+ said:$",
        r"^On \d{1,2}/\d{1,2}/\d{2,4} at \d{1,2}:\d{2} [AP]M, ",
        r"^Create an account or sign in to comment$",
        r"^Go to topic listing$",
        r"^Existing user\? Sign In$",
        r"^Featured Replies$",
        r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{1,2}, \d{4}\d+ ?(?:yr|mo|wk|w|d|hr|h|min|m|s)s?"
        r"(?: in .+)?$",
        r"^Followers \d+$",
    ),
    post_end=(r"^Link to comment$", r"^Share on other sites$", r"^Link to post$", r"^More sharing options\.\.\.$",
              r"^https?://\S+(?:#findComment-\d+|\?do=findComment\S*)$"),
    post_date=(r"^Posted (?:on )?(?P<when>.+?)(?:\s*\((?:edited|modifié|bearbeitet)\))?$",
               # IPS 5: the date and its short relative form run together ("June 14, 20241 yr")
               r"^(?P<when>\w+ \d{1,2}, \d{4})\d+ ?(?:yr|mo|wk|w|d|hr|h|min|m|s)s?$"),
    bare_dates=False,
    pane_list=True,
    summary=(r"^Replies [\d.,]+[kKmM]?$", r"^(?:Top|Featured) Posters In This Topic$", r"^Popular Days$"),
    popular_posts=(r"^Most Popular Posts$",),
    quote_open=(
        r"^(?P<when>" + _REL + r"),\s+(?P<author>.+?) said:$",
        r"^On (?P<when>.+? at .+?),\s+(?P<author>.+?) said:$",
        r"^(?P<when>\w+ \d{1,2}(?:, \d{4})?),\s+(?P<author>.+?) said:$",
        r"^(?P<author>[^\s,][^,]{0,40}?) said:$",
        r"^Quote$",
    ),
    # IPS 5 heads the posts with "Featured Replies" (and the featured ones, when there are any)
    thread_start=(r"^Recommended Posts$", r"^Followers \d+$", r"^Featured Replies$"),
    thread_end=(
        r"^Join the conversation$",
        r"^Create an account or sign in to comment$",
        r"^You need to be a member in order to leave a comment$",
        r"^Go to topic listing$",
        r"^Reply to this topic\.\.\.$",
        r"^Recently Browsing\s+\d+ members?$",
    ),
    # "By jdoe," when the date follows on the next line
    starter=(r"^By (?P<author>.+?),?$",),
    chrome=(
        (r"^Share$", "share"),
        (r"^Link to comment$|^Share on other sites$|^Link to post$|^More sharing options\.\.\.$", "share"),
        (r"^Followers(?: \d+)?$|^Start new topic$|^Reply to this topic$", "navigation"),
        (r"^Recommended Posts$", "navigation"),
        (r"^Advertisement(?: \(gone after registration\))?$", "ad"),
        (r"^#\d+$", "post_counter"),
        (r"^Author$", "member_info"),
        # the gap marked between two posts far apart in time ("2 weeks later...")
        (r"^(?:\d+|an?|one) (?:minute|hour|day|week|month|year)s? later\.\.\.$", "navigation"),
        (r"^(?:Top|Featured) Posters In This Topic$|^Popular Days$|^Popular Posts$|^Featured Replies$", "navigation"),
        # IPS 5 topic statistics ("Replies 12", "Created 1 yr1 yr")
        (r"^(?:Replies|Views|Created|Last Reply) \d[\w.,]*(?: \d[\w.,]*)?$", "navigation"),
        (r"^Page \d+ of \d+$|^Next$|^Prev$|^Previous$", "pagination"),
    ),
    # (the stock reactions' count may run into the name: "Thanks2")
    reaction=(r"^(?P<name>[A-Z][\w' ]{0,20}?[!?]?) (?P<count>\d[\d,]*)$",
              r"^(?P<name>Like|Thanks|Haha|Confused|Sad|Upvote|Downvote|Love|Wow|Angry)(?P<count>\d[\d,]*)$"),
    signature=(),
    edited=(r"^Edited .{3,60} by .+$",),
    member_info=(r"^Members?$", r"^[\d.,]+k?$", r"^Author$", r"^[\d.,]+[kKmM]? (?:posts?|Solutions?|Reputation)$", r"^Moderators?$", r"^Administrators?$",
                 r"^(?:Posts|Reputation|Joined|Location)\b.*$",
                 r"^(?:Level|Rank) \d+$"),  # a rank over the name, as a list item right under the post's reactions
    # IPS 4 adds a quote's citation ("X said:") with its script: a dump may hold the quoted words alone
    unmarked_quotes=True,
)

#: "X said:" in the languages XenForo is translated to (English, German and French apart: fingerprints of their own)
_XF_SAID_ABROAD = r"dijo|disse|ha detto|zei|napisał|сказал\(а\)|dedi"
_XF_SAID = r"^(?P<author>" + _NAME + r") (?:said|schrieb|a dit ?|" + _XF_SAID_ABROAD + r"):(?: ↑)?$"
#: the label closing a long quote ("Click to expand..."), translated
_XF_EXPAND_ABROAD = (r"^(?:Haz clic para expandir|Clic para expandir|Clique para expandir|Clicca per espandere|"
                     r"Klik om uit te vouwen|Klik om te vergroten|Kliknij, aby rozwinąć|Genişletmek için tıkla)\.{3,4}$")
#: (the Russian label is no fingerprint, as for REACTIONS_LABEL)
_XF_EXPAND = (r"^(?:Click to (?:expand|shrink)|Zum Vergrößern anklicken|Cliquez pour agrandir|Нажмите для раскрытия)"
              r"\.{3,4}$|" + _XF_EXPAND_ABROAD)
_XF_ZITAT = r"^Zitat von (?P<author>" + _NAME + r"):(?: ↑)?$"
_XF_ARROW = r"^(?P<author>" + _NAME + r"): ↑$"  # themes that print the name and the arrow only
#: XenForo 1 prints "name, date" under the body ("#3 jdoe, May 26, 2025" with the counter, "IP" for staff)
_XF1_META = r"^(?:#\d+\s+)?(?P<author>[^,:\s\d][^,:]{0,59}), (?P<when>[^,]{3,30}(?:, \d{4})?(?: at .{4,12})?)(?:\s+IP)?$"
XENFORO = TextEngine(
    name="xenforo",
    fingerprints=(
        r"^Click to expand\.\.\.$", r"^(?:Thread starter|Discussion starter)\b", r"^Start date\b",
        r"^Reactions?: .+", r"^You must log in or (?:register|sign up) to (?:reply|post) here\.?$",
        r"^You should upgrade or use an alternative browser\.$", r"^Reaction score:?", r"^Discussion in '.+' started by",
        r"^Search titles only$", r"^Show Ignored Content$", r" said: ↑$", r"^\d+ - \d+ of \d+ Posts$",
        r"^Sort by (?:reaction score|date|Oldest first)", r"^Last edited:",
        # VerticalScope's XenForo theme ("Fora")
        r"^Jump to Latest$", r"^\d[\d,.]*[KkMm]? posts? · Joined \d{4}$", r"^#\d+ · ", r"^Add to quote$",
        r" Discussion starter$",
        # XenForo 1, German ("Discussion in ... started by", "Show Ignored Content")
        r"^Dieses Thema im Forum .+ wurde erstellt von ", r"^Ignorierte Inhalte anzeigen$",
        # the footer's credit, and XenForo 2 in German and French ("Reactions:", "Click to expand...", the
        # "Thread starter" badge, "Last edited:", "Advanced search…")
        r"(?:software|platform) by XenForo", r"^(?:" + _REACTIONS_ABROAD + r") ?: .+", r"^Zum Vergrößern anklicken\.{3,4}$",
        r"^Cliquez pour agrandir\.{3}$", r"^(?:Themenstarter|Auteur de la discussion)\b", r"^(?:Zuletzt bearbeitet|Dernière édition) ?:",
        r"^(?:Erweiterte Suche|Recherche avancée)…$",
        # other translations: the quote's header with its arrow, the expand label
        r" (?:" + _XF_SAID_ABROAD + r"): ↑$", _XF_EXPAND_ABROAD,
    ),
    closing_date=(_XF1_META,),
    body_end_spacer=True,
    # VerticalScope: "#3 · Jan 3, 2024" under the author pane
    post_date=(r"^#\d+ · (?P<when>.+)$",),
    quote_open=(_XF_SAID, _XF_ZITAT, _XF_ARROW),
    quote_close=(_XF_EXPAND, r"^Klicke in dieses Feld, um es in vollständiger Größe anzuzeigen\.$"),
    thread_start=(r"^Discussion in '.+' started by .+$", r"^Jump to Latest$", r"^Dieses Thema im Forum .+ wurde erstellt von .+$"),
    thread_end=(r"^You must log in or (?:register|sign up) to reply here\.?$", r"^Share this page$",
                r"^Similar threads$", r"^Top Contributors this Month$", r"^Users who are viewing this thread$",
                r"^(?:Write your reply\.\.\.|Post reply)$",
                # the sidebar widgets a dump prints after the thread
                r"^(?:Latest posts|Latest threads|Trending content|Members online|Forum statistics|"
                r"Latest profile posts|Staff online)$"),
    # XenForo 1: "Discussion in 'Forum' started by jdoe, Jan 5, 2024.", in German too
    starter=(r"^(?:Thread starter|Discussion starter)(?: (?:Thread starter|Discussion starter))? (?P<author>.+)$",
             r"^Discussion in '.+' started by (?P<author>[^,]{1,60}), .+$",
             r"^Dieses Thema im Forum .+ wurde erstellt von (?P<author>[^,]{1,60}), .+$",
             r"^(?P<author>.{1,60}) Discussion starter$"),
    chrome=(
        (r"^(?:Discussion in '.+' started by .+|Dieses Thema im Forum .+ wurde erstellt von .+|Show Ignored Content|Ignorierte Inhalte anzeigen|Search titles only|New posts|What's new|"
         r"Install the app|Toggle sidebar.*|Advanced…|Advanced search…|By:|WikiPost.*|Thread status.*|Status|"
         r"Not open for further replies\.|Joined|Messages|Reaction score|Points|Save|Follow|Add bookmark|"
         r"Sort by .+|Jump to new|Go to page|Share:)$", "navigation"),
        (r"^\d+ - \d+ of \d+ Posts$|^Joined [\w ,]+$|^Messages:? [\d,.]+[kKmM]?$|^Reaction score:? [\d,.]+[kKmM]?$|"
         r"^Points:? [\d,.]+$", "member_info"),
        (_XF_EXPAND, "quote_chrome"),
        (r"^Add to quote$|^Jump to Latest$|^Oldest first Newest first.*$|^[\d.,]+[KkMm]? views [\d.,]+[KkMm]? repl.*$",
         "navigation"),
        (r"^.{1,80} and \d+ others?$|^Likes: .+$", "reaction"),
        # XenForo 1 ratings under a post: the icon's alt text, then "Like x 2"
        (r"^(?:\w+ )?\w+ x \d+(?:, (?:\w+ )?\w+ x \d+)*$", "reaction"),
    ),
    # the pane's labels alone or with their values: a line that only starts with the word is text ("Messages in
    # iCloud still take space" as a title)
    member_info=(r"^(?:Joined|Location)(?:\s*\([^)]*\))?(?::.*)?$", r"^Joined\s+[\w ,.]{1,20}$",
                 r"^(?:Messages|Reaction score|Points):?(?:\s*[\d.,]+\s*[kKmM]?)?$",
                 r"^[\d,.]+[KkMm]? posts? · Joined \d{4}$", r"^.{1,60} Discussion starter$", r"^Add to quote$"),
    author_line=(r"^(?P<author>.{1,60}) (?:Discussion starter|Thread starter|Original poster)$",),
    # who reacted, listed under the post ("Reactions: A, B and 5 others"): their number is the count
    # XenForo 2's summary, and XenForo 1's sentence ("A, B und 16 anderen gefällt das.")
    # (after the reactions' icon labels: "Likes   Reactions: A and B")
    # (the label may run into the first name: "Reactions:jdoe and 3 others")
    reaction=(r"^(?:(?:Likes?|Love|Haha|Wow|Thanks|Informative|Agree|Winner)\s+)*(?:Likes|"
              + REACTIONS_LABEL + r") ?:"
              r"\s*(?P<names>\S.*)$",
              # XenForo 1's post ratings: the icon's alt text, then "Like x 2"
              r"^(?:\w+ )?(?P<name>\w+) x (?P<count>\d+)$",
              r"^(?P<names>.{1,200}?) (?:likes? this|gefällt das|aiment ça|aime ça)\.?$"),
)

VBULLETIN = TextEngine(
    name="vbulletin",
    fingerprints=(
        r"^Reply With Quote$", r"^Originally Posted by ", r"^Join Date:", r"^View Public Profile$",
        r"^Find More Posts by ", r"^Send a private message to ", r"Powered by vBulletin", r"^Thread Tools$",
        r"^« Previous Thread \| Next Thread »$", r"^Show Printable Version", r"^All times are GMT",
        r"^If this is your first visit, be sure to", r"^Quote:$", r"^Zitat von ", r"^Originally posted by",
        r" is (?:offline|online)\s*(?:Reply With Quote)?$",
        # vBulletin 4, German and French
        r"^Zitieren(?:\s*Zitieren)?\s*$", r"^Themen-Optionen$", r"^Ergebnis \d+ bis \d+ von \d+$",
        r"^Affichage des résultats \d+ à \d+ sur \d+$", r"^Results \d+ to \d+ of \d+$",
        # the footer's clock and the edit note, French and German ("All times are GMT", "Last edited by X; date")
        r"^(?:Fuseau horaire|Alle Zeitangaben in) ", r"^(?:Dernière modification par|Geändert von) .{1,60} ?[;(] ?\d",
    ),
    # vBulletin 4 prints the button twice (quote, multi-quote), then a thanks add-on's count
    post_end=(r"^(?:.{0,60}is (?:offline|online)\s+)?(?:(?:Reply With Quote|Zitieren)\s*){1,2}(?:\d+ Not allowed!)?$",
              r"^Find More Posts by .+$",
              r"^Visit .+'s homepage!?$"),
    # the name is the line under the post's date line ("03-02-2024, 09:03 AM #1" / "jdoe"), whatever follows it
    name_under_date=True,
    # French times read "13h16"
    post_date=(r"^(?:Old\s+)?(?:Posted\s+)?(?P<when>.+?,\s+\d{1,2}[:h]\d{2}(?:\s*[AP]M)?)\s*(?:#\d+)?(?:\s*\|\s*Link)?$",),
    # the label, the header and the link to the quoted post, in the board's language ("Zitat Zitat von X Beitrag
    # anzeigen", "Citation Envoyé par X Voir le message")
    quote_open=(r"^(?:(?:Quote|Zitat|Citation|Cita|Citazione) )?(?:Originally Posted by|Originally posted by|Zitat von|"
                r"Сообщение от|Envoyé par|Originalmente Escrito por|Originariamente inviato da) "
                # (the link's label may run into the name: "Originally Posted by jdoeView Post")
                r"(?P<author>.+?)(?: ?View Post| ?Beitrag anzeigen| ?Voir le message| ?Ver Mensaje| ?Visualizza il messaggio)?$",),
    # vBulletin 4 labels the title above the posts
    title_line=(r"^(?:Thread|Thema|Discussion|Sujet|Tema): (?P<title>.+)$",),
    # the links to the threads before and after, named ("« Older title | Newer title »"), the similar threads in
    # French and German, the German forum jump ("Gehe zu: Forum Nach oben")
    thread_end=(r"^« Previous Thread \| Next Thread »$", r"^Thread Tools$", r"^Posting Rules$",
                r"^Quick Navigation.*$", r"^Bookmarks$", r"^Similar Threads$", r"^« .{1,120} \| .{1,120} »$",
                r"^Discussions similaires$", r"^Ähnliche Themen$", r"^Gehe zu:\s*(?:Forum)?(?:\s*Nach oben)?$"),
    chrome=(
        (r"^Quote:?$|^Zitat:?$|^Цитата:?$|^Citation:?$", "quote_chrome"),
        (r"^(?:.{0,60}is (?:offline|online)\s+)?(?:Reply With Quote\s*){1,2}(?:\d+ Not allowed!)?$|^View Public Profile$|^Find (?:More|all) Posts by .+$|"
         r"^Send a private message to .+$|^Visit .+'s homepage!?$|^Thread Tools$|^Post Options$|^Show Printable Version.*$|"
         r"^Display Modes$|^(?:Linear|Hybrid|Threaded) Mode.*$|^Remember Me\?$", "post_chrome"),
        (r"^Switch to (?:Linear|Hybrid|Threaded) Mode$|^Results \d+ to \d+ of \d+$|^Themen-Optionen$|"
         r"^Ergebnis \d+ bis \d+ von \d+$|^Affichage des résultats \d+ à \d+ sur \d+$|^Zur (?:Hybrid|Baum)-Darstellung "
         r"wechseln$|^Druckbare Version zeigen$", "navigation"),
        (r"^(?:Last edited by|Dernière modification par) .+ ?; .+$|^Geändert von .{1,60} \(\d.+\)$", "edited"),
        # German themes: an ad slot listed among the posts ("Anzeige") and the blank entity left in it
        (r"^Anzeige$|^&nbsp;?$", "ad"),
    ),
    # the online status in the pane, after the name's link in vBulletin 3 ("jdoe jdoe is offline")
    author_line=(r"^(?P<author>\S.{0,40}?)(?: (?P=author))? is (?:offline|online)(?: now)?$",),
    member_info=(r"^Join Date:.*$", r"^Posts:.*$", r"^Location:.*$", r"^Beiträge:.*$", r"^Registriert seit:.*$",
                 # the rank with the avatar's alt text after it ("Moderator     Avatar von jdoe")
                 r"^.{0,60}\bAvatar von .+$", r"^.{0,60}\s+.{1,40}'s Avatar$"),
)

#: phpBB's quote header, in the board's language ("jdoe wrote:")
#: SMF's quote header in the languages it ships ("Quote from: jdoe on <date>", "Zitat von: jdoe am <date>", "Cita de:
#: jdoe en <date>", "Citation de : jdoe le <date>")
_SMF_QUOTE_FROM = r"^(?:Quote from|Zitat von|Cita de|Citation de ?):"
_SMF_ON = r"(?:on|am|en|le)"
_PHPBB_WROTE = r"^(?P<author>" + _NAME + r") (?:wrote|schrieb|a écrit|escribió|ha scritto):"
PHPBB = TextEngine(
    name="phpbb",
    signature_after_edit=True,
    fingerprints=(
        r"^Post ?by [^\n»]+ » ", r"^by [^\n»]+ » ", r"^Message ?par [^\n»]+ » ", r"^Beitrag ?von [^\n»]+ » ", r"^Powered by phpBB", r"^Board index$", r"^Print view$",
        r"^Display posts from previous:", r"^Users browsing this forum:", r"^Who is online$", r"^Return to \S",
        r"^Delete cookies$", r" wrote: ↑", r"^Beitrag von [^\n»]+ » ", r"^Message par [^\n»]+ » ", r"^Re: .+",
    ),
    post_end=(r"^(?:Top|Haut|Nach oben|Arriba|Torna su)$",),
    post_date=(PHPBB_BYLINE,),
    quote_open=(_PHPBB_WROTE + r"(?: ↑)?(?: (?P<when>.+))?$", r"^Quote$|^Zitat$|^Citation$",
                # phpBB 3.0: the <cite> header runs into the quoted words ("jdoe wrote:Dutch fixtures: ...")
                _PHPBB_WROTE + r"(?=\S)"),
    thread_end=(r"^(?:Return to|Retourner vers|Zurück zu|Volver a|Torna a) .+$", r"^Display posts from previous:.*$", r"^Jump to$", r"^Who is online$",
                r"^Users browsing this forum:.*$", r"^Post Reply$"),
    chrome=(
        (r"^Re: .+$|^AW: .+$", "subject"),
        (r"^Top$|^Quote$|^Print view$|^Unread post$|^Reply with quote$|^Haut$|^Répondre en citant le message$|"
         r"^Nach oben$|^Mit Zitat antworten$", "post_chrome"),
        (r"^Last edited by .+ on .+$|^Zuletzt geändert von .+$", "edited"),
        # a code box's label and button
        (r"^(?:Code|Quellcode|Código|Codice): (?:Select all|Alles auswählen|Seleccionar todo|Seleziona tutto)$|"
         r"^Code : Tout sélectionner$", "code_chrome"),
        # an attachment under the post: its file name, then its size and download count
        (r"^\([\d.,]+ [KMG]i?B\) (?:(?:Downloaded|Viewed) [\d,.]+ times?|[\d,.]+-mal (?:heruntergeladen|betrachtet))$|"
         r"^[^\s/:]{1,120}\.(?:zip|7z|rar|gz|tar|log|txt|pdf|docx?|xlsx?|csv|exe|msi)$", "attachment"),
    ),
    member_info=(r"^Posts:.*$", r"^Joined:.*$", r"^Location:.*$", r"^Beiträge:.*$", r"^Registriert:.*$",
                 r"^Wohnort:.*$", r"^Messages :.*$", r"^Inscription :.*$", r"^Contact:$",
                 # the pane's contact links
                 r"^(?:Send private message|Private message|Message privé|Private Nachricht|Mensaje privado|"
                 r"Messaggio privato|Website|Site Internet|Webseite|Sitio web|Sito web|Send e-mail|E-mail|ICQ|Jabber|"
                 r"Skype)$"),
)

SMF = TextEngine(
    name="smf",
    fingerprints=(r"^Logged$", r"^« Reply #\d+ on: ", r"^Quote from: .+ on ", r"^« on: ", r"^Pages: \[?\d",
                  r"Simple Machines", r"^Print$", r"^Advertisement:"),
    post_end=(r"^Logged$",),
    end_in_lists=False,
    signature_after_buttons=True,
    # SMF 2.1 prints the date alone, with "Last Edit: date by X" after it
    post_date=(r"^«\s*(?:Reply #\d+\s+)?on:\s*(?P<when>.+?)\s*»$", r"^(?:Reply #\d+\s+)?on:\s*(?P<when>.+?)\s*»?$",
               r"^(?P<when>\w+ \d{1,2}, \d{4}, \d{1,2}:\d{2}(?::\d{2})? [AP]M) Last Edit: .+$"),
    # SMF 2.1 runs the quoted text on after the header's date ("...08:14:10 PMWas it...")
    quote_open=(r"^Quote from: (?P<author>.+?) on (?P<when>\w+ \d{1,2}, \d{4}, \d{1,2}:\d{2}(?::\d{2})? [AP]M)(?=\S)",
                _SMF_QUOTE_FROM + r" (?P<author>.+?) " + _SMF_ON + r" (?P<when>.+)$", _SMF_QUOTE_FROM + r" (?P<author>.+)$",
                r"^Quote$"),
    # SMF 2.1: the topic's buttons above the first post
    thread_start=(r"^User actions$", r"^Go Down(?: Pages.*)?$"),
    thread_end=(r"^Go Up(?: Pages.*)?$", r"^Pages: .*Go Up$", r"^(?:Powered by )?SMF \d.*$"),
    starter=(r"^Started by (?P<author>.+?), .+$",),
    chrome=((r"^Logged$|^Print$|^Advertisement:?$|^Pages: .*$|^User actions$|^Go (?:Down|Up)(?: Pages.*)?$|^Quote$",
             "post_chrome"), (r"^Started by .+$|^(?:« )?(?:Previous topic - Next topic|previous next)(?: »)?$",
                              "navigation")),
    # the default member groups and post-count ranks printed under the name, and their stars; SMF 2.1 lists
    # "Logged" in the pane
    member_info=(r"^(?:Newbie|Jr\. Member|Full Member|Sr\. Member|Hero Member|God Member|Global Moderator|"
                 r"Administrator|Moderator)$", r"^Logged$"),
    # SMF 2.1's likes under the post: a head count ("2 people like this.", "1 person likes this.")
    reaction=(r"^(?P<count>\d[\d,]*) (?:people|persons?|members?) likes? this\.?$",),
)

MYBB = TextEngine(
    name="mybb",
    fingerprints=(r"^Posts: \d[\d,]* Threads: \d", r"Wrote:$", r"^Hello There, Guest!", r"^Reputation: ",
                  r"^\(This post was last modified:", r"^Pages \(\d+\):", r"^Find$", r"^MyBB"),
    # "05-20-2023, 05:47 PM (This post was last modified: ... by X.)"
    post_date=(r"^(?P<when>[^()]{6,40}?) \(This post was last modified: .+\)$",),
    # the quoted text may run on after "Wrote:" on the header's line
    quote_open=(r"^(?:\((?P<when>[^)]{4,40})\))?\s*(?P<author>" + _NAME + r") Wrote:$",
                r"^(?:\((?P<when>[^)]{4,40})\))?\s*(?P<author>[^\s()][^()]{0,40}?) Wrote: (?=\S)"),
    # the buttons under a post, on one line when the theme prints them inline ("Website Find")
    chrome=((r"^(?:Find|Reply|Quote|Report|Website|PM|Email)(?: (?:Find|Reply|Quote|Report|Website|PM|Email))*$",
             "post_chrome"),
            (r"^« Next Oldest \| Next Newest »$|^View a Printable Version$|^Forum Jump:$", "navigation"),
            # an image as MyBB prints its alt text ("[Image: photo.png]")
            (r"^\[Image: [^\]]+\]$", "attachment"),
            (r"^(?:Threaded|Linear) Mode$", "navigation"),
            (r"^Posts: \d.*$|^Threads: \d.*$|^Joined: .*$|^Reputation: .*$", "member_info")),
    member_info=(r"^Posts: .*$", r"^Threads: .*$", r"^Joined: .*$", r"^Reputation: .*$",
                 r"^(?:Junior|Senior|Super)? ?(?:Member|Moderator|Administrator)$|^Newbie$|^Posting Freak$"),
    # the online status printed after the name ("jdoe Offline")
    author_suffix=(r"\s+(?:Offline|Online)",),
    author_line=(r"^(?P<author>.{1,60}?) (?:Offline|Online)$",),
    thread_end=(r"^Powered By MyBB.*$", r"^« Next Oldest \| Next Newest »$", r"^Users browsing this thread:.*$"),
)

NODEBB = TextEngine(
    name="nodebb",
    fingerprints=(r"^@\S+ said in .+:$", r"^Log in to reply$", r"^Oldest to Newest$", r"^Newest to Oldest$",
                  r"^Most Votes$", r"^\d+ Repl(?:y|ies)$", r"^last edited by "),
    # the date after "wrote on" is filled in by JavaScript: dumps mostly hold the bare "wrote on" line
    post_date=(r"^(?:wrote|replied|posted)(?: to .+?)?(?: on)?(?:\s+(?P<when>(?!last edited).+?))?"
               r"(?:\s*last edited by.*)?$",
               # the Harmony theme prints no "wrote on", only "last edited by" above the text
               r"^(?P<when>)last edited by(?: \S+)?$"),
    # Harmony: "jdoe 1 Reply Last reply Reply Quote 0" under each post (the names of all who replied)
    post_end=(r"^(?:(?:.+ )?\d+ Repl(?:y|ies) Last reply )?Reply Quote -?\d+$",),
    # the avatar's letter and the status after the name ("jdoeJ Offline"), or the note on a member of another
    # server of the fediverse ("jdoeJ This user is from outside of this forum")
    author_suffix=(r"(?-i:[A-Z])? (?:Offline|Online|This user is from outside of this forum)",),
    quote_open=(r"^@(?P<author>\S+) said in .+:$",),
    # Harmony prints this hidden notice between the topic's header and its first post
    thread_start=(r"^This topic has been deleted\. Only users with topic management privileges can see it\.$",),
    thread_end=(r"^Log in to reply$",),
    # every post ends with its vote count on a line of its own
    reaction=(r"^(?P<count>-?\d+)$",),
    reaction_name="vote",
    chrome=((r"^last edited by .+$", "edited"), (r"^(?:Oldest to Newest|Newest to Oldest|Most Votes|Offline|Log in to reply|"
             r"Online|Loading More Posts|\d+ Repl(?:y|ies)|\d+ Posters?|\d+ Views?|Reply as topic)$", "navigation"),
            (r"^[\d.,]+k? Posts?\W+[\d.,]+k? Posters?\W+[\d.,]+k? Views?\b.*$", "navigation"),
            # the topic's state labels, all printed though hidden ("Scheduled Pinned Locked Moved <category>")
            (r"^(?:Watching Ignoring )?Scheduled Pinned Locked Moved\b.*$|^This topic has been deleted\. Only users "
             r"with topic management privileges can see it\.$", "navigation"),
            # under a post: who replied to it ("jdoeJ amyA 2 Replies Last reply")
            (r"^(?:.+ )?\d+ Repl(?:y|ies) Last reply$", "post_chrome"),
            # topic events listed between the posts ("jdoeJ jdoe has marked this topic as solved on")
            (r"^.{1,40} (?:has )?(?:marked this topic as \w+|(?:locked|unlocked|pinned|unpinned|moved|forked|"
             r"referenced|deleted|restored|shared) this topic)(?: on| on [^.!?]{0,40}| \S+ (?:\S+ )?ago)?$", "navigation"),
            # the time gap marked between two posts far apart ("3 months later")
            (r"^(?:\d+|an?|one) (?:minute|hour|day|week|month|year)s? later$", "navigation")),
    # a remote (ActivityPub) author's badge, printed twice in the pane
    member_info=(r"^.{1,60} This user is from outside of this forum$",),
    # a reply opens with a preview of the post it answers, under the post above: the parent's author (avatar
    # name and its letter, or the letter alone, then the name: "• jdoeJ jdoe", "• K Kim") as a list item
    parent_preview=(r"^(?P<name>.+)(?-i:[A-Z0-9?]) (?P=name)$",
                    r"^(?P<letter>(?-i:[A-Z0-9?])) (?!(?:Offline|Online)$)(?P=letter).*$"),
)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: Vanilla's short dates: "April 6" (this year), "March 2025", "April 6, 2024", "2:35PM" (today)
_VANILLA_DATE = _MONTH + r" \d{1,2}(?:, \d{4})?|" + _MONTH + r" \d{4}|\d{1,2}:\d{2} ?[AP]M"
VANILLA = TextEngine(
    name="vanilla",
    fingerprints=(r"^Howdy, Stranger!$", r"^Sign In or Register to comment\.$", r"^In this Discussion$",
                  r"^Quick Links$", r"^Best Of\.\.\.$", r"wrote: »$"),
    # the meta line under the author: "April 6 edited April 6 in Category"
    post_date=(r"^(?P<when>" + _VANILLA_DATE + r")(?: edited (?:" + _VANILLA_DATE + r"))?(?: in .{1,60})?$",),
    quote_open=(r"^(?P<author>" + _NAME + r") (?:wrote|said): ?»?$",),
    thread_end=(r"^Sign In or Register to comment\.$",),
    chrome=((r"^(?:edited|Edited) \w+ \d{4}$|^edited .+$", "edited"),
            (r"^Share on (?:Facebook|Twitter)$|^In this Discussion$|^Quick Links$|^Best Of\.\.\.$|^Comments$|"
             r"^Options$", "navigation")),
    # reaction buttons: "4Like", "1Like Awesome" (buttons nobody used print no count)
    reaction=(r"^(?P<count>\d[\d,]*) ?(?P<name>[A-Z][a-z]+)(?: [A-Z][a-z]+)*$",),
    member_info=(r"^.{1,40}\bPosts: [\d.,]+k?$",),
    author_suffix=(r"(?:\s+(?:Admin|Administrator|Moderator|Member|New Member|✭+))?(?:\s+Posts: [\d.,]+k?)?",),
    glued_avatar_name=True,
)

WOLTLAB = TextEngine(
    name="woltlab",
    fingerprints=(r"^Quote from ", r"^Edited (?:once|\d+ times), last by ", r"^Reactions Received", r"^Thread is "
                  r"(?:Resolved|Unresolved)", r"^Unresolved Threads$", r"^Zitat von ", r"^Forum Software: Burning Board"),
    quote_open=(r"^(?:Quote from|Zitat von) (?P<author>.+)$",),
    thread_end=(r"^Forum Software: .+$",),
    chrome=((r"^Edited (?:once|\d+ times), last by .+$|^Bearbeitet .+$", "edited"),
            # the collapsible quote's toggle
            (r"^(?:Expand|Collapse|Ausklappen|Einklappen)$", "quote_chrome"),
            (r"^\d+\s*Page \d+ of \d+$|^Seite \d+ von \d+$|^(?:Next|Previous) Page$|^\d{1,3}$", "pagination"),
            (r"^Advertisement(?::.*)?$|^Werbung$", "ad")),
    # the default reaction types, each shown with its count under the post
    reaction=(r"^(?P<name>Like|Thanks|Haha|Confused|Sad|Gefällt mir|Danke) (?P<count>\d[\d,.]*)$",),
    member_info=(r"^(?:Reactions Received|Posts|Beiträge|Erhaltene Reaktionen|Points|Punkte)$",),
)

FLUXBB = TextEngine(
    name="fluxbb",
    fingerprints=(r"^Powered by FluxBB", r"^Board footer$", r"^You are not logged in\.$", r"^#\d+ \d{4}-\d{2}-\d{2}",
                  r"^Registered: ", r"^Offline$"),
    post_date=(r"^#\d+\s+(?P<when>.+)$",),
    date_first=True,
    quote_open=(r"^(?P<author>" + _NAME + r") wrote:$",),
    thread_end=(r"^Board footer$", r"^Post reply$"),
    chrome=((r"^Offline$|^Online$|^Board footer$|^Jump to$", "post_chrome"),
            (r"^Last edited by .+$", "edited")),
    member_info=(r"^Registered: .*$", r"^Posts: .*$"),
)

STACKEXCHANGE = TextEngine(
    name="stackexchange",
    fingerprints=(r"^Share Improve this (?:answer|question) Follow$", r"^Improve this (?:answer|question)$",
                  r"^Add a comment", r"^Hot Network Questions$", r"^\d+ Answers?(?: \d+)?$", r"^Viewed [\d,.]+k? times",
                  r"^asked \w+ \d", r"^answered \w+ \d", r"^Sorted by:", r"Stack Exchange"),
    post_end=(r"^Add a comment\s*\|?$", r"^Show \d+ more comments?$"),
    # lower case only: the page header's "Asked 2 years ago" is not a post's pane
    post_date=(r"^(?-i:answered|asked|posted) (?P<when>.+)$",),
    bare_dates=False,
    thread_start=(r"^Viewed [\d,.]+k? times$",),
    thread_end=(r"^Hot Network Questions$", r"^Start asking to get answers$", r"^Your Answer$",
                r"^Not the answer you're looking for\?.*$", r"^Highly active question\..*$",
                r"^You must log in to answer this question\.$"),
    chrome=((r"^Share$|^Improve this (?:answer|question)$|^Follow$|^Share Improve this (?:answer|question) Follow$|"
             r"^Add a comment\s*\|?$|^Show \d+ more comments?$|^Reset to default$|^Sorted by:.*$|^\d+ Answers?(?: \d+)?$|"
             r"^Highest score \(default\).*$|^Date modified.*$|^Date created.*$|^[+-]?\d+$|^\d+ Comments?$", "post_chrome"),
            (r"^edited .+$|^Commented .+$|^Modified .+$|^Asked .+$|^Viewed .+$", "edited"),
            # MathJax sites wrap each post's text in these
            (r"^\\\$\\(?:begin|end)group\\\$$", "post_chrome"),
            (r"^Advertisement: .+$|^promoted \w+ \d{1,2}, \d{4}$", "ad"),
            (r"^[\d.,]+k?(?:\d+ gold badges?)?(?:\d+ silver badges?)?(?:\d+ bronze badges?)?$|"
             r"^.*\d+ (?:gold|silver|bronze) badges?.*$", "member_info"),
            (r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?(?: ?\+00:00)?$|^–\s*.+$|"
             r"^.{1,40} (?:Over a year ago|\w+ \d{1,2}, \d{4} at \d{1,2}:\d{2})$", "comment_meta")),
    member_info=(r"^.*\d+ (?:gold|silver|bronze) badges?.*$",),
    pane_after_body=True,
    pane_open=(r"^Share$", r"^Share Improve this (?:answer|question) Follow$"),
    post_open=(r"^[+-]?\d+$",),
    score_open=(r"^(?P<score>-?\d+)$",),  # (a bounty shows "+100")
    reaction_name="score",
    # a moderator's diamond ("Aaron Hall♦")
    author_suffix=(r"\s*♦",),
)

REDDIT = TextEngine(
    name="reddit",
    fingerprints=(r"^permalink$", r"^\d+ points?$", r"^Skip to main content$", r"^Open menu$", r"^Get App$",
                  r"^New to Reddit\?$", r"^Reddit Rules$", r"^load more comments", r"^\[–\]$",
                  r"Reddit, Inc\. © \d{4}",
                  # old Reddit: comment taglines, the submission line and its score box
                  r"^\[[–+-]\]\S", r"^submitted .+ by \S+", r"^\d[\d,.]*k? points? \(\d+% upvoted\)$",
                  r"^this post was submitted on "),
    # old Reddit taglines: "[–]name[S] 11 points12 points13 points 1 year ago (1 child)" (score as
    # dislikes/unvoted/likes), "submitted 1 year ago by name"; a deleted member is "[deleted]"
    # (a collapsed comment's tagline says why: "[+]name comment score below threshold-13 points...")
    post_date=(r"^\[[–+-]\](?P<author>[\w-]+|\[deleted\])(?:\[[^\]]*\])*(?: comment score below threshold|\s+)"
               r"(?:(?:-?\d[\d,.]*k? points?)+|\[score hidden\])\s+"
               r"(?P<when>.+?)(?:\s+stickied comment)?\s+\(\d+ child(?:ren)?\)$",
               r"^submitted (?P<when>.+?) by (?P<author>[\w-]+)(?:\[[^\]]*\])*$",
               # the new interface's post: "r/sub • 2 yr. ago" (the date filled in by script), the author under it
               r"^r/\S+\s+•(?:\s+(?P<when>.+))?$"),
    date_first=True,
    name_under_date=True,
    header_score=(r"^\[[–+-]\]\S+?(?:\[[^\]]*\])*(?: comment score below threshold|\s+)-?\d[\d,.]*k? points?"
                  r"(?P<score>-?\d[\d,.]*k?) points?-?\d",),
    page_score=(r"^(?P<score>[\d,.]+k?) points? \(\d+% upvoted\)$",),
    reaction_name="point",
    title_in_post=(r"^r/\S+\s+•",),
    link_title=(r"^.{10,300} \((?:self\.\w+|[\w-]+(?:\.[\w-]+)+)\)$",),
    bare_dates=False,
    quote_open=(),
    chrome=((r"^all \d+ comments$|^sorted by:(?: .+)?$|^promoted by .+$|^other discussions \(\d+\)$|"
             # the sort menu when the dump splits it ("sorted by:" / "best (suggested)" / "topnewcontroversial...")
             r"^best \(suggested\)$|^(?:top|new|controversial|old|random|q&a|live){3,}(?: \(beta\))?$|"
             r"^Want to add to the discussion\?$|^Post a comment!$|^Create an account$|"
             r"^Want to join\? Log in or sign up in seconds\.$|^this post was submitted on .+$|"
             r"^[\d,.]+k? points? \(\d+% upvoted\)$|^use the following search parameters to narrow your results:$", "navigation"),
            (r"^(?:permalink|embed|save|parent|report|reply|hide|give award|share|Award|Reply|Share|Read more|Open menu|"
             r"Get App|Skip to main content|Go to .+|\[–\]|\[\+\]|\d+ points?|\(\d+ child(?:ren)?\)|"
             r"load more comments.*|more replies|\d+ more repl(?:y|ies)|Upvote|Downvote|\d+ comments?|"
             r"Sort by:.*|Best|Top|New|Controversial|Old|Q&A|Comments Section|Expand user menu|Create post|"
             r"Open chat|Open inbox|Advertise on Reddit|Back|Promoted|Collapse video player|Community Info Section)$",
             "post_chrome"),
            (r"^r/\S+(?: •)?$|^u/\S+$|^•$|^\d+(?:\.\d)?[kK]?$|^\d+ \d+$", "post_chrome"),
            # a link post's preview image, its alt text the subreddit and the title ("r/sub - <title>")
            (r"^r/\S+ - .+$", "media"),
            # the new interface's menus and sign-up box around a post
            (r"^(?:Open navigation Go to Reddit Home|Get the Reddit app Log In Log in to Reddit|Open settings menu|"
             r"New to Reddit\?|Create your account and connect with a world of communities\.|Continue with Email|"
             r"Continue With Phone Number|By continuing, you agree to our User Agreement.*|Public|Restricted|"
             r"Anyone can view, post, and comment to this community|Reddit Rules Privacy Policy User Agreement.*)$",
             "navigation")),
    # markdown quotes (">") lose their mark in a dump: a reply opening with words of a comment above quotes it
    unmarked_quotes=True,
)

DISCOURSE = TextEngine(
    name="discourse",
    fingerprints=(r"^Powered by Discourse", r"^Related topics$", r"^\d+ Likes?$", r"^Home Categories",
                  r"^Topic Replies Views Activity$", r"^Suggested Topics$"),
    thread_end=(r"^Related topics$", r"^Suggested Topics$", r"^Topic Replies Views Activity$"),
    chrome=((r"^\d+ Likes?$|^Log In$|^Privacy Policy$|^Terms of Service$", "post_chrome"),),
)

DISCUZ = TextEngine(
    name="discuz",
    fingerprints=(r"发表于", r"只看该作者", r"回复 引用", r"^UID$", r"^积分$", r"^帖子$", r"\d楼$"),
    # X3 prints "author 发表于 date | 只看该作者" above each post; a quote header is the same without the link
    post_date=(r"^(?:(?P<author>[^|]+?)\s+)?发表于\s*(?P<when>[^|]+?)\s*\|\s*只看该作者$",
               r"^发表于\s*(?P<when>.+?)(?:\s*\|.*)?$"),
    quote_open=(r"^原帖由\s*(?P<author>.+?)\s*于\s*(?P<when>.+?)\s*发表$", r"^(?P<author>[^|]+?)\s+发表于\s+(?P<when>[^|]+)$"),
    chrome=((r"^只看该作者$|^回复$|^引用$|^回复 引用$|^举报$", "post_chrome"),
            (r"^本帖最后由 .+ 编辑$", "edited"),
            (r"^评分$|^参与人数\s*\d+.*$", "reaction"),
            (r"^\d*\s*(?:上一页|下一页|返回列表)$|^\d+(?:\s*\d+)*\s*下一页$", "pagination"),
            (r"^广告$", "ad"), (r"^查看:\s*\d+\s*\|\s*回复:\s*\d+$", "navigation")),
    # post counters ("楼主", "2#", "5楼") sit between the author's name and the date line
    member_info=(r"^(?:UID|积分|帖子|主题|精华|阅读权限|注册时间|最后登录)\b.*$",
                 r"^(?:楼主|沙发|板凳|地板|\d+\s*[#楼])$"),
)

INSIDED = TextEngine(
    name="insided",
    fingerprints=(r"^Userlevel \d+$", r"^Badge \+\d+$", r"^Oldest first$", r"^Newest first ?Best voted$",
                  r"^Best answer by ", r"^View original$", r"^Tweet Share Share$", r"^Powered by inSided"),
    # the solved topic's question repeats the best answer under it, between these lines
    quote_open=(r"^Best answer by (?P<author>.+?) (?P<when>\d{1,2} \w+ \d{4}, \d{1,2}:\d{2})$",),
    quote_close=(r"^View original$",),
    # the closed notice sits between the question and the replies: chrome, not the thread's end
    thread_end=(r"^Reply$", r"^Related topics$", r"^Powered by inSided.*$"),
    chrome=((r"^This topic has been closed for comments.*$", "navigation"),
            (r"^(?:Oldest first|Newest first ?Best voted|Newest first|Best voted|Tweet Share Share|Answer|"
             r"Solved|Like|Quote|Share)$", "post_chrome"),
            (r"^\d+ (?:replies|views)$", "navigation")),
    # the pane: name (or its initial), "Rank", "Userlevel 7", "Badge +8", then a list of name, title, replies
    member_info=(r"^Rank$", r"^Userlevel \d+$", r"^Badge \+\d+$", r"^[\d.,]+k? (?:repl(?:y|ies)|views?)$",
                 r"^Author$"),
)

#: the badges Lemmy prints right after a name, glued to it in a dump ("DessalinesOPMA": the poster, a moderator and
#: admin), after a name's last lower-case letter or digit
_LEMMY_BADGES = r"(?<=[a-z0-9_])(?:OPMA|OPM|OPA|OPB|OP|MA)"
LEMMY = TextEngine(
    name="lemmy",
    posts_as_items=True,
    # the icons' names stand as lines: "fedilink", "arrow-up", "message-square"
    fingerprints=(r"^fedilink$", r"^arrow-up$", r"^arrow-down$", r"^message-square$", r"^Subscribe from Remote Instance$",
                  r"^You must log in or # to comment\.$"),
    # the post's byline: "jdoe to community · 1 year ago" (the community's language may run into its name)
    post_date=(r"^(?P<author>\S+?)" + _LEMMY_BADGES + r"? to \S.{0,60}? · (?P<when>.+)$",),
    # the post's card: the byline, the title, its counts; then the post: the title again, the byline, the text
    title_in_post=(r"^\S+ to \S.{0,60}? · .+$",),
    thread_end=(r"^Subscribe from Remote Instance$",),
    chrome=((r"^(?:message-square|alert-triangle|lock|globe|heart|search|Support Lemmy|Communities|Create Post|"
             r"Create Community|You must log in or # to comment\.)$", "navigation"),),
    # a comment's header: "jdoe@instance.org", then its icons, language, score and date
    member_info=(r"^(?:link|fedilink|arrow-up|arrow-down|English|-?\d+\s*·)$",),
    # a remote member's instance after the name ("db0@lemmy.dbzer0.com"), and the badges
    author_suffix=(r"(?:@[\w-]+(?:\.[\w-]+)+)?" + _LEMMY_BADGES + r"?$",),
    # markdown quotes (">") lose their mark in a dump: a reply opening with words of a comment above quotes it
    unmarked_quotes=True,
)

#: Kunena's shown dates: relative by default ("2 years 6 months ago", "1 Jahr 2 Tage her"), or the configured format
_KUNENA_DATE = (r"(?:(?:\d+|an?|one) \S+ ){1,3}(?:ago|her|fa|geleden|temu)|Just now|Gerade eben|"
                r"(?:\w+, )?\d{1,2}\.? \S+ \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?|"
                r"\w+ \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?|"
                r"\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?: \d{1,2}:\d{2})?")
#: a post's date line: "<subject> <date> #<post id>" (Blue Eagle), "<date> #<post id> by <author>" (Aurelia)
_KUNENA_POST_DATE = r"^(?:.*? )??(?P<when>" + _KUNENA_DATE + r") #\d+(?: (?:by|von|par|de|da) (?P<author>.{1,60}))?$"
#: the header line naming the topic ("TOPIC: <title>")
_KUNENA_TOPIC = r"(?:TOPIC|THEMA|SUJET|TEMA|ARGOMENTO|ONDERWERP|TEMAT)"
#: what both template families print
_KUNENA_COMMON = dict(
    quote_open=(r"^(?P<author>" + _NAME + r") " + WROTE + r":\s*",),
    chrome=((r"^(?:Note: BBCode and smil(?:e|ie|ey)s can be used\.|Notiz: BBcode und Smiles können verwendet werden\.|"
             r"Remarque : BBCode et smileys peuvent être utilisés\.)$", "editor"),
            (r"^(?:Last Edit|Letzte Änderung|Dernière modification|Última edición): .+$", "edited"),
            (r"^(?:Attachments?|Anhang|Anhänge|Pièces? jointes?|Adjuntos?):.*$", "attachment"),
            (r"^(?:Reply|Quote|Thank you|Antworten|Zitieren|Danke|Report|Melden)(?: (?:Reply|Quote|Thank you|Antworten|"
             r"Zitieren|Danke|Report|Melden))*$|^More$|^Mehr$", "post_chrome"),
            (r"^Total: \d+ users? online.*$|^Time to create page: .*$", "footer"),
            # Aurelia's line over each post ("jdoe replied the topic: <title>"): the author is in the pane
            (r"^.{1,60}? (?:replied the topic:?|created a new topic:?|antwortete auf das Thema:?|"
             r"erstellte das Thema:?) .+$", "post_chrome")),
    # who thanked the post: their number is the count
    reaction=(r"^(?:The following user\(s\) said Thank You|Folgende Benutzer bedankten sich|Thank you|Danke):\s*"
              r"(?P<names>\S.*)$",),
    reaction_name="thanks",
    member_info=(r"^(?:Thank you received|Dank erhalten|Remerciements reçus|Gracias recibidas):? \d+$",
                 r"^.{1,40}s? Avatar ?(?:Topic Author|Autor|Auteur du sujet)?$", r"^(?:Topic Author|Autor)$"),
    thread_end=(r"^(?:Powered by )?Kunena(?: Forum)?$", r"^Powered by Kunena.*$", r"^Time to create page: .*$"),
)
#: Kunena 2-3 (Blue Eagle): each post opens with its date line, the author pane under it
KUNENA = TextEngine(
    name="kunena",
    # none starts with a wildcard: the detector tries line-start fingerprints only on lines whose first character
    # one of them may start with
    fingerprints=(r"^" + _KUNENA_TOPIC + r": ", r"^Powered by Kunena", r" ago #\d+$",
                  r"^The following user\(s\) said Thank You: ", r"^(?:Thank you received|Dank erhalten): \d+$",
                  r"^(?:Note: BBCode and smil(?:e|ie|ey)s can be used|"
                  r"Notiz: BBcode und Smiles können verwendet werden)\.$"),
    post_date=(_KUNENA_POST_DATE,),
    date_first=True,
    # the pane's first item is the name; a rank may repeat under it (its title and its image's alt text)
    name_under_date=True,
    thread_start=(r"^" + _KUNENA_TOPIC + r": .+$",),
    title_line=(r"^" + _KUNENA_TOPIC + r": (?P<title>.+)$",),
    **_KUNENA_COMMON,
)
#: Kunena 4-6 (Crypsis, Aurelia): the author pane, then "<date> #<id>", then "<author> replied the topic: <title>"
KUNENA_ROWS = TextEngine(
    name="kunena",
    fingerprints=(r" ago #\d+(?: by \S.*)?$", r" replied the topic: ", r" created a new topic ",
                  r"^Powered by Kunena", r"^Thank you: ", r"^(?:Thank you received|Dank erhalten): \d+$"),
    post_date=(_KUNENA_POST_DATE,),
    **_KUNENA_COMMON,
)

#: bbPress: "<date>#<id>" opens each post, the author's name and forum role under it
BBPRESS = TextEngine(
    name="bbpress",
    fingerprints=(r"^This topic has \d+ repl(?:y|ies)", r"^Viewing \d+ (?:posts?|replies|topics?) - \d+ through \d+",
                  r"^This (?:reply|topic) was modified ",
                  r"^You must be logged in to reply to this topic\.$", r"^(?:Participant|Keymaster)$"),
    post_date=(r"^(?P<when>\S.{4,40}?(?:\d{4}|[ap]m|ago)) ?#\d+$",),
    date_first=True,
    name_under_date=True,
    quote_open=(r"^(?P<author>" + _NAME + r") (?:wrote|said):$",),
    thread_end=(r"^You must be logged in to reply to this topic\.$", r"^Reply To: .+$"),
    # the breadcrumbs on one line, the topic last ("Home › Forums › <forum> › <topic>")
    title_line=(r"^(?:[^›]+ › )+(?P<title>[^›]+)$",),
    chrome=((r"^This (?:reply|topic) was modified .+$", "edited"),
            (r"^(?:Author|Posts)$|^Viewing \d+ (?:posts?|replies|topics?) - .+$|^This topic has \d+ repl.+$",
             "navigation")),
    member_info=(r"^(?:Participant|Keymaster|Spectator|Blocked|Teilnehmer|Participante)$",),
)

#: Hacker News: "<name> <age> | parent | next [–]" opens each comment, "reply" closes it; the submission's line is
#: "<points> points by <name> <age> | hide | past | favorite | <n> comments" under its title
HACKERNEWS = TextEngine(
    name="hackernews",
    fingerprints=(r"^Hacker News new \| past \| comments", r"^\d+ points? by \S+ .+ \| \d+\s*comments?$",
                  r" ago \| (?:parent \| )?(?:prev \| )?(?:next )?\[–\]$", r"^Guidelines \| FAQ \| ", r"^reply$"),
    post_date=(r"^\d+ points? by (?P<author>[\w-]{2,15}) (?P<when>.{1,30}? ago|on \w+ \d{1,2}, \d{4})(?: \|.*)?$",
               r"^(?P<author>[\w-]{2,15}) (?P<when>.{1,30}? ago|on \w+ \d{1,2}, \d{4})(?: \|.*)?$"),
    # the story's points on its byline (comments show none)
    header_score=(r"^(?P<score>\d+) points? by ",),
    reaction_name="point",
    # quotes are written as text: "> <quoted words>"
    quote_open=(r"^>\s*(?=\S)",),
    bare_dates=False,
    post_end=(r"^reply$",),
    thread_end=(r"^Guidelines \| FAQ \| .*$",),
    chrome=((r"^reply$", "post_chrome"), (r"^Search:$", "footer"),
            (r"^Hacker News new \| past \| .*$", "navigation")),
)

#: IP.Board 3: the pane ("<name> #<n>", the member title, counts), then "Posted <date>"; quotes open with
#: "<name>, on <date>, said:"
IPB3 = TextEngine(
    name="ips",
    fingerprints=(r"^Posted \d{1,2} \w+ \d{4} - \d{1,2}:\d{2} [AP]M$", r", on [^\n]{6,40}, said:$",
                  r"^This post has been edited by ", r"^Community Forum Software by IP\.Board", r"^MultiQuote$"),
    post_date=(r"^Posted (?P<when>\d.+)$",),
    # the post's number after the name ("jdoe #3")
    author_suffix=(r" #\d+",),
    quote_open=(r"^(?P<author>[^,]{1,60}), on (?P<when>.+?), said:$",),
    unmarked_quotes=True,
    thread_end=(r"^Community Forum Software by IP\.Board.*$",),
    chrome=((r"^This post has been edited by .+$", "edited"), (r"^MultiQuote$", "post_chrome")),
)

#: Khoros (Lithium): the pane (the avatar's name, the name, the rank), then the date and time run together
#: ("06-12-201911:23 AM"); "<n> Kudos" ends each message; an accepted solution is printed again above the replies
KHOROS = TextEngine(
    name="khoros",
    fingerprints=(r"^\d+ Kudos", r"^Accepted Solutions?$", r"^View solution in original post$",
                  r"^Solved! Go to Solution\.$"),
    post_date=(r"^\u200e?(?P<when>\d{1,2}[-/.]\d{1,2}[-/.]\d{4} ?\d{1,2}:\d{2} ?[AP]M)$",),
    quote_open=(r"^(?P<author>" + _NAME + r") wrote:$",),
    reaction=(r"^(?P<count>\d[\d,]*) Kudos(?:Reply)?$",),
    reaction_name="kudos",
    chrome=((r"^(?:Accepted Solutions?|View solution in original post|Solved! Go to Solution\.)$", "navigation"),
            # also a reaction line (read as one under a post): as chrome it ends the next post's pane above it
            (r"^\d[\d,]* Kudos(?:Reply)?$", "reaction")),
)

#: ProBoards: the mini profile (name, group, counts), the date line, the message; quotes open with
#: "Quote from <name> on <date>"
PROBOARDS = TextEngine(
    name="proboards",
    fingerprints=(r"^Quote from .{1,60} on ", r"^Last Edit: .+ by ", r"^Powered by ProBoards",
                  r" \d{1,2}:\d{2}:\d{2} GMT$"),
    quote_open=(r"^Quote from (?P<author>.{1,60}?) on (?P<when>.+)$",),
    thread_end=(r"^Powered by ProBoards.*$",),
    chrome=((r"^Last Edit: .+$", "edited"),),
)

#: unknown engines: no fingerprints, only the common tables and bare date lines
GENERIC = TextEngine(
    name="generic",
    fingerprints=(),
    word_dates=False,
    name_dates=True,
    quote_open=(r"^(?P<author>" + _NAME + r") " + WROTE + r":(?: ↑| »)?$",
                _SMF_QUOTE_FROM + r" (?P<author>.+?)(?: " + _SMF_ON + r" (?P<when>.+))?$",
                r"^Originally Posted by (?P<author>.+?)(?: View Post)?$", r"^(?P<author>" + _NAME + r") posted(?:\.\.\.|…)$",
                # the header and the quoted words on one line ("Travis Johnson wrote: Katie and I ...", JForum)
                QUOTED_NAME_LEAD + r" wrote: (?=(?-i:[A-ZÄÖÜÀ-Þ0-9]))"),
    chrome=((r"^Quote:?$|^Zitat:?$|" + _XF_EXPAND, "quote_chrome"),),
    closing_date=(_XF1_META,),
    # phpBB's byline; a post's number before its date and time, as FluxBB and PunBB print them ("#1 Today 10:46:47")
    post_date=(PHPBB_BYLINE, r"^#\d+ (?P<when>.{0,30}\b\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)$",
               # or after a separator, the date ending in a year, a time or "ago" ("#3 · Jan 3, 2024 (Edited)")
               r"^#\d+ [·|•] (?P<when>.{0,30}?(?:\b\d{4}|\b\d{1,2}:\d{2}(?: ?[AaPp][Mm])?|\bago))(?: \(\w+\))?$"),
    # a pane line naming the author after a label ("Posted by Kim Lee"), the date on a line of its own
    # or a name with the thread starter's badge run on ("jdoe Discussion starter")
    author_line=(r"^(?:Posted|Written|Submitted) by (?P<author>\S.{0,40})$",
                 r"^(?P<author>\S.{0,59}) (?:Discussion starter|Thread starter|Topic starter|Original poster)$"),
    # a thanks or like counter in brackets ("[ 3 ] Thanks")
    reaction=(r"^\[ ?(?P<count>\d[\d,]*) ?\] (?P<name>Thanks|Likes?)$",),
    signature=(r"^Signature:?$",),
)

#: Slash (Slashdot, SoylentNews): the story ("Posted by <editor> on <date> from the <x> dept."), then comments as
#: nested list items: the subject with its moderated score ("Re:Title (Score:5, Insightful)"), the byline ("by jdoe
#: ( 123 ) writes: on <date> (#64153115)"), the text, "Share". A comment folded under the reader's threshold prints
#: its byline without a date and the first words of its text: no post, as the HTML path reads the page
_SLASH_WHEN = r"(?:\w+day )?\w+ \d{1,2}, \d{4} @\d{1,2}:\d{2}[AP]M"
#: (a star after the member's number marks a subscriber: "by jdoe ( 4333 ) * writes:")
_SLASH_BY = r"^by (?P<author>\S.{0,60}?)(?: \( \d+ \)(?: \*)?)?(?: writes:)?"
SLASH = TextEngine(
    name="slash",
    fingerprints=(r"\(Score:-?\d+(?:, [\w ]+)?\)$", r"^by \S.{0,60}? \( \d+ \)",
                  r"^Posted by \S+ on " + _SLASH_WHEN, r"^twitter facebook$", r"^Parent Share$",
                  r"^The Fine Print: The following comments are owned by whoever posted them\."),
    post_date=(r"^Posted by (?P<author>\S+) on (?P<when>" + _SLASH_WHEN + r")(?: from the .+ dept\.)?$",
               _SLASH_BY + r" on (?P<when>" + _SLASH_WHEN + r")(?: \(#\d+\))?(?: (?:Journal|Homepage))*$",
               _SLASH_BY + r"(?P<when>)$"),
    bare_dates=False,
    folded_undated=True,
    header_score=(r"^.*\(Score:(?P<score>-?\d+)(?:, [\w ]+)?\)$",),
    # the subject line over the byline is the comment's pane: its score is the post's
    member_info=(r"^.*\(Score:-?\d+(?:, [\w ]+)?\)$",),
    reaction_name="score",
    post_end=(r"^(?:Parent )?Share$",),
    thread_end=(r"^Related Links Top of the: day, week, month\.$",),
    chrome=((r"^(?:Share|Parent Share|Parent|twitter facebook|Flag as Inappropriate)$", "post_chrome"),
            (r"^(?:Load All Comments|Full\s+Abbreviated\s+Hidden|/Sea|Score:|-?\d|More Login|Forgot your password\?|"
             r"Close|Comments Filter:|All|Insightful|Informative|Interesting|Funny|←|→|You may like to read:|"
             r"Search \d+ Comments Log In/Create an Account|This discussion has been archived\. .*|"
             r"The Fine Print: The following comments are owned by whoever posted them\..*)$", "navigation")),
    # readers quote their parent in italics: the dump keeps the words, not the italics
    unmarked_quotes=True,
)

#: Tripadvisor's forums: each post's pane is the name, the home town, badges ("Destination Expert" / "for <places>")
#: and counts ("29,553 posts", "518 helpful votes"), then the subject ("3. Re: <title>") and the date
TRIPADVISOR = TextEngine(
    name="tripadvisor",
    fingerprints=(r"^\d[\d,]* helpful votes?$", r"^Destination Expert$", r"^Watch this Topic$",
                  r"^Browse all [\d,]+ .{1,60} topics »$", r"^\d+ repl(?:y|ies) to this topic$", r"^Tripadvisor$"),
    name_atop_pane=True,
    member_info=(r"^\d[\d,]* (?:posts?|forum posts|helpful votes?|reviews?|photos?)$",
                 r"^(?:Destination Expert|Top Contributor|Level \d+ Contributor)$", r"^for \S.{0,100}$"),
    thread_end=(r"^Top questions about .+$", r"^.{1,60} Destination Experts$"),
    chrome=((r"^(?:Watch this Topic|Browse forums|Go to forums home|Sorted by|SEE ALL»|See all »|Beyond destination forums|"
             r"Browse by destination|All|Browse all [\d,]+ .{1,60} topics »|[\w .'-]{1,40} forums?)$", "navigation"),
            (r"^« (?:\d+ )+»$", "pagination")),
)

#: engines the text path knows; the first fingerprint match order breaks ties
ENGINES: tuple[TextEngine, ...] = (IPS, XENFORO, VBULLETIN, PHPBB, SMF, MYBB, NODEBB, VANILLA, WOLTLAB, FLUXBB,
                                   STACKEXCHANGE, REDDIT, DISCOURSE, DISCUZ, INSIDED, LEMMY, KUNENA, KUNENA_ROWS,
                                   BBPRESS, HACKERNEWS, IPB3, KHOROS, PROBOARDS, SLASH,
                                   TRIPADVISOR)

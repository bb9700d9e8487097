/**
 * Noise rules for rendered pages: which landmarks, roles, tags and class/id names mark a block as
 * site chrome, and which kind of noise. One table, read top to bottom; each entry says why it
 * exists and which page taught it ("bench" = the article-extraction benchmark in
 * shared/benchmarks, "seed" = the corpus seeds, "test page" = test/extract/pages).
 *
 * A rule is checked on the block's element and its ancestors (nearest first). `stripsKept` says
 * whether the rule is specific enough to strip a block that the article extractor kept; the others
 * only name why a block outside the article was dropped.
 */
import { classAttribute, upperCaseTag } from '../extract/element-reads';
import type { NoiseCategory } from './categories';
import { collapseWhitespace } from '../text';

/** One DOM noise rule. */
export interface DomRule {
  /** Short name, shown in the block's reason. */
  name: string;
  category: NoiseCategory;
  /** Upper-case tag names the rule matches. */
  tags?: readonly string[];
  /** ARIA roles the rule matches. */
  roles?: readonly string[];
  /** Tested against the lower-cased class, id and test-id attributes (`names()` below). */
  names?: RegExp;
  /** Extra condition on the element (kept cheap: it runs on every ancestor of every block). */
  when?: (el: Element) => boolean;
  /** May strip a block the extractor kept (specific signal), not only name a dropped one. */
  stripsKept: boolean;
  /**
   * A generic name (a `-meta` line, a `footer-nav` list): a specific rule on an ancestor wins over
   * it (an author card's `author-name` line is the bio; a footer's copyright line is the footer).
   */
  weak?: boolean;
}

/** True when no `article`/`main` ancestor holds the element: a page-level header or footer. */
function pageLevel(el: Element): boolean {
  return !el.parentElement?.closest('article, main, [role="main"]');
}

/** A sentence about a person's job: how an author bio reads, and a byline does not. */
const BIO_SENTENCE = /\b(?:is|are|was|writes?|covers?|reports?|joined|serves?|lives?|works?|has (?:been|written|covered))\b.*\S+\s+\S+/i;

/** Name boundary: start, end, or any non-letter (class names join words with -, _ or spaces). */
const B = '(?:^|[^a-z])';
const E = '(?:$|[^a-z])';

/** Caption class names (WordPress `wp-caption-text`, `cutline`, NBC `caption__text`). */
const CAPTION_NAMES = /caption|(?:^|[^a-z])(?:wp-caption-text|image-?desc|photo-?desc|img-?desc|media-?desc|cutline)(?:$|[^a-z])/;

/**
 * Names of the credit inside a caption: fixture 003-nbc `span.caption__source` ("CBP"), fixtures
 * offtopic-city-library / offtopic-travel-oaxaca `span.mc-credit` / `span.ww-credit`.
 */
const CREDIT_IN_CAPTION = /credit|courtesy|photographer|source|copyright|attribution|byline|(?:^|[^a-z])rights(?:$|[^a-z])/;

/** Tags that would make a caption element hold several lines (then each line is its own block). */
const BLOCK_INSIDE = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'FIGURE', 'FIGCAPTION', 'TABLE', 'SECTION', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'PRE']);

/**
 * A one-line caption that carries its credit inside it (`<figcaption>Caption <span
 * class="credit">AP</span></figcaption>`): the corpus builder labels such a caption-with-credit
 * line `photo-credit` (text-rules `caption-with-credit` / `glued-credit`), so the DOM does too.
 */
function carriesCredit(el: Element): boolean {
  if ((el.textContent ?? '').length >= 600) return false;
  let credit = false;
  for (const d of Array.from(el.querySelectorAll('*'))) {
    if (BLOCK_INSIDE.has(d.tagName.toUpperCase())) return false;
    if (!credit && CREDIT_IN_CAPTION.test(names(d))) credit = true;
  }
  return credit;
}

/**
 * Names of a chart or data graphic (fixture 003-nbc `figure.chart-embed`; Datawrapper's and
 * Flourish's embed classes). `chartbeat` (analytics) does not match: the word must end there.
 */
const CHART_NAMES = new RegExp(`${B}(?:charts?|graphs?|infographics?|datawrapper|flourish|data-?viz|dataviz|data-?graphic|data-?visuali[sz]ation)${E}`);

/**
 * True for a chart's own text: a figure or figcaption in a chart-named figure, or a chart-named
 * element that is not a list of links (bench: an `#infographics-tab` of links to graphics is
 * related links, not a chart).
 */
function inChart(el: Element): boolean {
  const figure = el.closest('figure');
  if (figure !== null && CHART_NAMES.test(names(figure))) return true;
  return CHART_NAMES.test(names(el)) && el.querySelectorAll('a').length <= 1;
}

/** Related-section names (seed 000: NPR's `related-reads`; bench: "More from", "Most read"). */
const RELATED_NAMES = /related|more-?stories|read-?more|readmore|recommend|most-?read|most-?popular|popular-?posts|trending|also-?read|more-?from|next-?article|up-?next|you-?may|further-?reading/;

/** A heading that introduces teasers: the text rules' `related-heading` words ("Read more", "Related stories"). */
const RELATED_HEADING = /^(?:Read more|Related(?: stories| articles| coverage| content| reading| links)?|More (?:stories|coverage|news)|More from [\p{L} ]{2,30}|Recommended(?: for you| stories| reading)?|You (?:may|might) also like|Most (?:read|popular)(?: [\p{L} ]{2,30})?|What to read next|Trending(?: now)?|Further reading|Read next|Also read)\s*:?$/iu;

/** A summary under a teaser headline is a sentence or two of prose (NPR's `p.teaser`: 200+ characters). */
const TEASER_SUMMARY_CHARS = 60;

/**
 * A list of teasers: headline links with a summary each (fixture 000-npr-web: `aside.related-reads`,
 * "Read more", then h4 links and `p.teaser` summaries). A plain list of links has no summary.
 * Looks at a bounded number of elements: the rule runs on every matching ancestor.
 */
function holdsTeaserSummaries(el: Element): boolean {
  let visited = 0;
  const stack: Element[] = [el];
  while (stack.length && visited++ < 2_000) {
    const cur = stack.pop()!;
    if (cur.tagName.toUpperCase() === 'P') {
      if (collapseWhitespace(cur.textContent ?? '').length >= TEASER_SUMMARY_CHARS) return true;
      continue;
    }
    for (let c = cur.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}

function isRelatedHeading(el: Element | null): boolean {
  return el !== null && /^H[1-6]$/.test(el.tagName.toUpperCase()) && RELATED_HEADING.test(collapseWhitespace(el.textContent ?? ''));
}

/** The section opens with (or follows) a heading that reads "Read more", "Related"... */
function underRelatedHeading(el: Element): boolean {
  const first = el.firstElementChild;
  return isRelatedHeading(first) || isRelatedHeading(first?.firstElementChild ?? null) || isRelatedHeading(el.previousElementSibling);
}

/** Tags of a section that a "Read more" heading may open (or precede) without naming it. */
const SECTION_TAGS = new Set(['ASIDE', 'SECTION', 'UL', 'OL']);

/** A related section (named so, or an aside/section/list under a related heading) holding summaries. */
function isTeaserSection(el: Element): boolean {
  const sectionLike = SECTION_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'complementary';
  return (RELATED_NAMES.test(names(el)) || (sectionLike && underRelatedHeading(el))) && holdsTeaserSummaries(el);
}

export const DOM_RULES: readonly DomRule[] = [
  // --- Embedded posts: the embed code is a blockquote that survives Readability with its text.
  // Seed 002 (Daily Caller) embeds a tweet; Twitter's, Instagram's, TikTok's and Facebook's embed
  // snippets all use these classes.
  {
    name: 'embedded post',
    category: 'social-embed',
    names: new RegExp(`${B}(?:twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|bluesky-embed|reddit-embed|social-embed|embed-twitter|embed-instagram)${E}`),
    stripsKept: true,
  },
  // --- Captions and credits: research.md (removing them from Readability's output lifts F1
  // 0.947 -> 0.956 with no recall loss); seed 003 (NBC) has caption + "Salwan Georges / The
  // Washington Post via Getty Images file"; bench pages (BBC "Image caption", Guardian, AP).
  // --- Charts: the source line under a chart is a chart label, not a photo caption (fixture
  // 003-nbc: `figure.chart-embed > p.chart-embed__source` "National Institute on Drug Abuse", which
  // the text rules call `chart-label` in the seeds). Before the caption rules, which would claim it.
  {
    name: 'chart or data graphic',
    category: 'chart-label',
    tags: ['FIGURE', 'FIGCAPTION'],
    names: CHART_NAMES,
    when: (el) => (el.textContent ?? '').length < 400 && inChart(el),
    stripsKept: true,
  },
  {
    name: 'photo credit',
    category: 'photo-credit',
    names: /credit|courtesy|photographer|source-?image|image-?source|photo-?source/,
    when: (el) => (el.textContent ?? '').length < 300,
    stripsKept: true,
  },
  // Copyright lines under an article or in the footer (bench: nytimes.com "© 2019 The New York
  // Times Company", slashgear.com "© 2005-2019 SlashGear"; seed 002 ends with a republishing notice).
  {
    name: 'copyright notice',
    category: 'syndication-notice',
    names: /copyright|(?:^|[^a-z])(?:legal|rights|licen[cs]e|syndication|republish)(?:$|[^a-z])/,
    when: (el) => (el.textContent ?? '').length < 400,
    stripsKept: true,
    weak: true,
  },
  // A caption line with its credit inside it ("...June 15, 2021." + `span.caption__source` "CBP",
  // fixture 003-nbc; "...reading room... " + `span.mc-credit`, fixture offtopic-city-library) is the
  // caption-with-credit line: `photo-credit`, as the corpus builder labels it in the seeds. The
  // plain caption line beside it (003's `p.caption__alt`) stays `photo-caption` (next rules).
  {
    name: 'caption with its credit',
    category: 'photo-credit',
    tags: ['FIGCAPTION'],
    names: CAPTION_NAMES,
    when: carriesCredit,
    stripsKept: true,
  },
  // The caption element itself, and caption classes (WordPress `wp-caption-text`, `cutline`).
  {
    name: 'figure caption',
    category: 'photo-caption',
    tags: ['FIGCAPTION'],
    stripsKept: true,
  },
  {
    name: 'caption class',
    category: 'photo-caption',
    names: CAPTION_NAMES,
    when: (el) => (el.textContent ?? '').length < 600,
    stripsKept: true,
  },
  // Short text in a <figure> outside its figcaption is a credit or caption line (bench: vox.com
  // `span.e-image__meta` "Sakib Ali/Hindustan Times/Getty Images" survives Readability).
  {
    name: 'text inside a figure',
    category: 'photo-caption',
    tags: ['FIGURE'],
    when: (el) => (el.textContent ?? '').length < 500,
    stripsKept: true,
  },
  // --- Share bars: every news page (test page; bench: "Share this article", "Facebook Twitter
  // Email" rows kept by Readability when they sit in the article).
  {
    name: 'share bar',
    category: 'share-bar',
    names: new RegExp(`share|${B}(?:social|sociable|addthis|sharethis|a2a|shariff|sharing)`),
    when: (el) => (el.textContent ?? '').length < 400,
    stripsKept: true,
  },
  // --- Consent banners: GDPR walls on EU pages (test page; bench pages from UK/EU sites; the
  // cookieconsent library's `cc-window` on fixture offtopic-shop-category).
  {
    name: 'cookie or consent banner',
    category: 'cookie-banner',
    names: /cookie|consent|gdpr|onetrust|cmp-|privacy-?banner|truste|(?:^|[^a-z])cc-(?:window|banner|message)/,
    stripsKept: true,
  },
  // --- Ad slots: "Advertisement" labels that sit between paragraphs (test page; bench pages of
  // newspapers keep the label inside the article body).
  {
    name: 'ad slot',
    category: 'ad-slot',
    names: new RegExp(`${B}(?:ads?|advert|adverts|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|adsbygoogle|dfp|gpt-ad|sponsored|sponsor|taboola|outbrain|promoted|banner-?ad|promo-?strip|promo-?banner|promo-?bar)${E}|${B}ad-|-ad${E}|advert|dfp-`),
    stripsKept: true,
  },
  // --- Newsletter signups: seed 003 (NBC's "Morning Rundown" box); test page; bench blogs.
  {
    name: 'newsletter signup',
    category: 'newsletter-signup',
    names: /newsletter|signup|sign-up|subscribe|subscription|mailing-?list|email-?capture|optin|opt-in/,
    stripsKept: true,
  },
  // --- Related stories. Teasers (headline + summary) under a "Read more" / "Related" section are
  // `related-teaser`, as the text rules call what follows such a heading in the seeds (fixture
  // 000-npr-web: `aside.related-reads`, "Read more", four h4 links with `p.teaser` summaries). A
  // section counts when it is named related or is an aside under such a heading, and holds summaries.
  {
    name: 'related teasers',
    category: 'related-teaser',
    tags: ['ASIDE', 'SECTION', 'UL', 'OL'],
    roles: ['complementary'],
    names: RELATED_NAMES,
    // The section's own heading or title (000's `h3.related-reads__title` "Read more") goes with it.
    when: (el) => isTeaserSection(el) || (el.parentElement !== null && isTeaserSection(el.parentElement)),
    stripsKept: true,
  },
  // Related links and "read more" lists without summaries: test page; bench news pages ("More
  // from", "Most read", "Recommended").
  {
    name: 'related links',
    category: 'related-links',
    names: new RegExp(`${RELATED_NAMES.source}|pagination|post-?nav`),
    stripsKept: true,
  },
  // --- Author bios: test page; bench blog pages end with an "About the author" box.
  {
    name: 'author bio',
    category: 'author-bio',
    names: new RegExp(`author-?bio|${B}bio${E}|${B}bio-|about-?(?:the-?)?author|author-?info|author-?box|author-?card|author-?content|author-?details|author-?description|post-?author|contributor-?bio`),
    stripsKept: true,
  },
  // A box named just `author` is a bio when it reads like one ("Brian Mann is NPR's addiction
  // correspondent", fixture 001; "Courier staff reports on city government", fixture
  // offtopic-city-library); a bare name or date there is a byline (next rules).
  {
    name: 'author card',
    category: 'author-bio',
    names: /(?:^|[^a-z])(?:authors?|author-?role|contributors?)(?:$|[^a-z])/,
    when: (el) => BIO_SENTENCE.test((el.textContent ?? '').slice(0, 400)),
    stripsKept: true,
  },
  // --- Comments. First the invitation above a WordPress-style comment form ("Leave a Reply",
  // "Your email address will not be published"): a prompt, not comments (fixture 004-copy-site).
  {
    name: 'comment form',
    category: 'comment-prompt',
    names: /reply-?title|comment-?notes|leave-?a-?(?:reply|comment)|comments?-?prompt/,
    stripsKept: true,
  },
  // Then the comments themselves: test page; bench blogs (Disqus threads, WordPress `#comments`).
  {
    name: 'comments',
    category: 'comments',
    names: /comment|disqus|replies|respond|reply-?form|discussion/,
    stripsKept: true,
  },
  // Bylines and datelines ("By Stefan Becket", "Published 11:11 PM EST Nov 19, 2019"): neither
  // article text nor any other category (bench: cbsnews.com, usatoday.com, gray.tv stations, the
  // nbcnews.com date `div` kept by Readability). After author-bio and comments, which share words.
  // The `<address>` (the article's author) and a `<time>` standing as its own line are the same
  // furniture (reuse page copy-bayes-morning-ledger: `<address class="byline">` then
  // `<time>Wed 18 Nov 2026 07.00 GMT</time>`). A <time> inside a sentence is never a block's element.
  {
    name: 'byline or dateline',
    category: 'other',
    tags: ['ADDRESS', 'TIME'],
    names: /byline|dateline|timestamp|publish-?info|(?:^|[^a-z])(?:dates?|time|posted|posted-?on|published|updated|pubdate|post-?date|entry-?date|article-?date|post-?meta|entry-?meta|article-?meta|meta|author-?name|authors?|writtenby)(?:$|[^a-z])/,
    when: (el) => (el.textContent ?? '').length < 200,
    stripsKept: true,
    weak: true,
  },
  // --- Landmarks: what any page's chrome is made of (test page; bench pages throughout).
  {
    name: 'nav landmark',
    category: 'navigation',
    tags: ['NAV'],
    roles: ['navigation', 'menubar', 'menu', 'tablist'],
    stripsKept: true,
  },
  {
    name: 'breadcrumbs or menu',
    category: 'navigation',
    names: new RegExp(`breadcrumb|${B}(?:nav|navbar|navigation|menu|menus|topbar|skip-?link|skip-?to|tags|tag-?list|keywords|topics)${E}|${B}nav-|-nav${E}`),
    stripsKept: false,
    weak: true,
  },
  {
    name: 'page header or footer',
    category: 'header-footer',
    tags: ['HEADER', 'FOOTER'],
    when: pageLevel,
    stripsKept: false,
  },
  {
    name: 'banner or contentinfo role',
    category: 'header-footer',
    roles: ['banner', 'contentinfo'],
    stripsKept: false,
  },
  {
    name: 'header or footer class',
    category: 'header-footer',
    // A bare `header` only at the start of a name or after a page-level word: `card-header`,
    // `table-header`, `entry-header` head a component of the page, often the article itself
    // (trafilatura-eval dev: a recipe's ingredient table, an FAQ's questions, a lead paragraph).
    names: new RegExp(`${B}(?:masthead|site-?header|site-?footer|page-?header|page-?footer|global-?header|global-?footer|footer|(?:main|top|mobile|sticky|fixed)-?header)${E}|(?:^|[^a-z_-])header${E}`),
    stripsKept: false,
    weak: true,
  },
  // Sidebars hold "most read" lists more often than anything else (bench: venturebeat.com).
  {
    name: 'sidebar',
    category: 'related-links',
    tags: ['ASIDE'],
    roles: ['complementary'],
    stripsKept: false,
  },
  {
    name: 'sidebar class',
    category: 'related-links',
    names: /sidebar|side-?bar|(?:^|[^a-z])(?:right-?|left-?)?rail|widget/,
    stripsKept: false,
    weak: true,
  },
];

/**
 * The lower-cased names a rule's `names` pattern is tested on: class, id, test id, and the
 * aria-label (fixture 000-npr-web: the share tools are only named "Share this story" there).
 */
export function names(el: Element): string {
  const cls = classAttribute(el) ?? '';
  const id = el.getAttribute('id') ?? '';
  const testId = el.getAttribute('data-testid') ?? el.getAttribute('data-component') ?? '';
  const label = el.getAttribute('aria-label') ?? '';
  return `${cls} ${id} ${testId} ${label}`.toLowerCase().trim();
}

/**
 * Every rule's `names` pattern in one: where it finds nothing, no rule's names match, and the
 * twenty patterns need not be tried one by one on the element (most elements have a class).
 * Exact because the patterns are plain (no flags, no back-references); null otherwise.
 */
const ANY_RULE_NAME = (() => {
  const patterns = DOM_RULES.flatMap((rule) => (rule.names ? [rule.names] : []));
  if (patterns.some((p) => p.flags !== '' || /\\[1-9k]/.test(p.source))) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
})();

/** The first rule (table order) that matches this one element, ignoring its ancestors. */
export function matchDomRule(el: Element): DomRule | null {
  const tag = upperCaseTag(el);
  const role = el.getAttribute('role');
  let n: string | undefined;
  let anyName: boolean | undefined;
  for (const rule of DOM_RULES) {
    const hit =
      (rule.tags?.includes(tag) ?? false) ||
      (role !== null && (rule.roles?.includes(role) ?? false)) ||
      (rule.names !== undefined && (n ??= names(el)) !== '' && (anyName ??= !ANY_RULE_NAME || ANY_RULE_NAME.test(n)) && rule.names.test(n));
    if (hit && (!rule.when || rule.when(el))) return rule;
  }
  return null;
}

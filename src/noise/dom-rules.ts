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
import type { NoiseCategory } from './categories';

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
    names: /caption|(?:^|[^a-z])(?:wp-caption-text|image-?desc|photo-?desc|img-?desc|media-?desc|cutline)(?:$|[^a-z])/,
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
  // --- Related links and "read more" lists: seed 000 (NPR's "Read more" block); test page;
  // bench news pages ("More from", "Most read", "Recommended").
  {
    name: 'related links',
    category: 'related-links',
    names: /related|more-?stories|read-?more|readmore|recommend|most-?read|most-?popular|popular-?posts|trending|also-?read|more-?from|next-?article|up-?next|you-?may|further-?reading|pagination|post-?nav/,
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
  {
    name: 'byline or dateline',
    category: 'other',
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
    names: new RegExp(`${B}(?:masthead|site-?header|site-?footer|page-?header|page-?footer|global-?header|global-?footer|footer|header)${E}`),
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
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const testId = el.getAttribute('data-testid') ?? el.getAttribute('data-component') ?? '';
  const label = el.getAttribute('aria-label') ?? '';
  return `${cls} ${id} ${testId} ${label}`.toLowerCase().trim();
}

/** The first rule (table order) that matches this one element, ignoring its ancestors. */
export function matchDomRule(el: Element): DomRule | null {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  let n: string | undefined;
  for (const rule of DOM_RULES) {
    const hit =
      (rule.tags?.includes(tag) ?? false) ||
      (role !== null && (rule.roles?.includes(role) ?? false)) ||
      (rule.names !== undefined && (n ??= names(el)) !== '' && rule.names.test(n));
    if (hit && (!rule.when || rule.when(el))) return rule;
  }
  return null;
}

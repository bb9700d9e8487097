/**
 * Noise rules that need only the text of consecutive paragraphs (no DOM): the corpus builder runs
 * them on plain-text seeds, the page extractor runs them on page blocks after its DOM rules.
 * Heuristics live in the tables below; each entry says why it exists and which seed taught it.
 * A rule's reason travels with the label: `rule-id: "the words that triggered it"`.
 */
import type { NoiseCategory } from './categories';
import { leadingMarker } from './speaker-labels';
import { OUTLET_PATTERN } from '../corpus/outlets';
import { CAPTION_THRESHOLDS, creditTail, gluedCredit, wordOverlap } from './caption-pairs';

/** A noise label for one paragraph, and why. */
export interface TextNoiseLabel {
  category: NoiseCategory;
  /** `rule-id: "exact words"`, e.g. `browser-notice: "IE 11 is not supported"`. */
  reason: string;
}

/** One text rule. `test` returns the words (from `texts[i]`) that triggered it, or null. */
export interface TextRule {
  id: string;
  category: NoiseCategory;
  /**
   * `line` labels the paragraph itself; `until-end` also labels every later paragraph that no
   * line rule claimed (a "Read more" heading: what follows is teasers to the end).
   */
  scope: 'line' | 'until-end';
  test(texts: readonly string[], i: number): string | null;
}

/** Numbers the rules use; named so a reviewer can see and tune them. */
export const TEXT_THRESHOLDS = {
  /** An embedded post is at most this long (002's tweet: 240 characters with its link). */
  maxPostChars: 400,
  /** A chart/source label has at most this many words (003: "National Institute on Drug Abuse" = 5). */
  maxChartLabelWords: 8,
  /** A repeated headline must sit in the last part of the text, past this fraction (004 repeats it last). */
  repeatedHeadlineFrom: 0.5,
  /** ...and repeat one of the first lines (headline zone). */
  headlineZone: 4,
  /** Evidence quoted in a reason is cut to this many characters. */
  maxEvidenceChars: 80,
} as const;

/** Words that make a short capitalised line an organisation (a chart's source), not a subheading. */
const ORGANISATION_WORDS =
  // 003/004: "National Institute on Drug Abuse" under the overdose-deaths chart.
  /\b(Institutes?|Department|Bureau|Agency|Administration|Centers?|Office|Commission|Survey|Statistics|Census|Council|Ministry|Organi[sz]ation|Foundation|University|Fund|Bank|Authority|Service)\b/;

/** A tweet's attribution line (002 line 5): "— Daniel Horowitz (@RMConservative) January 30, 2020". */
const TWEET_ATTRIBUTION = /^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(\p{L}+\.? \d{1,2}, \d{4})?\s*$/u;

/** A reporter's sign-off (001 line 38): "Brian Mann, NPR News." */
const SIGN_OFF = new RegExp(
  `^\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){1,3}, (?:${OUTLET_PATTERN}|\\p{Lu}\\p{L}+ News)(?:, \\p{Lu}[\\p{L} ]{1,30})?\\.?$`,
  'u',
);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?[A-Z]{2,4})?';
/**
 * A line that is only a date and time: reuse page copy-bayes-morning-ledger "Wed 18 Nov 2026 07.00
 * GMT", bench nbcnews.com "Nov. 20, 2019, 9:28 AM UTC", a blog's "November 20, 2019".
 */
const DATE_ONLY = new RegExp(
  `^(?:${DAY}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?:,?\\s*(?:at\\s+|-\\s*)?${CLOCK})?\\s*\\|?$`,
);
/** Some piece of a date or a time (a "Published" line must hold one). */
const DATE_PIECE = new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b${CLOCK}|\\b${MONTH}\\s+\\d{1,2}\\b`);

/** Lower-case words a wire credit is made of ("with reporting by ...; editing by ... in London"). */
const CREDIT_WORDS = /^(?:by|and|with|additional|further|reporting|writing|editing|research|compiled|contributed|to|this|report|story|article|from|in|at|of|the|de|da|van|von|der|le|la)$/i;

/** A line that is only an outlet's name (000 line 1: "National Public Radio"). */
const MASTHEAD = new RegExp(`^(?:${OUTLET_PATTERN})$`);

/** The rules, in priority order (the first that fires labels the paragraph). */
export const TEXT_RULES: readonly TextRule[] = [
  {
    // 003 line 1: "IE 11 is not supported. For an optimal experience visit our site on another browser."
    id: 'browser-notice',
    category: 'browser-notice',
    scope: 'line',
    test: (t, i) =>
      match(t[i], /\b(?:IE ?\d+|Internet Explorer)\b[^.]{0,40}\bnot supported\b|\bfor an optimal experience\b[^.]*browser|\b(?:update|upgrade) your browser\b|\benable JavaScript\b|^This [\p{L} ]{1,30} requires JavaScript\.?$/iu),
  },
  {
    // 003 line 3: "Morning Rundown: Mystery surrounds company ..." (NBC's newsletter teaser above the story).
    id: 'newsletter-teaser',
    category: 'newsletter-teaser',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Morning|Evening|Weekend|Daily) (?:Rundown|Briefing|Brief|Digest)\s*:/i),
  },
  {
    // 001 line 40: "Transcript provided by NPR, Copyright NPR." (NPR's footer on every transcript).
    id: 'transcript-credit',
    category: 'transcript-credit',
    scope: 'line',
    test: (t, i) => match(t[i], /^Transcript provided by [^.]{1,80}(?:, Copyright [^.]{1,80})?\.?$/i),
  },
  {
    // 001 line 38: "Brian Mann, NPR News." (a broadcast reporter's sign-off, not part of the story).
    id: 'reporter-sign-off',
    category: 'transcript-credit',
    scope: 'line',
    test: (t, i) => match(t[i], SIGN_OFF),
  },
  {
    // 001: a line that is only a speaker label or a sound cue (the builder splits them off lines).
    id: 'speaker-label',
    category: 'speaker-label',
    scope: 'line',
    test: (t, i) => {
      const marker = leadingMarker(t[i] ?? '');
      return marker && marker.rest === '' ? marker.marker : null;
    },
  },
  {
    // 002 line 5: "— Daniel Horowitz (@RMConservative) January 30, 2020" under an embedded tweet.
    id: 'tweet-attribution',
    category: 'social-embed',
    scope: 'line',
    test: (t, i) => match(t[i], TWEET_ATTRIBUTION),
  },
  {
    // 002 line 4: the tweet body, with its "https://t.co/..." link, directly above the attribution.
    id: 'tweet-body',
    category: 'social-embed',
    scope: 'line',
    test: (t, i) => {
      // A post is short (280 characters and a link); a long paragraph citing a link is the story.
      if ((t[i] ?? '').length > TEXT_THRESHOLDS.maxPostChars) return null;
      return (
        match(t[i], /https?:\/\/(?:t\.co|pic\.twitter\.com|x\.com|twitter\.com)\/\S+/) ??
        (TWEET_ATTRIBUTION.test((t[i + 1] ?? '').trim()) ? excerpt(t[i] ?? '') : null)
      );
    },
  },
  {
    // 002 line 13: "All content created by the Daily Caller News Foundation ... All republished articles must include our logo".
    id: 'syndication-notice',
    category: 'syndication-notice',
    scope: 'line',
    test: (t, i) =>
      match(t[i], /\bAll content created by [^.]{1,120}(?:available|republish)|\bAll republished articles must\b|\bAll rights reserved\b|^(?:©|Copyright\s*[©@]?\s*\d{4})/i),
  },
  {
    // 004 lines 66/68: "Leave a Reply", "Your email address will not be published. Required fields are marked *".
    id: 'comment-prompt',
    category: 'comment-prompt',
    scope: 'line',
    test: (t, i) =>
      match(t[i], /^(?:Leave a (?:Reply|Comment)|Post a comment|Join the (?:conversation|discussion))\b|\bYour email address will not be published\b|\bRequired fields are marked\b/i),
  },
  {
    // 004 line 70: "Scroll to top" (a blog theme's back-to-top link).
    id: 'navigation',
    category: 'navigation',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Scroll to top|Back to top|Skip to (?:main )?content|Next (?:article|story|post)|Previous (?:article|story|post))\s*[↑»›]?$/i),
  },
  {
    // 001 line 42: "Tags: drug cartels  Mexico" (the CMS's tag list).
    id: 'tags',
    category: 'other',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Tags?|Topics|Filed under)\s*:\s*\S.*$/i),
  },
  {
    // 000 line 1: "National Public Radio", the site name printed above the headline.
    id: 'masthead',
    category: 'header-footer',
    scope: 'line',
    test: (t, i) => (i <= 1 ? match(t[i], MASTHEAD) : null),
  },
  {
    // 003 lines 50/51 and 75/76, 004 lines 25/26: a caption printed twice, the second time with the
    // photo credit glued on ("...June 15, 2021." then "...June 15, 2021.CBP"). This is the first.
    id: 'caption-repeated',
    category: 'photo-caption',
    scope: 'line',
    test: (t, i) => (creditTail(t[i], t[i + 1]) ? excerpt(t[i] ?? '') : null),
  },
  {
    // ...and this is the second copy: the caption with the credit ("CBP", "Arizona Attorney General Kris Mayes via Twitter").
    id: 'caption-with-credit',
    category: 'photo-credit',
    scope: 'line',
    test: (t, i) => creditTail(t[i - 1], t[i]),
  },
  {
    // 003 lines 9 and 20: a caption with a credit glued after its last full stop
    // ("...attorney general's office.Salwan Georges / The Washington Post via Getty Images file").
    id: 'glued-credit',
    category: 'photo-credit',
    scope: 'line',
    test: (t, i) => gluedCredit(t[i]),
  },
  {
    // 003 lines 8 and 19: the agency's own caption directly above a credited caption of the same photo
    // ("Hundreds of pounds of fentanyl and meth seized near Ensenada ... No one was arrested ...").
    id: 'caption-before-credit',
    category: 'photo-caption',
    scope: 'line',
    test: (t, i) => {
      const next = t[i + 1];
      if (!next || !gluedCredit(next) || creditTail(t[i], next)) return null;
      return wordOverlap(t[i] ?? '', next) >= CAPTION_THRESHOLDS.captionOverlap ? excerpt(t[i] ?? '') : null;
    },
  },
  {
    // 003 line 59, 004 line 9: "National Institute on Drug Abuse", the source line of a chart
    // between two paragraphs (a short capitalised organisation name, no sentence punctuation).
    id: 'chart-source',
    category: 'chart-label',
    scope: 'line',
    test: (t, i) => {
      const s = (t[i] ?? '').trim();
      if (i === 0 || /[.?!:;,"”]$/.test(s)) return match(s, /^(?:Source|Chart|Graphic|Data)s?\s*:\s*\S.{0,100}$/i);
      const words = s.split(/\s+/);
      if (words.length > TEXT_THRESHOLDS.maxChartLabelWords || !ORGANISATION_WORDS.test(s)) return null;
      const capitalised = words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || /^(?:of|on|for|and|the|in|to|&)$/.test(w));
      return capitalised ? s : match(s, /^(?:Source|Chart|Graphic|Data)s?\s*:\s*\S.{0,100}$/i);
    },
  },
  {
    // 004 line 64: the headline printed again after the story (a scraper template's footer).
    id: 'repeated-headline',
    category: 'other',
    scope: 'line',
    test: (t, i) => {
      if (i < t.length * TEXT_THRESHOLDS.repeatedHeadlineFrom) return null;
      const s = (t[i] ?? '').trim();
      if (!s) return null;
      const zone = Math.min(TEXT_THRESHOLDS.headlineZone, i);
      for (let j = 0; j < zone; j++) if ((t[j] ?? '').trim() === s) return excerpt(s);
      return null;
    },
  },
  {
    // Common site chrome on rendered pages (not in the seeds): ad labels and share bars.
    id: 'ad-label',
    category: 'ad-slot',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Advertisement|Advert|Sponsored(?: content)?|Story continues below advertisement)$/i),
  },
  {
    id: 'share-bar',
    category: 'share-bar',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Share(?: this (?:article|story))?|Share on (?:Facebook|Twitter|X)|Copy link|Email|Print)$/i),
  },
  {
    // "Sign up for our ... newsletter"; reuse page offtopic-interest-rates-markets: "Sign up to our
    // Markets Morning newsletter" (a promo box inside the body); bench: "Click here to subscribe to
    // The Paradigm Newsletter", IndieWire's "Sign Up: Stay on top of ... Sign up for our Email Newsletters here."
    id: 'newsletter-signup',
    category: 'newsletter-signup',
    scope: 'line',
    test: (t, i) =>
      matchShort(t[i], 200, /^(?:Click here to |Want more\?\s*)?(?:Sign up|Subscribe|Register|Get)(?: now| today| here| free)?(?: for| to)?(?: (?:our|the|my))? [^.!?]{0,60}\bnewsletters?\b|^Sign up:/i),
  },
  {
    // Wire credits after the story (bench: Reuters "(Reporting by Greg Roumeliotis ...; editing by
    // Martin Howell.)", "Additional reporting by Joseph Hudak"; NYT "Keith Bradsher contributed
    // reporting from Hong Kong."; Fox "Fox News’ Jessica Napoli contributed to this report.").
    id: 'reporting-credit',
    category: 'other',
    scope: 'line',
    test: (t, i) => {
      const words = matchShort(t[i], 300, /^\(?(?:[Aa]dditional |[Ff]urther |[Ww]ith )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch) by \p{Lu}.{2,300}$|^[^.!?]{2,120}\bcontributed (?:reporting|research|to this (?:report|story|article))\b[^.!?]{0,80}[.)]*$/u);
      // A credit is names and the credit words; a sentence has other lower-case words ("Reporting by
      // local journalists first revealed...").
      const other = (words ?? '').split(/[\s,;()]+/).filter((w) => /^\p{Ll}/u.test(w) && !CREDIT_WORDS.test(w));
      return words && other.length <= 2 ? words : null;
    },
  },
  {
    // A related story's link inside the body (bench: express.co.uk "READ MORE: China plague outbreak
    // confirmed: ...", "SEE MORE: Hong Kong protests: ...", a food blog's "Related post: Pickled
    // Brussels Sprouts Recipe", CRN's "[Related: Salesforce Dreamforce Keynote: ...]").
    id: 'inline-teaser',
    category: 'related-teaser',
    scope: 'line',
    test: (t, i) =>
      matchShort(t[i], 200, /^\[?(?:READ MORE|SEE MORE|READ ALSO|ALSO READ|SEE ALSO|MORE FROM [\p{L} ]{2,30}|RELATED|DON'T MISS|Related (?:post|article|story|stories|coverage|content|reading))\s*:\s*\S.*$/iu),
  },
  {
    // Follow prompts (bench: BBC "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    // Forbes "Follow me on Twitter or LinkedIn.", AP "Follow AP's full coverage of Brexit ... at https://...").
    id: 'follow-prompt',
    category: 'share-bar',
    scope: 'line',
    test: (t, i) =>
      matchShort(t[i], 200, /^Follow (?:us|me|@?[\p{L}\p{N}'’.&\- ]{1,40}?) on (?:Twitter|Facebook|Instagram|LinkedIn|X|YouTube|TikTok|Threads|Bluesky|Mastodon|Google News|Flipboard|WhatsApp|Telegram)\b|^Follow (?:us|me) (?:@\w+|at)\b|^Follow [^.!?]{1,40} (?:full )?coverage (?:of|at)\b.*https?:\/\//iu),
  },
  {
    // A comments heading or count standing alone (bench: WordPress themes' "Comments", "4 comments").
    id: 'comments-heading',
    category: 'comments',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:\d+\s+)?(?:Comments?|Responses?)(?:\s*\(\d+\))?$/i),
  },
  {
    // Gallery chrome (bench: Hearst papers' "Image 1 of 9" / "Image 1 of / 9", "Enlarge Image").
    id: 'gallery-counter',
    category: 'photo-caption',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:(?:Image|Photo|Slide) \d+ of \/? ?\d+|(?:Enlarge|Expand)(?: this)? (?:image|photo))$/i),
  },
  {
    // A credit line of its own (bench: chron.com "Photo: David Zalubowski, STF / Associated Press").
    id: 'credit-line',
    category: 'photo-credit',
    scope: 'line',
    test: (t, i) => match(t[i], /^(?:Photo|Photograph|Picture|Image|Illustration|Video)(?: credit)?\s*:\s*[^!?]{1,80}$/i),
  },
  {
    // A byline standing alone (bench: nbcnews.com "By Reuters"; the byline rule of the DOM table
    // catches most, this is for bylines in unnamed elements). Capitalised words only, so a
    // sentence ("By the end of the year, ...") is not one.
    id: 'byline',
    category: 'other',
    scope: 'line',
    test: (t, i) => matchShort(t[i], 60, /^By \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|&))*$/u),
  },
  {
    // The heading of a row of teaser links inside the body (bench: express.co.uk "DON'T MISS",
    // IndieWire "Popular on IndieWire", a blog's "RECENT ARTICLES" / "POPULAR THIS WEEK", space.com
    // "More:"). Line only: unlike `related-heading` it may sit mid-story, with the story going on after.
    id: 'teaser-heading',
    category: 'related-teaser',
    scope: 'line',
    test: (t, i) =>
      match(t[i], /^(?:DON'T MISS|More:|Popular on [\p{L} ]{2,30}|Popular this week|Recent (?:articles|posts|stories)|More (?:great )?[\p{L}]{2,20} (?:stories|news)|You (?:may|might) also like(?:\.\.\.|…))$/iu),
  },
  {
    // App promos (bench: foxnews.com "CLICK HERE TO GET THE FOX NEWS APP").
    id: 'app-promo',
    category: 'other',
    scope: 'line',
    test: (t, i) => matchShort(t[i], 120, /^Click here to (?:get|download) (?:the|our) .{1,40}\bapp$/i),
  },
  {
    // A line that is only a date, or "Published ... <date>" (bench: "Published November 20th, 2019 -
    // 07:29 GMT", gray.tv "Posted: Fri 6:45 PM, Feb 16, 2018 |", NBC "Nov. 20, 2019, 9:28 AM UTC").
    id: 'dateline',
    category: 'other',
    scope: 'line',
    test: (t, i) => {
      const s = (t[i] ?? '').trim();
      if (s.length > 80) return null;
      return match(s, DATE_ONLY) ?? (DATE_PIECE.test(s) ? match(s, /^(?:Published|Posted|Updated|Last updated|First published)(?: on| at)?\s*:?\s+\S.*$/i) : null);
    },
  },
  {
    // Affiliate disclosures (bench: "This post may contain affiliate and/or referral links.", MSN
    // "Microsoft may earn an Affiliate Commission if you purchase something through recommended links").
    id: 'affiliate-disclosure',
    category: 'other',
    scope: 'line',
    test: (t, i) => matchShort(t[i], 300, /\b(?:may|might) contain (?:affiliate|referral)\b|\b(?:may|might) earn (?:an? )?(?:affiliate )?commission\b/i),
  },
  {
    id: 'cookie-banner',
    category: 'cookie-banner',
    scope: 'line',
    test: (t, i) => match(t[i], /\bWe use cookies\b|\bcookie (?:policy|settings|preferences)\b/i),
  },
  {
    // 000 line 52: "Read more", then four teaser headlines with summaries to the end of the text.
    id: 'related-heading',
    category: 'related-teaser',
    scope: 'until-end',
    test: (t, i) =>
      match(t[i], /^(?:Read more|Related(?: stories| articles| coverage| content| reading)?|More (?:stories|coverage|news)|More from [\p{L} ]{2,30}|Recommended(?: for you| stories)?|You (?:may|might) also like|Most (?:read|popular)|What to read next|Trending(?: now)?)\s*:?$/iu),
  },
];

/**
 * Labels each paragraph as noise (category and reason) or null (content, as far as text rules
 * can tell). `texts` are consecutive paragraphs of one document or page, in reading order.
 */
export function classifyParagraphs(texts: string[]): (TextNoiseLabel | null)[] {
  const labels: (TextNoiseLabel | null)[] = texts.map(() => null);
  let region: TextNoiseLabel | null = null;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (!text.trim()) continue;
    for (const rule of TEXT_RULES) {
      const words = safeTest(rule, texts, i);
      if (words === null) continue;
      labels[i] = { category: rule.category, reason: `${rule.id}: "${excerpt(words)}"` };
      if (rule.scope === 'until-end' && !region) region = { category: rule.category, reason: `after ${labels[i]!.reason}` };
      break;
    }
    if (!labels[i] && region) labels[i] = { ...region };
  }
  return labels;
}

function safeTest(rule: TextRule, texts: readonly string[], i: number): string | null {
  const words = rule.test(texts, i);
  return words && words.trim() ? words.trim() : null;
}

/** `match`, on lines of at most `max` characters only (prompts and credits are short lines). */
function matchShort(text: string | undefined, max: number, pattern: RegExp): string | null {
  return (text ?? '').trim().length <= max ? match(text, pattern) : null;
}

function match(text: string | undefined, pattern: RegExp): string | null {
  const m = pattern.exec((text ?? '').trim());
  return m ? m[0] : null;
}

function excerpt(s: string): string {
  const t = s.trim();
  return t.length <= TEXT_THRESHOLDS.maxEvidenceChars ? t : `${t.slice(0, TEXT_THRESHOLDS.maxEvidenceChars - 1).trimEnd()}…`;
}

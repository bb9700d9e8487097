/**
 * The one list of noise categories, shared by the corpus builder (plain-text seeds), the page
 * extractor (DOM blocks) and the sidebar (labels). Keep ids stable: they cross the CLI's JSON
 * contract and the stored corrections.
 */
export const NOISE_CATEGORIES = {
  // Categories a plain-text document can show (the seeds taught us each one).
  'browser-notice': 'Browser notice',
  'newsletter-teaser': 'Newsletter / rundown teaser',
  'related-teaser': 'Related-story teaser',
  'photo-caption': 'Photo caption',
  'photo-credit': 'Photo credit',
  'social-embed': 'Embedded social post',
  'syndication-notice': 'Syndication / copyright notice',
  'transcript-credit': 'Transcript credit',
  'speaker-label': 'Speaker label or sound cue',
  'comment-prompt': 'Comment prompt',
  navigation: 'Navigation',
  'chart-label': 'Chart / source label',
  // Site chrome that only a rendered page has.
  'header-footer': 'Header / footer',
  'share-bar': 'Share bar',
  'cookie-banner': 'Cookie / consent banner',
  'ad-slot': 'Ad slot',
  'newsletter-signup': 'Newsletter signup',
  'related-links': 'Related links',
  'author-bio': 'Author bio',
  comments: 'Comments',
  other: 'Other',
} as const;

/** Id of a noise category, e.g. `photo-caption`. */
export type NoiseCategory = keyof typeof NOISE_CATEGORIES;

export function isNoiseCategory(value: string): value is NoiseCategory {
  return Object.prototype.hasOwnProperty.call(NOISE_CATEGORIES, value);
}

export function noiseLabel(category: NoiseCategory): string {
  return NOISE_CATEGORIES[category];
}

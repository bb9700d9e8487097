/**
 * The cheap check run on every page before anything else: does this page hold an article?
 * Readability's `isProbablyReaderable` is the model (it only looks at p/pre/article and div>br
 * text lengths); we run it with a markup-only visibility test (same answer under linkedom and in
 * the browser) and accept the page's own word for it when it declares itself an article.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { jsonLdScripts } from './json-ld-body';
import { isHidden } from './visibility';

/** Thresholds of the cheap check. */
const CHECK = {
  /** Readability's defaults: paragraphs of 140+ characters, sqrt-length score summing to 20. */
  minContentLength: 140,
  minScore: 20,
  /**
   * A page that declares itself an article (og:type, schema.org type) needs less proof: some
   * news pages split the body into short paragraphs that miss Readability's score (bench pages).
   */
  declaredMinScore: 10,
} as const;

/** og:type / JSON-LD @type values that say "this page is an article". */
const ARTICLE_TYPE = /"@type"\s*:\s*\[?\s*"(?:News|Blog|Report|Scholarly|Tech)?Article"|"@type"\s*:\s*"(?:BlogPosting|LiveBlogPosting|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle)"/;

function visible(node: Node): boolean {
  for (let el: Element | null = node as Element; el && el.nodeType === 1; el = el.parentElement) {
    if (isHidden(el)) return false;
  }
  return true;
}

function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  if (og && /article/i.test(og)) return true;
  for (const script of jsonLdScripts(doc).slice(0, 5)) {
    if (ARTICLE_TYPE.test((script.textContent ?? '').slice(0, 20_000))) return true;
  }
  return false;
}

/** True when the page probably holds an article worth analysing. Never throws. */
export function isProbablyArticle(doc: Document): boolean {
  try {
    if (!doc?.body) return false;
    const declared = declaresArticle(doc);
    return isProbablyReaderable(doc, {
      minContentLength: CHECK.minContentLength,
      minScore: declared ? CHECK.declaredMinScore : CHECK.minScore,
      // Readability rejects a node shorter than minContentLength after asking whether it is
      // visible; asking about the length first gives the same answer without walking the
      // ancestors of every short paragraph (most of this check's time on a long page).
      visibilityChecker: (node: Node) => (node.textContent ?? '').trim().length >= CHECK.minContentLength && visible(node),
    });
  } catch {
    return false;
  }
}

/**
 * Which blocks make up the article: Readability's answer when it can be asked (readability-pass),
 * else our linear fallback scorer's (huge or deeply nested pages, or when Readability gives up).
 * Too little text is no article at all.
 */
import { fallbackKeeps } from './fallback-scoring';
import { keepsFromStatedBody, statedArticleBody } from './json-ld-body';
import { readabilityKeeps } from './readability-pass';
import { EXTRACT } from './thresholds';
import type { RawBlock, WalkResult } from './walk-blocks';

/** The article's blocks and who found them. */
export interface ArticleFinding {
  /** Indices of the blocks in the article (empty: no article). */
  kept: Set<number>;
  /** Who found it, for reasons: `Readability` or `our fallback scorer (why)`. */
  finder: string;
  /** Characters of text in the kept blocks. */
  keptChars: number;
  /** Readability's title, when it ran. */
  title?: string;
}

function readabilityRefusal(walk: WalkResult, maxElements: number): string | undefined {
  // The walk counts the visible elements, a floor on the page's: past the limit already, no copy
  // is made. The copy for Readability counts the rest (readability-pass), rather than a
  // querySelectorAll('*') over the page.
  if (walk.truncated || walk.elements > maxElements) {
    return `page too large for Readability (${walk.elements} elements)`;
  }
  if (walk.depthSum > EXTRACT.readabilityMaxDepthSum) {
    const depth = Number.isFinite(walk.depthSum) ? `summed depth ${walk.depthSum}` : 'past the depth cap';
    return `page too deeply nested for Readability (${depth})`;
  }
  return undefined;
}

/** Finds the article among the walked blocks of `doc`. */
export function findArticle(
  doc: Document,
  walk: WalkResult,
  readabilityMaxElements: number = EXTRACT.readabilityMaxElements,
): ArticleFinding {
  const raw: RawBlock[] = walk.blocks;
  const refusal = readabilityRefusal(walk, readabilityMaxElements);
  const outcome = refusal
    ? { ok: false as const, reason: refusal }
    : readabilityKeeps(doc, raw, Math.max(1, readabilityMaxElements));
  let kept = outcome.ok ? outcome.kept : fallbackKeeps(raw);
  let finder = outcome.ok ? 'Readability' : `our fallback scorer (${outcome.reason})`;
  const charsOf = (set: Set<number>) => raw.reduce((n, b, i) => (set.has(i) ? n + b.text.length : n), 0);
  let keptChars = charsOf(kept);
  // A second opinion when Readability's pick is small (trafilatura compares its own pick with its
  // fallbacks the same way): our scorer's, when it finds several times more text.
  if (outcome.ok && keptChars < EXTRACT.secondOpinionChars) {
    const other = fallbackKeeps(raw);
    const otherChars = charsOf(other);
    if (otherChars >= EXTRACT.secondOpinionRatio * Math.max(keptChars, 1)) {
      kept = other;
      keptChars = otherChars;
      finder = `our fallback scorer (Readability kept only ${charsOf(outcome.kept)} characters)`;
    }
  }
  // The page's own statement of its body (JSON-LD articleBody), when the blocks hold most of it.
  const stated = statedArticleBody(doc);
  if (stated) {
    const byStated = keepsFromStatedBody(raw, kept, stated);
    if (byStated) {
      kept = byStated;
      keptChars = charsOf(kept);
      finder = `${finder.split(' (')[0]} and the page's JSON-LD articleBody`;
    }
  }
  if (keptChars < EXTRACT.minArticleChars) {
    kept = new Set();
    finder = `${finder} found ${keptChars} characters of article text`;
  }
  const finding: ArticleFinding = { kept, finder, keptChars: kept.size ? keptChars : 0 };
  if (outcome.ok && outcome.title) finding.title = outcome.title;
  return finding;
}

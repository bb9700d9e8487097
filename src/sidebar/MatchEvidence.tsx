import type { BlockMatch } from '../shared/analysis-types';

/** Reasons shown on a card: the strongest first, and no more than fit at a glance. */
const SHOWN = 3;

/**
 * Why the matcher traced this paragraph, in the reader's words: the shared words most specific
 * to the source, how many sentences align, which words were swapped for synonyms. A fact-checker
 * can judge a match by its reasons instead of trusting a percentage.
 */
export function MatchEvidence({ match }: { match: BlockMatch }) {
  // A verbatim match's badge already says its wording is the source's.
  const reasons = (match.evidence ?? [])
    .filter((e) => !(match.relation === 'verbatim' && e.kind === 'shared-wording'))
    .slice(0, SHOWN);
  if (reasons.length === 0) return null;
  return (
    <ul class="sc-evidence" aria-label="Why this match">
      {reasons.map((e) => (
        <li key={e.kind} class={`sc-evidence-${e.kind}`}>
          {e.text}
        </li>
      ))}
    </ul>
  );
}

/** The page's sentences beside the source sentences they were aligned with, with each pair's score. */
export function SentenceAlignment({ match }: { match: BlockMatch }) {
  const pairs = match.alignment ?? [];
  if (pairs.length === 0) return null;
  return (
    <section class="sc-diff-block sc-alignment">
      <h4>
        sentence by sentence <span class="sc-muted">· {pairs.length} aligned</span>
      </h4>
      <ol>
        {pairs.map((p, i) => (
          <li key={i}>
            <p class="sc-align-page">{p.pageSentence}</p>
            <p class="sc-align-source">
              <span class="sc-muted">{Math.round(p.score * 100)}% ·</span> {p.corpusSentence}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

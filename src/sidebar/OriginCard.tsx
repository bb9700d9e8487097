import { useState } from 'preact/hooks';
import type { TracedBlock } from './analysis-view';
import type { BlockActions } from './actions';
import { Badge } from './Badge';
import { CompareView } from './CompareView';
import { CopyChain } from './CopyChain';
import { MatchEvidence } from './MatchEvidence';
import { ExpandableText } from './ExpandableText';
import { RELATION_LABELS } from './labels';
import { SourceName } from './SourceName';

/** Props of `OriginCard`. */
export interface OriginCardProps {
  block: TracedBlock;
  actions: BlockActions;
  /** False when the text is already on screen (a one-paragraph selection shows it above). */
  showText?: boolean;
}

/** One traced paragraph: its text, how it relates to the corpus, where it comes from, and the chain of copies. */
export function OriginCard({ block, actions, showText = true }: OriginCardProps) {
  const [comparing, setComparing] = useState(false);
  const { match } = block;
  const relation = RELATION_LABELS[match.relation];
  const score = Math.round(match.score * 100);
  const compareId = `sc-compare-${block.index}`;
  return (
    <article class={`sc-card sc-edge-${relation.tone}`} aria-label={`Paragraph ${block.index + 1}`}>
      {showText && <ExpandableText text={block.text} class="sc-page-text" quoted />}
      <p class="sc-meta">
        <Badge tone={relation.tone} title={`${relation.label}, ${score}% similar`}>
          {relation.label} {score}%
        </Badge>{' '}
        <span>
          origin <SourceName source={match.origin} />
        </span>
      </p>
      {match.origin.file !== match.file && match.originRelation !== match.relation && (
        <p class="sc-meta sc-origin-relation">
          against the original: {RELATION_LABELS[match.originRelation].label.toLowerCase()}
        </p>
      )}
      <MatchEvidence match={match} />
      <CopyChain match={match} />
      <div class="sc-actions">
        <button type="button" aria-expanded={comparing} aria-controls={compareId} onClick={() => setComparing(!comparing)}>
          Compare
        </button>
        {actions.showBlock && (
          <button type="button" onClick={() => actions.showBlock?.(block.index)}>
            Show on page
          </button>
        )}
        {actions.flagWrong && (
          <button
            type="button"
            class="sc-danger"
            title="This paragraph does not come from that passage: hide the match and keep a correction"
            onClick={() => actions.flagWrong?.(block.index)}
          >
            Wrong match
          </button>
        )}
      </div>
      <div id={compareId}>{comparing && <CompareView pageText={block.text} match={match} />}</div>
    </article>
  );
}

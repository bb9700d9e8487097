import type { BlockMatch, ChainStep } from '../shared/analysis-types';
import { chainRelationLabel } from './labels';
import { SourceName } from './SourceName';

/** Props of `CopyChain`. */
export interface CopyChainProps {
  match: BlockMatch;
}

/**
 * How the text travelled: this page -> the copy it matches -> ... -> the original, each step with
 * how it relates to the next ("credits NPR", "no credit"). An ordered list, so screen readers
 * announce the steps in order; the arrows are drawn by the stylesheet.
 */
export function CopyChain({ match }: CopyChainProps) {
  const steps = chainOf(match);
  return (
    <ol class="sc-chain" aria-label="Chain of copies, from this page to the original">
      <li>this page</li>
      {steps.map((step, i) => {
        const relation = chainRelationLabel(step, steps[i + 1]);
        return (
          <li key={`${step.file}-${i}`}>
            <SourceName source={step} />
            {relation && <span class={`sc-chain-rel sc-rel-${step.relationToSource}`}>, {relation}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/** The match's chain, or (should an analysis lack one) the match followed by its origin. */
function chainOf(match: BlockMatch): ChainStep[] {
  if (match.chain.length > 0) return match.chain;
  return match.origin.file === match.file ? [match] : [match, match.origin];
}

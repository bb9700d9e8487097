import type { Block } from '../shared/analysis-types';
import type { TracedBlock } from './analysis-view';
import type { BlockActions } from './actions';
import { OriginCard } from './OriginCard';
import { SourcesOverview } from './SourcesOverview';
import { UntracedSummary } from './UntracedSummary';

/** Props of `OriginsSection`. */
export interface OriginsSectionProps {
  /** Traced paragraphs to show (already filtered by the search). */
  traced: readonly TracedBlock[];
  /** Paragraphs with no match (hidden while searching: the search is about sources). */
  untraced: readonly Block[];
  flagged: ReadonlySet<number>;
  actions: BlockActions;
  /** True while a search narrows the list (changes the empty message). */
  filtering: boolean;
}

/** Every traced paragraph with its origin, then the paragraphs the corpus does not know. */
export function OriginsSection({ traced, untraced, flagged, actions, filtering }: OriginsSectionProps) {
  return (
    <>
      {!filtering && <SourcesOverview traced={traced} />}
      {traced.length === 0 && (
        <p class="sc-empty">{filtering ? 'No traced paragraph matches the search.' : 'No paragraph of this page matches the corpus.'}</p>
      )}
      {traced.map((b) => (
        <OriginCard key={b.index} block={b} actions={actions} />
      ))}
      {!filtering && <UntracedSummary blocks={untraced} flagged={flagged} />}
    </>
  );
}

import type { StrippedGroup } from './analysis-view';
import { ExpandableText } from './ExpandableText';

/** Props of `StrippedSection`. */
export interface StrippedSectionProps {
  /** Boilerplate grouped by category (already filtered by the search). */
  groups: readonly StrippedGroup[];
  filtering: boolean;
}

/** Up to this many stripped blocks, every group is shown open. */
const OPEN_UP_TO = 12;

/** What was left out of the analysis and why, one collapsible group per noise category. */
export function StrippedSection({ groups, filtering }: StrippedSectionProps) {
  const total = groups.reduce((n, g) => n + g.blocks.length, 0);
  // A real page strips dozens of menu items and links: then the groups start closed, a list of
  // categories with counts, unless a search has narrowed them down.
  const open = filtering || total <= OPEN_UP_TO;
  if (groups.length === 0) {
    return <p class="sc-empty">{filtering ? 'No stripped block matches the search.' : 'Nothing was stripped from this page.'}</p>;
  }
  return (
    <>
      <p class="sc-muted">Blocks left out before tracing: page furniture, not the story.</p>
      {groups.map((g) => (
        <details key={g.category} class="sc-group sc-edge-noise" open={open}>
          <summary>
            {g.label} <span class="sc-count">({g.blocks.length})</span>
          </summary>
          <ul class="sc-plain-list">
            {g.blocks.map((b) => (
              <li key={b.index}>
                <ExpandableText text={b.text} limit={120} class="sc-noise-text" />
                <p class="sc-reason">
                  <span class="sc-visually-hidden">Reason: </span>
                  {b.reason}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

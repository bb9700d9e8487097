import type { ReuseRelation } from '../corpus/types';
import type { TracedBlock } from './analysis-view';
import { plural } from './analysis-view';
import { RELATION_LABELS, chainRelationLabel } from './labels';
import { sourceNameText } from './SourceName';

/** Props of `SourcesOverview`. */
export interface SourcesOverviewProps {
  traced: readonly TracedBlock[];
}

/** One route the page's text took: the same chain of documents, and how many paragraphs took it. */
interface Route {
  key: string;
  /** "unattributed copy (004), no credit → NBC News web story (003)". */
  path: string;
  count: number;
  relations: Record<ReuseRelation, number>;
}

/**
 * How the story reached this page, before the paragraph-by-paragraph list: one line per route
 * ("27 paragraphs via unattributed copy (004), no credit → NBC News web story (003)"). On a page
 * that copies one source, 28 identical cards hide that it is one copy; this says it first.
 */
export function SourcesOverview({ traced }: SourcesOverviewProps) {
  const routes = routesOf(traced);
  if (routes.length === 0) return null;
  return (
    <section class="sc-overview" aria-labelledby="sc-overview-title">
      <h2 id="sc-overview-title" class="sc-section-title">
        Where this page's text comes from
      </h2>
      <ul class="sc-plain-list">
        {routes.map((r) => (
          <li key={r.key}>
            <strong>{plural(r.count, 'paragraph')}</strong> <span class="sc-muted">({relationMix(r)})</span>{' '}
            <span class="sc-route">this page → {r.path}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function routesOf(traced: readonly TracedBlock[]): Route[] {
  const routes = new Map<string, Route>();
  for (const b of traced) {
    const steps = b.match.chain.length > 0 ? b.match.chain : [b.match];
    const key = steps.map((s) => s.file).join('>');
    const route =
      routes.get(key) ??
      {
        key,
        path: steps
          .map((s, i) => {
            const rel = chainRelationLabel(s, steps[i + 1]);
            return rel ? `${sourceNameText(s)}, ${rel}` : sourceNameText(s);
          })
          .join(' → '),
        count: 0,
        relations: { verbatim: 0, 'near-verbatim': 0, paraphrase: 0 },
      };
    route.count++;
    route.relations[b.match.relation]++;
    routes.set(key, route);
  }
  return [...routes.values()].sort((a, b) => b.count - a.count);
}

/** "20 verbatim, 3 paraphrase". */
function relationMix(route: Route): string {
  return (Object.keys(route.relations) as ReuseRelation[])
    .filter((r) => route.relations[r] > 0)
    .map((r) => `${route.relations[r]} ${RELATION_LABELS[r].label.toLowerCase()}`)
    .join(', ');
}

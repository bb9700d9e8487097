import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../shared/analysis-types';
import type { BlockActions } from './actions';
import { strippedGroups, tracedBlocks, untracedBlocks } from './analysis-view';
import { OriginsSection } from './OriginsSection';
import { QuotesSection } from './QuotesSection';
import { SearchBox } from './SearchBox';
import { createSearch } from './search';
import { StrippedSection } from './StrippedSection';
import { Tabs } from './Tabs';

/** Props of `PageView`. */
export interface PageViewProps {
  analysis: Analysis;
  /** Blocks whose match the user rejected. */
  flagged: ReadonlySet<number>;
  actions: BlockActions;
}

/** The whole-page analysis: search box, then Origins / Quotes / Stripped as tabs. */
export function PageView({ analysis, flagged, actions }: PageViewProps) {
  const [tab, setTab] = useState('origins');
  const [query, setQuery] = useState('');
  const search = useMemo(() => createSearch(analysis), [analysis]);
  const hits = useMemo(() => search(query), [search, query]);

  const allTraced = tracedBlocks(analysis, flagged);
  const traced = hits ? allTraced.filter((b) => hits.origins.has(b.index)) : allTraced;
  const allQuotes = analysis.quotes.map((quote, index) => ({ quote, index }));
  const quotes = hits ? allQuotes.filter((q) => hits.quotes.has(q.index)) : allQuotes;
  const noise = analysis.blocks.filter((b) => b.kind === 'boilerplate');
  const groups = strippedGroups(hits ? noise.filter((b) => hits.stripped.has(b.index)) : noise);
  const strippedCount = groups.reduce((n, g) => n + g.blocks.length, 0);

  const total = allTraced.length + allQuotes.length + noise.length;
  const shown = traced.length + quotes.length + strippedCount;
  const status = hits ? `Showing ${shown} of ${total} items` : undefined;

  return (
    <Tabs
      label="Analysis sections"
      selected={tab}
      onSelect={setTab}
      between={<SearchBox value={query} onChange={setQuery} status={status} />}
      tabs={[
        {
          id: 'origins',
          label: 'Origins',
          count: traced.length,
          panel: (
            <OriginsSection
              traced={traced}
              untraced={untracedBlocks(analysis, flagged)}
              flagged={flagged}
              actions={actions}
              filtering={hits !== null}
            />
          ),
        },
        {
          id: 'quotes',
          label: 'Quotes',
          count: quotes.length,
          panel: <QuotesSection quotes={quotes} showBlock={actions.showBlock} filtering={hits !== null} />,
        },
        {
          id: 'stripped',
          label: 'Stripped',
          count: strippedCount,
          panel: <StrippedSection groups={groups} filtering={hits !== null} />,
        },
      ]}
    />
  );
}

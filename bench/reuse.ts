/**
 * Reuse on real text, development and held-out side by side: recall by kind of rewrite (right
 * source found), false matches on negatives (unrelated on-topic articles, independent answers,
 * NBC's own reporting against NPR), and the word-3-gram containment >= 0.1 baseline on the same
 * items. The model was fitted on the dev split only (scripts/fit-reuse-model.ts).
 *
 *   npx tsx bench/reuse.ts [--json]
 */
import { loadSynonymsFile } from '../src/synonyms/load-file';
import { indexFor, loadReuseReal, loadSeedSet, type ReuseSet } from './lib/reuse-data';
import { evaluateSet, tally, type ItemResult, type Tally } from './lib/reuse-eval';
import { analyzeText } from '../src/analyze';
import { resolveCorpus } from '../src/cli/corpus-file';
import { loadTopicReal } from './topic';

export interface ReuseBenchResult {
  /** `${split}/${kind}` -> counts, for ours and the baseline. */
  byKind: Record<string, { n: number; recall?: number; falseMatches?: number; baseline: number }>;
  /** Derived items traced wrong or missed, and negatives matched (held-out first). */
  misses: { id: string; split: string; kind: string; got: string }[];
  withSynonyms: boolean;
  /** Real on-topic articles (bench/data/topic-real/on) analysed against the bundled seed corpus. */
  onTopicAgainstSeeds: OnTopicResult | { skipped: string };
}

interface OnTopicResult {
  /** Per split: pages, pages with any paragraph matched, paragraphs matched. */
  bySplit: Record<string, { pages: number; pagesWithMatch: number; paragraphsMatched: number }>;
  matched: { file: string; split: string; relation: string; text: string }[];
}

/**
 * The independent check's question: real articles on the story's subject that share its names
 * but none of its text (they were collected for the topic gate, bench/data/topic-real), analysed
 * as `analyze` does against the bundled corpus of the seeds: how many get a paragraph matched.
 * A match is not always wrong (an article may quote the same testimony), so each is listed.
 */
async function onTopicAgainstSeeds(): Promise<OnTopicResult | { skipped: string }> {
  const pages = loadTopicReal();
  if (!pages) return { skipped: 'bench/data/topic-real is missing' };
  const { corpus } = await resolveCorpus(undefined);
  const bySplit: OnTopicResult['bySplit'] = {};
  const matched: OnTopicResult['matched'] = [];
  for (const page of pages.filter((p) => p.label === 'on')) {
    const analysis = analyzeText(page.text, corpus, { input: page.file });
    const hits = analysis.blocks.filter((b) => b.match);
    const row = (bySplit[page.split] ??= { pages: 0, pagesWithMatch: 0, paragraphsMatched: 0 });
    row.pages++;
    if (hits.length) row.pagesWithMatch++;
    row.paragraphsMatched += hits.length;
    for (const b of hits) matched.push({ file: page.file, split: page.split, relation: b.match!.relation, text: b.text.slice(0, 100) });
  }
  return { bySplit, matched };
}

function row(key: string, t: Tally) {
  const negative = /\/(non|unrelated-on-topic|shared-quote|negative|off-topic)$/.test(key);
  return negative
    ? { n: t.n, falseMatches: t.n - t.right, baseline: t.n - t.baselineRight }
    : { n: t.n, recall: round(t.right / t.n), baseline: round(t.baselineRight / t.n) };
}

export async function runReuseBench(): Promise<ReuseBenchResult> {
  const synonyms = await loadSynonymsFile();
  const sets: ReuseSet[] = [loadSeedSet()];
  const real = loadReuseReal();
  if (real) sets.push(real);
  const results: ItemResult[] = [];
  for (const set of sets) {
    const index = indexFor(set);
    index.useSynonyms(synonyms);
    results.push(...evaluateSet(index, set).map((r) => ({ ...r, item: { ...r.item, group: `${set.name}:${r.item.group}` } })));
  }
  const byKind: ReuseBenchResult['byKind'] = {};
  const counts = tally(results);
  for (const key of Object.keys(counts).sort()) byKind[key] = row(key, counts[key]!);
  const misses = results
    .filter((r) => !r.right)
    .sort((a, b) => (a.item.split === b.item.split ? 0 : a.item.split === 'heldout' ? -1 : 1))
    .map((r) => ({
      id: r.item.id,
      split: r.item.split,
      kind: r.item.kind,
      got: r.top ? `doc ${r.top.doc} ${r.top.relation} p=${r.top.probability}` : 'nothing',
    }));
  console.info('split/kind                       n   ours  3-gram>=0.1');
  for (const [key, v] of Object.entries(byKind)) {
    const ours = v.recall !== undefined ? `recall ${v.recall.toFixed(2)}` : `false ${v.falseMatches}`;
    const base = v.recall !== undefined ? v.baseline.toFixed(2) : `false ${v.baseline}`;
    console.info(`${key.padEnd(30)} ${String(v.n).padStart(4)}  ${ours.padEnd(14)} ${base}`);
  }
  console.info(`misses: ${misses.length} (${misses.filter((m) => m.split === 'heldout').length} held-out)`);
  const onTopic = await onTopicAgainstSeeds();
  if ('bySplit' in onTopic) {
    for (const [split, r] of Object.entries(onTopic.bySplit)) {
      console.info(`real on-topic articles vs the seed corpus, ${split}: ${r.pagesWithMatch} of ${r.pages} pages with a paragraph matched (${r.paragraphsMatched} paragraphs)`);
    }
    for (const m of onTopic.matched) console.info(`  ${m.split} ${m.file}: ${m.relation} "${m.text}"`);
  } else console.info(`real on-topic articles vs the seed corpus: ${onTopic.skipped}`);
  return { byKind, misses, withSynonyms: synonyms !== null, onTopicAgainstSeeds: onTopic };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runReuseBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else for (const m of result.misses) console.info(`  ${m.split} ${m.kind} ${m.id}: ${m.got}`);
}

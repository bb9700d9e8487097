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

export interface ReuseBenchResult {
  /** `${split}/${kind}` -> counts, for ours and the baseline. */
  byKind: Record<string, { n: number; recall?: number; falseMatches?: number; baseline: number }>;
  /** Derived items traced wrong or missed, and negatives matched (held-out first). */
  misses: { id: string; split: string; kind: string; got: string }[];
  withSynonyms: boolean;
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
  return { byKind, misses, withSynonyms: synonyms !== null };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runReuseBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else for (const m of result.misses) console.info(`  ${m.split} ${m.kind} ${m.id}: ${m.got}`);
}

/**
 * The last word on blocks of prose length: gradient-boosted trees over block-features.ts, fitted
 * by scripts/fit-block-model.ts on the development pages of both extraction benchmarks (their
 * labelled segments and ground-truth text), with the rules' verdict as one of the features.
 *
 * Why a fitted model and not more rules: the rules' errors on real pages are of many small kinds
 * (a promo paragraph inside the article, a paragraph of the article in a sibling <div> that
 * Readability left out), each rare, and weighing length, links, sentence ends and position
 * together is what trees fitted on real labels do better than thresholds set one at a time.
 */
import model from './block-model.json';
import { BLOCK_FEATURES, BlockFeatures, modelDecides } from './block-features';
import type { ExtractedBlock } from './types';
import type { RawBlock } from './walk-blocks';

/** A tree: a leaf's value, or [feature, threshold, subtree if <= threshold, subtree if >]. */
export type Tree = number | [number, number, Tree, Tree];

/** The stored model (block-model.json). */
export interface BlockModel {
  features: readonly string[];
  /** Log-odds before any tree. */
  base: number;
  trees: Tree[];
  /** A kept block is dropped below `drop`; a dropped block is added at `add` or above. */
  cutoffs: { drop: number; add: number };
  /** What it was fitted on and how it did out of fold (for the record). */
  fittedOn: string;
}

export const BLOCK_MODEL = model as unknown as BlockModel;

if (BLOCK_MODEL.features.join() !== BLOCK_FEATURES.join()) {
  throw new Error('block-model.json was fitted on other features; run scripts/fit-block-model.ts');
}

/** The value of the leaf `row` falls in. */
export function leafOf(tree: Tree, row: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') node = row[node[0]]! <= node[1] ? node[2] : node[3];
  return node;
}

/** P(the block is article text) for a feature row. */
export function articleProbability(row: readonly number[], m: Pick<BlockModel, 'base' | 'trees'> = BLOCK_MODEL): number {
  let z = m.base;
  for (const tree of m.trees) z += leafOf(tree, row);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Relabels the blocks the model decides (block-features' `modelDecides`) where it disagrees with
 * the rules. All verdicts are taken on the rules' labels, then applied together. `raw` and
 * `blocks` are index-aligned. Returns how many blocks changed.
 */
export function applyBlockModel(raw: readonly RawBlock[], blocks: ExtractedBlock[], m: BlockModel = BLOCK_MODEL): number {
  if (!blocks.some((b) => b.kind === 'content')) return 0;
  const features = new BlockFeatures(raw, blocks);
  const changes: [number, ExtractedBlock][] = [];
  raw.forEach((b, i) => {
    const label = blocks[i]!;
    if (!modelDecides(label, b)) return;
    const p = articleProbability(features.row(i), m);
    const probability = `P(article text) ${p.toFixed(2)}`;
    if (label.kind === 'content' && p < m.cutoffs.drop) {
      changes.push([i, { text: label.text, kind: 'boilerplate', category: 'other', reason: `the block model reads it as boilerplate (${probability}); the rules had: ${label.reason}`, element: label.element }]);
    } else if (label.kind === 'boilerplate' && p >= m.cutoffs.add) {
      changes.push([i, { text: label.text, kind: 'content', reason: `the block model reads it as article text (${probability}); the rules had: ${label.reason}`, element: label.element }]);
    }
  });
  for (const [i, block] of changes) blocks[i] = block;
  return changes.length;
}

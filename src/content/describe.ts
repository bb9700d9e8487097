/** Short words for what a block's match means, shared by the tooltip and the teaching legend. */
import type { Block, BlockMatch } from '../shared/analysis-types';

/** Teaching-mode class of a block: what its colour says. */
export type TeachClass = 'copy' | 'paraphrase' | 'original' | 'noise';

/**
 * Verbatim and near-verbatim reuse count as copies; paraphrase apart; unmatched content is the
 * page's own. Judged against the origin, so a class sees that a word-for-word copy of 004 is a
 * paraphrase of NBC's story.
 */
export function teachClass(block: Block): TeachClass {
  if (block.kind === 'boilerplate') return 'noise';
  if (!block.match) return 'original';
  return block.match.originRelation === 'paraphrase' ? 'paraphrase' : 'copy';
}

export const TEACH_LABELS: Record<TeachClass, string> = {
  copy: 'Copied (word for word or lightly edited)',
  paraphrase: 'Paraphrased',
  original: 'Only on this page',
  noise: 'Page furniture (not article text)',
};

const RELATION_WORDS: Record<BlockMatch['relation'], string> = {
  verbatim: 'Copied word for word',
  'near-verbatim': 'Copied with small edits',
  paraphrase: 'Paraphrased',
};

/** One line for the relation and score, e.g. "Paraphrased (82%)". */
export function relationLine(match: BlockMatch): string {
  return `${RELATION_WORDS[match.relation] ?? match.relation} (${Math.round(match.score * 100)}%)`;
}

/** One line for the origin, e.g. "From NPR, via Daily Caller News Foundation". */
export function originLine(match: BlockMatch): string {
  const via = match.origin.file !== match.file ? `, via ${match.outlet}` : '';
  return `From ${match.origin.outlet}${via}`;
}

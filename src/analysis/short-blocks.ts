/**
 * Short blocks (a subheading such as "A decadeslong problem") are below what the matcher will
 * call reuse on its own: three words prove nothing. Between two blocks traced to the same document
 * they do: if that document has a paragraph with exactly the same words, the block is that
 * paragraph, verbatim.
 */
import type { Corpus } from '../corpus/load-corpus';
import type { Block } from '../shared/analysis-types';
import type { ParagraphMatch } from '../match/types';
import { words } from '../text';
import { paragraphWithWords } from './paragraph-keys';

/** For each untraced content block, the exact same-words paragraph of a neighbour's document. */
export function matchShortBlocks(content: Block[], corpus: Corpus, minWords: number): Map<Block, ParagraphMatch> {
  const found = new Map<Block, ParagraphMatch>();
  content.forEach((block, i) => {
    if (block.match) return;
    const blockWords = words(block.text);
    if (blockWords.length === 0 || blockWords.length >= minWords) return;
    const docs = new Set<number>();
    const before = content.slice(0, i).reverse().find((b) => b.match);
    const after = content.slice(i + 1).find((b) => b.match);
    if (before?.match) docs.add(before.match.doc);
    if (after?.match) docs.add(after.match.doc);
    const key = blockWords.join(' ');
    for (const doc of docs) {
      const paragraph = corpus.index.documents[doc]?.paragraphs[paragraphWithWords(corpus, doc, key)];
      if (paragraph) {
        found.set(block, {
          doc,
          paragraph: paragraph.index,
          paragraphs: [paragraph.index],
          score: 1,
          relation: 'verbatim',
          text: paragraph.text,
          probability: 1,
          alignment: [],
          evidence: [{ kind: 'shared-wording', text: 'the same words, word for word, beside paragraphs traced to this source', weight: 1 }],
          coverage: 1,
        });
        return;
      }
    }
  });
  return found;
}

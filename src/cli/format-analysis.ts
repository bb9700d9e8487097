/** The readable report of `source-context analyze` (without --json). */
import type { Analysis, Block, PageQuote } from '../shared/analysis-types';
import { noiseLabel, type NoiseCategory } from '../noise/categories';

const KIND_LABEL: Record<string, string> = {
  'original-web-story': 'web story',
  'broadcast-transcript': 'broadcast transcript',
  'attributed-rewrite': 'attributed rewrite',
  'unattributed-copy': 'unattributed copy',
};

function clip(text: string, max = 90): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function pct(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function originLine(block: Block): string {
  const m = block.match!;
  const chain = m.chain.map((s) => `${s.outlet} (${KIND_LABEL[s.kind] ?? s.kind}, ${s.file})`).join(' -> ');
  return `${m.relation} ${pct(m.score)}: this page -> ${chain}`;
}

function quoteLine(q: PageQuote): string[] {
  const who = q.speaker ?? 'unknown speaker';
  const lines = [`  ${q.fidelity.toUpperCase()}  ${who}: "${clip(q.text, 100)}"`];
  if (q.original) lines.push(`      original: ${q.original.outlet} (${q.original.file})`);
  if (q.closestCopy) lines.push(`      this wording follows: ${q.closestCopy.outlet} (${q.closestCopy.file})`);
  if (q.fidelity === 'altered' && q.diff) {
    const changes = q.diff
      .filter((d) => d.op !== 'same')
      .map((d) => `${d.op === 'removed' ? '-' : '+'}[${d.text.trim()}]`)
      .join(' ');
    lines.push(`      changed words: ${clip(changes, 160)}`);
  }
  return lines;
}

export function formatAnalysis(a: Analysis): string {
  const out: string[] = [];
  out.push(`== ${a.input}${a.title ? ` — ${a.title}` : ''}`);
  const terms = a.topic.terms.slice(0, 8).map((t) => t.term).join(', ');
  out.push(`topic: ${a.topic.onTopic ? 'ON-TOPIC' : 'off-topic'} (score ${a.topic.score.toFixed(3)}${terms ? `; terms: ${terms}` : ''})`);
  const s = a.summary;
  out.push(
    `${s.tracedBlocks} of ${s.contentBlocks} paragraphs traced` +
      (s.mainOrigin ? ` · main origin: ${s.mainOrigin}` : '') +
      ` · ${s.quotes} quotes · ${s.boilerplateBlocks} noise blocks stripped`,
  );
  const traced = a.blocks.filter((b) => b.match);
  if (traced.length) {
    out.push('', 'Origins:');
    for (const b of traced) out.push(`  [${b.index}] ${originLine(b)}`, `      "${clip(b.text)}"`);
  }
  const untraced = a.blocks.filter((b) => b.kind === 'content' && !b.match);
  if (untraced.length && a.topic.onTopic) out.push('', `Not in the corpus (original to this page): ${untraced.length} paragraphs`);
  if (a.quotes.length) {
    out.push('', 'Quotes:');
    for (const q of a.quotes) out.push(...quoteLine(q));
  }
  const stripped = new Map<string, Block[]>();
  for (const b of a.blocks) {
    if (b.kind !== 'boilerplate') continue;
    const key = b.category ?? 'other';
    stripped.set(key, [...(stripped.get(key) ?? []), b]);
  }
  if (stripped.size) {
    out.push('', 'Stripped noise:');
    for (const [category, blocks] of stripped) {
      out.push(`  ${noiseLabel(category as NoiseCategory)} (${blocks.length}): e.g. "${clip(blocks[0]!.text, 60)}" — ${clip(blocks[0]!.reason, 70)}`);
    }
  }
  out.push('');
  return out.join('\n');
}

/**
 * A corpus index as readable text: documents with outlet, kind and headline and the evidence for
 * each, relations with their evidence, noise counts by category, and the quotes found in more
 * than one document. The CLI prints it; nothing here touches the file system.
 */
import type { CorpusIndex, Evidence } from './types';
import { noiseLabel, type NoiseCategory } from '../noise/categories';

/** Multi-line summary of `index`; `source` says where it came from. */
export function formatCorpusSummary(index: CorpusIndex, source: string): string {
  const lines: string[] = [`Corpus "${index.name}" (${source}): ${index.documents.length} documents`];
  const name = (d: number) => index.documents[d]?.file ?? `#${d}`;
  lines.push('', 'Documents');
  for (const d of index.documents) {
    const content = d.paragraphs.filter((p) => p.kind === 'content').length;
    lines.push(`  [${d.index}] ${d.file}: ${content} content / ${d.paragraphs.length - content} noise paragraphs`);
    lines.push(`      headline: ${d.headline}${ev(d.headlineEvidence)}`);
    lines.push(`      outlet:   ${d.outlet}${ev(d.outletEvidence)}`);
    lines.push(`      kind:     ${d.kind}${ev(d.kindEvidence)}`);
    if (d.derivedFrom !== undefined) lines.push(`      derived from [${d.derivedFrom}] ${name(d.derivedFrom)}`);
  }
  lines.push('', 'Relations');
  if (!index.relations.length) lines.push('  (none)');
  for (const r of index.relations) {
    const arrow = r.type === 'sibling-version' ? '~' : '->';
    const shared = Object.entries(r.shared).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
    lines.push(`  [${r.copy}] ${arrow} [${r.source}] ${r.type}: ${Math.round(r.coverage * 100)}% of [${r.copy}] reused (${shared})`);
    for (const e of r.evidence) lines.push(`      ${e.rule}: "${e.quote}"`);
  }
  lines.push('', 'Noise paragraphs by category');
  const counts = new Map<NoiseCategory, number>();
  for (const d of index.documents) for (const p of d.paragraphs) if (p.category) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  for (const [category, n] of [...counts].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(3)}  ${category} (${noiseLabel(category)})`);
  const shared = index.quoteClusters.filter((c) => new Set(c.quotes.map((q) => q.split(':')[0])).size > 1);
  lines.push('', `Quotes: ${index.quotes.length} found, ${shared.length} in more than one document`);
  for (const c of shared) {
    lines.push(`  #${c.id} ${c.speaker ?? 'unknown speaker'}: "${cut(c.original)}"`);
    for (const id of c.quotes) {
      const q = index.quotes.find((x) => x.id === id);
      if (q) lines.push(`      [${q.doc}] ${q.speaker ?? '?'}: "${cut(q.text)}"`);
    }
  }
  if (index.skipped.length) {
    lines.push('', 'Skipped files');
    for (const s of index.skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  return lines.join('\n');
}

function ev(evidence: Evidence[]): string {
  return evidence.length ? `  <- ${evidence.slice(0, 3).map((e) => `${e.rule}: "${cut(e.quote)}"`).join('; ')}` : '';
}

function cut(s: string): string {
  return s.length > 90 ? `${s.slice(0, 89)}…` : s;
}

import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { buildCorpusFromTexts } from '../../src/corpus/build-from-texts';
import type { CorpusIndex, CorpusQuote } from '../../src/corpus/types';
import { SEED_FILES, SEEDS_DIR, seedText } from './seeds';

let index: CorpusIndex;
beforeAll(async () => {
  index = await buildCorpus(SEEDS_DIR);
});

const relation = (copy: number, source: number) => index.relations.find((r) => r.copy === copy && r.source === source);
const quoteIn = (doc: number, start: string): CorpusQuote | undefined =>
  index.quotes.find((q) => q.doc === doc && q.text.replace(/’/g, "'").startsWith(start));

describe('buildCorpus on the seeds', () => {
  it('builds one document per seed, named by file', () => {
    expect(index.documents.map((d) => d.file)).toEqual(SEED_FILES);
    expect(index.skipped).toEqual([]);
    expect(index.name).toBe('seeds');
  });

  it('finds outlet, headline and kind of every seed, with evidence quoted from the text', () => {
    const summary = index.documents.map((d) => [d.outlet, d.kind]);
    expect(summary).toEqual([
      ['NPR', 'original-web-story'],
      ['NPR', 'broadcast-transcript'],
      ['Daily Caller News Foundation', 'attributed-rewrite'],
      ['NBC News', 'original-web-story'],
      ['Unknown outlet', 'unattributed-copy'],
    ]);
    expect(index.documents[0]!.headline).toBe('U.S.-Mexico efforts targeting drug cartels have unraveled, top DEA official admits');
    expect(index.documents[1]!.headline).toBe('A diplomatic row has frozen U.S.-Mexican efforts to target drug cartels.');
    expect(index.documents[2]!.headline.startsWith('U.S. operations targeting drug cartel activity in Mexico have fallen flat')).toBe(true);
    expect(index.documents[3]!.headline).toBe('Drug war cooperation between the U.S. and Mexico is at its lowest point in decades. What went wrong?');
    expect(index.documents[4]!.headline).toBe('Cooperation in the drug war between the US and Mexico is at its lowest point in decades. What went wrong?');
    index.documents.forEach((d, i) => {
      const text = seedText(i);
      for (const e of [...d.outletEvidence, ...d.headlineEvidence, ...d.kindEvidence]) expect(text).toContain(e.quote);
      expect(d.headlineEvidence.length).toBe(1);
      expect(d.kindEvidence.length).toBeGreaterThan(0);
    });
    expect(index.documents[1]!.kindEvidence[0]).toEqual({ rule: 'speaker-label', quote: 'BRIAN MANN, BYLINE:' });
  });

  it('finds 002 -> 000 as an attributed rewrite, chosen over 001 by the shared "[intelligence]"', () => {
    const r = relation(2, 0);
    expect(r?.type).toBe('attributed-rewrite');
    expect(r?.evidence).toContainEqual({ rule: 'attribution', quote: 'NPR reported' });
    expect(r?.evidence).toContainEqual({ rule: 'shared-insertion', quote: '[intelligence]' });
    expect(relation(2, 1)).toBeUndefined();
    expect(index.documents[2]!.derivedFrom).toBe(0);
  });

  it('finds 004 -> 003 as an unattributed copy covering most of 004', () => {
    const r = relation(4, 3);
    expect(r?.type).toBe('unattributed-copy');
    expect(r!.coverage).toBeGreaterThan(0.6);
    expect(index.documents[4]!.derivedFrom).toBe(3);
    for (const e of r!.evidence) expect(seedText(4)).toContain(e.quote);
    // The copy rewrote what Feeley said: that is evidence too.
    const altered = r!.evidence.find((e) => e.rule.startsWith('altered-quote'));
    expect(altered?.quote.startsWith('We have a watershed here')).toBe(true);
    expect(altered?.rule).toContain('game changer');
  });

  it('finds 000 ~ 001 as sibling versions of one NPR story, deriving neither from the other', () => {
    const r = index.relations.find((x) => x.type === 'sibling-version');
    expect([r?.copy, r?.source].sort()).toEqual([0, 1]);
    expect(index.documents[0]!.derivedFrom).toBeUndefined();
    expect(index.documents[1]!.derivedFrom).toBeUndefined();
    expect(index.documents[3]!.derivedFrom).toBeUndefined();
    expect(index.relations.length).toBe(3);
  });

  it('links paragraphs of related documents only, from copy to source', () => {
    const pairs = new Set(index.links.map((l) => `${l.from.doc}>${l.to.doc}`));
    expect([...pairs].sort()).toEqual(['0>1', '2>0', '4>3']);
    for (const l of index.links) {
      expect(index.documents[l.from.doc]!.paragraphs[l.from.paragraph]!.kind).toBe('content');
      expect(index.documents[l.to.doc]!.paragraphs[l.to.paragraph]!.kind).toBe('content');
    }
    // 003's Feeley quote paragraph and 004's altered version are linked.
    const feeley = index.links.find((l) => l.from.doc === 4 && index.documents[4]!.paragraphs[l.from.paragraph]!.text.startsWith('“We have a watershed'));
    expect(index.documents[3]!.paragraphs[feeley!.to.paragraph]!.text.startsWith('“We have a game changer here')).toBe(true);
  });

  it('finds quotes with their speakers', () => {
    for (const doc of [0, 1, 2]) expect(quoteIn(doc, "We're willing to share")?.speaker).toBe('Matthew Donahue');
    expect(quoteIn(3, 'We have a game changer here')?.speaker).toBe('John Feeley');
    expect(quoteIn(4, 'We have a watershed here')?.speaker).toMatch(/Feeley$/);
  });

  it('clusters one quote across documents, the root document holding the original', () => {
    const donahue = quoteIn(0, "We're willing to share")!;
    const cluster = index.quoteClusters[donahue.cluster]!;
    expect(new Set(cluster.quotes.map((id) => id.split(':')[0]))).toEqual(new Set(['0', '1', '2']));
    expect(cluster.original).toBe(donahue.text);
    expect(cluster.speaker).toBe('Matthew Donahue');

    const gameChanger = quoteIn(3, 'We have a game changer here')!;
    const watershed = quoteIn(4, 'We have a watershed here')!;
    expect(watershed.cluster).toBe(gameChanger.cluster);
    expect(index.quoteClusters[gameChanger.cluster]!.original).toBe(gameChanger.text);
    // Different quotes stay apart.
    expect(gameChanger.cluster).not.toBe(donahue.cluster);
    index.quoteClusters.forEach((c, i) => expect(c.id).toBe(i));
  });

  it('carries the match index and the topic model', () => {
    expect(index.match.version).toBeGreaterThan(0);
    expect(index.topic.terms.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('buildCorpus with broken files', () => {
  it('skips binary, empty and foreign files with a reason and builds the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-corpus-'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES[3]!), join(dir, SEED_FILES[3]!));
    copyFileSync(join(SEEDS_DIR, SEED_FILES[4]!), join(dir, SEED_FILES[4]!));
    writeFileSync(join(dir, 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, 'menu.txt'), 'Scroll to top\n\nLeave a Reply\n');
    mkdirSync(join(dir, 'sub'));
    const built = await buildCorpus(dir);
    expect(built.documents.map((d) => d.file)).toEqual([SEED_FILES[3], SEED_FILES[4]]);
    const reasons = Object.fromEntries(built.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['photo.txt']).toMatch(/^binary file/);
    expect(reasons['empty.txt']).toMatch(/^empty file/);
    expect(reasons['notes.json']).toMatch(/not a \.txt/);
    expect(reasons['menu.txt']).toMatch(/no article text/);
    expect(built.relations.map((r) => [r.copy, r.source, r.type])).toEqual([[1, 0, 'unattributed-copy']]);
  });

  it('fails clearly on a folder with no usable file, or no folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-corpus-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    await expect(buildCorpus(dir)).rejects.toThrow(/no usable files in corpus folder .*empty\.txt \(empty file/);
    await expect(buildCorpus(join(dir, 'missing'))).rejects.toThrow(/corpus folder not found/);
    expect(() => buildCorpusFromTexts([])).toThrow(/no usable documents/);
    expect(() => buildCorpusFromTexts([{ file: 'a.txt', text: 'PNG\u0000\u0001' }, { file: 'b.txt', text: '  ' }])).toThrow(
      /no usable documents .*a\.txt: binary data.*b\.txt: empty file/,
    );
  });

  it('reads an HTML article through Readability', () => {
    const paragraphs = seedText(3).split(/\n+/).filter((l) => l.trim());
    const html = `<!doctype html><html><head><title>NBC</title></head><body><nav><a href="/">Home</a></nav><article>
      ${paragraphs.map((p, i) => (i === 2 ? `<h1>${p}</h1>` : `<p>${p}</p>`)).join('\n')}</article></body></html>`;
    const built = buildCorpusFromTexts([{ file: 'nbc.html', text: html }, { file: SEED_FILES[4]!, text: seedText(4) }]);
    const doc = built.documents[0]!;
    expect(doc.outlet).toBe('NBC News');
    expect(doc.paragraphs.some((p) => p.text.startsWith('WASHINGTON — It was yet another'))).toBe(true);
    expect(doc.paragraphs.find((p) => p.text === 'National Institute on Drug Abuse')?.category).toBe('chart-label');
    expect(built.relations.find((r) => r.copy === 1)?.source).toBe(0);
  });

  it('takes an HTML page\'s site name as its masthead', () => {
    const body = seedText(4).split(/\n+/).filter((l) => l.trim()).slice(1, 12).map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>Cooperation in the drug war is at its lowest point | Reuters</title>
      <meta property="og:site_name" content="Reuters"></head><body><article>${body}</article></body></html>`;
    const built = buildCorpusFromTexts([{ file: 'wire.htm', text: html }]);
    const doc = built.documents[0]!;
    expect(doc.outlet).toBe('Reuters');
    expect(doc.paragraphs[0]).toMatchObject({ text: 'Reuters', kind: 'noise', category: 'header-footer' });
    expect(doc.outletEvidence.map((e) => e.rule)).toEqual(['masthead']);
    // Readability takes the site's suffix off the title.
    expect(doc.headline).toBe('Cooperation in the drug war is at its lowest point');
  });
});

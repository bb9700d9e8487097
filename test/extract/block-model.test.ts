/**
 * The fitted block model (src/extract/block-model.ts): it decides only the blocks block-features'
 * `modelDecides` gives it and says so in the reason; it leaves the seeds' fixture pages as the
 * rules label them; on real benchmark pages it drops a notice the rules kept and adds a paragraph
 * they left out.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractBlocks, type ExtractedBlock } from '../../src/extract/index';
import { modelDecides } from '../../src/extract/block-features';
import { isHeldOut, trafilaturaPages } from '../../bench/lib/pages';
import { fixtureHtml, fixtureNames } from '../fixture-pages';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** trafilatura-eval's pages (743, decoded once for the file), or undefined when the set is absent. */
const TRAFILATURA = trafilaturaPages();

/** The rules' labels, the model's, and which blocks the model was given. */
function bothWays(html: string) {
  const rules = extractBlocks(doc(html), { blockModel: false, withBlockFeatures: true });
  const model = extractBlocks(doc(html)).blocks;
  return { rules: rules.blocks, model, decides: rules.blockFeatures!.decides };
}

function changed(a: ExtractedBlock, b: ExtractedBlock): boolean {
  return a.kind !== b.kind || a.reason !== b.reason || a.category !== b.category;
}

describe('the block model', () => {
  it('changes no block of the fixture pages (the seeds\' stories, which the rules label right)', () => {
    const changes: string[] = [];
    for (const name of fixtureNames()) {
      const { rules, model } = bothWays(fixtureHtml(name));
      expect(model.length, name).toBe(rules.length);
      rules.forEach((r, i) => {
        if (changed(r, model[i]!)) changes.push(`${name} #${i}: ${r.text.slice(0, 60)}`);
      });
    }
    expect(changes).toEqual([]);
  });

  it.skipIf(!TRAFILATURA)('changes only blocks it decides on real pages, each with a reason that names it', () => {
    let changes = 0;
    for (const page of TRAFILATURA!.filter((p) => !isHeldOut('trafilatura-eval', p.name)).slice(0, 60)) {
      const { rules, model, decides } = bothWays(page.html);
      expect(model.length, page.name).toBe(rules.length);
      rules.forEach((r, i) => {
        if (!changed(r, model[i]!)) return;
        changes++;
        expect(decides[i], `${page.name} block ${i}`).toBe(true);
        expect(r.role).toBeUndefined();
        expect(model[i]!.reason).toMatch(/^the block model reads it as (boilerplate|article text) \(P\(article text\) [01]\.\d\d\); the rules had: /);
        // Named noise (a caption, a share bar...) keeps its rule's category: never given to the model.
        if (r.kind === 'boilerplate') expect(r.category ?? 'other').toBe('other');
      });
    }
    expect(changes).toBeGreaterThan(0);
  });

  it('gives the model no short line and no block a rule named', () => {
    const html = `<html><head><title>Budget</title></head><body><article>
      <p>The council met on Tuesday evening to discuss the new budget for the coming year, which includes more money for schools.</p>
      <p>Share this</p><figure><img src="a.jpg"><figcaption>The council chamber on Tuesday evening, shortly before the vote on the budget was taken.</figcaption></figure>
      <p>Several residents spoke during the public comment period, and most of them asked for longer opening hours at the library.</p>
      </article></body></html>`;
    const r = extractBlocks(doc(html), { blockModel: false, withBlockFeatures: true });
    r.blocks.forEach((b, i) => {
      if (b.text === 'Share this' || b.category === 'photo-caption') expect(r.blockFeatures!.decides[i], b.text).toBe(false);
    });
    expect(r.blocks.some((b) => b.category === 'photo-caption')).toBe(true);
  });
});

describe('on real pages of the development split (trafilatura-eval)', () => {
  /** A dev page, and the block starting with `start` as the rules and as the model label it. */
  const blockOf = (id: string, start: string) => {
    const page = TRAFILATURA!.find((p) => p.name === id)!;
    expect(isHeldOut('trafilatura-eval', page.name)).toBe(false);
    const { rules, model } = bothWays(page.html);
    const find = (blocks: ExtractedBlock[]) => blocks.find((b) => b.text.startsWith(start))!;
    return { page, model, byRules: find(rules), byModel: find(model) };
  };

  // Page 0388: the rules keep the licence notice under the article; its segments call it boilerplate.
  it.skipIf(!TRAFILATURA)('drops a licence notice the rules kept, and keeps every segment of the article', () => {
    const { page, model, byRules, byModel } = blockOf('0388', 'Dieser Text wurde veröffentlicht unter der Lizenz');
    expect(byRules.kind).toBe('content');
    expect(byModel.kind).toBe('boilerplate');
    expect(byModel.reason).toMatch(/^the block model reads it as boilerplate/);
    const articleText = model.filter((b) => b.kind === 'content').map((b) => b.text).join('\n');
    for (const segment of page.with) expect(articleText).toContain(segment);
  });

  // Page 0706: Readability leaves out the article's lead paragraph; its segments want it.
  it.skipIf(!TRAFILATURA)('adds a paragraph of the article that the finder left out', () => {
    const { byRules, byModel } = blockOf('0706', 'Die Lufthansa Aviation Training hat über Jahrzehnte');
    expect(byRules.kind).toBe('boilerplate');
    expect(byModel.kind).toBe('content');
    expect(byModel.reason).toMatch(/^the block model reads it as article text/);
  });
});

describe('modelDecides', () => {
  it('takes kept prose and unnamed prose outside the pick, nothing else', () => {
    const el = doc('<p>x</p>').querySelector('p')!;
    const long = 'A paragraph of prose long enough for the model to decide on, about what the council did today.';
    const raw = { text: long, element: el };
    const label = (over: Partial<ExtractedBlock>): ExtractedBlock => ({ text: long, kind: 'content', reason: 'article body (Readability)', element: el, ...over });
    expect(modelDecides(label({}), raw)).toBe(true);
    expect(modelDecides(label({ role: 'dek' }), raw)).toBe(false);
    expect(modelDecides(label({}), { text: 'Short line', element: el })).toBe(false);
    expect(modelDecides(label({ kind: 'boilerplate', category: 'other', reason: 'outside the article found by Readability' }), raw)).toBe(true);
    expect(modelDecides(label({ kind: 'boilerplate', category: 'comments', reason: 'outside the article found by Readability; comments: <div.comments>' }), raw)).toBe(false);
    expect(modelDecides(label({ kind: 'boilerplate', category: 'other', reason: "kept by Readability but a short line before or after the article's prose" }), raw)).toBe(false);
    expect(modelDecides(label({ kind: 'boilerplate', category: 'other', reason: 'outside the article found by Readability; text rule: ad-label' }), raw)).toBe(false);
  });
});

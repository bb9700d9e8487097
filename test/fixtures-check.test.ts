/**
 * The fixture pages agree with the seeds and with themselves: blocks re-derived from the HTML
 * (an independent walk with linkedom) equal the expected blocks, every seed line is on its page,
 * categories are real ids, pages request nothing, and the generator reproduces the disk exactly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNoiseCategory } from '../src/noise/categories';
import { renderAll } from '../scripts/fixtures/render-all';
import { SEED_ANNOTATIONS, type SeedKey } from '../scripts/fixtures/seed-annotations';
import { SEED_PAGES } from '../scripts/fixtures/seed-pages';
import { readSeedLines } from '../scripts/fixtures/seed-lines';
import { loadFixture } from './fixture-pages';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const PAGES = new URL('./fixtures/pages/', import.meta.url);
const SEED_FILES = readdirSync(new URL('../seeds/', import.meta.url)).filter((file) => file.endsWith('.txt'));

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Elements that start a new block (CSS display: block and friends, by default stylesheet). */
const BLOCK_TAGS = new Set(
  'html body address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table caption thead tbody tfoot tr td th ul'.split(' '),
);
/** Elements whose text is not shown. */
const HIDDEN_TAGS = new Set('head script style noscript template svg textarea select iframe object'.split(' '));

function tag(node: Element): string {
  return node.tagName.toLowerCase();
}

function isShown(node: Element): boolean {
  return !HIDDEN_TAGS.has(tag(node)) && !node.hasAttribute('hidden');
}

function hasBlockInside(node: Element): boolean {
  return [...node.children].some((child) => isShown(child) && (BLOCK_TAGS.has(tag(child)) || hasBlockInside(child)));
}

function inlineText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || !isShown(node as Element)) return '';
  return [...node.childNodes].map(inlineText).join('');
}

/** Visible blocks: each block element's own inline runs, like CSS anonymous block boxes. */
function visibleBlocks(root: Element): string[] {
  const blocks: string[] = [];
  const walk = (element: Element): void => {
    let run = '';
    const flush = (): void => {
      const text = collapse(run);
      if (text) blocks.push(text);
      run = '';
    };
    for (const child of element.childNodes) {
      if (child.nodeType === 1) {
        const el = child as Element;
        if (!isShown(el)) continue;
        if (BLOCK_TAGS.has(tag(el)) || hasBlockInside(el)) {
          flush();
          walk(el);
          continue;
        }
      }
      run += inlineText(child);
    }
    flush();
  };
  walk(root);
  return blocks;
}

const onDisk = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixture generator', () => {
  const files = renderAll();

  it('reproduces every file on disk byte for byte', () => {
    for (const [path, content] of files) {
      expect(existsSync(new URL(path, FIXTURES)), path).toBe(true);
      expect(readFileSync(new URL(path, FIXTURES), 'utf8'), path).toBe(content);
    }
  });

  it('leaves no page folder it does not make', () => {
    const made = new Set([...files.keys()].filter((p) => p.startsWith('pages/')).map((p) => p.split('/')[1]));
    expect(onDisk.filter((name) => !made.has(name))).toEqual([]);
  });

  it('renders the same twice', () => {
    expect(renderAll()).toEqual(files);
  });

  it('writes a demo index whose relative links all reach a page', () => {
    const { document } = parseHTML(files.get('demo/index.html') ?? '');
    const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) {
      expect(href).toMatch(/^\.\.\/pages\/[\w-]+\/source\.html$/);
      expect(files.has(href.slice(3)), href).toBe(true);
    }
  });
});

describe.each(onDisk)('page %s', (name) => {
  const { html, expected } = loadFixture(name);
  const { document } = parseHTML(html);

  it('is named after its folder and titled as its <title>', () => {
    expect(expected.name).toBe(name);
    expect(collapse(document.title)).toBe(expected.title);
    expect(expected.title).not.toBe('');
  });

  it('declares UTF-8 and a language', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(document.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(document.documentElement.getAttribute('lang')).toBeTruthy();
  });

  it('requests nothing: no remote or local resource, placeholder links only', () => {
    for (const el of document.querySelectorAll('[src], [srcset], [href], [action], [poster], [data]')) {
      for (const attr of ['src', 'srcset', 'poster', 'data']) expect(el.hasAttribute(attr), `${tag(el)}[${attr}]`).toBe(false);
      for (const attr of ['href', 'action']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(value, `${tag(el)}[${attr}]`).toMatch(/^(#[\w-]*|data:,)$/);
      }
    }
    // Remote URLs may appear as text (a tweet's t.co link) but never in styles.
    for (const style of document.querySelectorAll('style')) expect(style.textContent).not.toMatch(/url\(|@import/);
    expect(document.querySelectorAll('link:not([rel="icon"]), base, meta[http-equiv]').length).toBe(0);
  });

  it('expects exactly the blocks the HTML shows, in order', () => {
    expect(visibleBlocks(document.body)).toEqual(expected.blocks.map((block) => block.text));
  });

  it('labels blocks consistently', () => {
    for (const block of expected.blocks) {
      if (block.kind === 'boilerplate') {
        expect(isNoiseCategory(block.category ?? ''), `${block.category} on "${block.text}"`).toBe(true);
        expect(block.matchFile, block.text).toBeUndefined();
      } else {
        expect(block.kind).toBe('content');
        expect(block.category).toBeUndefined();
      }
      for (const file of [block.origin, block.matchFile]) if (file !== undefined) expect(SEED_FILES).toContain(file);
      if (block.matchFile) expect(block.relation, block.text).toBeDefined();
    }
    expect(expected.blocks.some((block) => block.kind === 'content')).toBe(expected.isArticle);
  });

  it('takes verbatim blocks from the seed lines they name', () => {
    for (const block of expected.blocks) {
      if (!block.matchFile || block.relation !== 'verbatim') continue;
      const lines = readSeedLines(block.matchFile);
      const source = collapse((block.lines ?? []).map((n) => lines[n] ?? '').join(' '));
      expect(source, block.text).toContain(block.text);
    }
  });

  it('names the seed lines a traced block comes from', () => {
    for (const block of expected.blocks) {
      if (!block.matchFile) continue;
      const lines = readSeedLines(block.matchFile);
      expect(block.lines?.length, block.text).toBeGreaterThan(0);
      for (const n of block.lines ?? []) expect((lines[n] ?? '').trim(), `${block.matchFile}:${n}`).not.toBe('');
    }
  });

  it('lists quotes that a content block shows', () => {
    const content = expected.blocks.filter((block) => block.kind === 'content').map((block) => block.text);
    for (const quote of expected.quotes) {
      expect(quote.speaker).not.toBe('');
      expect(['exact', 'editorial', 'altered', 'unmatched']).toContain(quote.fidelity);
      expect(content.some((text) => text.includes(quote.text)), quote.text).toBe(true);
    }
  });

  it('traces nothing on an off-topic page', () => {
    if (expected.onTopic) return;
    expect(expected.blocks.filter((block) => block.origin || block.matchFile)).toEqual([]);
    expect(expected.quotes.filter((quote) => quote.fidelity !== 'unmatched')).toEqual([]);
  });
});

describe.each(Object.keys(SEED_PAGES) as SeedKey[])('seed page %s', (key) => {
  const annotation = SEED_ANNOTATIONS[key];
  const { expected } = loadFixture(SEED_PAGES[key].name);
  const lines = readSeedLines(annotation.file);
  const noiseLines = new Set(annotation.lines.filter((note) => !['headline', 'dek', 'subheading', 'body'].includes(note.role)).map((n) => n.line));

  it('shows every content line of the seed as a content block of its own', () => {
    lines.forEach((line, n) => {
      if (n === 0 || line.trim() === '' || noiseLines.has(n)) return;
      const block = expected.blocks.find((b) => b.text === collapse(line) && b.kind === 'content');
      expect(block, `${annotation.file}:${n}`).toBeDefined();
      expect(block?.matchFile).toBe(annotation.file);
      expect(block?.lines).toContain(n);
    });
  });

  it('shows every noise line of the seed as boilerplate of its category', () => {
    for (const note of annotation.lines) {
      if (!noiseLines.has(note.line)) continue;
      for (const part of note.parts ?? [{ text: lines[note.line] ?? '', role: note.role }]) {
        const block = expected.blocks.find((b) => b.text === collapse(part.text) && b.category === part.role);
        expect(block, `${annotation.file}:${note.line} as ${part.role}`).toBeDefined();
        expect(block?.lines).toContain(note.line);
      }
    }
  });
});

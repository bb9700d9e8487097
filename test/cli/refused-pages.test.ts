/**
 * Pages `analyze` used to refuse ("no text found in it") or analyse from the wrong tree: real pages
 * whose structure linkedom (htmlparser2, no HTML tree builder) turns into an empty <body>. Each
 * fixture (test/fixtures/decode/tree-builder/README.md says where it comes from) is checked three
 * ways: linkedom alone still gives an empty body (so the fixture keeps the structure under test),
 * `parseHtmlDocument` gives the body a browser builds, and both the CLI's `analyze` and the corpus
 * builder's `htmlToText` find the article's paragraphs in it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { main } from '../../src/cli/index';
import { htmlToText, parseHtmlDocument } from '../../src/corpus/html-text';
import { decodeBytes, moveStrayMarkupIntoBody } from '../../src/text/decode';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = (name: string) => join(ROOT, 'test/fixtures/decode/tree-builder', name);

/** Each page, the structure it has, and the starts of paragraphs `analyze` must list as content. */
const PAGES: { file: string; structure: string; title: string; paragraphs: string[] }[] = [
  {
    file: 'no-html-start-tag.html',
    structure: 'no <html> start tag',
    title: 'Pferdesport definitiv bei Olympia 2028 dabei',
    paragraphs: [
      'Der Weltreiterverband meldet die nun definitive Zusage des Internationalen Olympischen Komitees',
      'Allerdings sei dies erst der erste Schritt, gibt FEI-Präsident Ingmar de Vos zu bedenken.',
    ],
  },
  {
    file: 'element-before-head.html',
    structure: 'a <meta> between <html> and <head>',
    title: 'Digitale Datenerhebung und -verwertung',
    paragraphs: [
      'Das vorliegende Papier wurde für die Gesellschaft für Medienpädagogik und Kommunikationskultur (GMK)',
      'Im Zuge der Entwicklung und Verbreitung leistungsfähiger Computertechnologien',
    ],
  },
  {
    file: 'no-head-tag.html',
    structure: 'no <head>',
    title: 'Trixie Natura Kleintierstall mit Freilaufgehege',
    paragraphs: [
      'Der Kaninchenstall mit Freigehege sorgt durch die eingebaute Rampe jederzeit für einen Auslauf',
      'Bitte Kaninchen stets genügend Auslauf gewähren.',
    ],
  },
  {
    file: 'no-body-tag.html',
    structure: 'no </head> and no <body>',
    title: '«Gute Löhne alleine reichen nicht»',
    paragraphs: ['Das Zentrum Ergolz lud zur Gesprächsrunde ein.'],
  },
  {
    file: 'no-body-start-tag.html',
    structure: 'no <body> start tag after </head>',
    title: 'Darán bendición a vehículos este sábado',
    paragraphs: [
      'El fiscal general de Colombia, Francisco Barbosa Delgado, destacó la gestión de Sandra Quiñónez',
      'En una entrevista exclusiva con Nación Media',
    ],
  },
  {
    file: 'conditional-comment-html.html',
    structure: 'five <html> tags in IE conditional comments',
    title: 'La perte des terres fertiles et les éléphants en Guinée-Conakry',
    paragraphs: ['24 milliards de tonnes de terres fertiles sont perdues chaque année'],
  },
  {
    file: 'repeated-html-div-in-head.html',
    structure: 'two <html> tags and <div>s in <head>',
    title: 'Tras una semana de acoso a la prensa',
    paragraphs: [
      'Tras la intensificación de ataques a periodistas en El Salvador',
      'Durante la más reciente sesión plenaria, este martes 19 de abril',
      'La ofensiva tras la aprobación de las reformas',
    ],
  },
];

/** The page as the CLI reads it: decoded like a browser, junk before <html> re-homed. */
function pageText(file: string): string {
  const decoded = decodeBytes(new Uint8Array(readFileSync(FIXTURE(file))), { name: file });
  if (!decoded.ok || decoded.kind !== 'html') throw new Error(`${file}: not read as HTML`);
  return moveStrayMarkupIntoBody(decoded.text);
}

const bodyText = (document: Document) => (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function analyzeJson(path: string): Promise<{ code: number; result: any }> {
  const out: string[] = [];
  const code = await main(['analyze', path, '--json'], { stdout: (t) => out.push(t), stderr: () => {} });
  return { code, result: JSON.parse(out.join('\n')) };
}

describe.each(PAGES)('$file ($structure)', ({ file, title, paragraphs }) => {
  it('linkedom alone gives it an empty body (the structure under test is kept)', () => {
    expect(bodyText(parseHTML(pageText(file)).document as unknown as Document)).toBe('');
  });

  it('parseHtmlDocument gives it the body a browser builds, with the article in it', () => {
    const document = parseHtmlDocument(pageText(file));
    const text = bodyText(document);
    for (const p of paragraphs) expect(text).toContain(p);
    // A browser's document.title is the first <title> anywhere (in 0969 the <div>s in <head> end it
    // before <title>, as in a browser); linkedom's getter looks in <head> only.
    expect(document.querySelector('title')?.textContent).toContain(title);
    // One <html>, its <head> and <body> only, and nothing but head elements in <head>.
    expect(document.querySelectorAll('html')).toHaveLength(1);
    expect(Array.from(document.documentElement.children).map((e) => e.tagName)).toEqual(['HEAD', 'BODY']);
    expect(document.head.querySelector('div, p, h1, span')).toBeNull();
  });

  it('`analyze --json` lists its paragraphs as content', async () => {
    const { code, result } = await analyzeJson(FIXTURE(file));
    expect(result.error).toBeUndefined();
    expect(code).toBe(0);
    expect(result.title).toContain(title);
    const content: string[] = result.blocks.filter((b: { kind: string }) => b.kind === 'content').map((b: { text: string }) => b.text);
    for (const p of paragraphs) expect(content.some((t) => t.startsWith(p))).toBe(true);
  });

  it("the corpus builder's htmlToText finds its paragraphs", () => {
    const text = htmlToText(pageText(file));
    expect(text.ok).toBe(true);
    const lines = text.ok ? text.text.split('\n\n') : [];
    for (const p of paragraphs) expect(lines.some((l) => l.startsWith(p))).toBe(true);
  });
});

describe('parseHtmlDocument on well-formed pages', () => {
  it('keeps the tree linkedom builds in one parse', () => {
    const html = readFileSync(join(ROOT, 'test/fixtures/pages/004-copy-site/source.html'), 'utf8');
    const once = parseHTML(html).document as unknown as Document;
    const document = parseHtmlDocument(html);
    expect(document.documentElement.outerHTML).toBe(once.documentElement.outerHTML);
  });

  it('rebuilds a fragment with no structural tags and keeps a page with no text as it is', () => {
    const fragment = parseHtmlDocument('<title>T</title><p>First paragraph.</p><p>Second paragraph.</p>');
    expect(fragment.title).toBe('T');
    expect(Array.from(fragment.body.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
    const empty = parseHtmlDocument('<!doctype html><html><head><title>T</title></head><body><div></div></body></html>');
    expect(bodyText(empty)).toBe('');
    expect(empty.title).toBe('T');
  });
});

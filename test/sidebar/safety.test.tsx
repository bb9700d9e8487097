/**
 * Page text is hostile input: it must reach the sidebar's DOM as text, never as markup, in every
 * place the sidebar shows page or corpus text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/sidebar/App';
import type { Analysis } from '../../src/shared/analysis-types';
import { mount, textOf, type Mounted } from './dom';
import { memorySource } from './memory-source';
import { seedAnalysis } from './seed-analysis';

const IMG = '<img src=x onerror=alert(document.domain)>';
const SCRIPT = '<script>alert(1)</script>';
const EVIL = `Breaking ${IMG} news ${SCRIPT} here`;

/** The seed analysis with hostile markup in every string the sidebar renders. */
function hostileAnalysis(): Analysis {
  const a = seedAnalysis();
  const poison = <T extends { text: string; outlet?: string; headline?: string }>(r: T): T => ({
    ...r,
    text: `${r.text} ${EVIL}`,
    ...(r.outlet !== undefined ? { outlet: `${r.outlet} ${IMG}` } : {}),
  });
  return {
    ...a,
    title: EVIL,
    blocks: a.blocks.map((b) => ({
      ...b,
      text: `${EVIL} ${b.text}`,
      reason: `${b.reason} ${SCRIPT}`,
      ...(b.match
        ? { match: { ...poison(b.match), origin: poison(b.match.origin), chain: b.match.chain.map(poison) } }
        : {}),
    })),
    quotes: a.quotes.map((q) => ({
      ...q,
      text: `${q.text} ${EVIL}`,
      speaker: `${q.speaker} ${SCRIPT}`,
      diff: [...(q.diff ?? []), { op: 'added', text: IMG }, { op: 'removed', text: SCRIPT }],
      ...(q.original ? { original: poison(q.original) } : {}),
      ...(q.closestCopy ? { closestCopy: poison(q.closestCopy) } : {}),
      alsoIn: q.alsoIn.map(poison),
    })),
    summary: { ...a.summary, mainOrigin: `${a.summary.mainOrigin} ${IMG}` },
  };
}

let view: Mounted | undefined;
afterEach(() => view?.unmount());

describe('hostile text', () => {
  it('renders markup in page and corpus text as text and creates no img or script', async () => {
    view = await mount(<App source={memorySource({ 1: hostileAnalysis() })} tabId={1} view="page" />);
    await view.settle();
    // Open everything that renders more text: every "Show more", the untraced list, every Compare.
    for (const b of view.all('button').filter((x) => ['Show more', 'Show', 'Compare'].includes(textOf(x)))) {
      await view.click(b);
    }
    expect(view.all('.sc-compare').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
    const text = view.root.textContent ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain(SCRIPT);
    // In the diff, the hostile parts are text inside <ins>/<del>, not elements.
    expect(view.all('ins').some((el) => el.textContent === IMG)).toBe(true);
    expect(view.all('del').some((el) => el.textContent === SCRIPT)).toBe(true);
  });

  it('renders a hostile selection trace as text too', async () => {
    const source = memorySource();
    source.selections.set(1, { ...hostileAnalysis(), input: 'selection' });
    view = await mount(<App source={source} tabId={1} view="selection" />);
    await view.settle();
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(view.root.textContent).toContain(SCRIPT);
  });

  it('never uses innerHTML or dangerouslySetInnerHTML in the sidebar source', () => {
    const dir = join(import.meta.dirname, '../../src/sidebar');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it('has a sidebar.html that loads only the local script and stylesheet', () => {
    const html = readFileSync(join(import.meta.dirname, '../../extension/sidebar.html'), 'utf8');
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(['sidebar.js', 'styles/sidebar.css']);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
  });
});

/**
 * The sidebar's life cycle against an in-memory data source: loading, nothing to trace, errors
 * and retry, refresh on "analysis changed", and the actions that go back to the background
 * (show on page, wrong match, export).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, NOTHING_TO_TRACE } from '../../src/sidebar/App';
import type { Analysis } from '../../src/shared/analysis-types';
import { mount, summaryText, textOf, type Mounted } from './dom';
import { memorySource, type MemorySource } from './memory-source';
import { seedAnalysis } from './seed-analysis';

const TAB = 3;
let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

async function open(source: MemorySource, tabId: number | null | undefined = TAB) {
  view = await mount(<App source={source} tabId={tabId} view="page" />);
  await view.settle();
  return view;
}

const buttonNamed = (root: Element, name: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => textOf(x) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};

describe('states', () => {
  it('shows a busy status until the analysis arrives', async () => {
    const source = memorySource({ [TAB]: seedAnalysis() });
    let release: (a: Analysis | null) => void = () => {};
    source.getAnalysis = () => new Promise((resolve) => (release = resolve));
    const v = await open(source);
    expect(v.one('[role="status"][aria-busy="true"]')).toBeTruthy();
    expect(textOf(v.root)).toContain('Tracing sources');
    release(seedAnalysis());
    await v.settle();
    expect(v.all('[aria-busy="true"]')).toHaveLength(0);
    expect(v.all('[role="tab"]')).toHaveLength(3);
  });

  it('explains why there is nothing to trace when the tab has no analysis', async () => {
    const v = await open(memorySource({ [TAB]: null }));
    expect(textOf(v.one('.sc-state-empty'))).toBe(NOTHING_TO_TRACE);
    expect(v.all('[role="tablist"]')).toHaveLength(0);
  });

  it('warns when the analysed page looks off-topic', async () => {
    const offTopic = { ...seedAnalysis(), topic: { onTopic: false, score: 0.1, terms: [] } };
    const v = await open(memorySource({ [TAB]: offTopic }));
    expect(textOf(v.one('.sc-header-note'))).toMatch(/does not look like it is about the corpus's story/);
    view?.unmount();
    const w = await open(memorySource({ [TAB]: seedAnalysis() }));
    expect(w.all('.sc-header-note')).toHaveLength(0);
  });

  it('says so when there is no tab at all', async () => {
    const v = await open(memorySource(), null);
    expect(textOf(v.one('.sc-state-empty'))).toMatch(/^No tab to trace/);
  });

  it('reports an error and recovers on "Try again"', async () => {
    const source = memorySource({ [TAB]: seedAnalysis() });
    source.failWith = new Error('Could not establish connection. Receiving end does not exist.');
    const v = await open(source);
    const alert = v.one('[role="alert"]');
    expect(textOf(alert)).toContain('Could not load the analysis for this tab.');
    expect(textOf(alert)).toContain('Receiving end does not exist');
    source.failWith = undefined;
    await v.click(buttonNamed(alert, 'Try again'));
    await v.settle();
    expect(v.all('[role="alert"]')).toHaveLength(0);
    expect(v.all('[role="tab"]')).toHaveLength(3);
  });

  it('reloads when the background says this tab changed, and ignores other tabs', async () => {
    const source = memorySource({ [TAB]: null });
    const v = await open(source);
    expect(v.all('[role="tab"]')).toHaveLength(0);
    source.pages.set(TAB, seedAnalysis());
    source.emitChanged(TAB + 1);
    await v.settle();
    expect(v.all('[role="tab"]')).toHaveLength(0);
    source.emitChanged(TAB);
    await v.settle();
    expect(v.all('[role="tab"]')).toHaveLength(3);
  });

  it('keeps the newest analysis when an older request answers last', async () => {
    const older = seedAnalysis();
    const newer = { ...seedAnalysis(), quotes: [] };
    const source = memorySource();
    const answers: ((a: Analysis) => void)[] = [];
    source.getAnalysis = () => new Promise((resolve) => answers.push(resolve));
    const v = await open(source);
    source.emitChanged(TAB); // a second request while the first is pending
    await v.settle();
    expect(answers).toHaveLength(2);
    answers[1]?.(newer);
    await v.settle();
    answers[0]?.(older);
    await v.settle();
    expect(textOf(v.one('#sc-tab-quotes'))).toBe('Quotes (0)');
  });
});

describe('actions', () => {
  it('asks the background to show a block on the page', async () => {
    const source = memorySource({ [TAB]: seedAnalysis() });
    const v = await open(source);
    const card = v.all('#sc-panel-origins article')[1] as HTMLElement;
    await v.click(buttonNamed(card, 'Show on page'));
    await v.settle();
    expect(source.shown).toEqual([{ tabId: TAB, block: 3 }]);
  });

  it('hides a wrong match at once and stores a correction', async () => {
    const analysis = seedAnalysis();
    const source = memorySource({ [TAB]: analysis });
    const v = await open(source);
    const traced = v.all('#sc-panel-origins article').length;
    const card = v.all('#sc-panel-origins article')[0] as HTMLElement;
    await v.click(buttonNamed(card, 'Wrong match'));
    // Hidden before the background has answered: the click's own render.
    expect(v.all('#sc-panel-origins article')).toHaveLength(traced - 1);
    expect(textOf(v.one('#sc-tab-origins'))).toBe(`Origins (${traced - 1})`);
    expect(summaryText(v)).toMatch(new RegExp(`^${traced - 1} of \\d+ paragraphs traced`));
    await v.settle();
    const block = analysis.blocks[2];
    expect(source.corrections).toEqual([
      {
        url: analysis.input,
        blockText: block?.text,
        file: block?.match?.file,
        paragraphs: block?.match?.paragraphs,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(textOf(v.one('.sc-untraced'))).toMatch(/^2 paragraphs have no match/);
    expect(textOf(v.one('.sc-status'))).toContain('correction is saved');
    // Focus does not fall to <body> with the removed button.
    expect(document.activeElement).toBe(v.one('#sc-panel-origins'));
  });

  it('keeps matches hidden that stored corrections already reject', async () => {
    const analysis = seedAnalysis();
    const source = memorySource({ [TAB]: analysis });
    const block = analysis.blocks[4];
    if (!block?.match) throw new Error('fixture changed');
    source.corrections.push({ url: 'https://elsewhere.example/', blockText: block.text, file: block.match.file, paragraphs: block.match.paragraphs, at: '2026-01-01T00:00:00Z' });
    const v = await open(source);
    expect(textOf(v.one('#sc-panel-origins'))).not.toContain('Daily Caller');
  });

  it('exports the stored corrections as a JSON download', async () => {
    const analysis = seedAnalysis();
    const source = memorySource({ [TAB]: analysis });
    const v = await open(source);
    await v.click(buttonNamed(v.root, 'Export corrections'));
    await v.settle();
    expect(textOf(v.one('.sc-status'))).toMatch(/^No corrections to export yet/);

    await v.click(buttonNamed(v.all('#sc-panel-origins article')[0] as Element, 'Wrong match'));
    await v.settle();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string | null; download: string | null }[] = [];
    document.addEventListener('click', (e) => {
      const a = e.target as Element;
      if (a.tagName === 'A') clicked.push({ href: a.getAttribute('href'), download: a.getAttribute('download') });
    });
    await v.click(buttonNamed(v.root, 'Export corrections'));
    await v.settle();
    expect(clicked).toEqual([{ href: 'blob:test/1', download: expect.stringMatching(/^source-context-corrections-\d{4}-\d\d-\d\d\.json$/) }]);
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file.format).toBe('source-context-corrections');
    expect(file.corrections).toEqual(source.corrections);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(textOf(v.one('.sc-status'))).toMatch(/^Exported 1 correction to source-context-corrections-/);
  });
});

describe('selection view', () => {
  it('shows where a selected passage comes from', async () => {
    const page = seedAnalysis();
    const source = memorySource({ [TAB]: page });
    const picked = page.blocks[4];
    if (!picked) throw new Error('fixture changed');
    source.selections.set(TAB, { ...page, input: 'selection', blocks: [{ ...picked, index: 0 }], quotes: [] });
    view = await mount(<App source={source} tabId={TAB} view="selection" />);
    await view.settle();
    expect(source.calls.getSelectionTrace).toBe(1);
    expect(summaryText(view)).toBe('Selected text · 1 match');
    expect(view.all('.sc-chain li').map(textOf)).toEqual([
      'this page',
      'Daily Caller News Foundation rewrite (002), credits NPR',
      'NPR web story (000)',
    ]);
    // A selection is not a block on the page: nothing to scroll to.
    expect(textOf(view.root)).not.toContain('Show on page');

    await view.click(buttonNamed(view.root, 'Wrong match'));
    await view.settle();
    expect(source.corrections[0]?.url).toBe(page.input);
  });

  it('says plainly when the corpus has no match, and what that means', async () => {
    const source = memorySource();
    const text = 'A sentence that no outlet in the corpus ever printed about anything.';
    source.selections.set(TAB, {
      ...seedAnalysis(),
      input: 'selection',
      blocks: [{ index: 0, text, kind: 'content', reason: 'selection' }],
      quotes: [],
    });
    view = await mount(<App source={source} tabId={TAB} view="selection" />);
    await view.settle();
    const note = view.one('.sc-no-match');
    expect(textOf(note)).toMatch(/^No match in the corpus/);
    expect(textOf(note)).toContain('does not make it false or new');
    expect(textOf(view.root)).toContain(text);
  });

  it('invites the user to select text when nothing was traced yet', async () => {
    view = await mount(<App source={memorySource()} tabId={TAB} view="selection" />);
    await view.settle();
    expect(textOf(view.one('.sc-state-empty'))).toMatch(/^No selection traced yet/);
  });
});

/**
 * The page view on a hand-assembled Analysis of real seed texts (see seed-analysis.ts for why it
 * is assembled rather than computed): header, tab counts, origin chains, quote diffs, stripped
 * groups, search and the keyboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/sidebar/App';
import { noiseLabel } from '../../src/noise/categories';
import { mount, summaryText, textOf, type Mounted } from './dom';
import { memorySource } from './memory-source';
import { seedAnalysis } from './seed-analysis';

const TAB = 7;
let view: Mounted | undefined;
afterEach(() => view?.unmount());

async function open(analysis = seedAnalysis()) {
  const source = memorySource({ [TAB]: analysis });
  view = await mount(<App source={source} tabId={TAB} view="page" />);
  await view.settle();
  return { view, source, analysis };
}

const tabLabel = (v: Mounted, id: string) => textOf(v.one(`#sc-tab-${id}`));
const panel = (v: Mounted, id: string) => v.one(`#sc-panel-${id}`);

describe('page view', () => {
  it('summarises the analysis in the header', async () => {
    const { view, analysis } = await open();
    const content = analysis.blocks.filter((b) => b.kind === 'content');
    const traced = content.filter((b) => b.match);
    const summary = summaryText(view);
    expect(summary).toBe(
      `${traced.length} of ${content.length} paragraphs traced · origin: NBC News (web story) · ` +
        `${analysis.quotes.length} quotes · ${analysis.blocks.length - content.length} noise blocks stripped`,
    );
  });

  it('counts each section in its tab and renders that many items', async () => {
    const { view, analysis } = await open();
    const traced = analysis.blocks.filter((b) => b.kind === 'content' && b.match).length;
    const noise = analysis.blocks.filter((b) => b.kind === 'boilerplate').length;
    expect(tabLabel(view, 'origins')).toBe(`Origins (${traced})`);
    expect(tabLabel(view, 'quotes')).toBe(`Quotes (${analysis.quotes.length})`);
    expect(tabLabel(view, 'stripped')).toBe(`Stripped (${noise})`);
    expect(panel(view, 'origins').querySelectorAll('article.sc-card')).toHaveLength(traced);
    expect(panel(view, 'quotes').querySelectorAll('article.sc-card')).toHaveLength(analysis.quotes.length);
    expect(panel(view, 'stripped').querySelectorAll('li')).toHaveLength(noise);
  });

  it('draws the chain of copies with how each copy credits its source', async () => {
    const { view } = await open();
    // The arrows are drawn by CSS; the list items are the steps.
    const chains = view.all('.sc-chain').map((ol) => [...ol.querySelectorAll('li')].map(textOf).join(' → '));
    // Block 4 is the Daily Caller's rewrite, which credits NPR's web story.
    expect(chains).toContain('this page → Daily Caller News Foundation rewrite (002), credits NPR → NPR web story (000)');
    // Block 8 is 004, which copies NBC without saying so.
    expect(chains).toContain('this page → unattributed copy (004), no credit → NBC News web story (003)');
    const steps = view.all('.sc-chain')[2]?.querySelectorAll('li') ?? [];
    expect(steps).toHaveLength(3);
  });

  it('opens Origins with the routes the text took, most used first', async () => {
    const { view } = await open();
    const routes = view.all('.sc-overview li').map(textOf);
    expect(routes).toEqual([
      '2 paragraphs (1 near-verbatim, 1 paraphrase) this page → NBC News web story (003)',
      '1 paragraph (1 verbatim) this page → Daily Caller News Foundation rewrite (002), credits NPR → NPR web story (000)',
      '1 paragraph (1 verbatim) this page → unattributed copy (004), no credit → NBC News web story (003)',
    ]);
  });

  it('shows relation badges with the score as a percentage', async () => {
    const { view } = await open();
    const badges = view.all('#sc-panel-origins .sc-badge').map(textOf);
    expect(badges).toEqual(['Paraphrase 71%', 'Near-verbatim 83%', 'Verbatim 100%', 'Verbatim 98%']);
    expect(view.one('#sc-panel-origins .sc-badge').className).toContain('sc-tone-paraphrase');
  });

  it("strikes the original's words and marks the page's in an altered quote", async () => {
    const { view } = await open();
    const feeley = view.all('#sc-panel-quotes article').find((a) => textOf(a).startsWith('John Feeley'));
    if (!feeley) throw new Error('no Feeley quote card');
    const removed = [...feeley.querySelectorAll('del')].map(textOf).filter((t) => t !== 'struck');
    const added = [...feeley.querySelectorAll('ins')].map(textOf).filter((t) => t !== 'marked');
    expect(removed).toContain('game changer');
    expect(added).toContain('watershed');
    expect(removed.join(' ')).not.toContain('watershed');
    expect(added.join(' ')).not.toContain('game changer');
    expect(textOf(feeley)).toContain('Altered');
    expect(textOf(feeley)).toContain('original: NBC News web story (003)');
    expect(textOf(feeley)).toContain('this wording: unattributed copy (004)');
  });

  it('lists the other documents that carry a quote', async () => {
    const { view } = await open();
    const donahue = view.all('#sc-panel-quotes article').find((a) => textOf(a).startsWith('Matthew Donahue'));
    expect(donahue && textOf(donahue)).toContain('also in: NPR radio transcript (001), Daily Caller News Foundation rewrite (002)');
    expect(donahue && textOf(donahue)).toContain('Editorial');
  });

  it('groups stripped blocks by category with counts and reasons', async () => {
    const { view, analysis } = await open();
    const groups = view.all('#sc-panel-stripped details');
    const expected = ['browser-notice', 'newsletter-teaser', 'photo-caption'] as const;
    expect(groups.map((g) => textOf(g.querySelector('summary') as Element))).toEqual(
      expected.map((c) => `${noiseLabel(c)} (${analysis.blocks.filter((b) => b.category === c).length})`),
    );
    const captions = groups[2];
    expect(captions?.querySelectorAll('li')).toHaveLength(2);
    expect(textOf(captions as Element)).toContain('figcaption; repeats a credit line');
  });

  it('summarises the paragraphs with no match, expandable', async () => {
    const { view } = await open();
    const untraced = view.one('.sc-untraced');
    expect(textOf(untraced)).toContain('1 paragraph has no match in the corpus: original to this page');
    expect(textOf(untraced)).not.toContain('three pharmacists');
    await view.click(untraced.querySelector('button') as Element);
    expect(textOf(view.one('.sc-untraced'))).toContain('three pharmacists');
  });

  it('compares the page text with the match and with the origin', async () => {
    const { view } = await open();
    const card = view.all('#sc-panel-origins article')[3] as HTMLElement; // 004 copy of NBC
    const compare = [...card.querySelectorAll('button')].find((b) => textOf(b) === 'Compare') as HTMLElement;
    expect(card.querySelector('.sc-compare')).toBeNull();
    await view.click(compare);
    expect(compare.getAttribute('aria-expanded')).toBe('true');
    const blocks = [...card.querySelectorAll('.sc-diff-block')];
    expect(blocks.map((b) => textOf(b.querySelector('h4') as Element))).toEqual([
      expect.stringMatching(/^vs unattributed copy \(004\)/),
      expect.stringMatching(/^vs the origin, NBC News web story \(003\)/),
    ]);
    // 004 rewrote NBC's "as little as" into "just": the diff against the origin shows it.
    const vsOrigin = blocks[1] as Element;
    expect([...vsOrigin.querySelectorAll('del')].map(textOf).join(' ')).toContain('as little as');
    expect([...vsOrigin.querySelectorAll('ins')].map(textOf).join(' ')).toContain('just');
  });
});

describe('search', () => {
  it('filters every section, and Escape clears it', async () => {
    const { view, analysis } = await open();
    const input = view.one('input[type="search"]');
    await view.type(input, 'Feeley');
    const withFeeley = analysis.blocks.filter((b) => b.match && b.text.includes('Feeley')).length;
    expect(tabLabel(view, 'quotes')).toBe('Quotes (1)');
    expect(tabLabel(view, 'origins')).toBe(`Origins (${withFeeley})`);
    expect(tabLabel(view, 'stripped')).toBe('Stripped (0)');
    expect(textOf(view.one('#sc-panel-quotes'))).toContain('John Feeley');
    expect(textOf(view.one('#sc-panel-quotes'))).not.toContain('Matthew Donahue');
    expect(textOf(view.one('.sc-search-status'))).toMatch(/^Showing \d+ of \d+ items$/);

    await view.key(input, 'Escape');
    expect((view.one('input[type="search"]') as HTMLInputElement).value).toBe('');
    expect(tabLabel(view, 'quotes')).toBe(`Quotes (${analysis.quotes.length})`);
  });

  it('matches outlets, noise labels and every word of the query', async () => {
    const { view } = await open();
    const input = view.one('input[type="search"]');
    await view.type(input, 'photo caption');
    expect(tabLabel(view, 'stripped')).toBe('Stripped (2)');
    expect(tabLabel(view, 'quotes')).toBe('Quotes (0)');
    await view.type(input, 'Daily Caller');
    expect(tabLabel(view, 'origins')).toBe('Origins (1)');
    await view.type(input, 'Donahue Mexico');
    expect(tabLabel(view, 'quotes')).toBe('Quotes (1)');
    await view.type(input, 'zzzqqq');
    expect(textOf(view.one('#sc-panel-origins'))).toBe('No traced paragraph matches the search.');
  });

  it('has a clear button', async () => {
    const { view } = await open();
    expect(view.all('.sc-search-clear')).toHaveLength(0);
    await view.type(view.one('input[type="search"]'), 'NPR');
    await view.click(view.one('.sc-search-clear'));
    expect((view.one('input[type="search"]') as HTMLInputElement).value).toBe('');
    expect(view.all('.sc-search-clear')).toHaveLength(0);
  });
});

describe('keyboard tabs', () => {
  it('moves selection and focus with the arrow keys, Home and End (roving tabindex)', async () => {
    const { view } = await open();
    const tab = (id: string) => view.one(`#sc-tab-${id}`);
    const state = () =>
      ['origins', 'quotes', 'stripped'].map((id) => `${tab(id).getAttribute('aria-selected')}/${tab(id).getAttribute('tabindex')}`);
    expect(state()).toEqual(['true/0', 'false/-1', 'false/-1']);
    expect(view.one('#sc-panel-quotes').hidden).toBe(true);

    await view.key(tab('origins'), 'ArrowRight');
    expect(state()).toEqual(['false/-1', 'true/0', 'false/-1']);
    expect(document.activeElement).toBe(tab('quotes'));
    expect(view.one('#sc-panel-quotes').hidden).toBe(false);
    expect(view.one('#sc-panel-origins').hidden).toBe(true);

    await view.key(tab('quotes'), 'End');
    expect(state()).toEqual(['false/-1', 'false/-1', 'true/0']);
    await view.key(tab('stripped'), 'ArrowRight'); // wraps
    expect(state()).toEqual(['true/0', 'false/-1', 'false/-1']);
    await view.key(tab('origins'), 'ArrowLeft'); // wraps back
    expect(document.activeElement).toBe(tab('stripped'));
    await view.key(tab('stripped'), 'Home');
    expect(state()).toEqual(['true/0', 'false/-1', 'false/-1']);
    await view.key(tab('origins'), 'a'); // other keys do nothing
    expect(state()).toEqual(['true/0', 'false/-1', 'false/-1']);
  });

  it('labels tabs and panels for screen readers', async () => {
    const { view } = await open();
    expect(view.one('[role="tablist"]').getAttribute('aria-label')).toBe('Analysis sections');
    for (const id of ['origins', 'quotes', 'stripped']) {
      expect(view.one(`#sc-tab-${id}`).getAttribute('aria-controls')).toBe(`sc-panel-${id}`);
      expect(view.one(`#sc-panel-${id}`).getAttribute('aria-labelledby')).toBe(`sc-tab-${id}`);
    }
  });
});

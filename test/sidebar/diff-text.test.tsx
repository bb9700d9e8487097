/** Word diffs read as prose whichever spacing convention the parts follow. */
import { afterEach, describe, expect, it } from 'vitest';
import type { DiffPart } from '../../src/shared/analysis-types';
import { DiffText } from '../../src/sidebar/DiffText';
import { wordDiff } from '../../src/sidebar/word-diff';
import { mount, textOf, type Mounted } from './dom';

let view: Mounted | undefined;
afterEach(() => view?.unmount());

describe('DiffText', () => {
  it('puts spaces back between trimmed word runs (the quote engine style)', async () => {
    const parts: DiffPart[] = [
      { op: 'same', text: 'We have a' },
      { op: 'removed', text: 'game changer' },
      { op: 'added', text: 'watershed' },
      { op: 'same', text: 'here,' },
    ];
    view = await mount(<p><DiffText parts={parts} /></p>);
    expect(view.root.textContent).toBe('We have a game changer watershed here,');
    expect(view.all('del').map(textOf)).toEqual(['game changer']);
    expect(view.all('ins').map(textOf)).toEqual(['watershed']);
  });

  it("keeps diffWords' own spacing and adds none (the Compare view style)", async () => {
    const original = 'We have a game changer here';
    const page = 'We have a watershed here';
    view = await mount(<p><DiffText parts={wordDiff(original, page)} /></p>);
    const text = view.root.textContent ?? '';
    expect(text).not.toMatch(/ {2}/);
    // Without the struck words, the page's sentence exactly.
    expect(text.replace('game changer', '')).toBe(page);
    expect(view.all('del').map(textOf)).toEqual(['game changer']);
    expect(view.all('ins').map(textOf)).toEqual(['watershed']);
  });
});

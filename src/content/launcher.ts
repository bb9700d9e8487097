/**
 * The launcher: a small pill at the bottom right ("7 traced"), shown only on pages with traced
 * paragraphs. Clicking it opens the sidebar; × hides it for this page view.
 */
import type { Analysis } from '../shared/analysis-types';
import { guard } from '../shared/guard';
import { removeUiPart, uiPart } from './ui-root';

const ID = 'launcher';
let dismissed = false;

/** Show (or update) the launcher for `analysis`; `onOpen` runs on click. */
export function showLauncher(analysis: Analysis, onOpen: () => unknown): void {
  if (dismissed) return;
  const count = analysis.summary.tracedBlocks;
  const origin = analysis.summary.mainOrigin;
  const box = uiPart(ID, () => {
    const el = document.createElement('div');
    el.className = 'sc';
    el.setAttribute('role', 'complementary');
    el.setAttribute('aria-label', 'Source Context');
    const open = document.createElement('button');
    open.className = 'open';
    open.type = 'button';
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'label';
    open.append(dot, label);
    const close = document.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Hide for this page';
    close.setAttribute('aria-label', 'Hide Source Context for this page');
    close.addEventListener('click', guard(() => {
      dismissed = true;
      hideLauncher();
    }));
    el.append(open, close);
    return el;
  });
  const open = box.querySelector<HTMLButtonElement>('button.open');
  const label = box.querySelector<HTMLElement>('.label');
  if (!open || !label) return;
  label.textContent = `${count} traced`;
  const where = origin ? ` to ${origin}` : '';
  open.title = `${count} paragraph${count === 1 ? '' : 's'} traced${where}. Open Source Context.`;
  open.setAttribute('aria-label', open.title);
  open.onclick = guard(onOpen);
}

/** Remove the launcher. */
export function hideLauncher(): void {
  removeUiPart(ID);
}

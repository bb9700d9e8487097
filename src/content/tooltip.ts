/**
 * Hovering a traced paragraph shows where it came from, in a small tooltip inside our shadow
 * root. One passive listener on the document, active only while the page has traced paragraphs.
 */
import { guard } from '../shared/guard';
import { originLine, relationLine } from './describe';
import { page } from './state';
import { removeUiPart, uiPart } from './ui-root';

const ID = 'tooltip';
/** How many ancestors of the hovered node we check for a traced block (blocks are shallow). */
const MAX_DEPTH = 8;

let attached = false;

const onOver = guard((event: Event) => {
  const block = tracedBlockAt(event.target);
  if (block === null) return hide();
  const el = page.elements[block];
  const match = page.analysis?.blocks[block]?.match;
  if (!el || !match) return hide();
  const tip = uiPart(ID, () => {
    const div = document.createElement('div');
    div.className = 'sc';
    div.setAttribute('role', 'tooltip');
    return div;
  });
  const origin = document.createElement('div');
  origin.className = 'origin';
  origin.textContent = originLine(match);
  const headline = document.createElement('div');
  headline.textContent = match.origin.headline;
  const relation = document.createElement('div');
  relation.className = 'relation';
  relation.textContent = relationLine(match);
  tip.replaceChildren(origin, headline, relation);
  tip.hidden = false;
  const rect = el.getBoundingClientRect();
  const top = rect.top > 90 ? rect.top - 8 - tip.offsetHeight : Math.min(rect.bottom + 8, innerHeight - tip.offsetHeight);
  tip.style.top = `${Math.max(0, top)}px`;
  tip.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - tip.offsetWidth - 8))}px`;
});

const hide = (): void => {
  removeUiPart(ID);
};

/** Index of the traced block whose element holds `target`, or null. */
function tracedBlockAt(target: EventTarget | null): number | null {
  let node = target instanceof Node ? target : null;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentNode) {
    if (!(node instanceof Element)) continue;
    const index = page.blockOf.get(node);
    if (index !== undefined) return page.analysis?.blocks[index]?.match ? index : null;
  }
  return null;
}

/** Listen for hovers (idempotent). */
export function enableTooltips(): void {
  if (attached) return;
  attached = true;
  document.addEventListener('mouseover', onOver, { passive: true, capture: true });
  window.addEventListener('scroll', hide, { passive: true, capture: true });
}

/** Stop listening and remove the tooltip. */
export function disableTooltips(): void {
  if (!attached) return;
  attached = false;
  document.removeEventListener('mouseover', onOver, { capture: true });
  window.removeEventListener('scroll', hide, { capture: true });
  hide();
}

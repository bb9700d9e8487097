/**
 * Applies the DOM noise rules (src/noise/dom-rules.ts) to a block: the block's element and its
 * ancestors, nearest first. Results are memoised per element, since the blocks of one container
 * share every ancestor.
 */
import { matchDomRule, type DomRule } from '../noise/dom-rules';

/** A rule that matched, and the element (the block's or an ancestor) where it matched. */
export interface DomHit {
  rule: DomRule;
  element: Element;
}

/** Finds the nearest matching rule for elements below `root` (the body). */
export class DomClassifier {
  private readonly memo = new Map<Element, DomHit | null>();
  constructor(private readonly root: Element) {}

  /** Nearest hit on `el` or its ancestors up to (not including) the root; `filter` picks rules. */
  nearest(el: Element): DomHit | null {
    const path: Element[] = [];
    let found: DomHit | null = null;
    for (let cur: Element | null = el; cur && cur !== this.root; cur = cur.parentElement) {
      const memo = this.memo.get(cur);
      if (memo !== undefined) {
        found = memo;
        break;
      }
      path.push(cur);
      const rule = matchDomRule(cur);
      if (rule) {
        found = { rule, element: cur };
        break;
      }
    }
    // Every element on the path up to the hit shares its answer.
    for (const p of path) this.memo.set(p, found);
    return found;
  }

  /**
   * The hit that names the block: the nearest non-weak hit that `accept` allows, else the nearest
   * weak one (see `DomRule.weak`).
   */
  pick(el: Element, accept: (hit: DomHit) => boolean = () => true): DomHit | null {
    let weak: DomHit | null = null;
    for (const hit of this.all(el)) {
      if (!accept(hit)) continue;
      if (!hit.rule.weak) return hit;
      weak ??= hit;
    }
    return weak;
  }

  /** All hits on the way up (nearest first). */
  all(el: Element): DomHit[] {
    const hits: DomHit[] = [];
    for (let cur: Element | null = el; cur && cur !== this.root; ) {
      const hit = this.nearest(cur);
      if (!hit) break;
      hits.push(hit);
      cur = hit.element.parentElement;
    }
    return hits;
  }
}

/**
 * Finds, in a clone of a document, the nodes that correspond to nodes of the original: each node
 * is located by its child-index path from the document. `cloneNode(true)` keeps the structure,
 * so the path leads to the twin. Paths share prefixes, so parents' child indices are cached.
 */

/** Maps original nodes to their twins in `clone`. */
export class TwinFinder {
  private readonly indexOf = new Map<Node, Map<Node, number>>();
  private readonly twins = new Map<Node, Node>();

  constructor(original: Document, clone: Document) {
    this.twins.set(original, clone);
    // Paths start at the root element: linkedom's document clone can drop the doctype node,
    // which would shift every index at the top level.
    if (original.documentElement && clone.documentElement) this.twins.set(original.documentElement, clone.documentElement);
  }

  /** The twin of `node` in the clone, or null when the clone's structure differs. */
  twin(node: Node): Node | null {
    const known = this.twins.get(node);
    if (known) return known;
    const parent = node.parentNode;
    if (!parent) return null;
    const parentTwin = this.twin(parent);
    if (!parentTwin) return null;
    const index = this.childIndex(parent, node);
    const found = parentTwin.childNodes[index] ?? null;
    if (found && found.nodeName === node.nodeName) this.twins.set(node, found);
    return found && found.nodeName === node.nodeName ? found : null;
  }

  private childIndex(parent: Node, child: Node): number {
    let map = this.indexOf.get(parent);
    if (!map) {
      map = new Map();
      let i = 0;
      for (let c = parent.firstChild; c; c = c.nextSibling) map.set(c, i++);
      this.indexOf.set(parent, map);
    }
    return map.get(child) ?? -1;
  }
}

/**
 * Groups the corpus's documents by subject, at build time: documents that share most of their
 * story terms (the five seeds, five reports of one story) form one cluster; documents on unrelated
 * subjects (five encyclopedia articles) form one each. Each cluster then gets its own model, so a
 * subject is not diluted by the others.
 *
 * Single pass, in corpus order: a document joins the cluster whose signature is nearest (cosine
 * >= CLUSTER.minSimilarity), else starts a new one. O(documents x clusters x signature terms), so a
 * corpus of thousands of documents clusters in well under a second; past CLUSTER.maxClusters the
 * smallest clusters join their nearest large one. A cluster with too little text to set its own
 * threshold (CLUSTER.minWords) is pooled with the other such documents instead.
 */
import { CLUSTER } from './config';
import type { TermCounts } from './terms';
import { weighTerms } from './weights';

type Vector = Map<string, number>;

/** A document's strongest terms, weighed as if it were the whole corpus, scaled to unit length. */
function signature(doc: TermCounts, names: ReadonlySet<string>): Vector {
  const terms = weighTerms([doc], names, CLUSTER.signatureTerms);
  const norm = Math.sqrt(terms.reduce((s, t) => s + t.weight * t.weight, 0)) || 1;
  return new Map(terms.map((t) => [t.term, t.weight / norm]));
}

function cosine(a: Vector, b: Vector, bNorm: number): number {
  if (bNorm === 0) return 0;
  let dot = 0;
  for (const [t, x] of a) dot += x * (b.get(t) ?? 0);
  return dot / bNorm;
}

interface Group {
  docs: number[];
  /** Sum of the members' unit signatures; its cosine with a document is their mean agreement. */
  sum: Vector;
  norm: number;
  words: number;
}

function add(g: Group, doc: number, sig: Vector, words: number): void {
  g.docs.push(doc);
  for (const [t, x] of sig) g.sum.set(t, (g.sum.get(t) ?? 0) + x);
  g.norm = Math.sqrt([...g.sum.values()].reduce((s, x) => s + x * x, 0));
  g.words += words;
}

function nearest(groups: readonly Group[], sig: Vector): { index: number; similarity: number } {
  let index = -1;
  let similarity = 0;
  groups.forEach((g, i) => {
    const s = cosine(sig, g.sum, g.norm);
    if (s > similarity) [index, similarity] = [i, s];
  });
  return { index, similarity };
}

/**
 * Document indices per cluster, largest cluster first (`words`: each document's length in words).
 * Empty documents belong to none. Clusters shorter than CLUSTER.minWords are pooled into one last
 * cluster, as the whole corpus was before clusters.
 */
export function clusterDocuments(docs: readonly TermCounts[], names: ReadonlySet<string>, words: readonly number[]): number[][] {
  let groups: Group[] = [];
  docs.forEach((d, i) => {
    if (d.total === 0) return;
    const sig = signature(d, names);
    const near = nearest(groups, sig);
    const g = near.similarity >= CLUSTER.minSimilarity ? groups[near.index] : undefined;
    if (g) add(g, i, sig, words[i] ?? 0);
    else {
      const fresh: Group = { docs: [], sum: new Map(), norm: 0, words: 0 };
      add(fresh, i, sig, words[i] ?? 0);
      groups.push(fresh);
    }
  });
  const bySize = (a: Group, b: Group) => b.docs.length - a.docs.length || b.words - a.words || a.docs[0]! - b.docs[0]!;
  // Too little text to hold a window out and still know the subject: pooled (see CLUSTER.minWords).
  const thin = groups.filter((g) => g.words < CLUSTER.minWords).flatMap((g) => g.docs);
  groups = groups.filter((g) => g.words >= CLUSTER.minWords).sort(bySize);
  if (groups.length > CLUSTER.maxClusters) {
    // The smallest subjects are pooled with their nearest large one rather than dropped: a page
    // on them then needs more of their terms, but can still be found on-topic.
    const kept = groups.slice(0, CLUSTER.maxClusters);
    for (const g of groups.slice(CLUSTER.maxClusters)) {
      const near = nearest(kept, new Map([...g.sum].map(([t, x]) => [t, x / (g.norm || 1)])));
      kept[Math.max(0, near.index)]!.docs.push(...g.docs);
    }
    groups = kept;
  }
  const out = groups.map((g) => g.docs);
  if (thin.length > 0) out.push(thin);
  return out.map((docs) => [...docs].sort((a, b) => a - b));
}

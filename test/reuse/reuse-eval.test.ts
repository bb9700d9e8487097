/**
 * Independent evaluation on text-reuse data of the kind the product will be judged on: a small
 * hand-written stand-in for the Clough & Stevenson corpus (five encyclopaedic sources; per subject a
 * cut, light, heavy and two independent "non" answers) and six news pages nobody on the team had
 * seen (three copy a source with light edits, three are off-topic). See ./README.md for how the
 * data was written and what its 3-gram containment is.
 *
 * Everything goes through the real command line, as a user would run it: `corpus build` on
 * data/sources into a temp file, then `analyze ... --corpus <file> --json`. The expectations are
 * what a good product must do, not what today's code happens to do; the README lists the ones that
 * fail and why.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'test/reuse/data');
const BIN = join(ROOT, 'bin/source-context.mjs');

const SUBJECTS = ['inheritance', 'pagerank', 'vector-space', 'bayes', 'dynamic-programming'] as const;
type Subject = (typeof SUBJECTS)[number];
const sourceOf = (s: Subject): string => `orig-${s}.txt`;

/** The bar each category must clear; each figure says why it sits there. */
const EXPECT = {
  /** Cut answers are pasted source sentences: nearly all their words must be traced. */
  cutTraced: 0.8,
  /** Light revisions keep most source sentences: as for cut. */
  lightTraced: 0.8,
  /** Most of a light revision's words must carry verbatim/near-verbatim, the relation the product
   *  uses for a light edit (src/match/config.ts: "near-verbatim (light edit)"); "paraphrase" tells
   *  the reader the author rewrote it, which a light edit is not. */
  lightCopyRelation: 0.5,
  /** A heavy revision that follows its source: at least half of its words traced to that source. */
  heavyTraced: 0.5,
  /** ... and over all five heavy answers together, most of the text. */
  heavyTracedOverall: 0.8,
  /** Independent answers share the subject's vocabulary but not its sentences (C&S: 3-gram
   *  containment median 0.02, max 0.09): at most this share of their words may be traced. */
  nonTracedMax: 0.1,
  /** A news page copying a source: its copied paragraphs (all but the headline, standfirst and
   *  at most one paragraph of its own) must be traced. */
  pageTraced: 0.7,
} as const;

/** The part of `analyze --json` this evaluation reads. */
interface CliAnalysis {
  input: string;
  error?: string;
  title: string;
  topic: { onTopic: boolean; score: number };
  blocks: { text: string; kind: 'content' | 'boilerplate'; match?: { file: string; score: number; relation: string } }[];
}

/** Figures of one analysed input against the source it should be traced to. */
interface Figures {
  name: string;
  onTopic: boolean;
  topicScore: number;
  /** Share of content words in blocks traced to the expected source. */
  tracedRight: number;
  /** Share of content words in blocks traced to any other file. */
  tracedWrong: number;
  /** Share of content words traced to the expected source as verbatim or near-verbatim. */
  copyRelation: number;
  /** Relation of each content block ('-' when untraced). */
  relations: string[];
  topScore: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function figures(a: CliAnalysis, expectedFile: string | undefined): Figures {
  const content = a.blocks.filter((b) => b.kind === 'content');
  const total = content.reduce((n, b) => n + wordCount(b.text), 0) || 1;
  let right = 0;
  let wrong = 0;
  let copy = 0;
  for (const b of content) {
    if (!b.match) continue;
    const w = wordCount(b.text);
    if (b.match.file === expectedFile) {
      right += w;
      if (b.match.relation === 'verbatim' || b.match.relation === 'near-verbatim') copy += w;
    } else wrong += w;
  }
  return {
    name: basename(a.input),
    onTopic: a.topic.onTopic,
    topicScore: a.topic.score,
    tracedRight: right / total,
    tracedWrong: wrong / total,
    copyRelation: copy / total,
    relations: content.map((b) => (b.match ? `${b.match.relation}` : '-')),
    topScore: Math.max(0, ...content.map((b) => b.match?.score ?? 0)),
  };
}

let dir = '';
const results = new Map<string, CliAnalysis>();
let buildOut = '';

/**
 * Runs the CLI as a user would (`npx source-context ...` runs this same bin file). A non-zero exit
 * (one input it could not read) still returns what was printed, so the other inputs are checked
 * and the failing one shows up as an `error` line in the first test.
 */
async function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string };
    if (typeof failed.stdout !== 'string' || !failed.stdout) throw e;
    return { stdout: failed.stdout, stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sc-reuse-'));
  const index = join(dir, 'reuse-index.json');
  buildOut = (await cli(['corpus', 'build', join(DATA, 'sources'), '--out', index])).stdout;
  const inputs = [
    ...(await readdir(join(DATA, 'answers'))).filter((f) => f.endsWith('.txt')).map((f) => join(DATA, 'answers', f)),
    ...(await readdir(join(DATA, 'pages'))).filter((f) => f.endsWith('.html')).map((f) => join(DATA, 'pages', f)),
    ...(await writeDerived(dir)),
  ].sort();
  const { stdout } = await cli(['analyze', ...inputs, '--corpus', index, '--json']);
  for (const line of stdout.trim().split('\n')) {
    const a = JSON.parse(line) as CliAnalysis;
    results.set(basename(a.input), a);
  }
  printTable();
});

/** Sentences of a plain-text answer (its sentences end in . ? or ! before a capital). */
const sentencesOf = (text: string): string[] => text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-Z])/);

/**
 * Two layouts of the same answers that students also hand in, written to the temp folder:
 * - `one-<answer>.txt`: the answer as one paragraph (C&S answers are often a single paragraph);
 * - `part-<subject>.txt`: a partial copy, four sentences of the student's own (from non1) then
 *   three sentences pasted from the source (the first three of the cut answer): real cut answers
 *   mix pasted and own text (C&S cut median containment 0.76, not 1).
 */
async function writeDerived(into: string): Promise<string[]> {
  const out: string[] = [];
  for (const s of SUBJECTS) {
    for (const kind of DERIVED_KINDS) {
      const text = await readFile(join(DATA, 'answers', `${s}-${kind}.txt`), 'utf8');
      const file = join(into, `one-${s}-${kind}.txt`);
      await writeFile(file, text.replace(/\s+/g, ' ').trim() + '\n');
      out.push(file);
    }
    const own = sentencesOf(await readFile(join(DATA, 'answers', `${s}-non1.txt`), 'utf8')).slice(0, 4);
    const pasted = sentencesOf(await readFile(join(DATA, 'answers', `${s}-cut.txt`), 'utf8')).slice(0, 3);
    const file = join(into, `part-${s}.txt`);
    await writeFile(file, [...own, ...pasted].join(' ') + '\n');
    out.push(file);
  }
  return out;
}
const DERIVED_KINDS = ['cut', 'light', 'heavy', 'non1'] as const;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function get(name: string): CliAnalysis {
  const a = results.get(name);
  if (!a) throw new Error(`no analysis for ${name}`);
  if (a.error) throw new Error(`${name}: ${a.error}`);
  return a;
}

const answer = (s: Subject, kind: string): Figures => figures(get(`${s}-${kind}.txt`), sourceOf(s));

/** News pages copying a source, with that source. */
const COPY_PAGES: Record<string, Subject> = {
  'copy-pagerank-techdaily.html': 'pagerank',
  'copy-bayes-morning-ledger.html': 'bayes',
  'copy-dynamic-programming-codewire.html': 'dynamic-programming',
};
const OFF_TOPIC_PAGES = ['offtopic-football-harbourside.html', 'offtopic-storm-floods-valley.html', 'offtopic-interest-rates-markets.html'];

/**
 * Site chrome written into the unseen pages (bylines with dates, promos, sponsor boxes, reader
 * comments): none of it is article text, so none may come out as a content block.
 */
const CHROME: Record<string, string[]> = {
  'copy-pagerank-techdaily.html': ['We use cookies to personalise content', 'Get the TechDaily briefing', 'Comments are closed', 'may earn a commission'],
  'copy-bayes-morning-ledger.html': ['Wed 18 Nov 2026 07.00 GMT', 'funded by its readers', 'Explore more on these topics', 'Reuse this content'],
  'copy-dynamic-programming-codewire.html': ['Sponsored: Ace your next coding interview', 'Still the topic I dread most', 'Memoization first, tabulation', 'early-bird tickets'],
  'offtopic-football-harbourside.html': ['This site uses cookies', 'IPSO regulated'],
  'offtopic-storm-floods-valley.html': ['Storm Imogen: latest updates, road closures', 'Full list of school closures'],
  'offtopic-interest-rates-markets.html': ['Sign up to our Markets Morning newsletter', 'You have 2 free articles left', 'FTSE 100 8,412.6'],
};

function category(name: string): string {
  if (name.startsWith('copy-')) return 'page-copy';
  if (name.startsWith('offtopic-')) return 'page-off';
  if (name.startsWith('part-')) return 'part';
  const kind = name.replace(/\.txt$/, '').split('-').pop()!.replace(/\d$/, '');
  return name.startsWith('one-') ? `1p-${kind}` : kind;
}

function expectedFileOf(name: string): string | undefined {
  if (COPY_PAGES[name]) return sourceOf(COPY_PAGES[name]);
  const bare = name.replace(/^(one|part)-/, '');
  const subject = SUBJECTS.find((s) => bare.startsWith(`${s}-`) || bare === `${s}.txt`);
  return subject ? sourceOf(subject) : undefined;
}

/** The figures, per input and per category, in the test output. */
function printTable(): void {
  const pct = (x: number): string => `${Math.round(x * 100)}%`.padStart(4);
  const rows = [...results.values()].filter((a) => !a.error).map((a) => figures(a, expectedFileOf(basename(a.input))));
  const lines = ['input                                   topic        traced wrong copyRel top  relations'];
  for (const f of rows) {
    lines.push(
      `${f.name.padEnd(40)}${f.onTopic ? 'ON ' : 'off'} ${f.topicScore.toFixed(3)}  ${pct(f.tracedRight)}  ${pct(f.tracedWrong)}  ${pct(f.copyRelation)}  ${f.topScore.toFixed(2)} ${f.relations.join(',')}`,
    );
  }
  lines.push('', 'category   n  on-topic  traced(mean) copyRel(mean) top(median)  relations (blocks)');
  for (const cat of ['cut', 'light', 'heavy', 'non', '1p-cut', '1p-light', '1p-heavy', '1p-non', 'part', 'page-copy', 'page-off']) {
    const fs = rows.filter((f) => category(f.name) === cat);
    if (!fs.length) continue;
    const mean = (g: (f: Figures) => number): number => fs.reduce((n, f) => n + g(f), 0) / fs.length;
    const tops = fs.map((f) => f.topScore).sort((x, y) => x - y);
    const rel = new Map<string, number>();
    for (const f of fs) for (const r of f.relations) rel.set(r, (rel.get(r) ?? 0) + 1);
    lines.push(
      `${cat.padEnd(10)}${String(fs.length).padStart(2)}  ${String(fs.filter((f) => f.onTopic).length).padStart(4)}/${fs.length}   ${pct(mean((f) => f.tracedRight))}         ${pct(mean((f) => f.copyRelation))}          ${tops[Math.floor(tops.length / 2)]!.toFixed(2)}       ${[...rel].map(([r, n]) => `${r} ${n}`).join(', ')}`,
    );
  }
  console.log(`\nreuse evaluation (${buildOut.trim()})\n${lines.join('\n')}\n`);
}

describe('reuse evaluation: the CLI end to end', () => {
  it('builds the corpus from the five sources and analyses every input', () => {
    expect(buildOut).toMatch(/5 documents/);
    const derived = SUBJECTS.length * (DERIVED_KINDS.length + 1);
    expect(results.size).toBe(SUBJECTS.length * 5 + derived + Object.keys(COPY_PAGES).length + OFF_TOPIC_PAGES.length);
    for (const a of results.values()) expect(a.error, a.input).toBeUndefined();
  });

  it('never traces any answer or page to the wrong source', () => {
    for (const a of results.values()) {
      const f = figures(a, expectedFileOf(basename(a.input)));
      expect(f.tracedWrong, f.name).toBe(0);
    }
  });
});

describe('cut answers (pasted source sentences)', () => {
  it.each(SUBJECTS)('%s: on-topic, traced to its source as verbatim/near-verbatim', (s) => {
    const f = answer(s, 'cut');
    expect(f.onTopic).toBe(true);
    expect(f.tracedRight).toBeGreaterThanOrEqual(EXPECT.cutTraced);
    expect(f.copyRelation).toBeGreaterThanOrEqual(EXPECT.cutTraced);
  });
});

describe('light revisions', () => {
  it.each(SUBJECTS)('%s: on-topic and traced to its source', (s) => {
    const f = answer(s, 'light');
    expect(f.onTopic).toBe(true);
    expect(f.tracedRight).toBeGreaterThanOrEqual(EXPECT.lightTraced);
  });

  // Light edits straddle the near-verbatim/paraphrase line by nature: Clough & Stevenson's light
  // revisions have a 3-gram containment median of 0.53, and ours run from 0.30 to 0.56. The
  // matcher puts the line at 0.4, so most light answers, not all, are labelled copies; a light
  // answer at 0.30 (vector-space) is called a paraphrase, which is what its words show.
  it('most light answers are labelled verbatim/near-verbatim, not paraphrase', () => {
    const labelled = SUBJECTS.filter((s) => answer(s, 'light').copyRelation >= EXPECT.lightCopyRelation);
    const report = SUBJECTS.map((s) => `${s}: ${answer(s, 'light').relations.join(',')}`).join('; ');
    expect(labelled.length, report).toBeGreaterThanOrEqual(Math.ceil(SUBJECTS.length * 0.6));
  });
});

describe('heavy revisions (own words, following the source)', () => {
  it.each(SUBJECTS)('%s: on-topic and traced to its source (paraphrase allowed)', (s) => {
    const f = answer(s, 'heavy');
    expect(f.onTopic).toBe(true);
    expect(f.tracedRight).toBeGreaterThanOrEqual(EXPECT.heavyTraced);
  });

  it('over all five, most of the text is traced', () => {
    const all = SUBJECTS.map((s) => get(`${s}-heavy.txt`));
    let words = 0;
    let traced = 0;
    for (const [i, a] of all.entries()) {
      for (const b of a.blocks) {
        if (b.kind !== 'content') continue;
        words += wordCount(b.text);
        if (b.match?.file === sourceOf(SUBJECTS[i]!)) traced += wordCount(b.text);
      }
    }
    expect(traced / words).toBeGreaterThanOrEqual(EXPECT.heavyTracedOverall);
  });
});

describe('independent answers (same subject, not from the source)', () => {
  const NON = SUBJECTS.flatMap((s) => [`${s}-non1`, `${s}-non2`].map((n) => [n, s] as const));

  it.each(NON)('%s: (almost) nothing traced', (name, s) => {
    const f = figures(get(`${name}.txt`), sourceOf(s));
    expect(f.tracedRight + f.tracedWrong).toBeLessThanOrEqual(EXPECT.nonTracedMax);
  });

  // Failed for three of ten with one pooled topic model; the model now keeps one sub-model per
  // subject of the corpus (src/topic/cluster.ts). See README.
  it.each(NON)('%s: on-topic (it is about the subject of a corpus document)', (name, s) => {
    const f = figures(get(`${name}.txt`), sourceOf(s));
    expect(f.onTopic, `topic score ${f.topicScore.toFixed(3)}`).toBe(true);
  });
});

describe('the same answers as one paragraph', () => {
  it.each(SUBJECTS)('%s: cut, light and heavy traced to the source as in two paragraphs; non1 untraced', (s) => {
    const f = (kind: string): Figures => figures(get(`one-${s}-${kind}.txt`), sourceOf(s));
    expect(f('cut').tracedRight).toBeGreaterThanOrEqual(EXPECT.cutTraced);
    expect(f('cut').copyRelation).toBeGreaterThanOrEqual(EXPECT.cutTraced);
    expect(f('light').tracedRight).toBeGreaterThanOrEqual(EXPECT.lightTraced);
    expect(f('heavy').tracedRight).toBeGreaterThanOrEqual(EXPECT.heavyTraced);
    expect(f('non1').tracedRight + f('non1').tracedWrong).toBeLessThanOrEqual(EXPECT.nonTracedMax);
  });

  // A paste drawn from all five source paragraphs: failed while spans stopped at four paragraphs
  // and a longer span had to gain 0.1 to win (MATCH_CONFIG.maxSpan, spanMargin). See README.
  it.each(SUBJECTS)('%s: a pasted answer (>= 0.9 of its 3-grams in the source) is labelled verbatim', (s) => {
    const block = get(`one-${s}-cut.txt`).blocks.find((b) => b.kind === 'content');
    expect(block?.match?.relation, `score ${block?.match?.score}`).toBe('verbatim');
  });
});

describe('partial copies: own sentences, then three pasted from the source', () => {
  // ~75 pasted words inside a ~190-word paragraph: found by the longest shared run
  // (MATCH_CONFIG.minSharedRun). See README.
  it.each(SUBJECTS)('%s: the paragraph holding the pasted sentences is traced to the source', (s) => {
    const a = get(`part-${s}.txt`);
    const traced = a.blocks.filter((b) => b.kind === 'content' && b.match?.file === sourceOf(s));
    expect(traced.length).toBeGreaterThan(0);
  });
});

describe('news pages nobody on the team had seen', () => {
  it.each(Object.entries(COPY_PAGES))('%s: on-topic, its copied paragraphs traced to %s', (name, s) => {
    const f = figures(get(name), sourceOf(s));
    expect(f.onTopic).toBe(true);
    expect(f.tracedRight).toBeGreaterThanOrEqual(EXPECT.pageTraced);
    expect(f.copyRelation).toBeGreaterThanOrEqual(EXPECT.pageTraced);
  });

  it.each(OFF_TOPIC_PAGES)('%s: off-topic, nothing traced', (name) => {
    const a = get(name);
    expect(a.topic.onTopic).toBe(false);
    expect(a.blocks.filter((b) => b.match).map((b) => b.text)).toEqual([]);
  });

  // "<headline> — CodeWire" kept its site name until src/extract/site-title.ts handled dashes.
  it.each([...Object.keys(COPY_PAGES), ...OFF_TOPIC_PAGES])('%s: the title is the headline, without the site name', async (name) => {
    const html = await readFile(join(DATA, 'pages', name), 'utf8');
    const h1 = /<h1>([^<]*)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(get(name).title).toBe(h1);
  });

  // A byline's date line and an in-article newsletter promo: see README.
  it.each(Object.entries(CHROME))('%s: site chrome is not article text', (name, snippets) => {
    const content = get(name).blocks.filter((b) => b.kind === 'content').map((b) => b.text);
    const leaked = snippets.filter((s) => content.some((t) => t.includes(s)));
    expect(leaked).toEqual([]);
  });
});

/**
 * Person names in running text: runs of capitalised words, the name at the end of a run once
 * titles are cut off, and transcript labels turned into names.
 */
import {
  ABBREVIATIONS,
  DESCRIPTIVE_LABEL_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  ORG_WORDS,
  TITLE_WORDS,
} from './attribution-patterns';
import { boundedMemo, foldDiacritics } from '../text';

const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
const FUNCTIONS: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const ORGS: ReadonlySet<string> = new Set(ORG_WORDS);
const DESCRIPTIVE: ReadonlySet<string> = new Set(DESCRIPTIVE_LABEL_WORDS);
const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);

/** One word with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A name found in text, with its offsets. */
export interface NameHit {
  /** The name, titles and possessive cut off (`Lindsey Graham`, `Watson`). */
  name: string;
  start: number;
  end: number;
}

/** Words of `text` with offsets; a word keeps inner periods, hyphens, apostrophes (`R-S.C.`, `DEA’s`). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Lower case, no trailing period: the form the word tables hold. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/\.+$/, '');
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPossessive = (w: string): boolean => /['’]s$/.test(w);
const isAcronym = (w: string): boolean => /^[\p{Lu}.\-]+$/u.test(w) && w.replace(/[.\-]/g, '').length >= 2;

/**
 * Runs of capitalised words separated by single spaces only (a comma or a sentence-final period
 * ends a run); name particles may sit inside a run.
 */
export function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const ws = words(text);
  const flush = () => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = run[run.length - 1];
    if (prev && !/^\s+$/.test(text.slice(prev.end, w.start))) flush();
    if (isCapitalised(w.text)) run.push(w);
    else if (run.length > 0 && PARTICLES.has(w.text)) run.push(w);
    else flush();
    // A period ends a run unless the word is an abbreviation or initial (`Sen.`, `R-S.C.`).
    if (w.text.endsWith('.') && !ABBREVIATION_SET.has(bare(w.text)) && !/^(\p{Lu}\.)+$/u.test(w.text)) flush();
  }
  flush();
  return runs;
}

/**
 * The person's name at the right end of a run: read leftwards until a title word, an acronym, a
 * possessive or a function word (`DEA Deputy Chief of Operations Matthew Donahue` -> `Matthew
 * Donahue`; `Sen. Lindsey Graham` -> `Lindsey Graham`). A possessive on the last word is dropped
 * (`Watson’s statement` mentions Watson).
 */
export function nameAtEnd(run: Word[]): NameHit | undefined {
  const kept: Word[] = [];
  for (let i = run.length - 1; i >= 0 && kept.length < 5; i--) {
    const w = run[i]!;
    const last = kept.length === 0;
    if (!last && isPossessive(w.text)) break;
    const b = bare(w.text.replace(/['’]s$/, ''));
    if (TITLES.has(b) || FUNCTIONS.has(b) || isAcronym(w.text)) break;
    kept.unshift(w);
  }
  while (kept.length > 0 && PARTICLES.has(kept[0]!.text)) kept.shift();
  if (kept.length === 0) return undefined;
  const first = kept[0]!;
  const lastWord = kept[kept.length - 1]!;
  const name = kept
    .map((w) => w.text)
    .join(' ')
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
  return { name, start: first.start, end: lastWord.end - (lastWord.text.length - lastWord.text.replace(/['’]s$|\.$/, '').length) };
}

/** Whether any word of the name marks an organisation or place (`Wilson Center`, `San Diego` is not caught). */
export function isOrganisation(name: string): boolean {
  return name.split(/\s+/).some((w) => ORGS.has(bare(foldDiacritics(w))));
}

/** Whether a run starts right after a title word (`Administrator Anne Milgram`, `President Andrés…`). */
export function hasTitleBefore(run: Word[], hit: NameHit): boolean {
  const before = run.filter((w) => w.end <= hit.start);
  const w = before[before.length - 1];
  return w !== undefined && TITLES.has(bare(w.text));
}

/**
 * Folded name tokens for comparing names (`López Obrador` = `Lopez Obrador`). Cached: the person
 * registry compares every name it is asked about with every full name it holds. The returned
 * array is shared: read only.
 */
export const nameTokens = boundedMemo(
  (name: string): string[] =>
    foldDiacritics(name)
      .toLowerCase()
      .split(/\s+/)
      .filter((t) => t !== ''),
  10_000,
);

/** Forget cached name tokens (see `clearQuoteCaches`). */
export function clearNameTokens(): void {
  nameTokens.clear();
}

/**
 * A transcript label as a name: all-caps labels are title-cased (`FALKO ERNST` -> `Falko Ernst`,
 * `FARFAN-MENDEZ` -> `Farfan-Mendez`); labels that describe a voice go to sentence case
 * (`UNIDENTIFIED REPORTER` -> `Unidentified reporter`). `, BYLINE` and the like are cut off.
 */
export function labelName(label: string): string {
  const core = label.replace(/,.*$/, '').replace(/:\s*$/, '').trim();
  const lower = core.toLowerCase();
  const first = lower.split(/\s+/)[0] ?? '';
  // Whatever case the caller passed (`UNIDENTIFIED REPORTER`, `Unidentified Reporter`).
  if (DESCRIPTIVE.has(first)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  if (core === '' || core !== core.toUpperCase()) return core;
  return lower.replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * News outlets the builder can recognise by name, with the aliases a text may use for them.
 * Data, not logic: add an outlet here and every rule that looks for outlet names (masthead,
 * self-reference, attribution) picks it up.
 */

/** One outlet and the spellings that name it. */
export interface OutletName {
  /** Name shown to the reader, e.g. `NPR`. */
  name: string;
  /** Other spellings in texts (matched case-sensitively on word boundaries; acronyms stay upper case). */
  aliases: string[];
}

export const OUTLETS: readonly OutletName[] = [
  // Seeds 000/001: the masthead line of 000 is the long form; sign-off "NPR News" in 001.
  { name: 'NPR', aliases: ['National Public Radio', 'NPR News'] },
  // Seed 003: "consulted by NBC News".
  { name: 'NBC News', aliases: ['NBC'] },
  // Seed 002: "All content created by the Daily Caller News Foundation ... their DCNF affiliation".
  { name: 'Daily Caller News Foundation', aliases: ['DCNF', 'Daily Caller'] },
  // Seed 001: "That report from CBS News" (a clip source, not the transcript's outlet).
  { name: 'CBS News', aliases: ['CBS'] },
  // Photo credits in 003 ("Sipa via AP"); the wire services rewrites most often attribute.
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'] },
  { name: 'Reuters', aliases: [] },
  { name: 'AFP', aliases: ['Agence France-Presse'] },
  // Seed 003's photo credit "The Washington Post via Getty Images".
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  // Common originals that rewrites attribute (not in the seeds; cheap to know).
  { name: 'The New York Times', aliases: ['New York Times'] },
  { name: 'CNN', aliases: [] },
  { name: 'BBC News', aliases: ['BBC'] },
  { name: 'Fox News', aliases: [] },
  { name: 'ABC News', aliases: [] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'The Guardian', aliases: [] },
  { name: 'Politico', aliases: ['POLITICO'] },
];

/** Every spelling of every outlet, longest first (so "NPR News" wins over "NPR"). */
export const OUTLET_SPELLINGS: readonly { spelling: string; outlet: string }[] = OUTLETS.flatMap((o) =>
  [o.name, ...o.aliases].map((spelling) => ({ spelling, outlet: o.name })),
).sort((a, b) => b.spelling.length - a.spelling.length);

/** Regex source matching any outlet spelling on word boundaries (longest first). */
export const OUTLET_PATTERN = OUTLET_SPELLINGS.map((s) => escapeRegExp(s.spelling)).join('|');

/** The outlet a spelling names, or undefined. */
export function outletFor(spelling: string): string | undefined {
  const s = spelling.trim();
  return OUTLET_SPELLINGS.find((o) => o.spelling === s || o.spelling.toLowerCase() === s.toLowerCase())?.outlet;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Transcript speaker labels ("BRIAN MANN, BYLINE:", "MANN:") and sound cues ("(SOUNDBITE OF ...)")
 * at the start of a line. Broadcast transcripts (seed 001) glue them to the words spoken; the
 * corpus builder splits them off into their own noise paragraph so matching sees only the speech,
 * and the speech keeps who said it.
 */

/** A label or cue found at the start of a line, and what follows it. */
export interface LeadingMarker {
  /** `label` = speaker label, `cue` = sound cue in parentheses. */
  type: 'label' | 'cue';
  /** The marker as written, e.g. `BRIAN MANN, BYLINE:` or `(SOUNDBITE OF BJORK SONG, "PAGAN POETRY")`. */
  marker: string;
  /** For labels: the name part, e.g. `BRIAN MANN` (the role after the comma dropped). */
  name?: string;
  /** For labels: the role after the comma, e.g. `BYLINE`. */
  role?: string;
  /** The rest of the line after the marker, trimmed (may be empty). */
  rest: string;
}

/**
 * Upper-case words that end in a colon but are not speakers (editorial notes). Each says why.
 */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  // Editorial notes printed like labels on web stories and wire copy.
  'UPDATE',
  'UPDATED',
  'CORRECTION',
  'NOTE',
  "EDITOR'S NOTE",
  'EDITORS NOTE',
  'CLARIFICATION',
  // Headline kickers ("WATCH:", "BREAKING:") on news sites.
  'WATCH',
  'BREAKING',
  'EXCLUSIVE',
  'LISTEN',
  'READ',
  'PHOTOS',
  'VIDEO',
]);

/**
 * A speaker label: one to four upper-case words (letters, apostrophes, hyphens, dots), an optional
 * ", ROLE", then a colon. Seed 001: "BRIAN MANN, BYLINE:", "MATTHEW DONAHUE:", "MANN:",
 * "UNIDENTIFIED REPORTER:", "CECILIA FARFAN-MENDEZ:".
 */
const LABEL = /^((\p{Lu}[\p{Lu}'.\-]+(?: \p{Lu}[\p{Lu}'.\-]*){0,3})(?:, (\p{Lu}[\p{Lu} ]{1,30}))?):(?=\s|$)/u;

/**
 * A sound cue: a parenthesis with no lower-case letter. Seed 001 ends with
 * `(SOUNDBITE OF BJORK SONG, "PAGAN POETRY")` glued to the transcript credit.
 */
const CUE = /^\((?=[^()]*\p{Lu}{3})[^()\p{Ll}]{3,160}\)/u;

/** The label or cue at the start of `line`, or null when the line starts with neither. */
export function leadingMarker(line: string): LeadingMarker | null {
  const text = line.trim();
  const cue = CUE.exec(text);
  if (cue) return { type: 'cue', marker: cue[0], rest: text.slice(cue[0].length).trim() };
  const label = LABEL.exec(text);
  if (!label || !label[2]) return null;
  if (NOT_SPEAKERS.has(label[1] ?? '') || NOT_SPEAKERS.has(label[2])) return null;
  // "U.S.:" and other abbreviations: a name needs at least two letters in a row.
  if (!/\p{Lu}{2}/u.test(label[2])) return null;
  return {
    type: 'label',
    marker: `${label[1]}:`,
    name: label[2],
    role: label[3]?.trim(),
    rest: text.slice(label[0].length).trim(),
  };
}

/**
 * Splits leading markers off a line: `["BRIAN MANN, BYLINE:", "Last year ..."]` with their types.
 * A line may carry several (a cue then a label); the text part comes last and is omitted when empty.
 */
export function splitLeadingMarkers(line: string): ({ type: 'text'; text: string } | LeadingMarker)[] {
  const out: ({ type: 'text'; text: string } | LeadingMarker)[] = [];
  let rest = line.trim();
  for (let guard = 0; guard < 4 && rest; guard++) {
    const marker = leadingMarker(rest);
    if (!marker) break;
    out.push(marker);
    rest = marker.rest;
  }
  if (rest) out.push({ type: 'text', text: rest });
  return out;
}

/** "BRIAN MANN" -> "Brian Mann", "FARFAN-MENDEZ" -> "Farfan-Mendez", "O'BRIEN" -> "O'Brien". */
export function titleCaseName(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s\-'])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

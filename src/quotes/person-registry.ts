/**
 * The people a document names, so a surname resolves to the full name the document gives
 * (`Feeley said` -> `John Feeley` in 003) and a pronoun to the last person named before it.
 */
import { nameTokens } from './names';

/** A place in the document: paragraph and character offset. */
export interface Position {
  paragraph: number;
  offset: number;
}

/** A person named (or referred to by an attributed pronoun) at a position. */
interface Mention extends Position {
  person: string;
}

/** Full names of a document and where each person is mentioned. */
export class PersonRegistry {
  /** Full names (two words or more), in the order first seen. */
  private readonly fullNames: string[] = [];
  private readonly mentions: Mention[] = [];

  /** Record a full name. Single words are not full names and are ignored. */
  addFullName(name: string): void {
    const tokens = nameTokens(name);
    if (tokens.length < 2) return;
    const same = this.fullNames.findIndex((n) => sameTokens(nameTokens(n), tokens));
    // Keep the spelling with accents: `Andrés Manuel López Obrador` over a caption's `Andres…` (003).
    if (same >= 0) {
      if (accents(name) > accents(this.fullNames[same]!)) this.fullNames[same] = name;
      return;
    }
    this.fullNames.push(name);
  }

  /**
   * The fullest registered name that ends with `name`'s words (`Feeley` -> `John Feeley`,
   * `López Obrador` -> `Andrés Manuel López Obrador`, `ERNST` label -> `Falko Ernst`); `name`
   * itself when none does. Ties go to the name seen first.
   */
  canonical(name: string): string {
    const tokens = nameTokens(name);
    if (tokens.length === 0) return name;
    let best: string | undefined;
    let bestLength = 0;
    for (const full of this.fullNames) {
      const ft = nameTokens(full);
      if (ft.length >= tokens.length && ft.length > bestLength && endsWith(ft, tokens)) {
        best = full;
        bestLength = ft.length;
      }
    }
    return best ?? name;
  }

  /** Whether `name` resolves to a registered person. */
  knows(name: string): boolean {
    const c = this.canonical(name);
    return this.fullNames.includes(c);
  }

  /** Whether `name` is a longer form of a registered name (`Andrés Manuel López Obrador` of `López Obrador`). */
  isLongerFormOfKnown(name: string): boolean {
    const tokens = nameTokens(name);
    return this.fullNames.some((n) => {
      const known = nameTokens(n);
      return tokens.length > known.length && endsWith(tokens, known);
    });
  }

  /** Record that `person` is mentioned at `at` (kept in document order). */
  mention(person: string, at: Position): void {
    const m: Mention = { person, ...at };
    let i = this.mentions.length;
    while (i > 0 && before(m, this.mentions[i - 1]!)) i--;
    this.mentions.splice(i, 0, m);
  }

  /** The person mentioned last before `at`, if any. */
  lastMentionBefore(at: Position): string | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (before(m, at)) return m.person;
    }
    return undefined;
  }
}

function accents(s: string): number {
  return s.normalize('NFKD').replace(/[^\p{M}]/gu, '').length;
}

function before(a: Position, b: Position): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);
}

function endsWith(full: string[], tail: string[]): boolean {
  const off = full.length - tail.length;
  return tail.every((t, i) => full[off + i] === t);
}

function sameTokens(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

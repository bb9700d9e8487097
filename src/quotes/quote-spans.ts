/**
 * Where the quotation marks are: every quoted span of every paragraph, with quotes that run on
 * into the next paragraph linked, and each paragraph's text with the quoted words masked (so
 * name and verb searches read only the writer's words).
 */
import { CLOSE_MARKS, OPEN_MARKS, UNCLOSED_ATTRIBUTION } from './quote-rules';

/** One quoted span inside one paragraph. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offsets of the quoted words (trimmed; a trailing comma left out). */
  start: number;
  end: number;
  /** Offset just past the closing mark; where the quote stops when it has none. */
  close: number;
  /** The quote runs on into the next paragraph (open at this one's end, next one opens with a mark). */
  continuesNext: boolean;
  /** This span carries on a quote from the previous paragraph. */
  continuesPrev: boolean;
}

/** Spans of all paragraphs, and the paragraphs with quoted words replaced by `x`. */
export function findSpans(texts: string[]): { spans: QuoteSpan[]; masked: string[] } {
  const spans: QuoteSpan[] = [];
  let carry = false;
  for (let p = 0; p < texts.length; p++) {
    const text = texts[p]!;
    const nextStartsWithMark = OPEN_MARKS.includes((texts[p + 1] ?? '').trimStart().charAt(0));
    const found = spansOf(text, p, nextStartsWithMark);
    if (carry && found[0] && found[0].open === text.length - text.trimStart().length) found[0].continuesPrev = true;
    carry = found.some((s) => s.continuesNext);
    spans.push(...found);
  }
  const masked = texts.map((t, p) => mask(t, spans.filter((s) => s.paragraph === p)));
  return { spans, masked };
}

function spansOf(text: string, paragraph: number, nextStartsWithMark: boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  const finishUnclosed = (stop: number, atParagraphEnd: boolean) => {
    const body = text.slice(open + 1, stop);
    if (atParagraphEnd && nextStartsWithMark) {
      out.push(span(text, paragraph, open, stop, stop, true));
      return;
    }
    // No closing mark: cut at an inverted attribution when there is one (`…for results, said
    // John Feeley`, 003); otherwise the quote runs to where it has to stop.
    const cut = UNCLOSED_ATTRIBUTION.exec(body);
    const end = cut ? open + 1 + cut.index : stop;
    out.push(span(text, paragraph, open, end, end, false));
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open < 0) {
      if (OPEN_MARKS.includes(ch)) open = i;
    } else if (CLOSE_MARKS.includes(ch)) {
      out.push(span(text, paragraph, open, i, i + 1, false));
      open = -1;
    } else if (ch === '“' || ch === '„' || ch === '«') {
      // A new opening curly mark while one is open: the first was never closed.
      finishUnclosed(i, false);
      open = i;
    }
  }
  if (open >= 0) finishUnclosed(text.length, true);
  return out.filter((s) => s.end > s.start);
}

function span(text: string, paragraph: number, open: number, stop: number, close: number, continuesNext: boolean): QuoteSpan {
  let start = open + 1;
  let end = stop;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /[\s,]/.test(text.charAt(end - 1))) end--;
  return { paragraph, open, start, end, close, continuesNext, continuesPrev: false };
}

/**
 * Replace quoted words with `x`, keeping length, white space, the marks and a final `.`/`?`/`!`
 * (so the sentence a quote ends is still seen to end).
 */
function mask(text: string, spans: QuoteSpan[]): string {
  let out = text;
  for (const s of spans) {
    const keepEnd = /[.!?]$/.test(text.slice(s.start, s.end)) ? s.end - 1 : s.end;
    // Per UTF-16 unit (no `u` flag), so offsets stay those of the original text.
    const body = out.slice(s.start, keepEnd).replace(/[^\s]/g, 'x');
    out = out.slice(0, s.start) + body + out.slice(keepEnd);
  }
  return out;
}

import { useState } from 'preact/hooks';

/** Props of `ExpandableText`. */
export interface ExpandableTextProps {
  /** Page or corpus text, rendered as a text node (never as HTML). */
  text: string;
  /** Characters shown before "Show more"; long paragraphs would bury the badges otherwise. */
  limit?: number;
  /** Extra class for the paragraph (e.g. the italic page-text style). */
  class?: string;
  /** Wrap in quotation marks, unless the text already opens with one (a paragraph that is a quote). */
  quoted?: boolean;
}

/** A paragraph cut at a word boundary, with a button that shows the rest. */
export function ExpandableText({ text, limit = 220, class: className, quoted = false }: ExpandableTextProps) {
  const [open, setOpen] = useState(false);
  const cut = cutAt(text, limit);
  const long = cut.length < text.length;
  const marks = quoted && !OPENS_WITH_QUOTE.test(text);
  return (
    <p class={className ? `sc-text ${className}` : 'sc-text'}>
      {marks && '“'}
      {open || !long ? text : `${cut}…`}
      {marks && '”'}
      {long && (
        <>
          {' '}
          <button type="button" class="sc-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Show less' : 'Show more'}
          </button>
        </>
      )}
    </p>
  );
}

// Straight, curly, low and guillemet opening marks: such a paragraph brings its own.
const OPENS_WITH_QUOTE = /^\s*["“‘'„«]/;

/** `text` up to `limit` characters, ending at the last whole word. */
function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const slice = text.slice(0, limit);
  const space = slice.lastIndexOf(' ');
  return (space > limit * 0.6 ? slice.slice(0, space) : slice).trimEnd();
}

/** Props of `Header`. */
export interface HeaderProps {
  /** Summary pieces, joined with middots ("18 of 21 paragraphs traced", "origin: NPR (web story)", ...). */
  summary?: readonly string[];
  /** A caveat shown under the summary (e.g. the page looks off-topic). */
  note?: string;
}

/** Product name, then one line saying what the analysis found. */
export function Header({ summary, note }: HeaderProps) {
  return (
    <header class="sc-header">
      <h1 class="sc-title">Source Context</h1>
      {summary && summary.length > 0 && (
        // A list, so screen readers pause between the facts; the middots are drawn by the stylesheet.
        <ul class="sc-summary" aria-label="Summary">
          {summary.map((part, i) => (
            <li key={i}>{part}</li>
          ))}
        </ul>
      )}
      {note && <p class="sc-header-note">{note}</p>}
    </header>
  );
}

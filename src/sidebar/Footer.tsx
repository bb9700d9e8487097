import { TEACH_LABELS } from '../content/describe';
import type { Tone } from './labels';

/**
 * The page's teaching-mode legend, in its words (imported, so the two cannot drift; describe.ts
 * is plain data and types, nothing of the content script's DOM code comes with it).
 */
const LEGEND: [Tone, string][] = [
  ['verbatim', TEACH_LABELS.copy],
  ['paraphrase', TEACH_LABELS.paraphrase],
  ['original', TEACH_LABELS.original],
  ['noise', TEACH_LABELS.noise],
];

/** Props of `Footer`. */
export interface FooterProps {
  /** Download the stored corrections. */
  onExport(): void;
  /** Result of the last action ("Saved 3 corrections", an error), announced politely. */
  status: string;
}

/** The colour legend (same hues as the teaching-mode legend on the page) and the export button. */
export function Footer({ onExport, status }: FooterProps) {
  return (
    <footer class="sc-footer">
      <ul class="sc-legend" aria-label="Colour legend">
        {LEGEND.map(([tone, label]) => (
          <li key={tone}>
            <span class={`sc-dot sc-tone-${tone}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <div class="sc-footer-row">
        <button type="button" onClick={onExport}>
          Export corrections
        </button>
        <p class="sc-status" role="status">
          {status}
        </p>
      </div>
    </footer>
  );
}

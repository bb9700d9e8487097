import type { CorpusRef } from '../shared/analysis-types';
import { fileId, kindLabel, outletName } from './labels';

/** Props of `SourceName`. */
export interface SourceNameProps {
  /** The corpus document to name. */
  source: CorpusRef;
}

/**
 * "NPR web story (000)": outlet, kind and the seed number, the full file name and headline in the
 * tooltip. A document with no outlet of its own reads as its kind alone ("unattributed copy (004)").
 */
export function SourceName({ source }: SourceNameProps) {
  const outlet = outletName(source.outlet);
  const known = outlet !== 'Unknown outlet';
  return (
    <span class="sc-source" title={`${source.file}${source.headline ? ` — ${source.headline}` : ''}`}>
      {known && <strong>{outlet}</strong>}
      {known ? ' ' : ''}
      {kindLabel(source.kind)} ({fileId(source.file)})
    </span>
  );
}

/** The same name as plain text, for labels and lists. */
export function sourceNameText(source: CorpusRef): string {
  const outlet = outletName(source.outlet);
  const kind = `${kindLabel(source.kind)} (${fileId(source.file)})`;
  return outlet === 'Unknown outlet' ? kind : `${outlet} ${kind}`;
}

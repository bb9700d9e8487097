import type { ComponentChildren } from 'preact';

/** Props of `StateMessage`. */
export interface StateMessageProps {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** A whole-panel message: loading, nothing to show, or an error (with whatever action fits). */
export function StateMessage({ kind, title, children }: StateMessageProps) {
  return (
    <div
      class={`sc-state sc-state-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading' ? true : undefined}
    >
      {kind === 'loading' && <span class="sc-spinner" aria-hidden="true" />}
      <p class="sc-state-title">{title}</p>
      {children}
    </div>
  );
}

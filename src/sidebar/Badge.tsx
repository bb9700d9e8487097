import type { ComponentChildren } from 'preact';
import type { Tone } from './labels';

/** Props of `Badge`. */
export interface BadgeProps {
  /** Palette family; the colours are the teaching-mode legend's. */
  tone: Tone;
  /** Longer explanation, shown as a tooltip and read by screen readers. */
  title?: string;
  children: ComponentChildren;
}

/** A small coloured label (relation, fidelity). */
export function Badge({ tone, title, children }: BadgeProps) {
  return (
    <span class={`sc-badge sc-tone-${tone}`} title={title}>
      {children}
    </span>
  );
}

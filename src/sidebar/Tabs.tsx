import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab and its panel. */
export interface TabSpec {
  /** Stable id, used in element ids (`sc-tab-<id>`, `sc-panel-<id>`). */
  id: string;
  label: string;
  /** Items in the panel (shown after the label). */
  count: number;
  panel: ComponentChildren;
}

/** Props of `Tabs`. */
export interface TabsProps {
  tabs: readonly TabSpec[];
  selected: string;
  onSelect(id: string): void;
  /** Accessible name of the tab list. */
  label: string;
  /** Rendered between the tab list and the panels (the search box). */
  between?: ComponentChildren;
}

/**
 * WAI-ARIA tabs (automatic activation): only the selected tab is in the tab order (roving
 * tabindex); Left/Right wrap around, Home/End jump to the ends, and moving focus selects.
 */
export function Tabs({ tabs, selected, onSelect, label, between }: TabsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, at: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight' ? (at === last ? 0 : at + 1)
      : event.key === 'ArrowLeft' ? (at === 0 ? last : at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    const tab = to === undefined ? undefined : tabs[to];
    if (to === undefined || !tab) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current[to]?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={label} class="sc-tablist">
        {tabs.map((t, i) => {
          const active = t.id === selected;
          return (
            <button
              key={t.id}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`sc-tab-${t.id}`}
              aria-selected={active}
              aria-controls={`sc-panel-${t.id}`}
              tabindex={active ? 0 : -1}
              class="sc-tab"
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {t.label} <span class="sc-count">({t.count})</span>
            </button>
          );
        })}
      </div>
      {between}
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`sc-panel-${t.id}`}
          aria-labelledby={`sc-tab-${t.id}`}
          tabindex={0}
          hidden={t.id !== selected}
          class="sc-panel"
        >
          {t.panel}
        </div>
      ))}
    </>
  );
}

import { useRef } from 'preact/hooks';

/** Props of `SearchBox`. */
export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** "Showing 4 of 28 items" while filtering, announced politely. */
  status?: string;
}

/** The filter field: typing filters every section; Escape or the clear button empties it. */
export function SearchBox({ value, onChange, status }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const clear = () => {
    onChange('');
    input.current?.focus();
  };
  return (
    <div class="sc-search" role="search">
      <div class="sc-search-row">
        <input
          ref={input}
          type="search"
          class="sc-search-input"
          placeholder="Filter outlets, speakers, quotes…"
          aria-label="Filter origins, quotes and stripped blocks"
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Escape clears (the native search field does too, but not in every browser).
            if (e.key === 'Escape' && value !== '') {
              e.preventDefault();
              onChange('');
            }
          }}
        />
        {value !== '' && (
          <button type="button" class="sc-search-clear" aria-label="Clear filter" onClick={clear}>
            ×
          </button>
        )}
      </div>
      <p class="sc-search-status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}

/** User settings, kept in `storage.local` under `settings`; the options page writes, everyone reads. */
export interface Settings {
  /** Analyse article pages automatically after load (off: only on demand). */
  autoAnalyze: boolean;
  /** Host names (e.g. `example.com`, which also covers its subdomains) where nothing ever runs. */
  neverRunOn: string[];
  /** Colour the page's paragraphs by relation, with a legend (for classrooms). */
  teachingMode: boolean;
  /** Match sensitivity 0 (strict) .. 1 (loose), passed to the matcher. */
  sensitivity: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoAnalyze: true,
  neverRunOn: [],
  teachingMode: false,
  sensitivity: 0.5,
};

/** A "wrong match" report kept locally and exportable for whoever maintains the corpus. */
export interface Correction {
  /** Page URL where the user flagged it. */
  url: string;
  /** The page text of the block. */
  blockText: string;
  /** Corpus file and paragraphs of the rejected match. */
  file: string;
  paragraphs: number[];
  /** When it was flagged (ISO time). */
  at: string;
}

/** Normalise whatever is stored into a complete Settings object (old or partial values are fine). */
export function withDefaults(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  return {
    autoAnalyze: typeof s.autoAnalyze === 'boolean' ? s.autoAnalyze : DEFAULT_SETTINGS.autoAnalyze,
    neverRunOn: Array.isArray(s.neverRunOn) ? s.neverRunOn.filter((h) => typeof h === 'string') : [],
    teachingMode: typeof s.teachingMode === 'boolean' ? s.teachingMode : DEFAULT_SETTINGS.teachingMode,
    sensitivity:
      typeof s.sensitivity === 'number' && s.sensitivity >= 0 && s.sensitivity <= 1
        ? s.sensitivity
        : DEFAULT_SETTINGS.sensitivity,
  };
}

/** True when `hostname` is one of `neverRunOn` or a subdomain of one. */
export function isExcludedHost(hostname: string, neverRunOn: string[]): boolean {
  const host = hostname.toLowerCase();
  return neverRunOn.some((entry) => {
    const e = entry.trim().toLowerCase();
    return e !== '' && (host === e || host.endsWith('.' + e));
  });
}

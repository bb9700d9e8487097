/** The options form <-> Settings: reading the controls and filling them in. */
import type { Settings } from '../shared/settings';

/** The form's controls, looked up once. */
export interface Controls {
  autoAnalyze: HTMLInputElement;
  neverRunOn: HTMLTextAreaElement;
  teachingMode: HTMLInputElement;
  sensitivity: HTMLInputElement;
  sensitivityValue: HTMLOutputElement;
}

export function findControls(doc: Document): Controls {
  const get = <T extends HTMLElement>(id: string): T => {
    const el = doc.getElementById(id);
    if (!el) throw new Error(`options.html lacks #${id}`);
    return el as T;
  };
  return {
    autoAnalyze: get('autoAnalyze'),
    neverRunOn: get('neverRunOn'),
    teachingMode: get('teachingMode'),
    sensitivity: get('sensitivity'),
    sensitivityValue: get('sensitivity-value'),
  };
}

/** Show `settings` in the form (a field the user is typing in is left alone). */
export function fillForm(c: Controls, settings: Settings): void {
  c.autoAnalyze.checked = settings.autoAnalyze;
  c.teachingMode.checked = settings.teachingMode;
  if (c.neverRunOn.ownerDocument.activeElement !== c.neverRunOn) c.neverRunOn.value = settings.neverRunOn.join('\n');
  c.sensitivity.value = String(settings.sensitivity);
  c.sensitivityValue.value = `${Math.round(settings.sensitivity * 100)}%`;
}

/** The settings the form shows. Site entries are trimmed to host names (a pasted URL works too). */
export function readForm(c: Controls): Settings {
  return {
    autoAnalyze: c.autoAnalyze.checked,
    teachingMode: c.teachingMode.checked,
    neverRunOn: parseHosts(c.neverRunOn.value),
    sensitivity: Math.min(1, Math.max(0, Number(c.sensitivity.value) || 0)),
  };
}

/** One host per line; `https://www.example.com/path` becomes `www.example.com`. */
export function parseHosts(text: string): string[] {
  const hosts = text
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => entry.replace(/^[a-z]+:\/\//, '').replace(/[/?#:].*$/, ''))
    .filter(Boolean);
  return [...new Set(hosts)];
}

/** Loads a test page into a linkedom Document (the same DOM API the content script gets). */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(name: string): Document {
  return parse(readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8'));
}

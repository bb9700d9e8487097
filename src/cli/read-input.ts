/**
 * Reading one `analyze` input: a file path or an http(s) URL, as HTML or plain text, with a clear
 * reason when it cannot be read (missing, unreachable, binary, empty, too large, odd encoding).
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, moveStrayMarkupIntoBody, type DecodeHints } from '../text/decode';

export type Input =
  | { ok: true; input: string; kind: 'html' | 'text'; text: string; url?: string }
  | { ok: false; input: string; reason: string };

/** A page larger than this is refused rather than parsed (a news article is well under 5 MB). */
const MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export async function readInput(input: string): Promise<Input> {
  try {
    if (/^https?:\/\//i.test(input)) return await readUrl(input);
    return await readPath(input);
  } catch (e) {
    return { ok: false, input, reason: e instanceof Error ? e.message : String(e) };
  }
}

async function readPath(path: string): Promise<Input> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { ok: false, input: path, reason: 'no such file' };
  }
  if (info.isDirectory()) return { ok: false, input: path, reason: 'is a folder, not a file' };
  if (info.size > MAX_BYTES) return { ok: false, input: path, reason: `too large (${(info.size / 1048576).toFixed(1)} MB)` };
  const bytes = new Uint8Array(await readFile(path));
  return fromBytes(path, bytes, { name: path });
}

async function readUrl(url: string): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    const cause = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    return { ok: false, input: url, reason: `could not fetch: ${cause}` };
  }
  if (!response.ok) return { ok: false, input: url, reason: `could not fetch: HTTP ${response.status}` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) return { ok: false, input: url, reason: 'too large' };
  // The header's charset and type come first in the browser's order; the bytes decide the rest.
  const result = fromBytes(url, bytes, { contentType: response.headers.get('content-type') ?? undefined });
  return result.ok ? { ...result, url } : result;
}

function fromBytes(input: string, bytes: Uint8Array, hints: DecodeHints): Input {
  const decoded = decodeBytes(bytes, hints);
  if (!decoded.ok) return { ok: false, input, reason: decoded.reason };
  // linkedom has no HTML tree builder to re-home junk before <html> (a PHP warning) the way a browser does.
  const text = decoded.kind === 'html' ? moveStrayMarkupIntoBody(decoded.text) : decoded.text;
  return { ok: true, input, kind: decoded.kind, text };
}

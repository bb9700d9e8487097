/**
 * Reading one `analyze` input: a file path or an http(s) URL, as HTML or plain text, with a clear
 * reason when it cannot be read (missing, unreachable, binary, empty, too large, odd encoding).
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes } from '../corpus/decode';

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
  return fromBytes(path, bytes, /\.x?html?$/i.test(path) ? 'html' : undefined);
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
  const type = response.headers.get('content-type') ?? '';
  const result = fromBytes(url, bytes, /html/i.test(type) ? 'html' : undefined);
  return result.ok ? { ...result, url } : result;
}

function fromBytes(input: string, bytes: Uint8Array, hint: 'html' | undefined): Input {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, input, reason: decoded.reason };
  const kind = hint ?? (looksLikeHtml(decoded.text) ? 'html' : 'text');
  return { ok: true, input, kind, text: decoded.text };
}

/** Markup at the start, or a document skeleton anywhere near it. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return /^<(!doctype|html|head|body|\?xml)/.test(head) || (/^</.test(head) && /<(p|div|article|body)[\s>]/.test(head));
}

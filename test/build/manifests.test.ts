/**
 * The built packages (npm test builds first): each browser's manifest is what that browser needs,
 * the Firefox package holds no Chrome-only API, no package loads anything remote, and both zips
 * hold the same files as their folders.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(process.cwd(), 'dist');
const read = (browser: string) => JSON.parse(readFileSync(join(DIST, browser, 'manifest.json'), 'utf8'));

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** Names and contents of a zip's entries, read from its central directory. */
function unzip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('built packages', () => {
  it('Chrome: MV3 service worker, side panel, sidePanel permission, nothing of Firefox', () => {
    const m = read('chrome');
    expect(m.manifest_version).toBe(3);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.side_panel).toEqual({ default_path: 'sidebar.html' });
    expect(m.permissions).toEqual(expect.arrayContaining(['storage', 'contextMenus', 'sidePanel']));
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.sidebar_action).toBeUndefined();
    expect(m.web_accessible_resources[0]).toMatchObject({ resources: ['sidebar.html'], use_dynamic_url: true });
  });

  it('Firefox: gecko id, 142+, no data collected, background scripts, sidebar_action, no sidePanel', () => {
    const m = read('firefox');
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'source-context@source-context.org',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.sidebar_action.default_panel).toBe('sidebar.html');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.side_panel).toBeUndefined();
  });

  it('both: the same shared keys, version from package.json, every file the manifest names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const browser of ['chrome', 'firefox']) {
      const m = read(browser);
      expect(m.version).toBe(pkg.version);
      expect(m.content_scripts).toEqual([
        { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: false },
      ]);
      expect(Object.keys(m.commands)).toEqual(['trace-selection']);
      expect(m.options_ui.page).toBe('options.html');
      const named = [
        ...Object.values(m.icons as Record<string, string>),
        ...m.content_scripts[0].js,
        m.options_ui.page,
        'sidebar.html',
        'corpus/index.json',
        '_locales/en/messages.json',
      ];
      for (const file of named) expect(existsSync(join(DIST, browser, file)), `${browser}/${file}`).toBe(true);
    }
  });

  it('the Firefox package never mentions sidePanel', () => {
    const dir = join(DIST, 'firefox');
    const offending = files(dir).filter((f) => readFileSync(join(dir, f), 'latin1').includes('sidePanel'));
    expect(offending).toEqual([]);
  });

  it('no package loads anything from the network', () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(DIST, browser);
      for (const f of files(dir).filter((f) => /\.(html|css|json)$/.test(f) && !f.startsWith('corpus/'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        expect(text, `${browser}/${f}`).not.toMatch(/(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?\/\//i);
      }
    }
  });

  it('each zip holds exactly its folder, byte for byte', () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(DIST, browser);
      const zipped = unzip(join(DIST, `source-context-${browser}.zip`));
      expect([...zipped.keys()].sort()).toEqual(files(dir).sort());
      for (const [name, data] of zipped) expect(data.equals(readFileSync(join(dir, name))), name).toBe(true);
    }
  });
});

// The Electron runtime cannot run here, so its security-relevant pieces are pure modules tested
// directly; nothing imported below loads 'electron' at run time (type imports only).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  appHeaders,
  chooseAppFile,
  resolveAppPath,
} from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/host/security';
import {
  CALL_CHANNEL,
  LIVE_EVENT_CHANNEL,
  LIVE_SUBSCRIBE_CHANNEL,
} from '../../electron/ipc/channel';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { registerIpc } from '../../electron/ipc/registerIpc';
import { menuTemplate } from '../../electron/menu';
import { APP_ENTRY_URL, isAllowedNavigation } from '../../electron/navigation';
import { createBridge } from '../../electron/preloadBridge';
import { windowOptions } from '../../electron/windowOptions';
import { MIN_SIZE, restoreBounds } from '../../electron/windowState';
import { buildElectron, requiredModules } from '../../scripts/build-electron.mjs';
import { callNames } from '../../shared/api/contract';

const root = resolve('/srv/scoredesk/dist/renderer');

describe('window options', () => {
  const options = windowOptions('/app/dist-electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and everything extra off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('loads the built preload, devtools only when asked (unpackaged)', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens at about 1280×820 with a minimum size, or at the restored bounds', () => {
    expect(options).toMatchObject({ width: 1280, height: 820, minWidth: 960, minHeight: 640 });
    const restored = windowOptions('/p.cjs', {
      bounds: { x: 10, y: 20, width: 1400, height: 900, maximized: true },
    });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1400, height: 900 });
    expect(restored).not.toHaveProperty('maximized');
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('restores sane bounds that are on a screen', () => {
    const saved = { x: 100, y: 50, width: 1300, height: 850, maximized: false };
    expect(restoreBounds(saved, screen)).toEqual(saved);
  });

  it('centres a window whose screen is gone, and clamps to the minimum size', () => {
    const saved = { x: 5000, y: 50, width: 200, height: 100, maximized: true };
    expect(restoreBounds(saved, screen)).toEqual({ ...MIN_SIZE, maximized: true });
  });

  it('ignores garbage', () => {
    for (const saved of [
      undefined,
      null,
      'x',
      { x: 1 },
      { x: 0, y: 0, width: Number.NaN, height: 1, maximized: false },
    ]) {
      expect(restoreBounds(saved, screen)).toEqual({ width: 1280, height: 820, maximized: false });
    }
  });
});

describe('app:// protocol', () => {
  it('is standard and secure, and does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });

  it('serves files from the renderer folder', () => {
    expect(resolveAppPath(root, 'app://scoredesk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://scoredesk/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://scoredesk/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://scoredesk/assets/%E8%AF%84.svg')).toBe(
      join(root, 'assets', '评.svg'),
    );
  });

  it.each([
    'app://scoredesk/../../etc/passwd',
    'app://scoredesk/assets/../../../etc/passwd',
    'app://scoredesk/%2e%2e/%2e%2e/etc/passwd',
    'app://scoredesk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://scoredesk/..%2f..%2fetc/passwd',
    'app://scoredesk/..%5c..%5cwindows%5cwin.ini',
    'app://scoredesk/assets\\..\\..\\secret',
    'app://scoredesk/./index.html',
    'app://scoredesk/C:/Windows/win.ini',
    'app://scoredesk/index.html%00.png',
    'app://scoredesk/%E0%A4%A',
  ])('refuses traversal: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
    expect(chooseAppFile(root, url, () => true)).toEqual({ status: 403 });
  });

  it.each([
    'file:///etc/passwd',
    'https://scoredesk/index.html',
    'http://localhost/index.html',
    'app://evil.example/index.html',
    'app:///etc/passwd',
    'not a url',
  ])('refuses other schemes and hosts: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('falls back to index.html for routes but not for missing assets', () => {
    const index = join(root, 'index.html');
    const isFile = (path: string) => path === index;
    expect(chooseAppFile(root, 'app://scoredesk/judges', isFile)).toEqual({
      status: 200,
      path: index,
    });
    expect(chooseAppFile(root, 'app://scoredesk/assets/gone.js', isFile)).toEqual({ status: 404 });
  });

  it('sends the CSP and nosniff on every response', () => {
    const headers = appHeaders('text/plain');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('navigation', () => {
  it('allows our own pages only', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://scoredesk/#/judges')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://other/index.html',
    'about:blank',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('IPC', () => {
  type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  const calls: unknown[][] = [];
  let listener: Listener | undefined;
  const dispatch: Dispatch = async (name, payload) => {
    calls.push([name, payload]);
    return { ok: true, value: 'done' } as never;
  };
  registerIpc(
    {
      handle: (channel: string, handler: Listener) => {
        expect(channel).toBe(CALL_CHANNEL);
        listener = handler;
      },
    } as never,
    dispatch,
  );
  const invoke = (url: string | null, ...args: unknown[]) =>
    listener!({ senderFrame: url === null ? null : { url } }, ...args);

  it('dispatches calls from our app:// frame', async () => {
    await expect(invoke('app://scoredesk/index.html', 'app.info', {})).resolves.toEqual({
      ok: true,
      value: 'done',
    });
    expect(calls).toEqual([['app.info', {}]]);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', null])(
    'refuses a call from %s',
    async (url) => {
      calls.length = 0;
      await expect(invoke(url, 'app.info', {})).resolves.toEqual({
        ok: false,
        errors: [{ code: 'error.forbiddenSender' }],
      });
      expect(calls).toEqual([]);
    },
  );

  it('refuses a name that is not a string', async () => {
    calls.length = 0;
    const response = (await invoke('app://scoredesk/', { evil: true }, {})) as { ok: boolean };
    expect(response.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('preload bridge', () => {
  it('exposes exactly two functions, call and events, frozen', () => {
    const bridge = createBridge(async () => ({ ok: true }));
    expect(Object.keys(bridge)).toEqual(['call', 'events']);
    expect(typeof bridge.call).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards contract calls and refuses other names before IPC', async () => {
    const sent: unknown[][] = [];
    const bridge = createBridge(async (...args) => {
      sent.push(args);
      return { ok: true, value: 1 };
    });
    await expect(bridge.call('app.info', {})).resolves.toEqual({ ok: true, value: 1 });
    for (const name of ['constructor', '__proto__', 'fs.readFile', 42, null]) {
      const response = await bridge.call(name as string, {});
      expect(response).toMatchObject({ ok: false, errors: [{ code: 'error.unknownCall' }] });
    }
    expect(sent).toEqual([['app.info', {}]]);
  });

  it('hands live events to every listener, with one subscription in the main process', () => {
    let deliver: (event: unknown) => void = () => {};
    const subscriptions: boolean[] = [];
    const bridge = createBridge(async () => ({ ok: true }), {
      listen: (handler) => {
        deliver = handler;
      },
      subscribe: (on) => subscriptions.push(on),
    });
    const heard: unknown[] = [];
    const stopA = bridge.events!((event) => heard.push(['a', event]));
    const stopB = bridge.events!((event) => heard.push(['b', event]));
    deliver({ seq: 1 });
    stopA();
    stopA();
    deliver({ seq: 2 });
    stopB();
    deliver({ seq: 3 });
    expect(heard).toEqual([
      ['a', { seq: 1 }],
      ['b', { seq: 1 }],
      ['b', { seq: 2 }],
    ]);
    expect(subscriptions).toEqual([true, false]);
    // Something that is no function subscribes nothing.
    bridge.events!('listener' as unknown as () => void)();
    expect(subscriptions).toEqual([true, false]);
  });
});

describe('built preload bundle', () => {
  let dir: string;
  let code: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scoredesk-electron-'));
    await buildElectron({ outdir: dir });
    code = readFileSync(join(dir, 'preload.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toContain('require("./');
    expect(code).not.toMatch(/\bzod\b/);
  });

  it('exposes only scoredesk.call and .events, never ipcRenderer, and knows every contract call', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const sent: unknown[][] = [];
    const handlers = new Map<string, (event: unknown, data: unknown) => void>();
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed[key] = api;
        },
      },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: null };
        },
        on: (channel: string, handler: (event: unknown, data: unknown) => void) => {
          handlers.set(channel, handler);
        },
        send: (...args: unknown[]) => sent.push(args),
      },
    };
    const required: string[] = [];
    const require = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`cannot require ${name}`);
      return electron;
    };
    const module = { exports: {} };
    runInNewContext(code, { require, module, exports: module.exports, Promise, Object, Set });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['scoredesk']);
    const api = exposed.scoredesk as {
      call(name: string, input: unknown): Promise<unknown>;
      events(listener: (event: unknown) => void): () => void;
    };
    expect(Object.keys(api)).toEqual(['call', 'events']);
    for (const name of callNames) await api.call(name, {});
    await api.call('nope', {});
    expect(invoked).toEqual(callNames.map((name) => [CALL_CHANNEL, name, {}]));
    // The live feed: the page hears the event's data, never the IPC event with its sender.
    const heard: unknown[] = [];
    const stop = api.events((event) => heard.push(event));
    handlers.get(LIVE_EVENT_CHANNEL)?.({ sender: 'ipc' }, { type: 'hall', seq: 1 });
    stop();
    expect(heard).toEqual([{ type: 'hall', seq: 1 }]);
    expect(sent).toEqual([
      [LIVE_SUBSCRIBE_CHANNEL, true],
      [LIVE_SUBSCRIBE_CHANNEL, false],
    ]);
  });
});

describe('menu', () => {
  const roles = (template: ReturnType<typeof menuTemplate>) =>
    JSON.stringify(template).match(/"role":"\w+"/g) ?? [];

  it('has devtools only when unpackaged', () => {
    expect(roles(menuTemplate('en', { devTools: true, isMac: false }))).toContain(
      '"role":"toggleDevTools"',
    );
    expect(roles(menuTemplate('en', { devTools: false, isMac: false }))).not.toContain(
      '"role":"toggleDevTools"',
    );
  });

  it('speaks Chinese when the language is zh-CN', () => {
    const [file, edit, view] = menuTemplate('zh-CN', { devTools: false, isMac: false });
    expect([file?.label, edit?.label, view?.label]).toEqual(['文件', '编辑', '视图']);
  });
});

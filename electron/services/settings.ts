import Conf from 'conf';
import type { Settings } from '../../shared/api/app';
import type { StoreFile } from '../../shared/api/competition';

export interface StoredSettings extends Settings {
  recent: StoreFile[];
  /** The judge's own store this laptop reopens at start, in judge mode (judgeMode.ts). */
  judgeSheet: string | null;
}

/** What both electron-store (in Electron) and conf (host, CLI) offer: electron-store extends Conf. */
export interface SettingsBackend {
  get<K extends keyof StoredSettings>(key: K): StoredSettings[K];
  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void;
}

export const defaultSettings: StoredSettings = {
  language: 'zh-CN',
  role: 'organizer',
  recent: [],
  judgeSheet: null,
};

const MAX_RECENT = 10;

export class SettingsStore {
  constructor(private readonly backend: SettingsBackend) {}

  read(): Settings {
    return { language: this.backend.get('language'), role: this.backend.get('role') };
  }

  update(patch: Partial<Settings>): Settings {
    if (patch.language) this.backend.set('language', patch.language);
    if (patch.role) this.backend.set('role', patch.role);
    return this.read();
  }

  judgeSheet(): string | null {
    return this.backend.get('judgeSheet') ?? null;
  }

  setJudgeSheet(path: string | null): void {
    this.backend.set('judgeSheet', path);
  }

  recent(): StoreFile[] {
    return this.backend.get('recent');
  }

  /** Most recent first, one line per file. */
  remember(file: StoreFile): void {
    const rest = this.recent().filter((f) => f.path !== file.path);
    this.backend.set('recent', [file, ...rest].slice(0, MAX_RECENT));
  }
}

/** Settings outside Electron: the same conf library electron-store is built on. */
export function confSettings(dir: string): SettingsStore {
  const conf = new Conf<StoredSettings>({
    cwd: dir,
    configName: 'settings',
    defaults: defaultSettings,
  });
  return new SettingsStore(conf);
}

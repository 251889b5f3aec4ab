import Conf from 'conf';
import type { Settings } from '../../shared/api/app';
import type { StoreFile } from '../../shared/api/competition';
import type { StoredCeremony } from './ceremonySettings';

export interface StoredSettings extends Settings {
  recent: StoreFile[];
  /** Competitions the organizer put away: off the home screen's lists, not capped like recent. */
  archived: StoreFile[];
  /** The judge's own store this laptop reopens at start, in judge mode (judgeMode.ts). */
  judgeSheet: string | null;
  /** Per competition: the ceremony's order and the certificate paper (ceremonySettings.ts). */
  ceremony: StoredCeremony[];
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
  archived: [],
  judgeSheet: null,
  ceremony: [],
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

  ceremony(competitionId: string): StoredCeremony | undefined {
    const all = this.backend.get('ceremony');
    return Array.isArray(all) ? all.find((c) => c.competitionId === competitionId) : undefined;
  }

  setCeremony(value: StoredCeremony): void {
    const all = this.backend.get('ceremony');
    const others = (Array.isArray(all) ? all : []).filter(
      (c) => c.competitionId !== value.competitionId,
    );
    this.backend.set('ceremony', [...others, value]);
  }

  recent(): StoreFile[] {
    return this.backend.get('recent');
  }

  archived(): StoreFile[] {
    return this.backend.get('archived') ?? [];
  }

  /**
   * Most recent first, one line per file. An archived competition opened again (last year's
   * results looked up) stays archived, its line brought up to date.
   */
  remember(file: StoreFile): void {
    if (this.isArchived(file.path)) {
      this.backend.set('archived', [file, ...this.archived().filter((f) => f.path !== file.path)]);
      return;
    }
    const rest = this.recent().filter((f) => f.path !== file.path);
    this.backend.set('recent', [file, ...rest].slice(0, MAX_RECENT));
  }

  /** The line of a file on whichever list holds it, after a rename. */
  refresh(file: StoreFile): void {
    const swap = (list: StoreFile[]) => list.map((f) => (f.path === file.path ? file : f));
    this.backend.set('recent', swap(this.recent()));
    this.backend.set('archived', swap(this.archived()));
  }

  isArchived(path: string): boolean {
    return this.archived().some((f) => f.path === path);
  }

  archive(file: StoreFile): void {
    this.backend.set(
      'recent',
      this.recent().filter((f) => f.path !== file.path),
    );
    this.backend.set('archived', [file, ...this.archived().filter((f) => f.path !== file.path)]);
  }

  /** Back on the recent list, at the top: restoring is what one does before opening it. */
  restore(path: string): void {
    const file = this.archived().find((f) => f.path === path);
    if (!file) return;
    this.backend.set(
      'archived',
      this.archived().filter((f) => f.path !== path),
    );
    this.remember(file);
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

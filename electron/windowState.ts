import type { BrowserWindow, Rectangle } from 'electron';

/** Where the window was: normal (un-maximized) bounds plus whether it was maximized. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The settings key this file adds next to the shared settings (electron-store only). */
export interface WindowStateSettings {
  windowBounds?: WindowBounds;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 960, height: 640 } as const;

/** The part of the window's options restoring sets: no x/y means "centre it". */
export interface RestoredBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const MIN_VISIBLE = 64;

/**
 * Saved bounds, if they are sane and still on a screen (a projector that is now unplugged must
 * not leave the window off-screen); else the default size, centred.
 */
export function restoreBounds(saved: unknown, workAreas: Rectangle[]): RestoredBounds {
  const fallback: RestoredBounds = { ...DEFAULT_SIZE, maximized: false };
  if (!isWindowBounds(saved)) return fallback;
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const x = Math.round(saved.x);
  const y = Math.round(saved.y);
  const visible = workAreas.some(
    (area) =>
      overlap(x, width, area.x, area.width) >= MIN_VISIBLE &&
      overlap(y, height, area.y, area.height) >= MIN_VISIBLE,
  );
  if (!visible) return { width, height, maximized: saved.maximized };
  return { x, y, width, height, maximized: saved.maximized };
}

export function isWindowBounds(value: unknown): value is WindowBounds {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return (
    finite(v.x) &&
    finite(v.y) &&
    finite(v.width) &&
    finite(v.height) &&
    (v.width as number) > 0 &&
    (v.height as number) > 0 &&
    (v.width as number) < 100_000 &&
    (v.height as number) < 100_000 &&
    typeof v.maximized === 'boolean'
  );
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);
}

/** Saves the bounds when the window closes (normal bounds, so a maximized window restores well). */
export function trackWindowState(
  window: BrowserWindow,
  save: (bounds: WindowBounds) => void,
): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    save({ x, y, width, height, maximized: window.isMaximized() });
  });
}

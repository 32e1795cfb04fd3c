// The main window's size and position, remembered across launches. Parsing and clamping are pure
// so tests can check them; main/window.ts reads and writes the JSON file in userData.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The bounds to open with: the saved ones when they are sane and mostly on a display that still
 * exists (a monitor may have been unplugged), otherwise the default size, centred by Electron.
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: false };
  if (typeof saved !== 'object' || saved === null) return fallback;
  const { bounds, maximized } = saved as Record<string, unknown>;
  if (!isRect(bounds)) return fallback;
  const width = Math.max(MIN_SIZE.width, Math.round(bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(bounds.height));
  const rect = { x: Math.round(bounds.x), y: Math.round(bounds.y), width, height };
  const visible = workAreas.some(
    (area) => overlap(rect, area) >= 0.5 * Math.min(width * height, area.width * area.height),
  );
  return { bounds: visible ? rect : { width, height }, maximized: maximized === true };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

import type { Color } from './schemas.ts';

export interface ColorInfo {
  color: Color;
  /** The word on the badge. */
  label: string;
  /** What the color means at the desk, in a few words. */
  meaning: string;
  /** The badge's shape, so the color is never the only signal (like road signs). */
  shape: 'octagon' | 'triangle' | 'circle';
}

export const colorInfo: Record<Color, ColorInfo> = {
  red: { color: 'red', label: 'Red', meaning: 'No one can override', shape: 'octagon' },
  yellow: { color: 'yellow', label: 'Yellow', meaning: 'Check first', shape: 'triangle' },
  green: { color: 'green', label: 'Green', meaning: 'Use your judgment', shape: 'circle' },
};

import type { interfaces } from 'ask-sdk-model';

/** A screen that advertises a viewport but not APL (some TVs, older Fire devices). */
export const VIEWPORT_WITHOUT_APL: interfaces.viewport.ViewportState = {
  experiences: [{ canRotate: false, canResize: false }],
  shape: 'RECTANGLE',
  pixelWidth: 1024,
  pixelHeight: 600,
  dpi: 160,
  currentPixelWidth: 1024,
  currentPixelHeight: 600,
  touch: ['SINGLE'],
};

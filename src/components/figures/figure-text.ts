/**
 * The figure text rule (issue 16): no figure text may render under 12 px on a 375 px screen. A
 * figure's SVG is scaled to the content width (the screen less the page's 16 px padding each side),
 * or held at a minimum width inside FigureScroll, which then scrolls sideways.
 */

/** Each no wider than the lesson column at desktop width (44rem, 704 px), where nothing should scroll. */
export const FIGURE_MIN_WIDTHS = [560, 640, 680] as const;
export const DESKTOP_CONTENT_WIDTH = 704;

export const PHONE_CONTENT_WIDTH = 375 - 2 * 16;
export const MIN_TEXT_PX = 12;

/** The rendered size in CSS pixels of text of `fontSize` units in a figure `viewBoxWidth` units wide. */
export function renderedTextPx(fontSize: number, viewBoxWidth: number, minWidth = 0): number {
  return (fontSize * Math.max(PHONE_CONTENT_WIDTH, minWidth)) / viewBoxWidth;
}

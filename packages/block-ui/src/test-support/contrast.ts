/** The sRGB channels of a computed CSS colour (`rgb(…)` or `rgba(…)`); throws on anything else. */
export function rgbOf(color: string): [number, number, number] {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(color);
  if (!match) throw new Error(`Not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2 contrast ratio of two computed colours.
 * @example contrastRatio('rgb(255, 255, 255)', 'rgb(0, 0, 0)') // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(rgbOf(foreground)), luminance(rgbOf(background))].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The text and background colours an element shows now (hover and focus included). */
export function shownColours(element: Element): { color: string; background: string } {
  const style = getComputedStyle(element);
  return { color: style.color, background: style.backgroundColor };
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Gives an uncontrolled control its placeholder only while it is empty, which looks the same as always having
 * it: Chromium restyles a placeholder on every keystroke even while text hides it (~0.15 ms a key, see
 * BENCHMARKS.md).
 */
export function showPlaceholderWhileEmpty(element: TextElement, placeholder: string | undefined): void {
  const wanted = placeholder !== undefined && element.value === '' ? placeholder : null;
  if (element.getAttribute('placeholder') === wanted) return;
  if (wanted === null) element.removeAttribute('placeholder');
  else element.setAttribute('placeholder', wanted);
}

/** The same rule for a controlled control: its `placeholder` prop for the text it shows. */
export const placeholderWhileEmpty = (text: string, placeholder: string | undefined): string | undefined =>
  text === '' ? placeholder : undefined;

/** One step of a reference path: a field name, or an index into a list. */
export type PathSegment = string | number;

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether a name can be a step name or a path segment in a reference (`[A-Za-z_][A-Za-z0-9_]*`).
 * @example isReferenceIdentifier('Trigger') // true
 * @example isReferenceIdentifier('first-name') // false
 */
export function isReferenceIdentifier(name: string): boolean {
  return identifierPattern.test(name);
}

/**
 * Writes a path the way people read it, without angle brackets.
 * @example formatReferencePath('Classify', ['labels', 0, 'name']) // 'Classify.labels[0].name'
 */
export function formatReferencePath(step: string, path: readonly PathSegment[]): string {
  let text = step;
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return text;
}

/**
 * Writes a reference as it is typed in a field.
 * @example formatReference('Trigger', ['contact', 'email']) // '<Trigger.contact.email>'
 */
export function formatReference(step: string, path: readonly PathSegment[]): string {
  return `<${formatReferencePath(step, path)}>`;
}

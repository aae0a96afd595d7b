/** Element ids of one field's parts, so labels, help and issues can point at each other. */
export interface FieldIds {
  control: string;
  label: string;
  help: string;
  issues: string;
}

/** Ids for a field inside the editor identified by `prefix`. */
export function fieldIds(prefix: string, name: string): FieldIds {
  const base = `${prefix}-${name}`;
  return { control: `${base}-control`, label: `${base}-label`, help: `${base}-help`, issues: `${base}-issues` };
}

/** The `aria-describedby` value of a control: its help, and its issues when there are any. */
export function describedBy(ids: FieldIds, hasIssues: boolean): string {
  return hasIssues ? `${ids.help} ${ids.issues}` : ids.help;
}

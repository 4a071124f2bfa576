export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders as plain text (React escapes it when rendered). */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A message template with its {placeholders} filled; unknown ones become empty. */
export function fill(template: string, params: Record<string, string | number>) {
  return template.replace(/\{(\w+)\}/g, (_, key) => (params[key] === undefined ? "" : String(params[key])))
}

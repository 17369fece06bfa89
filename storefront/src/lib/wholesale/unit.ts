// The product's unit word (箱, case, box …) comes from catalogue metadata, so
// ICU plurals cannot hold it. Chinese has no plural; English units are short
// nouns that take -s or -es.

const ES = /(s|x|z|ch|sh)$/i

export function unitFor(unit: string, quantity: number, locale: string): string {
  if (locale !== "en" || quantity === 1 || !/^[a-z]+$/i.test(unit) || unit === "pcs") return unit
  return ES.test(unit) ? `${unit}es` : `${unit}s`
}

import type { DemoCategory, DemoProduct } from "./types"

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CJK_GLYPH = /^[\u3400-\u9fff]{1,2}$/

/** EAN-13 check digit for the first 12 digits (weights 1,3,1,3,… from the left). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`ean13CheckDigit expects 12 digits, got "${first12}"`)
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

/** Why `barcode` is not a valid Chinese EAN-13, or null when it is. */
function barcodeProblem(barcode: string): string | null {
  if (!/^\d{13}$/.test(barcode)) return "is not 13 digits"
  const prefix = Number(barcode.slice(0, 3))
  if (prefix < 690 || prefix > 699) return `has prefix ${barcode.slice(0, 3)}, expected 690–699`
  const expected = ean13CheckDigit(barcode.slice(0, 12))
  if (Number(barcode[12]) !== expected) return `has check digit ${barcode[12]}, expected ${expected}`
  return null
}

function hasAtMostTwoDecimals(n: number): boolean {
  return Math.abs(Math.round(n * 100) - n * 100) < 1e-6
}

/**
 * Checks the demo catalog for problems the seed would trip over or that would look wrong in the shop.
 * Returns a list of human-readable problems; an empty list means the catalog is fine.
 */
export function validateDemoCatalog(categories: DemoCategory[], products: DemoProduct[]): string[] {
  const problems: string[] = []
  const leaves = new Set<string>()
  const categoryHandles = new Set<string>()

  const walk = (nodes: DemoCategory[], path: string) => {
    for (const c of nodes) {
      const where = `category ${path}${c.handle}`
      if (!SLUG.test(c.handle ?? "")) problems.push(`${where}: handle is not an ascii slug`)
      if (categoryHandles.has(c.handle)) problems.push(`${where}: duplicate category handle`)
      categoryHandles.add(c.handle)
      if (!c.name?.trim()) problems.push(`${where}: missing name`)
      if (!c.name_en?.trim()) problems.push(`${where}: missing name_en`)
      if (c.children?.length) walk(c.children, `${path}${c.handle}/`)
      else leaves.add(c.handle)
    }
  }
  walk(categories, "")

  const productHandles = new Set<string>()
  const skus = new Map<string, string>()
  const barcodes = new Map<string, string>()

  for (const p of products) {
    const where = `product ${p.handle}`
    if (!SLUG.test(p.handle ?? "")) problems.push(`${where}: handle is not an ascii slug`)
    if (productHandles.has(p.handle)) problems.push(`${where}: duplicate product handle`)
    productHandles.add(p.handle)

    for (const field of [
      "title", "title_en", "subtitle", "subtitle_en", "description", "description_en", "brand", "unit", "unit_en",
    ] as const) {
      if (typeof p[field] !== "string" || !p[field].trim()) problems.push(`${where}: missing ${field}`)
    }

    if (!categoryHandles.has(p.category)) problems.push(`${where}: unknown category "${p.category}"`)
    else if (!leaves.has(p.category)) problems.push(`${where}: category "${p.category}" is not a leaf`)

    if (p.status !== undefined && p.status !== "published" && p.status !== "draft") {
      problems.push(`${where}: status must be "published" or "draft"`)
    }
    if (p.weight_g !== undefined && !(Number.isInteger(p.weight_g) && p.weight_g > 0)) {
      problems.push(`${where}: weight_g must be a positive integer`)
    }
    if (!p.image || !Number.isInteger(p.image.hue) || p.image.hue < 0 || p.image.hue > 359) {
      problems.push(`${where}: image.hue must be an integer 0–359`)
    }
    if (!p.image || !CJK_GLYPH.test(p.image.glyph ?? "")) {
      problems.push(`${where}: image.glyph must be 1–2 CJK characters`)
    }

    // Options
    const optionValues = new Map<string, Set<string>>()
    if (!p.options?.length) problems.push(`${where}: has no options`)
    for (const o of p.options ?? []) {
      if (!o.title?.trim()) problems.push(`${where}: option without title`)
      if (optionValues.has(o.title)) problems.push(`${where}: duplicate option "${o.title}"`)
      if (!o.values?.length) problems.push(`${where}: option "${o.title}" has no values`)
      const values = new Set(o.values ?? [])
      if (values.size !== (o.values ?? []).length) problems.push(`${where}: option "${o.title}" has duplicate values`)
      optionValues.set(o.title, values)
    }

    // Variants
    if (!p.variants?.length) {
      problems.push(`${where}: has no variants`)
      continue
    }
    if (p.subtitle && !p.variants[0].title.includes(p.subtitle)) {
      problems.push(`${where}: subtitle "${p.subtitle}" does not describe the first (default) variant "${p.variants[0].title}"`)
    }
    const combos = new Set<string>()
    const titles = new Set<string>()
    const usedValues = new Map<string, Set<string>>()
    for (const v of p.variants) {
      const vw = `${where} variant ${v.sku || v.title}`
      if (!v.title?.trim()) problems.push(`${vw}: missing title`)
      if (titles.has(v.title)) problems.push(`${vw}: duplicate variant title "${v.title}"`)
      titles.add(v.title)

      if (!v.sku?.trim()) problems.push(`${vw}: missing sku`)
      else if (skus.has(v.sku)) problems.push(`${vw}: duplicate SKU "${v.sku}" (also in ${skus.get(v.sku)})`)
      else skus.set(v.sku, p.handle)

      const bp = barcodeProblem(v.barcode ?? "")
      if (bp) problems.push(`${vw}: barcode "${v.barcode}" ${bp}`)
      if (barcodes.has(v.barcode)) problems.push(`${vw}: duplicate barcode "${v.barcode}" (also in ${barcodes.get(v.barcode)})`)
      else barcodes.set(v.barcode, p.handle)

      if (typeof v.price !== "number" || !Number.isFinite(v.price) || v.price <= 0) {
        problems.push(`${vw}: price must be > 0`)
      } else if (!hasAtMostTwoDecimals(v.price)) {
        problems.push(`${vw}: price ${v.price} has more than 2 decimals`)
      }
      if (!Number.isInteger(v.stock) || v.stock < 0) problems.push(`${vw}: stock must be an integer ≥ 0`)

      const keys = Object.keys(v.options ?? {})
      for (const k of keys) {
        const allowed = optionValues.get(k)
        if (!allowed) problems.push(`${vw}: option "${k}" is not an option of the product`)
        else if (!allowed.has(v.options[k])) problems.push(`${vw}: value "${v.options[k]}" is not a value of option "${k}"`)
        else usedValues.set(k, (usedValues.get(k) ?? new Set()).add(v.options[k]))
      }
      for (const title of optionValues.keys()) {
        if (!keys.includes(title)) problems.push(`${vw}: missing a value for option "${title}"`)
      }
      const combo = [...optionValues.keys()].map((t) => v.options?.[t]).join("\u0000")
      if (combos.has(combo)) problems.push(`${vw}: another variant has the same option values`)
      combos.add(combo)
    }
    for (const [title, values] of optionValues) {
      for (const value of values) {
        if (!usedValues.get(title)?.has(value)) problems.push(`${where}: option value "${title}: ${value}" is used by no variant`)
      }
    }
  }

  for (const leaf of leaves) {
    if (!products.some((p) => p.category === leaf)) problems.push(`category ${leaf}: leaf category has no products`)
  }
  return problems
}

/**
 * Shapes of the DealerMall demo catalog (categories and products) consumed by
 * the seed script. Prices are wholesale prices in CNY major units (yuan).
 */

export type DemoCategory = {
  handle: string
  name: string
  name_en: string
  description?: string
  children?: DemoCategory[]
}

export type DemoVariant = {
  /** e.g. "550ml×24瓶/箱" */
  title: string
  /** unique across the catalog, e.g. "NFS-550-24" */
  sku: string
  /** a valid EAN-13 (13 digits, correct check digit, prefix 690–699 for China) */
  barcode: string
  /** option title -> value, must match the product's options */
  options: Record<string, string>
  /** base wholesale price in CNY major units (yuan), max 2 decimals */
  price: number
  /** units in the warehouse, integer ≥ 0 */
  stock: number
}

export type DemoProduct = {
  /** ascii slug, unique */
  handle: string
  /** Chinese name, e.g. "山泉源饮用天然水" */
  title: string
  title_en: string
  /** the specification of the default (first) variant, e.g. "550ml×24瓶/箱" */
  subtitle: string
  /** e.g. "550 ml × 24 bottles / case" */
  subtitle_en: string
  /** 1–3 Chinese sentences */
  description: string
  description_en: string
  /** Chinese brand name */
  brand: string
  /** selling unit, e.g. "箱", "件", "袋", "桶" */
  unit: string
  /** "case", "pack", "bag", "drum" */
  unit_en: string
  /** handle of a LEAF category from the tree */
  category: string
  /** a single-variant product has one option with one value */
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  /** gross weight of one unit in grams */
  weight_g?: number
  /** default published; draft = 下架 */
  status?: "published" | "draft"
  /** for the generated picture: hue 0–359 and 1–2 CJK characters drawn on it */
  image: { hue: number; glyph: string }
}

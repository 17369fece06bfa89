// Shapes of the wholesale store routes (docs/wholesale-api.md). Amounts are
// major units (元), tax-inclusive, as the backend sends them.

export type VariantRules = {
  min_quantity: number | null
  multiple: number | null
  max_quantity: number | null
}

export type PriceBreak = { min_quantity: number; max_quantity: number | null; amount: number }

export type VariantPricing = {
  currency_code: string
  base_amount: number
  unit_amount: number
  source: "contract" | "promotion" | "tier" | "base"
  breaks: PriceBreak[]
}

export type StockLevel = "plenty" | "low" | "out"

export type WholesaleVariant = {
  variant_id: string
  sku: string | null
  rules: VariantRules
  stock: { level: StockLevel; quantity: number | null }
  pricing: VariantPricing | null
}

export type WholesaleTier = { id: string; name: string; min_order_amount: number | null }

export type WholesaleVariants = {
  tier: WholesaleTier | null
  stock_display: "level" | "exact"
  variants: WholesaleVariant[]
}

/** The 400 body of the cart rules (and most other refusals). */
export type RuleRefusal = {
  type?: string
  code?: string
  message?: string
  variant_id?: string
  sku?: string
}

/** POST /store/quick-order and POST /store/order-lists/:id/cart answer this. */
export type QuickOrderReport = {
  cart_id?: string
  added: { line?: number; sku: string; quantity: number; variant_id?: string; title?: string }[]
  rejected: { line?: number; sku: string; quantity: number | string | null; code: string; message: string }[]
}

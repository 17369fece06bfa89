// Shapes of the wholesale admin API (docs/wholesale-api.md, "Admin").
// bigNumber amounts may arrive as strings; always go through Number() before formatting.
export type Amount = number | string

export type Tier = {
  id: string
  name: string
  rank: number
  customer_group_id: string
  price_list_id: string | null
  min_order_amount: Amount | null
  dealer_count: number
}

export type TierInput = { name?: string; min_order_amount?: number | null }

export type VariantRules = {
  min_quantity: number | null
  multiple: number | null
  max_quantity: number | null
}

export type PriceBreak = { min_quantity: number; amount: Amount }

export type TierPrice = { amount: Amount | null; breaks: PriceBreak[] }

export type MatrixRow = {
  variant_id: string
  sku: string | null
  product_id: string
  product_title: string
  variant_title: string | null
  base_amount: Amount | null
  rules: VariantRules
  prices: Record<string, TierPrice | undefined>
}

export type MatrixResponse = {
  currency_code: string
  tiers: { id: string; name: string }[]
  rows: MatrixRow[]
  count: number
  offset: number
  limit: number
}

/** One row of a save: only the parts that changed are sent. */
export type MatrixRowUpdate = {
  variant_id: string
  base_amount?: number | null
  rules?: VariantRules
  prices?: Record<string, { amount: number | null; breaks: { min_quantity: number; amount: number }[] }>
}

export type MatrixError = { row: number; variant_id?: string; field?: string; message: string }

export type ImportError = { line: number; sku?: string | null; column?: string | null; message: string }

export type ImportReport = { applied: boolean; rows: number; errors: ImportError[] }

export type ContractPrice = {
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string | null
  amount: Amount
  tier_amount: Amount | null
  base_amount: Amount | null
}

export type StockDisplay = "level" | "exact"

export type WholesaleSettings = { stock_display: StockDisplay; low_stock_threshold: number }

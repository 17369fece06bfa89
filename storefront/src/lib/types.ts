// The subset of Medusa store objects the storefront reads. Declared here,
// not taken from @medusajs/types, so pages cannot accidentally rely on
// price fields: the only one is calculated_price, requested for approved dealers only.

export type Metadata = Record<string, unknown> | null | undefined

export type VariantOption = {
  id?: string
  value: string
  option_id?: string | null
  option?: { id: string; title: string } | null
}

/** Core's price for the signed-in dealer (major units, tax-inclusive); absent for everybody else. */
export type CalculatedPrice = {
  calculated_amount: number | null
  original_amount: number | null
  currency_code: string
}

export type Variant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  ean?: string | null
  options?: VariantOption[] | null
  calculated_price?: CalculatedPrice | null
}

export type ProductOption = { id: string; title: string }

export type CategoryRef = {
  id: string
  name: string
  handle: string
  metadata?: Metadata
  parent_category_id?: string | null
  parent_category?: CategoryRef | null
}

export type Product = {
  id: string
  title: string
  subtitle: string | null
  description?: string | null
  handle: string
  thumbnail: string | null
  metadata?: Metadata
  variants?: Variant[] | null
  options?: ProductOption[] | null
  images?: { id: string; url: string }[] | null
  categories?: CategoryRef[] | null
}

export type Category = {
  id: string
  name: string
  handle: string
  description?: string | null
  rank?: number | null
  metadata?: Metadata
  parent_category_id: string | null
  category_children?: { id: string; name: string; handle: string }[] | null
}

export type Page<T> = { items: T[]; count: number; limit: number; offset: number }

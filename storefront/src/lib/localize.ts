import type { Category, CategoryRef, Metadata, Product } from "./types"

// The backend holds Chinese as the canonical text; English lives in metadata
// (*_en keys) and is optional, so every accessor falls back to Chinese.

function metaString(metadata: Metadata, key: string): string | undefined {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() ? value : undefined
}

const isEnglish = (locale: string) => locale === "en"

export function productTitle(p: Pick<Product, "title" | "metadata">, locale: string): string {
  return (isEnglish(locale) && metaString(p.metadata, "title_en")) || p.title
}

export function productSubtitle(p: Pick<Product, "subtitle" | "metadata">, locale: string): string | null {
  return (isEnglish(locale) && metaString(p.metadata, "subtitle_en")) || p.subtitle || null
}

export function productDescription(p: Pick<Product, "description" | "metadata">, locale: string): string | null {
  return (isEnglish(locale) && metaString(p.metadata, "description_en")) || p.description || null
}

export function productUnit(p: Pick<Product, "metadata">, locale: string): string | undefined {
  return (isEnglish(locale) && metaString(p.metadata, "unit_en")) || metaString(p.metadata, "unit")
}

export function productBrand(p: Pick<Product, "metadata">): string | undefined {
  return metaString(p.metadata, "brand")
}

export function categoryName(c: Pick<Category | CategoryRef, "name" | "metadata">, locale: string): string {
  return (isEnglish(locale) && metaString(c.metadata, "name_en")) || c.name
}

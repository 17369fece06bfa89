import { getTranslations } from "next-intl/server"
import type { Product, Variant } from "@/lib/types"

function specOf(variant: Variant, product: Product): string {
  const titles = new Map((product.options ?? []).map((o) => [o.id, o.title]))
  const parts = (variant.options ?? []).map((o) => {
    const name = o.option?.title ?? (o.option_id ? titles.get(o.option_id) : undefined)
    return name ? `${name}: ${o.value}` : o.value
  })
  return parts.join(" / ")
}

// One table, two layouts: columns from md up; on phones each row stacks into
// "label value" lines (labels from data-label) so barcodes are never scrolled
// off-screen. Dealers order by SKU and scan barcodes at receipt.
const cell =
  "flex gap-3 py-1 before:w-20 before:shrink-0 before:text-gray-500 before:content-[attr(data-label)] " +
  "md:table-cell md:px-4 md:py-3 md:before:content-none"

export default async function VariantsTable({ product }: { product: Product }) {
  const t = await getTranslations("Product")
  const variants = product.variants ?? []
  if (!variants.length) return null

  return (
    <section aria-labelledby="variants-heading" className="rounded-lg border border-gray-200 bg-white">
      <h2 id="variants-heading" className="border-b border-gray-200 px-4 py-3 text-base font-semibold">
        {t("variants")}
      </h2>
      <table className="block w-full text-left text-sm md:table" data-testid="variants-table">
        <thead className="hidden bg-gray-50 text-gray-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("variantName")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("sku")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("barcode")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("spec")}</th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-gray-100 md:table-row-group">
          {variants.map((v) => (
            <tr key={v.id} className="block px-4 py-2 md:table-row md:p-0">
              <td data-label={t("variantName")} className={`${cell} font-medium text-gray-900 md:font-normal`}>
                {v.title || "—"}
              </td>
              <td data-label={t("sku")} className={`${cell} break-all font-mono`} data-testid="variant-sku">
                {v.sku || "—"}
              </td>
              <td data-label={t("barcode")} className={`${cell} break-all font-mono`} data-testid="variant-barcode">
                {v.barcode || v.ean || "—"}
              </td>
              <td data-label={t("spec")} className={`${cell} text-gray-600`}>
                {specOf(v, product) || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

import { getTranslations } from "next-intl/server"
import type { CartLine } from "@/lib/cart/types"
import type { LineInfo } from "@/lib/cart/line-info"
import { formatCNY } from "@/lib/money"
import { lineAmount } from "@/lib/wholesale/amounts"
import { unitFor } from "@/lib/wholesale/unit"
import ProductImage from "@/components/product/ProductImage"

type Props = { lines: CartLine[]; info: Map<string, LineInfo>; locale: string }

/**
 * What is being ordered, read-only: quantities are changed in the 进货单. Line
 * amounts are before any coupon (core's line total has it taken off), so they add
 * up to the summary's goods amount; the coupon shows as its own line there.
 */
export default async function CheckoutLines({ lines, info, locale }: Props) {
  const t = await getTranslations("Checkout")
  const tc = await getTranslations("Cart")
  return (
    <ul className="divide-y divide-gray-100" data-testid="checkout-lines">
      {lines.map((line) => {
        const extra = line.variant_id ? info.get(line.variant_id) : undefined
        const title = extra?.title || line.product_title || line.title
        const unit = unitFor(extra?.unit ?? tc("defaultUnit"), line.quantity, locale)
        return (
          <li key={line.id} className="grid grid-cols-[3rem_minmax(0,1fr)_auto] items-center gap-3 py-3" data-testid="checkout-line" data-sku={line.variant_sku ?? ""}>
            <ProductImage src={line.thumbnail} alt="" placeholder="" className="h-12 w-12 rounded border border-gray-200" />
            <div className="flex min-w-0 flex-col text-sm">
              <span className="break-words font-medium text-gray-900">{title}</span>
              {line.variant_title && line.variant_title !== line.product_title && (
                <span className="text-gray-600">{line.variant_title}</span>
              )}
              {line.variant_sku && <span className="break-all font-mono text-xs text-gray-500">{line.variant_sku}</span>}
              <span className="text-gray-600">
                <span className="tabular-nums">{formatCNY(line.unit_price)}</span> × <span className="tabular-nums">{line.quantity}</span> {unit}
              </span>
            </div>
            <span className="text-right text-sm font-semibold tabular-nums text-gray-900" aria-label={t("lineTotal")}>
              {formatCNY(lineAmount(line.unit_price, line.quantity))}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

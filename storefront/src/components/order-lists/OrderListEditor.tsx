"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { saveOrderListItems } from "@/lib/actions/order-lists"
import type { OrderListItem } from "@/lib/order-lists/types"
import type { VariantRules } from "@/lib/wholesale/types"
import { unitFor } from "@/lib/wholesale/unit"
import ProductImage from "@/components/product/ProductImage"
import QuantityStepper from "@/components/wholesale/QuantityStepper"

export type EditorItem = OrderListItem & {
  displayTitle: string
  variantTitle: string | null
  rules: VariantRules | null
  unit: string
}

/**
 * The list's items with quantity steppers and remove buttons. The API replaces
 * the whole item list on save, so every change sends all of it; the screen
 * changes at once and rolls back if the backend refuses.
 */
export default function OrderListEditor({ id, initial }: { id: string; initial: EditorItem[] }) {
  const t = useTranslations("OrderLists")
  const locale = useLocale()
  const [items, setItems] = useState(initial)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const save = (next: EditorItem[]) => {
    const before = items
    setItems(next)
    startTransition(async () => {
      const res = await saveOrderListItems(locale, id, next.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })))
      setError(res.error)
      if (res.error) setItems(before)
    })
  }

  if (!items.length) {
    return <p className="rounded-lg border border-dashed border-gray-300 bg-white px-4 py-8 text-center text-gray-500">{t("emptyList")}</p>
  }
  return (
    <div className="flex flex-col gap-2">
      {error && <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" data-testid="list-items" aria-busy={pending || undefined}>
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="list-item"
            data-sku={item.sku ?? ""}
            className="grid grid-cols-[4rem_minmax(0,1fr)] gap-x-3 gap-y-3 p-4 sm:grid-cols-[4rem_minmax(0,1fr)_auto] sm:items-center"
          >
            <ProductImage src={item.thumbnail} alt="" placeholder="" className="h-16 w-16 rounded border border-gray-200" />
            <div className="flex min-w-0 flex-col gap-0.5">
              {item.product_handle ? (
                <Link href={`/products/${item.product_handle}`} className="break-words font-medium text-gray-900 hover:text-brand-600">
                  {item.displayTitle}
                </Link>
              ) : (
                <span className="break-words font-medium text-gray-900">{item.displayTitle}</span>
              )}
              {item.variantTitle && <span className="text-sm text-gray-600">{item.variantTitle}</span>}
              {item.sku && <span className="break-all font-mono text-xs text-gray-500">{item.sku}</span>}
            </div>
            <div className="col-span-2 flex items-center justify-between gap-3 sm:col-span-1">
              <div className="flex items-center gap-2">
                <QuantityStepper
                  value={item.quantity}
                  rules={item.rules}
                  disabled={pending}
                  label={t("quantityFor", { title: item.displayTitle })}
                  testId="list-quantity"
                  onChange={(q) => save(items.map((i) => (i.id === item.id ? { ...i, quantity: q } : i)))}
                />
                <span className="text-sm text-gray-500">{unitFor(item.unit, item.quantity, locale)}</span>
              </div>
              <button
                type="button"
                disabled={pending}
                data-testid="list-item-remove"
                onClick={() => save(items.filter((i) => i.id !== item.id))}
                className="h-11 rounded-lg px-3 text-sm text-gray-600 hover:bg-red-50 hover:text-red-700 disabled:opacity-60"
              >
                {t("removeItem")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

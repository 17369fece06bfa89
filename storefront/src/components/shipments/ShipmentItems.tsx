import { getTranslations } from "next-intl/server"
import type { ShipmentItem } from "@/lib/shipments/types"

/** What is in the box, by SKU: what the warehouse staff match against the labels. */
export default async function ShipmentItems({ items }: { items: ShipmentItem[] }) {
  const t = await getTranslations("Shipments")
  return (
    <div>
      <h3 className="text-sm font-medium text-gray-700">{t("items")}</h3>
      <ul className="mt-1 divide-y divide-gray-100">
        {items.map((item) => (
          <li key={item.line_item_id} className="flex items-start justify-between gap-3 py-2 text-sm" data-testid="shipment-item" data-line-item-id={item.line_item_id}>
            <div className="flex min-w-0 flex-col">
              <span className="break-words text-gray-900">{item.title}</span>
              {(item.variant_title || item.sku) && (
                <span className="break-all text-xs text-gray-500">
                  {[item.variant_title, item.sku].filter(Boolean).join(" · ")}
                </span>
              )}
            </div>
            <span className="shrink-0 font-semibold tabular-nums text-gray-900" data-testid="shipment-item-quantity">
              {t("quantity", { count: item.quantity })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

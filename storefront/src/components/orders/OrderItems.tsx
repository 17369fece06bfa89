import { getTranslations } from "next-intl/server"
import { itemAmount } from "@/lib/orders/amounts"
import type { OrderItem } from "@/lib/orders/types"
import { formatCNY } from "@/lib/money"
import ProductImage from "@/components/product/ProductImage"

/** The order's lines as placed (or as changed by an accepted edit), at the prices the order carries. */
export default async function OrderItems({ items }: { items: OrderItem[] }) {
  const t = await getTranslations("OrderDetail")
  return (
    <section aria-labelledby="items-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="order-items">
      <h2 id="items-heading" className="text-base font-semibold text-gray-900">{t("items", { count: items.length })}</h2>
      <ul className="mt-2 divide-y divide-gray-100">
        {items.map((item) => {
          const amount = itemAmount(item)
          return (
            <li key={item.id} className="grid grid-cols-[3rem_minmax(0,1fr)_auto] items-center gap-3 py-3" data-testid="order-item" data-sku={item.sku ?? ""}>
              <ProductImage src={item.thumbnail} alt="" placeholder="" className="h-12 w-12 rounded border border-gray-200" />
              <div className="flex min-w-0 flex-col text-sm">
                <span className="break-words font-medium text-gray-900">{item.title}</span>
                {item.sku && <span className="break-all font-mono text-xs text-gray-500">{item.sku}</span>}
                <span className="text-gray-600">
                  {item.unit_price !== null && <span className="tabular-nums">{formatCNY(item.unit_price)}</span>} ×{" "}
                  <span className="tabular-nums" data-testid="order-item-quantity">{item.quantity}</span>
                </span>
              </div>
              <span className="text-right text-sm font-semibold tabular-nums text-gray-900">
                {amount === null ? "—" : formatCNY(amount)}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

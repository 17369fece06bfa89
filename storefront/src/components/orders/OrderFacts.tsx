import { getTranslations } from "next-intl/server"
import type { OrderDetail } from "@/lib/orders/types"
import { knownShippingName } from "@/lib/checkout/shipping-label"

/** Where it goes, to whom, how, and the dealer's own references (采购单号, 送货备注). */
export default async function OrderFacts({ order }: { order: OrderDetail }) {
  const t = await getTranslations("OrderDetail")
  const tc = await getTranslations("Checkout")
  const a = order.shipping_address
  const method = order.shipping_method
  const known = method ? knownShippingName(method.name) : null
  const none = <span className="text-gray-400">{t("none")}</span>

  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="order-facts">
      <h2 id="facts-heading" className="text-base font-semibold text-gray-900">{t("delivery")}</h2>
      <dl className="mt-3 grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
        <dt className="text-gray-500">{t("contact")}</dt>
        <dd className="break-words text-gray-900" data-testid="order-contact">
          {a?.contact_name || a?.phone ? (
            <>
              {a.contact_name} <span className="ml-1 tabular-nums">{a.phone}</span>
            </>
          ) : (
            none
          )}
        </dd>
        <dt className="text-gray-500">{t("address")}</dt>
        <dd className="break-words text-gray-900" data-testid="order-address">
          {a ? (
            <>
              {[a.province, a.city === a.province ? null : a.city, a.address].filter(Boolean).join("")}
              {a.postal_code && <span className="ml-2 tabular-nums text-gray-500">{a.postal_code}</span>}
              {a.company && <span className="block text-gray-500">{a.company}</span>}
            </>
          ) : (
            none
          )}
        </dd>
        <dt className="text-gray-500">{t("shippingMethod")}</dt>
        <dd className="text-gray-900" data-testid="order-shipping-method">{method ? (known ? tc(`shippingNames.${known}`) : method.name) : none}</dd>
        <dt className="text-gray-500">{t("po")}</dt>
        <dd className="break-all text-gray-900" data-testid="order-po-number">{order.po_number || none}</dd>
        <dt className="text-gray-500">{t("note")}</dt>
        <dd className="whitespace-pre-line break-words text-gray-900" data-testid="order-delivery-note">{order.delivery_note || none}</dd>
      </dl>
    </section>
  )
}

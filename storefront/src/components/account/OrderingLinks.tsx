import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { BoltIcon, CartIcon, ListIcon, MapPinIcon, ReceiptIcon } from "@/components/common/icons"
import AfterSalesIcon from "@/components/after-sales/AfterSalesIcon"

const LINKS = [
  { href: "/cart", key: "cart", Icon: CartIcon },
  { href: "/quick-order", key: "quickOrder", Icon: BoltIcon },
  { href: "/account/order-lists", key: "orderLists", Icon: ListIcon },
  { href: "/account/orders", key: "orders", Icon: ReceiptIcon },
  { href: "/account/addresses", key: "addresses", Icon: MapPinIcon },
] as const

/** The account page's way into ordering: tiles large enough to hit with a thumb. */
export default async function OrderingLinks() {
  const t = await getTranslations("AccountNav")
  const ta = await getTranslations("AfterSales")
  // 售后 sits next to 我的订单, where a problem with goods is looked for; its text lives with the after-sales pages.
  const links = LINKS.flatMap((l) => {
    const link = { href: l.href as string, key: l.key as string, Icon: l.Icon, label: t(l.key) }
    return l.key === "orders" ? [link, { href: "/account/after-sales", key: "afterSales", Icon: AfterSalesIcon, label: ta("nav") }] : [link]
  })
  return (
    <nav aria-label={t("label")} data-testid="ordering-links">
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
        {links.map(({ href, key, Icon, label }) => (
          <li key={key}>
            <Link
              href={href}
              data-testid={`account-${key}-link`}
              className="flex h-full min-h-[88px] flex-col items-center justify-center gap-1.5 rounded-xl border border-gray-200 bg-white p-3 text-center text-sm font-medium text-gray-800 shadow-sm hover:border-brand-600 hover:text-brand-600"
            >
              <Icon width={26} height={26} className="text-brand-600" />
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { BoltIcon, CartIcon, ListIcon, MapPinIcon, ReceiptIcon } from "@/components/common/icons"

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
  return (
    <nav aria-label={t("label")} data-testid="ordering-links">
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-5">
        {LINKS.map(({ href, key, Icon }) => (
          <li key={key}>
            <Link
              href={href}
              data-testid={`account-${key}-link`}
              className="flex h-full min-h-[88px] flex-col items-center justify-center gap-1.5 rounded-xl border border-gray-200 bg-white p-3 text-center text-sm font-medium text-gray-800 shadow-sm hover:border-brand-600 hover:text-brand-600"
            >
              <Icon width={26} height={26} className="text-brand-600" />
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

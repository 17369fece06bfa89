import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCartLineCount } from "@/lib/cart/data"
import { CartIcon } from "@/components/common/icons"

/**
 * 进货单 with its line count, for approved dealers (the header decides).
 * Compact is the phone's icon; the full one sits where visitors see "申请成为经销商".
 */
export default async function HeaderCart({ compact = false }: { compact?: boolean }) {
  const t = await getTranslations("Cart")
  const count = await getCartLineCount()
  const badge = count > 0 && (
    <span
      data-testid="cart-count"
      className="absolute -right-1 -top-1 flex h-5 min-w-[1.25rem] items-center justify-center rounded-full bg-brand-600 px-1 text-[11px] font-semibold leading-none text-white"
    >
      {count > 99 ? "99+" : count}
    </span>
  )
  if (compact) {
    return (
      <Link
        href="/cart"
        aria-label={t("headerLabel", { count })}
        data-testid="header-cart-mobile"
        className="relative inline-flex h-11 w-11 shrink-0 items-center justify-center rounded text-gray-700 hover:text-brand-600"
      >
        <CartIcon width={22} height={22} />
        {badge}
      </Link>
    )
  }
  return (
    <Link
      href="/cart"
      aria-label={t("headerLabel", { count })}
      data-testid="header-cart"
      className="relative hidden h-11 shrink-0 items-center gap-2 rounded-lg border-2 border-brand-600 px-5 font-medium text-brand-600 hover:bg-brand-50 md:ml-auto md:inline-flex"
    >
      <CartIcon width={20} height={20} />
      {t("title")}
      {badge}
    </Link>
  )
}

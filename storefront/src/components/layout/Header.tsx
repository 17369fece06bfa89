import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCategories, topLevelCategories } from "@/lib/data/categories"
import type { Category } from "@/lib/types"
import { getCurrentDealer, shortCompanyName } from "@/lib/auth/dealer"
import { UserIcon } from "@/components/common/icons"
import Logo from "./Logo"
import SearchBox from "./SearchBox"
import LanguageSwitch from "./LanguageSwitch"
import CategoryMenu from "./CategoryMenu"
import HeaderCart from "./HeaderCart"
import { getBuyer } from "@/lib/wholesale/buyer"

// The header sits in the layout, outside error.tsx's reach: if the backend is
// down it must still render (without categories) so the error page has a frame.
async function menuCategories(): Promise<Category[]> {
  try {
    return topLevelCategories(await listCategories())
  } catch {
    return []
  }
}

// Signed in: the company's short name links to /account in place of "登录".
// Like the menu, a backend failure must not take the header down.
async function signedInAs(): Promise<string | null> {
  try {
    const current = await getCurrentDealer()
    return current ? shortCompanyName(current.dealer.company_name) : null
  } catch {
    return null
  }
}

export default async function Header() {
  const t = await getTranslations("Header")
  const tAuth = await getTranslations("Auth")
  const [categories, company, buyer] = await Promise.all([
    menuCategories(),
    signedInAs(),
    getBuyer().catch(() => null),
  ])

  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="hidden border-b border-gray-100 bg-gray-50 text-sm text-gray-600 md:block">
        <div className="mx-auto flex h-11 max-w-page items-center justify-between px-6">
          <p>{t("welcome")}</p>
          <div className="flex items-center gap-2">
            <LanguageSwitch />
            <span aria-hidden="true" className="text-gray-300">|</span>
            {company ? (
              <Link
                href="/account"
                aria-label={tAuth("accountLabel", { name: company })}
                data-testid="header-account"
                className="inline-flex min-h-[44px] max-w-[16rem] items-center gap-1 px-2 hover:text-brand-600"
              >
                <UserIcon width={16} height={16} className="shrink-0" />
                <span className="truncate">{company}</span>
              </Link>
            ) : (
              <>
                <Link href="/sign-in" className="inline-flex min-h-[44px] items-center px-2 hover:text-brand-600">
                  {t("signIn")}
                </Link>
                <span aria-hidden="true" className="text-gray-300">|</span>
                <Link href="/apply" className="inline-flex min-h-[44px] items-center px-2 text-brand-600 hover:underline">
                  {t("applyDealer")}
                </Link>
              </>
            )}
          </div>
        </div>
      </div>

      <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:flex-nowrap md:gap-8 md:py-5 lg:px-6">
        <Logo />
        <div className="order-last w-full md:order-none md:max-w-3xl md:flex-1">
          <SearchBox id="site-search" />
        </div>
        <div className="ml-auto flex min-w-0 flex-1 basis-0 items-center justify-end gap-1 text-sm text-gray-700 md:hidden">
          <LanguageSwitch className="shrink-0 whitespace-nowrap" />
          {buyer && <HeaderCart compact />}
          <Link
            href={company ? "/account" : "/sign-in"}
            aria-label={company ? tAuth("accountLabel", { name: company }) : undefined}
            data-testid={company ? "header-account-mobile" : undefined}
            className="inline-flex min-h-[44px] min-w-0 items-center gap-1 rounded px-2 hover:text-brand-600"
          >
            <UserIcon width={18} height={18} className="shrink-0" />
            {/* With the cart icon beside it a phone has no room for the name: the icon speaks, the name stays for AT. */}
            <span className={buyer ? "sr-only" : "truncate"}>{company ?? t("signIn")}</span>
          </Link>
        </div>
        {buyer && <HeaderCart />}
        {!company && (
          <Link
            href="/apply"
            className="hidden h-11 shrink-0 items-center rounded-lg border-2 border-brand-600 px-5 font-medium text-brand-600 hover:bg-brand-50 md:ml-auto md:inline-flex"
          >
            {t("applyDealer")}
          </Link>
        )}
      </div>

      <CategoryMenu categories={categories} />
    </header>
  )
}

"use client"

import { useTranslations } from "next-intl"
import type { ComponentType, SVGProps } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { GridIcon, HomeIcon, SearchIcon, UserIcon } from "@/components/common/icons"

type Item = {
  href: "/" | "/categories" | "/search" | "/sign-in" | "/account"
  key: "home" | "categories" | "search" | "account"
  Icon: ComponentType<SVGProps<SVGSVGElement>>
}

const ITEMS: Item[] = [
  { href: "/", key: "home", Icon: HomeIcon },
  { href: "/categories", key: "categories", Icon: GridIcon },
  { href: "/search", key: "search", Icon: SearchIcon },
  { href: "/sign-in", key: "account", Icon: UserIcon },
]

// Thumb-reachable navigation for phones; hidden from md up where the header
// has room for everything.
export default function MobileNav({ signedIn = false }: { signedIn?: boolean }) {
  const t = useTranslations("MobileNav")
  const tAuth = useTranslations("Auth")
  const pathname = usePathname()
  // Signed in, the last tab is the account page rather than sign-in.
  const items: Item[] = signedIn
    ? ITEMS.map((item) => (item.key === "account" ? { ...item, href: "/account" } : item))
    : ITEMS
  const isActive = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`)

  return (
    <nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-gray-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
    >
      <ul className="grid grid-cols-4">
        {items.map(({ href, key, Icon }) => {
          const active = isActive(href)
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`flex h-14 flex-col items-center justify-center gap-0.5 text-xs ${
                  active ? "text-brand-600" : "text-gray-600"
                }`}
              >
                <Icon width={22} height={22} />
                {key === "account" && signedIn ? tAuth("account") : t(key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

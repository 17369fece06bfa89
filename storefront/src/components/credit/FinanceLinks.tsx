import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { MemberRole } from "@/lib/auth/dealer"
import { StatementIcon, WalletIcon } from "./FinanceIcons"

/**
 * 资金账户 and 对账单 beside the ordering tiles, the same size. The statement is
 * for owners and finance (the backend refuses buyers), so buyers get no tile.
 */
export default async function FinanceLinks({ role }: { role: MemberRole }) {
  const t = await getTranslations("FinanceNav")
  const all = [
    { href: "/account/credit", key: "credit", Icon: WalletIcon },
    { href: "/account/statement", key: "statement", Icon: StatementIcon },
  ] as const
  const links = all.filter((l) => l.key !== "statement" || role !== "buyer")
  return (
    <nav aria-label={t("label")} data-testid="finance-links">
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-5">
        {links.map(({ href, key, Icon }) => (
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

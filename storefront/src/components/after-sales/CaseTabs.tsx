import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { CASE_TABS, type CaseTab } from "@/lib/after-sales-types"

const TABS: (CaseTab | null)[] = [null, ...(Object.keys(CASE_TABS) as CaseTab[])]

/** 全部 / 处理中 / 已完成 / 已驳回 as links (the list is server-rendered); scrolls sideways on a narrow phone instead of wrapping. */
export default async function CaseTabs({ current }: { current: CaseTab | null }) {
  const t = await getTranslations("AfterSales")
  return (
    <nav aria-label={t("tabsLabel")} className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0" data-testid="case-tabs">
      <ul className="flex min-w-max gap-1 border-b border-gray-200">
        {TABS.map((tab) => {
          const active = tab === current
          return (
            <li key={tab ?? "all"}>
              <Link
                href={tab ? `/account/after-sales?status=${tab}` : "/account/after-sales"}
                aria-current={active ? "page" : undefined}
                data-testid="case-tab"
                data-tab={tab ?? "all"}
                className={`-mb-px inline-flex h-11 items-center whitespace-nowrap border-b-2 px-4 text-sm ${
                  active ? "border-brand-600 font-semibold text-brand-600" : "border-transparent text-gray-600 hover:text-gray-900"
                }`}
              >
                {t(`tabs.${tab ?? "all"}`)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

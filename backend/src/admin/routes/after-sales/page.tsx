import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { CaseKindSelect, CaseStatusTabs } from "../../components/after-sales/case-filters"
import { CaseTable } from "../../components/after-sales/case-table"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { useAfterSalesCases } from "../../lib/after-sales"
import { CASE_KINDS, CASE_TABS, CaseTab } from "../../lib/after-sales-types"
import { errorMessage } from "../../lib/dealers"

const PAGE_SIZE = 20

const parseTab = (v: string | null): CaseTab => CASE_TABS.find((s) => s === v) ?? "requested"

const AfterSalesPage = () => {
  const { t } = useTranslation()
  // Filters live in the URL so "back" from a case returns to the same queue view.
  const [params, setParams] = useSearchParams()
  const tab = parseTab(params.get("status"))
  const kind = CASE_KINDS.find((k) => k === params.get("kind"))
  const q = params.get("q") ?? ""
  const pageIndex = Math.max(0, Number(params.get("page") ?? 1) - 1 || 0)

  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      })
    },
    [setParams]
  )
  const onSearch = useCallback((next: string) => update({ q: next, page: undefined }), [update])

  const filters = useMemo(() => ({ kind, q: q || undefined }), [kind, q])
  const { data, isLoading, error } = useAfterSalesCases({
    ...filters,
    status: tab === "all" ? undefined : tab,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const filtered = !!(kind || q)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t("dealermall.afterSales.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.afterSales.subtitle")}
        </Text>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        <CaseStatusTabs
          value={tab}
          filters={filters}
          onChange={(next) => update({ status: next === "requested" ? undefined : next, page: undefined })}
        />
        <div className="flex flex-col gap-2 md:flex-row md:items-center">
          <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.afterSales.searchPlaceholder")} />
          <CaseKindSelect value={kind} onChange={(k) => update({ kind: k, page: undefined })} />
          {filtered && (
            <Button size="small" variant="transparent" onClick={() => update({ q: undefined, kind: undefined, page: undefined })}>
              {t("dealermall.afterSales.filters.clear")}
            </Button>
          )}
        </div>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 5 }).map((_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.afterSales.loadError")} description={errorMessage(error, "")} />
      ) : data.cases.length === 0 ? (
        <EmptyState
          title={t(tab === "requested" && !filtered ? "dealermall.afterSales.empty.queueClear" : "dealermall.afterSales.empty.title")}
          description={q ? t("dealermall.afterSales.empty.search", { q }) : t("dealermall.afterSales.empty.description")}
        />
      ) : (
        <CaseTable
          cases={data.cases}
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={pageIndex}
          onPageChange={(i) => update({ page: i > 0 ? String(i + 1) : undefined })}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.afterSales",
  translationNs: "translation",
  icon: ArrowUturnLeft,
})

export const handle = {
  breadcrumb: () => <AfterSalesCrumb />,
}

const AfterSalesCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.afterSales.title")}</>
}

export default AfterSalesPage

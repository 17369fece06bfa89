import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { DealersCrumb } from "../../components/dealers/breadcrumb-label"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { DealerStatusTabs } from "../../components/dealers/dealer-status-tabs"
import { DealerTable } from "../../components/dealers/dealer-table"
import { EmptyState } from "../../components/dealers/empty-state"
import { useDealers } from "../../lib/dealers"
import { DEALER_STATUSES, DealerStatus } from "../../lib/types"

const PAGE_SIZE = 20

function parseStatus(v: string | null): DealerStatus | undefined {
  return DEALER_STATUSES.find((s) => s === v)
}

const DealersPage = () => {
  const { t } = useTranslation()
  // Filters live in the URL so "back" from a detail page returns to the same queue view.
  const [params, setParams] = useSearchParams()
  const status = parseStatus(params.get("status"))
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

  const { data, isLoading, isError } = useDealers({
    status,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t("dealermall.dealers.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.dealers.subtitle")}
        </Text>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4 lg:flex-row lg:items-center lg:justify-between">
        <DealerStatusTabs
          value={status}
          q={q || undefined}
          onChange={(s) => update({ status: s, page: undefined })}
        />
        <DealerSearch value={q} onChange={onSearch} />
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 5 }).map((_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : isError ? (
        <EmptyState error title={t("dealermall.dealers.loadError")} />
      ) : !data || data.dealers.length === 0 ? (
        <EmptyState
          title={t("dealermall.dealers.empty.title")}
          description={
            q ? t("dealermall.dealers.empty.search", { q }) : t("dealermall.dealers.empty.description")
          }
        />
      ) : (
        <DealerTable
          dealers={data.dealers}
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
  label: "dealermall.nav.dealers",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => <DealersCrumb />,
}

export default DealersPage

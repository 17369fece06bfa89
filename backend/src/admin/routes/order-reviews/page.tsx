import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CogSixTooth } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { MinAgeSelect, ReviewStatusTabs, StageSelect } from "../../components/order-reviews/review-filters"
import { ReviewTable } from "../../components/order-reviews/review-table"
import { errorMessage } from "../../lib/dealers"
import { useOrderReviews } from "../../lib/order-reviews"
import { REVIEW_TABS, ReviewTab } from "../../lib/order-review-types"

const PAGE_SIZE = 20

function parseTab(v: string | null): ReviewTab {
  return REVIEW_TABS.find((s) => s === v) ?? "pending"
}

function parseHours(v: string | null): number | undefined {
  const n = Number(v)
  return Number.isFinite(n) && n > 0 ? n : undefined
}

const OrderReviewsPage = () => {
  const { t } = useTranslation()
  // Filters live in the URL so "back" from an order returns to the same queue view.
  const [params, setParams] = useSearchParams()
  const tab = parseTab(params.get("status"))
  const q = params.get("q") ?? ""
  const stageId = params.get("stage_id") || undefined
  const minAge = parseHours(params.get("min_age_hours"))
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

  const filters = useMemo(
    () => ({ q: q || undefined, stage_id: stageId, min_age_hours: minAge }),
    [q, stageId, minAge]
  )
  const { data, isLoading, error } = useOrderReviews({
    ...filters,
    status: tab,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const filtered = !!(q || stageId || minAge)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("dealermall.reviews.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.reviews.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/order-reviews/settings">
            <CogSixTooth />
            {t("dealermall.reviewSettings.title")}
          </Link>
        </Button>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        <ReviewStatusTabs
          value={tab}
          filters={filters}
          onChange={(next) => update({ status: next === "pending" ? undefined : next, page: undefined })}
        />
        <div className="flex flex-col gap-2 md:flex-row md:items-center">
          <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.reviews.searchPlaceholder")} />
          <StageSelect value={stageId} onChange={(id) => update({ stage_id: id, page: undefined })} />
          <MinAgeSelect
            value={minAge}
            onChange={(h) => update({ min_age_hours: h ? String(h) : undefined, page: undefined })}
          />
          {filtered && (
            <Button
              size="small"
              variant="transparent"
              onClick={() => update({ q: undefined, stage_id: undefined, min_age_hours: undefined, page: undefined })}
            >
              {t("dealermall.reviews.filters.clear")}
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
        <EmptyState error title={t("dealermall.reviews.loadError")} description={errorMessage(error, "")} />
      ) : data.reviews.length === 0 ? (
        <EmptyState
          title={t(tab === "pending" && !filtered ? "dealermall.reviews.empty.queueClear" : "dealermall.reviews.empty.title")}
          description={
            q ? t("dealermall.reviews.empty.search", { q }) : t("dealermall.reviews.empty.description")
          }
        />
      ) : (
        <ReviewTable
          reviews={data.reviews}
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
  label: "dealermall.nav.orderReviews",
  translationNs: "translation",
  nested: "/orders",
})

export const handle = {
  breadcrumb: () => <OrderReviewsCrumb />,
}

const OrderReviewsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.reviews.title")}</>
}

export default OrderReviewsPage

import { Sparkles } from "@medusajs/icons"
import { Badge, Table, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { formatAgeHours, hoursSince, useFormatters } from "../../lib/locale"
import { ReviewListItem } from "../../lib/order-review-types"
import { ChecksGlance } from "./check-badges"
import { OrderStatusBadge } from "./order-status-badge"

type Props = {
  reviews: ReviewListItem[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

export const AutoApprovedBadge = () => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t("dealermall.reviews.autoApprovedHint")}>
      <Badge size="2xsmall" color="purple" className="gap-x-1 whitespace-nowrap">
        <Sparkles className="size-3" />
        {t("dealermall.reviews.autoApproved")}
      </Badge>
    </Tooltip>
  )
}

/** Waiting longer than a day is worth a colour: staff work the oldest first. */
function ageClass(r: ReviewListItem): string {
  const h = hoursSince(r.submitted_at, r.age_hours) ?? 0
  if (r.review_status !== "pending") return "text-ui-fg-subtle"
  if (h >= 48) return "text-ui-tag-red-text"
  if (h >= 24) return "text-ui-tag-orange-text"
  return "text-ui-fg-base"
}

export const ReviewTable = ({ reviews, count, pageSize, pageIndex, onPageChange }: Props) => {
  const { t } = useTranslation()
  const { formatMoney, formatDateTime } = useFormatters()
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.reviews.columns.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.reviews.columns.dealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.reviews.columns.total")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.reviews.columns.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.reviews.columns.stage")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.reviews.columns.checks")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.reviews.columns.age")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reviews.map((r) => (
              <Table.Row
                key={r.order_id}
                className="cursor-pointer"
                data-testid="review-row"
                onClick={() => navigate(`/orders/${r.order_id}`)}
              >
                <Table.Cell>
                  {/* A real link so staff can open several orders in new tabs. */}
                  <Link
                    to={`/orders/${r.order_id}`}
                    className="txt-compact-small-plus text-ui-fg-base tabular-nums hover:underline"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {r.display_id != null ? `#${r.display_id}` : r.order_id}
                  </Link>
                </Table.Cell>
                <Table.Cell className="max-w-[260px]">
                  <Text size="small" leading="compact" className="truncate" title={r.dealer?.company_name}>
                    {r.dealer?.company_name ?? "—"}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums whitespace-nowrap">{formatMoney(r.total)}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-1.5">
                    {r.status && <OrderStatusBadge status={r.status} />}
                    {r.auto_approved && <AutoApprovedBadge />}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {/* An approved review has passed every stage; a rejected one shows where it stopped. */}
                  {r.stage && r.review_status !== "approved" && r.review_status !== "cancelled" ? (
                    <Text
                      size="small"
                      leading="compact"
                      className={`whitespace-nowrap ${r.review_status === "rejected" ? "text-ui-fg-subtle" : ""}`}
                    >
                      {r.stage.name}
                    </Text>
                  ) : (
                    <Text size="small" leading="compact" className="text-ui-fg-muted">
                      {r.review_status === "pending" ? t("dealermall.reviews.anyStaff") : "—"}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <ChecksGlance checks={r.checks} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  <Tooltip content={formatDateTime(r.submitted_at)}>
                    <span className={`txt-compact-small tabular-nums ${ageClass(r)}`}>{formatAgeHours(hoursSince(r.submitted_at, r.age_hours), t)}</span>
                  </Tooltip>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Table.Pagination
        count={count}
        pageSize={pageSize}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex < pageCount - 1}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
        translations={{
          of: t("dealermall.dealers.pagination.of"),
          results: t("dealermall.dealers.pagination.results"),
          pages: t("dealermall.dealers.pagination.pages"),
          prev: t("dealermall.dealers.pagination.prev"),
          next: t("dealermall.dealers.pagination.next"),
        }}
      />
    </div>
  )
}

import { Table, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { AfterSalesCase, shortCaseId } from "../../lib/after-sales-types"
import { formatAgeHours, hoursSince, useFormatters } from "../../lib/locale"
import { CaseKindBadge, CaseStatusBadge } from "./case-badges"
import { LinesSummary } from "./lines-summary"

type Props = {
  cases: AfterSalesCase[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

/** Only an open request that has waited a day or more earns a colour: staff work the oldest first. */
function ageClass(c: AfterSalesCase, hours: number): string {
  if (c.status !== "requested") return "text-ui-fg-subtle"
  if (hours >= 48) return "text-ui-tag-red-text"
  if (hours >= 24) return "text-ui-tag-orange-text"
  return "text-ui-fg-base"
}

export const CaseTable = ({ cases, count, pageSize, pageIndex, onPageChange }: Props) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const col = (k: string) => t(`dealermall.afterSales.columns.${k}`)

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{col("case")}</Table.HeaderCell>
              <Table.HeaderCell>{col("order")}</Table.HeaderCell>
              <Table.HeaderCell>{col("dealer")}</Table.HeaderCell>
              <Table.HeaderCell>{col("kind")}</Table.HeaderCell>
              <Table.HeaderCell>{col("lines")}</Table.HeaderCell>
              <Table.HeaderCell>{col("status")}</Table.HeaderCell>
              <Table.HeaderCell>{col("age")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cases.map((c) => {
              const hours = hoursSince(c.created_at, null) ?? 0
              return (
                <Table.Row key={c.id} className="cursor-pointer" data-testid="case-row" onClick={() => navigate(`/after-sales/${c.id}`)}>
                  <Table.Cell>
                    {/* A real link so staff can open several cases in new tabs. */}
                    <Link
                      to={`/after-sales/${c.id}`}
                      title={c.id}
                      className="txt-compact-small-plus text-ui-fg-base font-mono hover:underline"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {shortCaseId(c.id)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Link
                      to={`/orders/${c.order_id}`}
                      className="txt-compact-small text-ui-fg-interactive tabular-nums hover:underline"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {c.display_id != null ? `#${c.display_id}` : c.order_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="max-w-[220px]">
                    <Text size="small" leading="compact" className="truncate" title={c.dealer?.company_name}>
                      {c.dealer?.company_name ?? "—"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <CaseKindBadge kind={c.kind} label={c.kind_label} />
                  </Table.Cell>
                  <Table.Cell className="max-w-[280px]">
                    <LinesSummary lines={c.lines ?? []} />
                  </Table.Cell>
                  <Table.Cell>
                    <CaseStatusBadge status={c.status} label={c.status_label} />
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <Tooltip content={formatDateTime(c.created_at)}>
                      <span className={`txt-compact-small tabular-nums ${ageClass(c, hours)}`}>{formatAgeHours(hours, t)}</span>
                    </Tooltip>
                  </Table.Cell>
                </Table.Row>
              )
            })}
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

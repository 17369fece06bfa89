import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { useFormatters } from "../../lib/locale"
import { Dealer } from "../../lib/types"
import { DealerStatusBadge } from "./dealer-status-badge"
import { UsccFlag } from "./uscc-flag"

type Props = {
  dealers: Dealer[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

// Municipalities repeat the province as the city (上海市 / 上海市); show them once.
export function formatRegion(d: Pick<Dealer, "province" | "city">): string {
  if (!d.city || d.city === d.province) return d.province || "—"
  return `${d.province} ${d.city}`
}

export const DealerTable = ({ dealers, count, pageSize, pageIndex, onPageChange }: Props) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.dealers.columns.company")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.dealers.columns.uscc")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.dealers.columns.contact")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.dealers.columns.region")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.dealers.columns.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.dealers.columns.appliedAt")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {dealers.map((d) => (
              <Table.Row
                key={d.id}
                className="cursor-pointer"
                onClick={() => navigate(`/dealers/${d.id}`)}
              >
                <Table.Cell>
                  {/* A real link so staff can open several applications in new tabs. */}
                  <Link
                    to={`/dealers/${d.id}`}
                    className="txt-compact-small-plus text-ui-fg-base hover:underline"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {d.company_name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <span className="font-mono">{d.uscc}</span>
                    {!d.uscc_checksum_ok && <UsccFlag />}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small">{d.contact_name}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                      {d.mobile}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>{formatRegion(d)}</Table.Cell>
                <Table.Cell>
                  <DealerStatusBadge status={d.status} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(d.created_at)}</Table.Cell>
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

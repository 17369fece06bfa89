import { Button, Table, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { PaymentSlip, SlipTab } from "../../lib/credit-types"
import { formatAgeHours, hoursSince, useFormatters } from "../../lib/locale"
import { SlipThumbnail } from "./slip-file"
import { SlipKind } from "./slip-kind"
import { SlipStatusBadge } from "./slip-status-badge"

type Props = {
  slips: PaymentSlip[]
  tab: SlipTab
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  onPreview: (slip: PaymentSlip) => void
  onConfirm: (slip: PaymentSlip) => void
  onReject: (slip: PaymentSlip) => void
  busy: boolean
}

/** The order total differs from the transfer: worth a second look before confirming. */
export function amountMismatch(slip: PaymentSlip): boolean {
  return !!slip.order && Math.round(Number(slip.order.total) * 100) !== Math.round(Number(slip.amount) * 100)
}

export const SlipTable = ({ slips, tab, count, pageSize, pageIndex, onPageChange, onPreview, onConfirm, onReject, busy }: Props) => {
  const { t } = useTranslation()
  const { formatMoney, formatDateTime } = useFormatters()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const showDecision = tab !== "pending"
  const anyPending = slips.some((s) => s.status === "pending")

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-[72px]">{t("dealermall.slips.columns.slip")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.slips.columns.dealer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.slips.columns.kind")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.slips.columns.amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.slips.columns.reference")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.slips.columns.payer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.slips.columns.uploadedAt")}</Table.HeaderCell>
              {showDecision && <Table.HeaderCell>{t("dealermall.slips.columns.status")}</Table.HeaderCell>}
              {anyPending && <Table.HeaderCell className="text-right">{t("dealermall.slips.columns.actions")}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {slips.map((s) => (
              <Table.Row key={s.id} className="cursor-pointer" data-testid="slip-row" onClick={() => onPreview(s)}>
                <Table.Cell className="py-2">
                  <SlipThumbnail slip={s} onOpen={() => onPreview(s)} />
                </Table.Cell>
                <Table.Cell className="max-w-[240px]">
                  {s.dealer ? (
                    <Link
                      to={`/credit-accounts/${s.dealer.id}`}
                      className="txt-compact-small-plus text-ui-fg-base block truncate hover:underline"
                      title={s.dealer.company_name}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {s.dealer.company_name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>
                  <SlipKind slip={s} />
                </Table.Cell>
                <Table.Cell className="text-right whitespace-nowrap">
                  <div className="flex flex-col items-end">
                    <span className="txt-compact-small-plus tabular-nums">{formatMoney(s.amount)}</span>
                    {amountMismatch(s) && (
                      <Text size="xsmall" leading="compact" className="text-ui-tag-orange-text tabular-nums">
                        {t("dealermall.slips.orderTotal", { amount: formatMoney(s.order!.total) })}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <span className="txt-compact-small font-mono whitespace-nowrap">{s.reference_code}</span>
                </Table.Cell>
                <Table.Cell className="max-w-[160px]">
                  <Text size="small" leading="compact" className={`truncate ${s.payer_name ? "" : "text-ui-fg-muted"}`}>
                    {s.payer_name || "—"}
                  </Text>
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  <div className="flex flex-col">
                    <Text size="small" leading="compact" className="tabular-nums">
                      {formatDateTime(s.created_at)}
                    </Text>
                    {s.status === "pending" && (
                      <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                        {formatAgeHours(hoursSince(s.created_at, null), t)}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                {showDecision && (
                  <Table.Cell className="max-w-[280px]">
                    <div className="flex flex-col gap-y-1 py-2">
                      <div className="flex items-center gap-x-2">
                        <SlipStatusBadge status={s.status} />
                        {s.decided_at && (
                          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle tabular-nums whitespace-nowrap">
                            {formatDateTime(s.decided_at)}
                          </Text>
                        )}
                      </div>
                      {s.status === "rejected" && s.reason && (
                        <Tooltip content={s.reason}>
                          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                            {s.reason}
                          </Text>
                        </Tooltip>
                      )}
                    </div>
                  </Table.Cell>
                )}
                {anyPending && (
                  <Table.Cell className="text-right">
                    {s.status === "pending" && (
                      <div className="flex justify-end gap-x-2" onClick={(e) => e.stopPropagation()}>
                        <Button size="small" variant="secondary" disabled={busy} onClick={() => onReject(s)} data-testid="slip-reject">
                          {t("dealermall.slips.actions.reject")}
                        </Button>
                        <Button size="small" disabled={busy} onClick={() => onConfirm(s)} data-testid="slip-confirm">
                          {t("dealermall.slips.actions.confirm")}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                )}
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

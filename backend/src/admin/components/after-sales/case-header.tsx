import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { AfterSalesCase, shortCaseId } from "../../lib/after-sales-types"
import { useFormatters } from "../../lib/locale"
import { SectionRow } from "../dealers/section-row"
import { CaseActions } from "./case-actions"
import { CaseKindBadge, CaseStatusBadge } from "./case-badges"
import { useRefundMethodLabel } from "./refund-method"

const LINK = "txt-compact-small text-ui-fg-interactive hover:underline"

/** Who asked, about which order, why, and what staff decided; the next action sits top right. */
export const CaseHeader = ({ data }: { data: AfterSalesCase }) => {
  const { t } = useTranslation()
  const { formatDateTime, formatMoney } = useFormatters()
  const methodLabel = useRefundMethodLabel()
  const row = (k: string) => t(`dealermall.afterSales.fields.${k}`)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1">{t("dealermall.afterSales.caseTitle", { id: shortCaseId(data.id) })}</Heading>
            <CaseKindBadge kind={data.kind} label={data.kind_label} />
            <CaseStatusBadge status={data.status} label={data.status_label} />
          </div>
          <Text size="small" className="text-ui-fg-subtle font-mono">
            {data.id}
          </Text>
        </div>
        <CaseActions data={data} />
      </div>
      <SectionRow label={row("order")}>
        <Link to={`/orders/${data.order_id}`} className={LINK} data-testid="case-order-link">
          {data.display_id != null ? `#${data.display_id}` : data.order_id}
        </Link>
      </SectionRow>
      <SectionRow label={row("dealer")}>
        {data.dealer ? (
          <Link to={`/dealers/${data.dealer.id}`} className={LINK}>
            {data.dealer.company_name}
          </Link>
        ) : (
          "—"
        )}
      </SectionRow>
      <SectionRow label={row("createdAt")} value={formatDateTime(data.created_at)} />
      <SectionRow label={row(data.kind === "receipt_discrepancy" ? "receiptReason" : "reason")} value={data.reason} />
      {data.decision_reason && <SectionRow label={row(data.status === "rejected" ? "rejectReason" : "decisionNote")} value={data.decision_reason} />}
      {data.refund_amount != null && (
        <SectionRow label={row("refund")}>
          <Text size="small" leading="compact">
            <span className="txt-compact-small-plus text-ui-fg-base tabular-nums">{formatMoney(data.refund_amount)}</span>
            {data.refund_method && <span className="text-ui-fg-subtle"> · {methodLabel(data.refund_method)}</span>}
          </Text>
        </SectionRow>
      )}
      {data.refund_amount == null && data.kind === "return" && data.refund_method && (
        <SectionRow label={row("paidBy")} value={methodLabel(data.refund_method)} />
      )}
      {data.return_id && <SectionRow label={row("returnId")} value={<span className="txt-compact-small font-mono">{data.return_id}</span>} />}
    </Container>
  )
}

import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OpenItem } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { DueBadge } from "./due-badge"
import { sumMoney } from "./money"
import { OrderRef } from "./order-ref"

/** Charges not yet repaid, oldest first: repayments settle the oldest charges first. */
export const OpenItemsTable = ({ items, numbers }: { items: OpenItem[]; numbers?: Map<string, number> }) => {
  const { t } = useTranslation()
  const { formatMoney, formatDate, formatDateTime } = useFormatters()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("dealermall.credit.openItems.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.credit.openItems.subtitle")}
          </Text>
        </div>
        {items.length > 0 && (
          <Text size="small" weight="plus" className="tabular-nums whitespace-nowrap">
            {t("dealermall.credit.openItems.total", { amount: formatMoney(sumMoney(items.map((i) => i.open))) })}
          </Text>
        )}
      </div>
      {items.length === 0 ? (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-muted">
            {t("dealermall.credit.openItems.empty")}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("dealermall.credit.columns.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.credit.columns.chargedAt")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.credit.columns.charged")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.credit.columns.open")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.credit.columns.dueAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.credit.columns.state")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((i, n) => (
                <Table.Row key={`${i.order_id ?? "adj"}-${i.charged_at ?? n}`} data-testid="open-item-row">
                  <Table.Cell>
                    {i.order_id ? (
                      <OrderRef orderId={i.order_id} numbers={numbers} />
                    ) : (
                      <Text size="small" leading="compact" className="text-ui-fg-subtle">
                        {t("dealermall.credit.openItems.adjustment")}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{formatDateTime(i.charged_at)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums whitespace-nowrap">{formatMoney(i.charged)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                    <span className={i.overdue ? "text-ui-tag-red-text txt-compact-small-plus" : "txt-compact-small-plus"}>
                      {formatMoney(i.open)}
                    </span>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap tabular-nums">{formatDate(i.due_at)}</Table.Cell>
                  <Table.Cell>
                    <DueBadge dueAt={i.due_at} overdue={i.overdue} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

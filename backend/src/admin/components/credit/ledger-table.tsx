import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ENTRY_GROUPS, EntryGroup, entryBalance, entryTone, signedAmount, TONE_CLASS } from "../../lib/credit-entries"
import { CreditEntry, EntryType } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { formatSigned } from "./money"
import { OrderRef } from "./order-ref"

const PAGE_SIZE = 20
const ALL = "all"

const BADGE_COLOR: Record<EntryType, "green" | "red" | "blue" | "orange" | "grey" | "purple"> = {
  hold: "grey",
  release: "grey",
  charge: "orange",
  repayment: "green",
  refund: "green",
  adjustment: "purple",
  limit_change: "blue",
  topup: "green",
  prepaid_spend: "blue",
  prepaid_refund: "green",
}

export const EntryTypeBadge = ({ type }: { type: EntryType }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={BADGE_COLOR[type] ?? "grey"} className="whitespace-nowrap">
      {t(`dealermall.credit.entryTypes.${type}`, { defaultValue: type })}
    </Badge>
  )
}

/** The whole ledger, newest first: every entry with its signed effect on the balance it moves. */
export const LedgerTable = ({ entries, numbers }: { entries: CreditEntry[]; numbers?: Map<string, number> }) => {
  const { t } = useTranslation()
  const { formatMoney, formatDate, formatDateTime } = useFormatters()
  const [group, setGroup] = useState<EntryGroup | typeof ALL>(ALL)
  const [pageIndex, setPageIndex] = useState(0)

  const shown = group === ALL ? entries : entries.filter((e) => (ENTRY_GROUPS[group] as readonly string[]).includes(e.type))
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
  const index = Math.min(pageIndex, pageCount - 1)
  const page = shown.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("dealermall.credit.ledger.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.credit.ledger.subtitle")}
          </Text>
        </div>
        <Select
          size="small"
          value={group}
          onValueChange={(v) => {
            setGroup(v as EntryGroup | typeof ALL)
            setPageIndex(0)
          }}
        >
          <Select.Trigger className="w-full md:w-[200px]" aria-label={t("dealermall.credit.ledger.filter")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("dealermall.credit.ledger.groups.all")}</Select.Item>
            {(Object.keys(ENTRY_GROUPS) as EntryGroup[]).map((g) => (
              <Select.Item key={g} value={g}>
                {t(`dealermall.credit.ledger.groups.${g}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {shown.length === 0 ? (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-muted">
            {t("dealermall.credit.ledger.empty")}
          </Text>
        </div>
      ) : (
        <div>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("dealermall.credit.columns.time")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.type")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("dealermall.credit.columns.amount")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.reference")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.dueAt")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.actor")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("dealermall.credit.columns.note")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {page.map((e) => {
                  const signed = signedAmount(e)
                  return (
                    <Table.Row key={e.id} data-testid="ledger-row">
                      <Table.Cell className="whitespace-nowrap tabular-nums">{formatDateTime(e.created_at)}</Table.Cell>
                      <Table.Cell>
                        <EntryTypeBadge type={e.type} />
                      </Table.Cell>
                      <Table.Cell className="text-right whitespace-nowrap">
                        <div className="flex flex-col items-end">
                          <span className={`txt-compact-small-plus tabular-nums ${TONE_CLASS[entryTone(e)]}`}>
                            {signed === null ? formatMoney(e.amount) : formatSigned(signed)}
                          </span>
                          <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                            {t(`dealermall.credit.balanceNames.${entryBalance(e.type)}`)}
                          </Text>
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <OrderRef orderId={e.order_id} numbers={numbers} />
                      </Table.Cell>
                      <Table.Cell className="max-w-[160px]">
                        {e.reference ? (
                          <Text size="small" leading="compact" className="truncate font-mono" title={e.reference}>
                            {e.reference}
                          </Text>
                        ) : (
                          <Text size="small" leading="compact" className="text-ui-fg-muted">
                            —
                          </Text>
                        )}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap tabular-nums">{e.due_at ? formatDate(e.due_at) : "—"}</Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        {t(`dealermall.dealer.history.actors.${e.actor_type}`, { defaultValue: e.actor_type })}
                      </Table.Cell>
                      <Table.Cell className="max-w-[280px]">
                        <Text size="small" leading="compact" className="line-clamp-2 break-words" title={e.note ?? undefined}>
                          {e.note || "—"}
                        </Text>
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          </div>
          <Table.Pagination
            count={shown.length}
            pageSize={PAGE_SIZE}
            pageIndex={index}
            pageCount={pageCount}
            canPreviousPage={index > 0}
            canNextPage={index < pageCount - 1}
            previousPage={() => setPageIndex(index - 1)}
            nextPage={() => setPageIndex(index + 1)}
            translations={{
              of: t("dealermall.dealers.pagination.of"),
              results: t("dealermall.dealers.pagination.results"),
              pages: t("dealermall.dealers.pagination.pages"),
              prev: t("dealermall.dealers.pagination.prev"),
              next: t("dealermall.dealers.pagination.next"),
            }}
          />
        </div>
      )}
    </Container>
  )
}

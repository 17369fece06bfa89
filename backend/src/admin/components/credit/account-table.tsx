import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { CreditAccountRow } from "../../lib/credit-types"
import { daysSince, useFormatters } from "../../lib/locale"
import { AlertAmount } from "./money"
import { termsDays } from "./terms-days"

type Props = {
  accounts: CreditAccountRow[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

const Money = ({ value, className = "" }: { value: number; className?: string }) => {
  const { formatMoney } = useFormatters()
  return <span className={`tabular-nums whitespace-nowrap ${className}`}>{formatMoney(value)}</span>
}

export const AccountTable = ({ accounts, count, pageSize, pageIndex, onPageChange }: Props) => {
  const { t } = useTranslation()
  const { formatDate } = useFormatters()
  const navigate = useNavigate()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.credit.columns.dealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.limit")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.terms")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.outstanding")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.held")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.available")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.prepaid")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.credit.fields.overdue")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.credit.columns.oldestDue")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {accounts.map((a) => {
              const late = daysSince(a.oldest_due_at)
              return (
                <Table.Row
                  key={a.dealer.id}
                  className="cursor-pointer"
                  data-testid="credit-account-row"
                  onClick={() => navigate(`/credit-accounts/${a.dealer.id}`)}
                >
                  <Table.Cell className="max-w-[280px]">
                    <div className="flex items-center gap-x-2">
                      {/* A real link so staff can open several accounts in new tabs. */}
                      <Link
                        to={`/credit-accounts/${a.dealer.id}`}
                        className="txt-compact-small-plus text-ui-fg-base truncate hover:underline"
                        title={a.dealer.company_name}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {a.dealer.company_name}
                      </Link>
                      {a.dealer.status === "suspended" && (
                        <StatusBadge color="grey" className="shrink-0">
                          {t("dealermall.dealers.status.suspended")}
                        </StatusBadge>
                      )}
                      {a.status === "frozen" && (
                        <StatusBadge color="red" className="shrink-0">
                          {t("dealermall.credit.accountStatus.frozen")}
                        </StatusBadge>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money value={a.balances.credit_limit} />
                  </Table.Cell>
                  <Table.Cell className="text-right whitespace-nowrap">{termsDays(a.payment_terms_days, t)}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Money value={a.balances.outstanding} className={a.balances.outstanding > 0 ? "" : "text-ui-fg-muted"} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money value={a.balances.held} className={a.balances.held > 0 ? "" : "text-ui-fg-muted"} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money
                      value={a.balances.available}
                      className={a.balances.available < 0 ? "text-ui-tag-red-text" : "txt-compact-small-plus"}
                    />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money value={a.balances.prepaid} className={a.balances.prepaid > 0 ? "" : "text-ui-fg-muted"} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <div className="flex justify-end">
                      <AlertAmount value={a.overdue_amount} />
                    </div>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    {a.oldest_due_at ? (
                      <div className="flex flex-col">
                        <Text size="small" leading="compact" className="tabular-nums">
                          {formatDate(a.oldest_due_at)}
                        </Text>
                        {late !== null && (
                          <Text size="xsmall" leading="compact" className="text-ui-tag-red-text">
                            {late > 0 ? t("dealermall.credit.daysOverdue", { count: late }) : t("dealermall.credit.due.overdueToday")}
                          </Text>
                        )}
                      </div>
                    ) : (
                      <Text size="small" leading="compact" className="text-ui-fg-muted">
                        —
                      </Text>
                    )}
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

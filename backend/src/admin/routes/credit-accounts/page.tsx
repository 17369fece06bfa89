import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CogSixTooth, CreditCard, Receipt } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Skeleton, Tabs, Text } from "@medusajs/ui"
import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { AccountTable } from "../../components/credit/account-table"
import { sumMoney } from "../../components/credit/money"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { useCreditAccounts } from "../../lib/credit"
import { CreditAccountRow } from "../../lib/credit-types"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"

const PAGE_SIZE = 20

type Tab = "all" | "overdue"

const Stat = ({ label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: "alert" }) => (
  <div className="bg-ui-bg-base flex min-w-0 flex-col gap-y-1 px-6 py-4">
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size="large"
      weight="plus"
      className={`tabular-nums truncate ${tone === "alert" ? "text-ui-tag-red-text" : "text-ui-fg-base"}`}
    >
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** Totals over every account (not just the page), so finance sees the whole book at a glance. */
const Totals = ({ accounts }: { accounts: CreditAccountRow[] }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const overdue = accounts.filter((a) => a.overdue_amount > 0)
  const overdueTotal = sumMoney(overdue.map((a) => a.overdue_amount))
  return (
    <div className="bg-ui-border-base grid grid-cols-2 gap-px md:grid-cols-4">
      <Stat
        label={t("dealermall.credit.totals.outstanding")}
        value={formatMoney(sumMoney(accounts.map((a) => a.balances.outstanding)))}
        hint={t("dealermall.credit.totals.accounts", { count: accounts.length })}
      />
      <Stat
        label={t("dealermall.credit.totals.overdue")}
        value={formatMoney(overdueTotal)}
        hint={t("dealermall.credit.totals.overdueDealers", { count: overdue.length })}
        tone={overdueTotal > 0 ? "alert" : undefined}
      />
      <Stat label={t("dealermall.credit.totals.held")} value={formatMoney(sumMoney(accounts.map((a) => a.balances.held)))} />
      <Stat label={t("dealermall.credit.totals.prepaid")} value={formatMoney(sumMoney(accounts.map((a) => a.balances.prepaid)))} />
    </div>
  )
}

const CreditAccountsPage = () => {
  const { t } = useTranslation()
  // Filters live in the URL so "back" from an account returns to the same view.
  const [params, setParams] = useSearchParams()
  const tab: Tab = params.get("tab") === "overdue" ? "overdue" : "all"
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

  const { data, isLoading, error } = useCreditAccounts(q)

  // The API answers with every account at once; the overdue tab is a filter of the same list,
  // most overdue (oldest due date) first.
  const overdue = useMemo(
    () =>
      (data?.accounts ?? [])
        .filter((a) => a.overdue_amount > 0)
        .sort((a, b) => Date.parse(a.oldest_due_at ?? "") - Date.parse(b.oldest_due_at ?? "") || b.overdue_amount - a.overdue_amount),
    [data]
  )
  const rows = tab === "overdue" ? overdue : data?.accounts ?? []
  // A page number from the URL past the end (the list shrank) shows the last page.
  const shownPage = Math.min(pageIndex, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1))
  const page = rows.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE)
  const pending = data?.pending_slips ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y overflow-hidden p-0">
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">{t("dealermall.credit.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("dealermall.credit.subtitle")}
            </Text>
          </div>
          <div className="flex shrink-0 items-center gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <Link to="/payment-slips">
                <Receipt />
                {t("dealermall.slips.title")}
                {pending > 0 && (
                  <Badge size="2xsmall" color="orange" className="tabular-nums">
                    {pending}
                  </Badge>
                )}
              </Link>
            </Button>
            <Button size="small" variant="secondary" asChild>
              <Link to="/credit-accounts/settings">
                <CogSixTooth />
                {t("dealermall.creditSettings.title")}
              </Link>
            </Button>
          </div>
        </div>
        {data && data.accounts.length > 0 && !q && <Totals accounts={data.accounts} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-3 px-6 py-4 lg:flex-row lg:items-center lg:justify-between">
          <Tabs value={tab} onValueChange={(v) => update({ tab: v === "overdue" ? "overdue" : undefined, page: undefined })}>
            <Tabs.List>
              <Tabs.Trigger value="all" data-testid="credit-tab-all">
                {t("dealermall.credit.tabs.all")}
                {data && (
                  <Text as="span" size="xsmall" className="text-ui-fg-muted ml-1 tabular-nums">
                    {data.accounts.length}
                  </Text>
                )}
              </Tabs.Trigger>
              <Tabs.Trigger value="overdue" data-testid="credit-tab-overdue">
                {t("dealermall.credit.tabs.overdue")}
                {data && (
                  <Text
                    as="span"
                    size="xsmall"
                    className={`ml-1 tabular-nums ${overdue.length > 0 ? "text-ui-tag-red-text" : "text-ui-fg-muted"}`}
                  >
                    {overdue.length}
                  </Text>
                )}
              </Tabs.Trigger>
            </Tabs.List>
          </Tabs>
          <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.credit.searchPlaceholder")} />
        </div>
        {isLoading ? (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            {Array.from({ length: 5 }).map((_, i) => (
              <Skeleton key={i} className="h-8 w-full" />
            ))}
          </div>
        ) : error || !data ? (
          <EmptyState error title={t("dealermall.credit.loadError")} description={errorMessage(error, "")} />
        ) : rows.length === 0 ? (
          <EmptyState
            title={t(tab === "overdue" && !q ? "dealermall.credit.empty.noOverdue" : "dealermall.credit.empty.title")}
            description={q ? t("dealermall.dealers.empty.search", { q }) : t("dealermall.credit.empty.description")}
          />
        ) : (
          <AccountTable
            accounts={page}
            count={rows.length}
            pageSize={PAGE_SIZE}
            pageIndex={shownPage}
            onPageChange={(i) => update({ page: i > 0 ? String(i + 1) : undefined })}
          />
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.creditAccounts",
  translationNs: "translation",
  icon: CreditCard,
})

export const handle = {
  breadcrumb: () => <CreditAccountsCrumb />,
}

const CreditAccountsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.credit.title")}</>
}

export default CreditAccountsPage

import { ArrowLeft, ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, UIMatch, useParams } from "react-router-dom"
import { BalanceCards } from "../../../components/credit/balance-cards"
import { DebtDrawer } from "../../../components/credit/debt-drawer"
import { LedgerTable } from "../../../components/credit/ledger-table"
import { LimitDrawer } from "../../../components/credit/limit-drawer"
import { OpenItemsTable } from "../../../components/credit/open-items-table"
import { RepaymentDrawer } from "../../../components/credit/repayment-drawer"
import { StatementPdfMenu } from "../../../components/credit/statement-pdf-menu"
import { DealerStatusBadge } from "../../../components/dealers/dealer-status-badge"
import { useCreditAccount, useOrderNumbers } from "../../../lib/credit"
import { errorMessage } from "../../../lib/dealers"

type DrawerKind = "repayment" | "limit" | "debt"

const CreditAccountPage = () => {
  const { dealer_id } = useParams()
  const { t } = useTranslation()
  const { data: detail, isLoading, error } = useCreditAccount(dealer_id)
  const [drawer, setDrawer] = useState<DrawerKind | null>(null)
  const orderIds = useMemo(
    () => [...(detail?.open_items ?? []).map((i) => i.order_id), ...(detail?.entries ?? []).map((e) => e.order_id)],
    [detail]
  )
  const { data: numbers } = useOrderNumbers(orderIds)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-[72px] w-full" />
        <Skeleton className="h-[96px] w-full" />
        <Skeleton className="h-[320px] w-full" />
      </div>
    )
  }

  if (!detail) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small">{errorMessage(error, t("dealermall.credit.notFound"))}</Text>
        <Link to="/credit-accounts" className="txt-compact-small text-ui-fg-interactive hover:underline">
          {t("dealermall.credit.back")}
        </Link>
      </Container>
    )
  }

  const setOpen = (kind: DrawerKind) => (open: boolean) => setDrawer(open ? kind : null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex min-w-0 items-center gap-x-3">
          <IconButton size="small" variant="transparent" asChild>
            <Link to="/credit-accounts" aria-label={t("dealermall.credit.back")} title={t("dealermall.credit.back")}>
              <ArrowLeft />
            </Link>
          </IconButton>
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h1" className="truncate">
                {detail.dealer.company_name}
              </Heading>
              <DealerStatusBadge status={detail.dealer.status} />
              {detail.account.status === "frozen" && (
                <StatusBadge color="red">{t("dealermall.credit.accountStatus.frozen")}</StatusBadge>
              )}
            </div>
            <Link
              to={`/dealers/${detail.dealer.id}`}
              className="txt-compact-small text-ui-fg-interactive inline-flex items-center gap-x-1 hover:underline"
            >
              {t("dealermall.credit.dealerProfile")}
              <ArrowUpRightOnBox className="size-3.5" />
            </Link>
          </div>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <StatementPdfMenu dealerId={detail.dealer.id} />
          <Button size="small" variant="secondary" onClick={() => setDrawer("debt")} data-testid="open-debt">
            {t("dealermall.credit.debt.open")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDrawer("limit")} data-testid="open-limit">
            {t("dealermall.credit.limit.open")}
          </Button>
          <Button size="small" onClick={() => setDrawer("repayment")} data-testid="open-repayment">
            {t("dealermall.credit.repayment.open")}
          </Button>
        </div>
      </Container>
      <BalanceCards detail={detail} />
      <OpenItemsTable items={detail.open_items} numbers={numbers} />
      <LedgerTable entries={detail.entries} numbers={numbers} />
      <RepaymentDrawer detail={detail} open={drawer === "repayment"} onOpenChange={setOpen("repayment")} />
      <LimitDrawer detail={detail} open={drawer === "limit"} onOpenChange={setOpen("limit")} />
      <DebtDrawer detail={detail} open={drawer === "debt"} onOpenChange={setOpen("debt")} />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CreditAccountCrumb id={match.params.dealer_id} />,
}

// Breadcrumbs render outside the page component, so they read the account from the shared query cache.
const CreditAccountCrumb = ({ id }: { id?: string }) => {
  const { data } = useCreditAccount(id)
  return <>{data?.dealer.company_name ?? id}</>
}

export default CreditAccountPage

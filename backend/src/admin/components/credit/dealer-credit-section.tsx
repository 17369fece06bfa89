import { CreditCard } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useCreditAccount } from "../../lib/credit"
import { useFormatters } from "../../lib/locale"
import { SectionRow } from "../dealers/section-row"
import { AlertAmount } from "./money"

/** The dealer page's view of its credit account: the balances that matter, and the way to the full ledger. */
export const DealerCreditSection = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const { data, isLoading, isError } = useCreditAccount(dealerId)
  const b = data?.balances
  return (
    <Container className="divide-y p-0" data-testid="dealer-credit-section">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("dealermall.credit.dealerSection.title")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/credit-accounts/${dealerId}`}>
            <CreditCard />
            {t("dealermall.credit.dealerSection.open")}
          </Link>
        </Button>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : isError || !data || !b ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("dealermall.credit.loadError")}
          </Text>
        </div>
      ) : (
        <>
          <SectionRow label={t("dealermall.credit.fields.outstanding")} value={formatMoney(b.outstanding)} />
          <SectionRow label={t("dealermall.credit.fields.held")} value={formatMoney(b.held)} />
          <SectionRow label={t("dealermall.credit.fields.available")}>
            <Text size="small" leading="compact" weight="plus" className={`tabular-nums ${b.available < 0 ? "text-ui-tag-red-text" : "text-ui-fg-base"}`}>
              {formatMoney(b.available)}
            </Text>
          </SectionRow>
          <SectionRow label={t("dealermall.credit.fields.prepaid")} value={formatMoney(b.prepaid)} />
          <SectionRow label={t("dealermall.credit.fields.overdue")}>
            <AlertAmount value={data.overdue_amount} />
          </SectionRow>
        </>
      )}
    </Container>
  )
}

import { Button, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCreditAccount } from "../../lib/credit"
import { useFormatters } from "../../lib/locale"
import { DealerDetail } from "../../lib/types"
import { ChangeTierDrawer } from "../wholesale/change-tier-drawer"
import { SectionRow } from "./section-row"

/** Trade terms exist once a dealer has been approved (they stay visible while suspended). */
export const DealerTermsSection = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  // The approval terms seed the credit account; later limit changes live on the account, so show its values.
  const { data: credit } = useCreditAccount(dealer.id)
  const days = credit ? credit.account.payment_terms_days : dealer.payment_terms_days
  const limit = credit ? credit.balances.credit_limit : dealer.credit_limit
  const [changeOpen, setChangeOpen] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.terms")}</Heading>
        {/* A suspended dealer is reinstated first; the tier is changed while approved. */}
        {dealer.status === "approved" && (
          <Button size="small" variant="secondary" onClick={() => setChangeOpen(true)}>
            {t("dealermall.changeTier.open")}
          </Button>
        )}
      </div>
      <SectionRow
        label={t("dealermall.dealer.fields.tier")}
        value={dealer.tier?.name ?? dealer.tier_group_id ?? "—"}
      />
      <SectionRow
        label={t("dealermall.dealer.fields.creditLimit")}
        value={formatMoney(limit)}
      />
      <SectionRow
        label={t("dealermall.dealer.fields.paymentTerms")}
        value={
          days == null
            ? "—"
            : // Picked here: i18next's plural rules fail on the dashboard's "zhCN" language code.
              t(days === 1 ? "dealermall.dealer.daysOne" : "dealermall.dealer.daysOther", { days })
        }
      />
      {dealer.status === "approved" && (
        <ChangeTierDrawer dealer={dealer} open={changeOpen} onOpenChange={setChangeOpen} />
      )}
    </Container>
  )
}

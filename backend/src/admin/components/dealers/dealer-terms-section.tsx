import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { DealerDetail } from "../../lib/types"
import { SectionRow } from "./section-row"

/** Trade terms exist once a dealer has been approved (they stay visible while suspended). */
export const DealerTermsSection = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const days = dealer.payment_terms_days
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.terms")}</Heading>
      </div>
      <SectionRow
        label={t("dealermall.dealer.fields.tier")}
        value={dealer.tier?.name ?? dealer.tier_group_id ?? "—"}
      />
      <SectionRow
        label={t("dealermall.dealer.fields.creditLimit")}
        value={formatMoney(dealer.credit_limit)}
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
    </Container>
  )
}

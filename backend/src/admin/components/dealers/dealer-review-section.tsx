import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { DealerDetail } from "../../lib/types"
import { SectionRow } from "./section-row"

/** The latest decision and its note, so a reopened application shows what was asked without reading history. */
export const DealerReviewSection = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  if (!dealer.reviewed_at && !dealer.review_note) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.review")}</Heading>
      </div>
      <SectionRow
        label={t("dealermall.dealer.fields.reviewedAt")}
        value={formatDateTime(dealer.reviewed_at)}
      />
      <SectionRow label={t("dealermall.dealer.fields.reviewNote")} value={dealer.review_note ?? "—"} />
    </Container>
  )
}

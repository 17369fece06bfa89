import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DealerDetail } from "../../lib/types"
import { SectionRow } from "./section-row"

export const DealerContactSection = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.contact")}</Heading>
      </div>
      <SectionRow label={t("dealermall.dealer.fields.contactName")} value={dealer.contact_name} />
      <SectionRow label={t("dealermall.dealer.fields.mobile")}>
        <a className="txt-compact-small text-ui-fg-interactive hover:underline" href={`tel:${dealer.mobile}`}>
          {dealer.mobile}
        </a>
      </SectionRow>
      <SectionRow label={t("dealermall.dealer.fields.email")}>
        <a className="txt-compact-small text-ui-fg-interactive break-all hover:underline" href={`mailto:${dealer.email}`}>
          {dealer.email}
        </a>
      </SectionRow>
      <div className="px-6 py-4">
        <Heading level="h3">{t("dealermall.dealer.sections.address")}</Heading>
      </div>
      <SectionRow label={t("dealermall.dealer.fields.province")} value={dealer.province} />
      <SectionRow label={t("dealermall.dealer.fields.city")} value={dealer.city} />
      <SectionRow label={t("dealermall.dealer.fields.district")} value={dealer.district} />
      <SectionRow label={t("dealermall.dealer.fields.address")} value={dealer.address} />
    </Container>
  )
}

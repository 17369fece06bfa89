import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { DealerDetail } from "../../lib/types"
import { DealerStatusBadge } from "./dealer-status-badge"
import { SectionRow } from "./section-row"
import { UsccFlag } from "./uscc-flag"

export const DealerApplicationSection = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.application")}</Heading>
      </div>
      <SectionRow label={t("dealermall.dealer.fields.company")} value={dealer.company_name} />
      <SectionRow label={t("dealermall.dealer.fields.uscc")}>
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small" leading="compact" className="font-mono">
              {dealer.uscc}
            </Text>
            {!dealer.uscc_checksum_ok && <UsccFlag />}
          </div>
          {/* Spelled out, not only in a tooltip: the reviewer must act on it. */}
          {!dealer.uscc_checksum_ok && (
            <Text size="xsmall" className="text-ui-fg-error">
              {t("dealermall.dealers.usccFlagHint")}
            </Text>
          )}
        </div>
      </SectionRow>
      <SectionRow label={t("dealermall.dealer.fields.status")}>
        <DealerStatusBadge status={dealer.status} />
      </SectionRow>
      <SectionRow
        label={t("dealermall.dealer.fields.appliedAt")}
        value={formatDateTime(dealer.created_at)}
      />
      <SectionRow
        label={t("dealermall.dealer.fields.updatedAt")}
        value={formatDateTime(dealer.updated_at)}
      />
    </Container>
  )
}

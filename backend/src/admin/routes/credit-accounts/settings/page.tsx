import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { BankAccountSection, OverdueHoldSection } from "../../../components/credit/credit-settings-sections"

const CreditSettingsPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1 px-1 pb-1">
        <Heading level="h1">{t("dealermall.creditSettings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.creditSettings.subtitle")}
        </Text>
      </div>
      <BankAccountSection />
      <OverdueHoldSection />
    </div>
  )
}

// Listed under 信用账户 in the sidebar; the accounts page links here too.
export const config = defineRouteConfig({
  label: "dealermall.nav.creditSettings",
  translationNs: "translation",
})

export const handle = {
  breadcrumb: () => <CreditSettingsCrumb />,
}

const CreditSettingsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.creditSettings.title")}</>
}

export default CreditSettingsPage

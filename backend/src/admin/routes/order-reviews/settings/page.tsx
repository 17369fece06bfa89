import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { RulesSection } from "../../../components/order-reviews/rules-section"
import { StagesEditor } from "../../../components/order-reviews/stages-editor"

// No sidebar entry of its own: the queue (under Orders) links here, and the dashboard
// cannot list a child of a route that is itself nested under a core route.
const ReviewSettingsPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1 px-1 pb-1">
        <Heading level="h1">{t("dealermall.reviewSettings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.reviewSettings.subtitle")}
        </Text>
      </div>
      <StagesEditor />
      <RulesSection />
    </div>
  )
}

export const handle = {
  breadcrumb: () => <ReviewSettingsCrumb />,
}

const ReviewSettingsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.reviewSettings.title")}</>
}

export default ReviewSettingsPage

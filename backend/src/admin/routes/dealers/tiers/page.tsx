import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../components/dealers/empty-state"
import { TierDrawer } from "../../../components/wholesale/tier-drawer"
import { TierTable } from "../../../components/wholesale/tier-table"
import { WholesaleSettingsSection } from "../../../components/wholesale/wholesale-settings-section"
import { errorMessage } from "../../../lib/dealers"
import { useTiers } from "../../../lib/wholesale"
import { Tier } from "../../../lib/wholesale-types"

const TiersPage = () => {
  const { t } = useTranslation()
  const { data: tiers, isLoading, error } = useTiers()
  const [drawerOpen, setDrawerOpen] = useState(false)
  // Kept after closing so the drawer's title does not change during its closing animation.
  const [editing, setEditing] = useState<Tier>()

  const open = (tier?: Tier) => {
    setEditing(tier)
    setDrawerOpen(true)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">{t("dealermall.tiers.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("dealermall.tiers.subtitle")}
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => open()}>
            <Plus />
            {t("dealermall.tiers.create")}
          </Button>
        </div>
        {isLoading ? (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            {Array.from({ length: 3 }).map((_, i) => (
              <Skeleton key={i} className="h-8 w-full" />
            ))}
          </div>
        ) : error || !tiers ? (
          <EmptyState
            error
            title={t("dealermall.tiers.loadError")}
            description={errorMessage(error, "")}
          />
        ) : tiers.length === 0 ? (
          <EmptyState title={t("dealermall.tiers.empty.title")} description={t("dealermall.tiers.empty.description")} />
        ) : (
          <TierTable tiers={tiers} onEdit={open} />
        )}
      </Container>
      <WholesaleSettingsSection />
      <TierDrawer tier={editing} open={drawerOpen} onOpenChange={setDrawerOpen} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.tiers",
  translationNs: "translation",
})

export const handle = {
  breadcrumb: () => <TiersCrumb />,
}

const TiersCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.tiers.title")}</>
}

export default TiersPage

import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, IconButton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DealerDetail } from "../../lib/types"
import { DealerActions } from "./dealer-actions"
import { DealerStatusBadge } from "./dealer-status-badge"

export const DealerHeader = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  return (
    <Container className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
      <div className="flex min-w-0 items-center gap-x-3">
        <IconButton size="small" variant="transparent" asChild>
          <Link to="/dealers" aria-label={t("dealermall.dealer.back")} title={t("dealermall.dealer.back")}>
            <ArrowLeft />
          </Link>
        </IconButton>
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1" className="truncate">
              {dealer.company_name}
            </Heading>
            <DealerStatusBadge status={dealer.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle font-mono">
            {dealer.uscc}
          </Text>
        </div>
      </div>
      <DealerActions dealerId={dealer.id} status={dealer.status} />
    </Container>
  )
}

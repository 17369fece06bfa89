import { Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, UIMatch, useParams } from "react-router-dom"
import { DealerCreditSection } from "../../../components/credit/dealer-credit-section"
import { DealerCrumb } from "../../../components/dealers/breadcrumb-label"
import { DealerApplicationSection } from "../../../components/dealers/dealer-application-section"
import { DealerContactSection } from "../../../components/dealers/dealer-contact-section"
import { DealerHeader } from "../../../components/dealers/dealer-header"
import { DealerHistory } from "../../../components/dealers/dealer-history"
import { DealerMembers } from "../../../components/dealers/dealer-members"
import { DealerReviewSection } from "../../../components/dealers/dealer-review-section"
import { DealerTermsSection } from "../../../components/dealers/dealer-terms-section"
import { LicensePreview } from "../../../components/dealers/license-preview"
import { ContractPricesSection } from "../../../components/wholesale/contract-prices-section"
import { errorMessage, useDealer } from "../../../lib/dealers"

const DealerDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data: dealer, isLoading, error } = useDealer(id)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-[72px] w-full" />
        <Skeleton className="h-[320px] w-full" />
      </div>
    )
  }

  if (!dealer) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small">{errorMessage(error, t("dealermall.dealer.notFound"))}</Text>
        <Link to="/dealers" className="txt-compact-small text-ui-fg-interactive hover:underline">
          {t("dealermall.dealer.back")}
        </Link>
      </Container>
    )
  }

  // Terms only mean something once a dealer has been approved at least once.
  const hasTerms = dealer.status === "approved" || dealer.status === "suspended"

  return (
    <div className="flex flex-col gap-y-3">
      <DealerHeader dealer={dealer} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <DealerApplicationSection dealer={dealer} />
          <LicensePreview dealer={dealer} />
          <DealerMembers members={dealer.members ?? []} />
          {hasTerms && <ContractPricesSection dealerId={dealer.id} />}
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          {hasTerms && <DealerTermsSection dealer={dealer} />}
          {hasTerms && <DealerCreditSection dealerId={dealer.id} />}
          <DealerReviewSection dealer={dealer} />
          <DealerContactSection dealer={dealer} />
          <DealerHistory events={dealer.events ?? []} />
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <DealerCrumb id={match.params.id} />,
}

export default DealerDetailPage

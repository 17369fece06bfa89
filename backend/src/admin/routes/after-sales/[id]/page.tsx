import { Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, UIMatch, useParams } from "react-router-dom"
import { CaseHeader } from "../../../components/after-sales/case-header"
import { CaseHistory } from "../../../components/after-sales/case-history"
import { CaseLines } from "../../../components/after-sales/case-lines"
import { useAfterSalesCase } from "../../../lib/after-sales"
import { shortCaseId } from "../../../lib/after-sales-types"
import { errorMessage } from "../../../lib/dealers"

const AfterSalesCasePage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data, isLoading, error } = useAfterSalesCase(id)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-[200px] w-full" />
        <Skeleton className="h-[240px] w-full" />
      </div>
    )
  }

  if (!data) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small">{errorMessage(error, t("dealermall.afterSales.notFound"))}</Text>
        <Link to="/after-sales" className="txt-compact-small text-ui-fg-interactive hover:underline">
          {t("dealermall.afterSales.back")}
        </Link>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex min-w-0 flex-1 flex-col gap-y-3">
        <CaseHeader data={data} />
        <CaseLines data={data} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <CaseHistory entries={data.history ?? []} />
      </div>
    </div>
  )
}

// The case's short number, as in the queue; the id alone is all the route knows.
export const handle = {
  breadcrumb: (match: UIMatch) => <>{match.params.id ? shortCaseId(match.params.id) : ""}</>,
}

export default AfterSalesCasePage

import { useTranslation } from "react-i18next"
import { useDealer } from "../../lib/dealers"

// Breadcrumbs render outside the page component, so they read the dealer from the shared query cache.
export const DealersCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.dealers.title")}</>
}

export const DealerCrumb = ({ id }: { id?: string }) => {
  const { data } = useDealer(id)
  return <>{data?.company_name ?? id}</>
}

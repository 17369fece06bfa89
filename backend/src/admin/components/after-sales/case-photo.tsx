import { DocumentText, ExclamationCircle } from "@medusajs/icons"
import { Skeleton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCasePhoto } from "../../lib/after-sales"
import { useObjectUrl } from "../../lib/credit"

/** A case photo as an object URL, fetched with the staff session (a plain <img src> would not send it). */
export function useCasePhotoUrl(caseId: string, fileId: string) {
  const { data: blob, isLoading, isError } = useCasePhoto(caseId, fileId)
  const url = useObjectUrl(blob)
  return { url, mime: blob?.type ?? "", isLoading: isLoading || (!!blob && !url), isError }
}

const BOX = "border-ui-border-base flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-ui-bg-subtle"

/** A thumbnail; an image opens the large view, a PDF (dealers may upload one) opens in a new tab. */
export const CasePhotoThumb = ({ caseId, fileId, onOpen }: { caseId: string; fileId: string; onOpen: () => void }) => {
  const { t } = useTranslation()
  const { url, mime, isLoading, isError } = useCasePhotoUrl(caseId, fileId)
  if (isLoading) return <Skeleton className="size-12 rounded-md" />
  if (isError || !url) {
    return (
      <div className={BOX} title={t("dealermall.afterSales.photos.error")}>
        <ExclamationCircle className="text-ui-fg-error" />
      </div>
    )
  }
  if (mime === "application/pdf") {
    return (
      <a href={url} target="_blank" rel="noreferrer" className={`${BOX} hover:bg-ui-bg-subtle-hover flex-col gap-y-0.5`} title={t("dealermall.afterSales.photos.openPdf")}>
        <DocumentText className="text-ui-fg-subtle" />
        <span className="txt-compact-xsmall-plus text-ui-fg-subtle">PDF</span>
      </a>
    )
  }
  return (
    <button
      type="button"
      className={`${BOX} hover:shadow-borders-interactive-with-focus transition-shadow`}
      onClick={onOpen}
      aria-label={t("dealermall.afterSales.photos.open")}
      data-testid="case-photo"
    >
      <img src={url} alt="" className="size-full object-cover" />
    </button>
  )
}
